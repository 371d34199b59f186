"""Correlates of War Intergovernmental Organizations (v3) to MEMBER_OF claims, state -> IGO.

Three layouts, recognised by their header:

* long state-years: ``ccode, year, igo, status`` (and ``state``, ``orgname``);
* IGO-years (``igo_year_formatv3``): ``ioname, orgname, year``, one column per state named
  by COW's short state name (``afghanistan``, ``newzealand``; the abbreviated ones, such as
  ``soafrica``, are read through ``cow_igo_columns.yaml`` to COW state numbers), IGO
  attributes after them (``longorgname`` ...);
* state-years (``state_year_formatv3``): ``ccode, year, state``, one column per IGO.

Status codes: 1 full member and 2 associate member become MEMBER_OF (property
``membership``: full or associate); 3 observer is skipped and counted, since the ontology has
no predicate for observers and MEMBER_OF would count the observer among the members; 0 (not a
member), -9 (missing) and -1 (not in the system) are not memberships and are not counted.

Consecutive years with the same status become one claim (``date`` first year, ``end_date``
last year); a membership that runs to the last year of the file has no ``end_date`` and
records ``observed_until``. IGOs are matched to the gazetteer's organisations by COW's key
(``external_ids.cow_igo``, which the gazetteer has for every COW IGO), else by their
abbreviation or names; others become new ``organization`` actors named by their long name
(or the abbreviation when the file has no name), with the abbreviation as an alias.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path


from diplograph.errors import InputError
from diplograph.graph.model import Actor, Claim, Source
from diplograph.loaders.datasets import files
from diplograph.loaders.datasets.files import Head
from diplograph.loaders.datasets.format import Format
from diplograph.loaders.datasets.output import Output
from diplograph.loaders.datasets.resolve import ActorResolver
from diplograph.loaders.datasets.spells import Spell, SpellBuilder
from diplograph.names import plain
from diplograph.datafiles import load_data

METHOD = "dataset:cow-igo"
STATUS = {"1": "full", "2": "associate", "3": "observer"}
NOT_MEMBER = {"0", "-9", "-1", ""}
NOT_MEMBER_CELLS = NOT_MEMBER | {f"{code}.0" for code in NOT_MEMBER if code}
IGO_YEAR_ATTRIBUTES = {"ioname", "orgname", "year", "sdate", "deaddate", "dead", "integrated", "replaced",
                       "longorgname", "ionum", "igocode", "version", "accuracyofpre1965membershipdates",
                       "sourcesandnotes", "imputed", "political", "social", "economic"}
STATE_YEAR_ATTRIBUTES = {"ccode", "year", "state", "version"}


def matches_long(head: Head) -> bool:
    header = head.header()
    return all(c in header for c in ("ccode", "year", "igo", "status"))


def matches_igo_year(head: Head) -> bool:
    header = head.header()
    return header[:2] == ["ioname", "orgname"] and "year" in header and len(set(header) - IGO_YEAR_ATTRIBUTES) > 0


def matches_state_year(head: Head) -> bool:
    header = head.header()
    return header[:3] == ["ccode", "year", "state"] and "igo" not in header and len(header) > 3


def _source(path: Path) -> Source:
    return files.dataset_source(path, f"Correlates of War Intergovernmental Organizations v3 ({path.name})",
                                publisher="Correlates of War Project",
                                url="https://correlatesofwar.org/data-sets/igos/")


def _status(value: str) -> str | None:
    text = value.strip()
    return text[:-2] if text.endswith(".0") else text


class _Members:
    """Membership spells to claims, with the IGO and state actors they need."""

    def __init__(self, out: Output, resolver: ActorResolver, last_year: int | None):
        self.out, self.resolver, self.last = out, resolver, last_year
        self.builder = SpellBuilder()
        self._igos: dict[str, Actor] = {}
        self.unresolved: set[str] = set()

    def igo(self, abbreviation: str, name: str = "", long_name: str = "") -> Actor:
        abbreviation, name, long_name = plain(abbreviation), plain(name), plain(long_name)
        if abbreviation not in self._igos:
            known = self.resolver.by_code("cow_igo", abbreviation, "organization")
            if known is not None:  # the gazetteer has COW's names cleaned; its raw ones add nothing
                self._igos[abbreviation] = known
                return known
            found = None
            for candidate in (abbreviation, abbreviation.upper(), long_name, name):
                if candidate and found is None:
                    found = self.resolver.by_name(candidate, "organization")
            if found is None:
                found = Actor.new(long_name or name or abbreviation.upper(), "organization")
            aliases = [a for a in (abbreviation.upper(), name, long_name) if a]
            self._igos[abbreviation] = found.with_aliases(aliases)
        return self._igos[abbreviation]

    def record(self, state: Actor | None, igo: Actor, year: int | None, status: str, line: int, state_label: str) -> None:
        """One state's status in one IGO-year."""
        if status in NOT_MEMBER:
            return
        self.out.row()
        if status not in STATUS:
            self.out.skip("unknown membership code")
            return
        if status == "3":
            self.out.skip("observer (no predicate for observers)")
            return
        if state is None:
            self.unresolved.add(state_label)
            self.out.skip("state not found in the gazetteer")
            return
        if year is None:
            self.out.skip("bad year")
            return
        self.close(self.builder.add((state.id, igo.id), year, (state, igo, STATUS[status]), line))

    def close(self, spells: list[Spell]) -> None:
        for spell in spells:
            state, igo, membership = spell.value
            running = self.last is not None and spell.end >= self.last
            end = "" if running else str(spell.end)
            span = f"{spell.start}–{end}" if end else f"{spell.start}–{spell.end} (end of data)"
            aliases = [a for a in igo.aliases if a.isupper()]
            label = f"{aliases[0]} ({igo.name})" if aliases and aliases[0] != igo.name else igo.name
            properties = {"membership": membership, "line": str(spell.line)}
            if running:
                properties["observed_until"] = str(spell.end)
            self.out.add(Claim(subject=state.id, predicate="MEMBER_OF", object=igo.id, source_id=self.out.source.id,
                               date=str(spell.start), end_date=end, method=METHOD, properties=properties,
                               evidence=f"COW IGO: {state.name}, {membership} member of {label}, {span}"),
                         state, igo)

    def finish(self) -> None:
        self.close(self.builder.flush())
        if self.unresolved:
            shown = ", ".join(sorted(self.unresolved)[:12])
            more = f" and {len(self.unresolved) - 12} more" if len(self.unresolved) > 12 else ""
            self.out.summary.notes.append(f"states not found: {shown}{more}")


@functools.cache
def _column_codes() -> dict[str, str]:
    """COW state numbers of the igo_year columns whose names are abbreviated (``soafrica``)."""
    text = resources.files("diplograph.loaders.datasets").joinpath("cow_igo_columns.yaml").read_text(encoding="utf-8")
    return {str(column): str(code) for column, code in load_data(text).items()}


def _check(path: Path, header: list[str], values: list[str], line: int) -> dict[str, str]:
    if len(values) != len(header):
        raise InputError(path, f"expected {len(header)} fields (as in the header), found {len(values)}", line)
    return dict(zip(header, values))


def _last_year(path: Path, column: int) -> int | None:
    years = (files.year(values[column]) for _, values in files.rows(path) if len(values) > column)
    return max((y for y in years if y), default=None)


def read_long(path: Path, head: Head, resolver: ActorResolver):
    header = head.header()
    out = Output(_source(path), path.name, "cow-igo-long")
    members = _Members(out, resolver, _last_year(path, header.index("year")))
    records = files.rows(path)
    next(records, None)
    group = None
    for line, values in records:
        row = _check(path, header, values, line)
        key = (row["ccode"].strip(), row["igo"].strip().lower())
        if key != group:  # sorted by state and IGO: earlier spells are complete
            members.close(members.builder.flush())
            group = key
        state = resolver.state_by_code("cow", row["ccode"]) or (
            resolver.by_name(row["state"], "state") if row.get("state") else None)
        igo = members.igo(row["igo"], row.get("orgname", ""))
        members.record(state, igo, files.year(row["year"]), _status(row["status"]), line,
                       row.get("state") or row["ccode"])
        yield from out.ready()
    members.finish()
    yield from out.batches()
    return out.summary


def read_igo_year(path: Path, head: Head, resolver: ActorResolver):
    header = head.header()
    out = Output(_source(path), path.name, "cow-igo-year")
    members = _Members(out, resolver, _last_year(path, header.index("year")))
    columns = [c for c in header if c not in IGO_YEAR_ATTRIBUTES]
    codes = _column_codes()
    states = {c: (resolver.state_by_code("cow", codes[c]) if c in codes else None) or resolver.by_name(c, "state")
              for c in columns}
    cells = [(header.index(c), c) for c in columns]
    records = files.rows(path)
    next(records, None)
    group = None
    for line, values in records:
        row = _check(path, header, values, line)
        if row["ioname"] != group:  # sorted by IGO: the previous IGO's spells are complete
            members.close(members.builder.flush())
            group = row["ioname"]
        igo = members.igo(row["ioname"], row.get("orgname", ""), row.get("longorgname", ""))
        year = files.year(row["year"])
        for index, column in cells:
            if values[index].strip() not in NOT_MEMBER_CELLS:  # most cells say "not a member"
                members.record(states[column], igo, year, _status(values[index]), line, column)
        yield from out.ready()
    members.finish()
    yield from out.batches()
    return out.summary


def read_state_year(path: Path, head: Head, resolver: ActorResolver):
    header = head.header()
    out = Output(_source(path), path.name, "cow-igo-state-year")
    members = _Members(out, resolver, _last_year(path, header.index("year")))
    cells = [(i, c) for i, c in enumerate(header) if c not in STATE_YEAR_ATTRIBUTES]
    records = files.rows(path)
    next(records, None)
    group = None
    for line, values in records:
        row = _check(path, header, values, line)
        if row["ccode"] != group:  # sorted by state: the previous state's spells are complete
            members.close(members.builder.flush())
            group = row["ccode"]
        state = resolver.state_by_code("cow", row["ccode"]) or resolver.by_name(row["state"], "state")
        year = files.year(row["year"])
        for index, column in cells:
            if values[index].strip() not in NOT_MEMBER_CELLS:
                members.record(state, members.igo(column), year, _status(values[index]), line,
                               row["state"] or row["ccode"])
        yield from out.ready()
    members.finish()
    yield from out.batches()
    return out.summary


LONG_FORMAT = Format("cow-igo-long", "COW IGO v3 memberships, one row per state, IGO and year",
                     matches_long, read_long)
IGO_YEAR_FORMAT = Format("cow-igo-year", "COW IGO v3 igo_year format (a column per state)",
                         matches_igo_year, read_igo_year)
STATE_YEAR_FORMAT = Format("cow-igo-state-year", "COW IGO v3 state_year format (a column per IGO)",
                           matches_state_year, read_state_year)
