"""GDELT event exports (1.0 daily files, 2.0 fifteen-minute files, and exports with a header
row such as BigQuery's) to claims through CAMEO.

Recognised by layout, not name: tab-separated rows of 57 (1.0 before April 2013), 58 (1.0)
or 61 (2.0) fields whose first fields are an event id and the dates ``YYYYMMDD``, ``YYYYMM``,
``YYYY``; or a header row naming ``GLOBALEVENTID`` and ``SQLDATE``.

Actors: an actor coded with a known group (``AFGINSTAL``, the Taliban; ``IGOWSTNAT``, NATO)
is looked up by its name in the gazetteer, and skipped if it is not there (the group is not
its country). Otherwise an actor whose type codes are all state organs (government,
military, police, judiciary, legislature, intelligence; see ``cameo.yaml``) or who has no
type is its country, by the CAMEO country code (ISO 3166 alpha-3). Everything else
(businesses, media, civilians, regions such as ``AFR``) is skipped and counted.
"""

from __future__ import annotations

from operator import itemgetter
from pathlib import Path

from diplograph.errors import InputError
from diplograph.graph.model import Actor
from diplograph.loaders.datasets import files
from diplograph.loaders.datasets.events import EventClaims, Unresolved, event_day
from diplograph.loaders.datasets.files import Head
from diplograph.loaders.datasets.format import Format
from diplograph.loaders.datasets.output import Output
from diplograph.loaders.datasets.resolve import ActorResolver

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_EVENT = ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
          "NumMentions", "NumSources", "NumArticles", "AvgTone")


def _geo(prefix: str, adm2: bool) -> list[str]:
    names = ["Type", "FullName", "CountryCode", "ADM1Code"] + (["ADM2Code"] if adm2 else []) + ["Lat", "Long", "FeatureID"]
    return [f"{prefix}Geo_{n}" for n in names]


def _columns(version: int, url: bool = True) -> list[str]:
    adm2 = version == 2
    columns = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    columns += [f"Actor1{c}" for c in _ACTOR] + [f"Actor2{c}" for c in _ACTOR] + list(_EVENT)
    for prefix in ("Actor1", "Actor2", "Action"):
        columns += _geo(prefix, adm2)
    columns.append("DATEADDED")
    return columns + (["SOURCEURL"] if url else [])


# The fields a row is read for, in this order (the others are never looked at).
_ACTOR_READ = ("Code", "Name", "KnownGroupCode", "CountryCode", "Type1Code", "Type2Code", "Type3Code")
_PICKED = (("GLOBALEVENTID", "SQLDATE", "EventCode", "GoldsteinScale", "SOURCEURL")
           + tuple(f"Actor{n}{c}" for n in (1, 2) for c in _ACTOR_READ))

# Headerless layouts, told apart by their width.
LAYOUTS = {len(c): c for c in (_columns(2), _columns(1), _columns(1, url=False))}
VERSION = {61: "2.0", 58: "1.0", 57: "1.0"}


def matches(head: Head) -> bool:
    first = head.first()
    if not first:
        return False
    fields = first[0].split("\t")
    if len(fields) in LAYOUTS:
        return (fields[0].isdigit() and len(fields[1]) == 8 and fields[1].isdigit()
                and len(fields[2]) == 6 and fields[2].isdigit() and len(fields[3]) == 4 and fields[3].isdigit())
    return _header(first[0]) is not None


def _header(line: str) -> tuple[str, list[str]] | None:
    for delimiter in ("\t", ","):
        names = [n.strip() for n in line.split(delimiter)]
        if "GLOBALEVENTID" in names and "SQLDATE" in names and "EventCode" in names:
            return delimiter, names
    return None


def read(path: Path, head: Head, resolver: ActorResolver):
    first = head.first()[0]
    header = _header(first)
    delimiter, names = header if header else ("\t", None)
    width = len(names) if names else len(first.split("\t"))
    version = VERSION.get(width, "")
    added = _first_row_added(head, names)
    source = files.dataset_source(
        path, f"GDELT {version + ' ' if version else ''}event export {path.name}".replace("  ", " "),
        publisher="The GDELT Project", published=added or "")
    out = Output(source, path.name, "gdelt")
    events = EventClaims(out, resolver, "dataset:gdelt")
    waiting = out.waiting
    state_types = events.cameo.gdelt_state_types

    def actor(coding: tuple[str, ...]) -> Actor | Unresolved:
        """The actor of one side's coding: its fields _ACTOR_READ, in that order."""
        code, name, known_group, country = coding[:4]
        if not code:
            return Unresolved("no actor coded")
        if known_group:
            found = resolver.by_name(name) if name else None
            return found if found is not None and found.type != "state" else Unresolved("known group not in the gazetteer")
        if not country:
            return Unresolved("actor without a country")
        types = set(coding[4:]) - {""}
        if types - state_types:
            return Unresolved("non-state actor")
        return events.state_from_country_code(country)

    # the same actor codings, days and event codes recur over millions of events: each is read once
    actors: dict[tuple, tuple[Actor | Unresolved, str]] = {}
    days: dict[str, str | None] = {}
    labels: dict[str, str] = {}
    width = len(_ACTOR_READ)

    def coded(coding: tuple[str, ...]) -> tuple[Actor | Unresolved, str]:
        """The actor of a side's coding met for the first time, and how the evidence names it."""
        found = actors[coding] = (actor(coding), _who(coding[1], coding[0]))
        return found

    records = files.rows(path, delimiter)
    if names:
        next(records, None)
    picks: dict[int, itemgetter] = {}  # width -> where the fields _PICKED are ("" for those missing)
    known, pick = -1, None  # the width of the row before, and its pick: a file keeps one layout
    for line, values in records:
        if len(values) != known:
            columns = names if names else LAYOUTS.get(len(values))
            if columns is None or len(values) != len(columns):
                expected = len(names) if names else "57, 58 or 61"
                raise InputError(path, f"a GDELT row has {expected} tab-separated fields; this one has {len(values)}", line)
            pick = picks.get(len(columns))
            if pick is None:
                where = {name: i for i, name in enumerate(columns)}
                pick = picks[len(columns)] = itemgetter(*(where.get(name, len(columns)) for name in _PICKED))
            known = len(values)
        values.append("")  # what a field the layout lacks reads as
        picked = tuple(map(str.strip, pick(values)))  # 19 of the 61 fields
        event_id, day, code, goldstein, url = picked[:5]
        date = days.get(day, "")
        if date == "":
            date = days[day] = event_day(day)
        coding = picked[5:5 + width]
        subject, who1 = actors.get(coding) or coded(coding)
        coding = picked[5 + width:]
        obj, who2 = actors.get(coding) or coded(coding)
        if events.skips(code, subject, obj, date):
            continue
        label = labels.get(code)
        if label is None:
            label = labels[code] = events.cameo.label(code)
        evidence = f"GDELT event {event_id} ({date or day}): {who1} → {who2}, CAMEO {code} {label}"
        if event_id and goldstein and url and events.add_usual(
                code, subject, obj, date, evidence, f"|{evidence}|{event_id}|{goldstein}|{url}|{line}|",
                f'"event_id": "{event_id}", "goldstein": "{goldstein}", "line": "{line}", "url": "{url}"}}'):
            if len(waiting) > 1:
                yield from out.ready()
            continue
        events.add(code=code, subject=subject, object=obj, date=date, evidence=evidence, properties={
            "event_id": event_id, "goldstein": goldstein, "url": url, "line": str(line)})
        if len(waiting) > 1:  # (out.ready(), without a generator per row)
            yield from out.ready()
    yield from out.batches()
    return out.summary


def _who(name: str, code: str) -> str:
    """How the evidence names an actor: its name and code as GDELT coded it."""
    return f"{name} [{code}]" if name and code else name or code or "?"


def _first_row_added(head: Head, names: list[str] | None) -> str | None:
    lines = head.first(2)
    line = lines[1] if names and len(lines) > 1 else (lines[0] if not names else None)
    if line is None:
        return None
    values = line.split("\t") if not names or "\t" in line else line.split(",")
    columns = names or LAYOUTS.get(len(values))
    if not columns or len(values) != len(columns):
        return None
    added = dict(zip(columns, values)).get("DATEADDED", "")
    return event_day(added[:8]) if added else None


def matches_columns(head: Head) -> bool:
    """GDELT's own lists of its columns (``tableId`` first, then one column a line)."""
    first = head.first(2)
    return len(first) == 2 and first[0].split(",")[0].split("\t")[0] == "tableId" and first[1].startswith("GLOBALEVENTID")


def read_columns(path: Path, head: Head, resolver: ActorResolver):
    out = Output(files.dataset_source(path, f"GDELT column list {path.name}"), path.name, "gdelt-columns")
    out.summary.notes.append("GDELT's list of its columns: nothing to load")
    return out.summary
    yield  # a generator, like every reader


FORMAT = Format("gdelt", "GDELT 1.0 / 2.0 event export (CAMEO-coded events)", matches, read)
COLUMNS_FORMAT = Format("gdelt-columns", "GDELT column lists (nothing to load)", matches_columns, read_columns)
