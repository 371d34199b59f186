"""Correlates of War Formal Alliances (v4.1) to ALLIANCE claims between states.

Two dyadic layouts, recognised by their header:

* dyad-years: ``ccode1, ccode2, year`` and the type flags (``cow_defense, cow_neutral,
  cow_nonagg, cow_entente`` as peacesciencer builds it, or COW's own ``defense, neutrality,
  nonaggression, entente``); directed or not;
* dyads with dates: ``ccode1, ccode2, dyad_st_year`` (``dyad_st_month``, ``dyad_st_day``,
  ``dyad_end_year`` ...) and the same flags, as in COW's ``alliance_v4.1_by_dyad.csv``.

Consecutive years of one pair with the same flags become one claim (``date`` = first year,
``end_date`` = last year), listed once even when the file lists both directions. A spell
that runs to the last year in the file (or is right-censored) has no ``end_date``: the data
stop there, the alliance may not; ``observed_until`` records the last year seen. Property
``alliance_type`` is the strongest obligation flagged (defense > neutrality > nonaggression >
entente) and ``obligations`` lists them all. States are found by COW code in the gazetteer
(``external_ids.cow``), then by ``state_name1/2`` when the file has them; pairs with a state
that cannot be found are skipped and counted.
"""

from __future__ import annotations

from pathlib import Path

from diplograph.errors import InputError
from diplograph.graph.dates import PartialDate
from diplograph.graph.model import Actor, Claim
from diplograph.loaders.datasets import files
from diplograph.loaders.datasets.files import Head
from diplograph.loaders.datasets.format import Format
from diplograph.loaders.datasets.output import Output
from diplograph.loaders.datasets.resolve import ActorResolver
from diplograph.loaders.datasets.spells import Spell, SpellBuilder

METHOD = "dataset:cow-alliances"
# (alliance type, the column names it has in COW's files and in peacesciencer's), strongest first
TYPES = (("defense", ("defense", "cow_defense")), ("neutrality", ("neutrality", "cow_neutral")),
         ("nonaggression", ("nonaggression", "cow_nonagg")), ("entente", ("entente", "cow_entente")))


def _flag_columns(header: list[str]) -> dict[str, str] | None:
    found = {}
    for name, columns in TYPES:
        column = next((c for c in columns if c in header), None)
        if column is None:
            return None
        found[name] = column
    return found


def _layout(header: list[str]) -> str | None:
    if "ccode1" not in header or "ccode2" not in header or _flag_columns(header) is None:
        return None
    if "dyad_st_year" in header:
        return "dyads"
    if "year" in header:
        return "dyad-years"
    return None


def matches(head: Head) -> bool:
    return _layout(head.header()) is not None


def read(path: Path, head: Head, resolver: ActorResolver):
    header = head.header()
    layout = _layout(header)
    flags = _flag_columns(header)
    source = files.dataset_source(path, f"Correlates of War Formal Alliances ({path.name})",
                                  publisher="Correlates of War Project",
                                  url="https://correlatesofwar.org/data-sets/formal-alliances/")
    out = Output(source, path.name, f"cow-alliances-{layout}")
    writer = _Alliances(out, resolver)
    records = files.rows(path)
    next(records, None)
    if layout == "dyad-years":
        last = _last_year(path, header.index("year"))
        builder, group, seen = SpellBuilder(), None, set()
        for line, values in records:
            row = _row(path, header, values, line)
            out.row()
            pair = writer.pair(row)
            year = files.year(row["year"])
            obligations = tuple(name for name, column in flags.items() if row[column].strip() in ("1", "1.0"))
            if isinstance(pair, str):
                out.skip(pair)
                continue
            if year is None:
                out.skip("bad year")
                continue
            if not obligations:
                out.skip("no alliance type flagged")
                continue
            key = (row["ccode1"].strip(), row["ccode2"].strip())
            if key != group:  # rows come sorted by dyad: close the previous dyad's spells
                writer.spells(builder.flush(), last, seen)
                group = key
            writer.spells(builder.add(tuple(sorted(a.id for a in pair)), year, (pair, obligations), line), last, seen)
            yield from out.ready()
        writer.spells(builder.flush(), last, seen)
    else:
        for line, values in records:
            row = _row(path, header, values, line)
            out.row()
            writer.dyad(row, flags, line)
            yield from out.ready()
    yield from out.batches()
    return out.summary


def _row(path: Path, header: list[str], values: list[str], line: int) -> dict[str, str]:
    if len(values) != len(header):
        raise InputError(path, f"expected {len(header)} fields (as in the header), found {len(values)}", line)
    return dict(zip(header, values))


def _last_year(path: Path, column: int) -> int | None:
    """The last year in the file: spells that reach it are still running when the data end."""
    years = (files.year(values[column]) for _, values in files.rows(path) if len(values) > column)
    return max((y for y in years if y), default=None)


def _date(year: str, month: str = "", day: str = "") -> str | None:
    number = files.year(year)
    if number is None:
        return None
    for parts in ((number, month, day), (number, month, ""), (number, "", "")):
        try:
            m = int(parts[1]) if str(parts[1]).strip().isdigit() and int(parts[1]) > 0 else None
            d = int(parts[2]) if m and str(parts[2]).strip().isdigit() and int(parts[2]) > 0 else None
            return PartialDate(number, m, d).iso
        except ValueError:
            continue
    return str(number)


class _Alliances:
    def __init__(self, out: Output, resolver: ActorResolver):
        self.out, self.resolver = out, resolver

    def state(self, code: str, name: str) -> Actor | None:
        found = self.resolver.state_by_code("cow", code)
        if found is None and name.strip():
            found = self.resolver.by_name(name, "state")
        return found

    def pair(self, row: dict) -> tuple[Actor, Actor] | str:
        first = self.state(row["ccode1"], row.get("state_name1", ""))
        second = self.state(row["ccode2"], row.get("state_name2", ""))
        if first is None or second is None:
            return "COW state code not in the gazetteer"
        if first.id == second.id:
            return "a state allied with itself"
        return first, second

    def spells(self, spells: list[Spell], last: int | None, seen: set) -> None:
        for spell in spells:
            (first, second), obligations = spell.value
            key = (spell.key, spell.start, spell.end, obligations)
            if key in seen:  # the other direction of a directed dyad
                continue
            seen.add(key)
            running = last is not None and spell.end >= last
            self.claim(first, second, obligations, str(spell.start), "" if running else str(spell.end),
                       spell.line, observed=str(spell.end) if running else "")

    def dyad(self, row: dict, flags: dict[str, str], line: int) -> None:
        pair = self.pair(row)
        if isinstance(pair, str):
            self.out.skip(pair)
            return
        start = _date(row["dyad_st_year"], row.get("dyad_st_month", ""), row.get("dyad_st_day", ""))
        if start is None:
            self.out.skip("bad start year")
            return
        end = _date(row.get("dyad_end_year", ""), row.get("dyad_end_month", ""), row.get("dyad_end_day", ""))
        obligations = tuple(name for name, column in flags.items() if row[column].strip() in ("1", "1.0"))
        if not obligations:
            self.out.skip("no alliance type flagged")
            return
        censored = row.get("right_censor", "").strip() in ("1", "1.0")
        observed = end if censored and end else ""
        self.claim(*pair, obligations, start, "" if censored else (end or ""), line, observed=observed,
                   treaty=row.get("version4id", "").strip())

    def claim(self, first: Actor, second: Actor, obligations: tuple[str, ...], start: str, end: str, line: int,
              observed: str = "", treaty: str = "") -> None:
        names = " – ".join(sorted((first.name, second.name)))
        span = f"{start}–{end}" if end else f"{start}–{f'{observed} (end of data)' if observed else 'open'}"
        evidence = f"COW alliances: {names}, {obligations[0]} ({', '.join(obligations)}), {span}"
        properties = {"alliance_type": obligations[0], "obligations": ", ".join(obligations), "line": str(line)}
        if observed:
            properties["observed_until"] = observed
        if treaty:
            properties["treaty"] = treaty
        self.out.add(Claim(subject=first.id, predicate="ALLIANCE", object=second.id, source_id=self.out.source.id,
                           date=start, end_date=end, evidence=evidence, method=METHOD, properties=properties),
                     first, second)


FORMAT = Format("cow-alliances", "Correlates of War formal alliances, dyadic (dyad-years or dated dyads)",
                matches, read)
