"""ICEWS coded events to claims through CAMEO, in the layouts they circulate in:

* the Dataverse event files (``events.2014.tab``): a tab-separated header with
  ``Event Date``, ``Source Name``, ``CAMEO Code``, ``Target Name`` (and ``Event Text``,
  ``Source Country``, ``Event ID`` ...);
* named quadruples with a header (tab-separated, columns ``subject``, ``relation``,
  ``object``, ``date`` in any order, others ignored), as decoded from the ICEWS14 benchmark;
* headerless named quadruples ``subject<TAB>relation<TAB>object<TAB>YYYY-MM-DD``, the
  ICEWS14/ICEWS05-15 knowledge-graph benchmark text form.

Events named in words ("Host_a_visit") get their CAMEO code from ``event_names`` in
``cameo.yaml``. Actors: a country name is the state; "Sector (Country)" is the state when the
sector is a state organ (``state_agents.icews_sectors``: government, ministries, military,
police, legislature ...), and is skipped otherwise (citizens, businesses, militants); any
other name is looked up in the gazetteer (people, organisations, armed groups) and skipped
if it is not there.

The benchmark's id files (``train.txt`` with ``entity2id.txt`` and ``relation2id.txt``
beside it) are recognised but refused: their time stamps are day numbers whose first day
the benchmark does not document. Decode them to named quadruples with dates first.
"""

from __future__ import annotations

import re
from pathlib import Path

from diplograph.errors import InputError
from diplograph.graph.model import Actor
from diplograph.loaders.datasets import files
from diplograph.loaders.datasets.events import EventClaims, Unresolved, event_day
from diplograph.loaders.datasets.files import Head
from diplograph.loaders.datasets.format import Format
from diplograph.loaders.datasets.output import Output
from diplograph.loaders.datasets.resolve import ActorResolver

_RAW_REQUIRED = ("event date", "source name", "target name")
_QUAD_REQUIRED = ("subject", "relation", "object", "date")
_QUAD_LINE = re.compile(r"^[^\t]+\t[^\t]+\t[^\t]+\t\d{4}-\d{2}-\d{2}$")
_ID_LINE = re.compile(r"^\d+\t\d+\t\d+\t\d+(\t\d+)?$")
_DICTIONARY_LINE = re.compile(r"^[^\t]+\t\d+$")
_DICTIONARIES = ("entity2id.txt", "relation2id.txt")


def _raw_header(head: Head) -> list[str] | None:
    header = head.header("\t")
    if all(c in header for c in _RAW_REQUIRED) and ("cameo code" in header or "event text" in header):
        return header
    return None


def _quad_header(head: Head) -> list[str] | None:
    header = head.header("\t")
    return header if all(c in header for c in _QUAD_REQUIRED) else None


def _headerless(head: Head) -> bool:
    lines = head.first(5)
    return bool(lines) and all(_QUAD_LINE.match(line.rstrip("\r")) for line in lines)


def matches(head: Head) -> bool:
    return bool(_raw_header(head) or _quad_header(head) or _headerless(head))


def read(path: Path, head: Head, resolver: ActorResolver):
    raw = _raw_header(head)
    source = files.dataset_source(path, f"ICEWS coded events {path.name}",
                                  publisher="Integrated Crisis Early Warning System (ICEWS)")
    out = Output(source, path.name, "icews")
    events = EventClaims(out, resolver, "dataset:icews")
    waiting = out.waiting
    cameo = events.cameo
    header = raw or _quad_header(head)
    records = files.rows(path, "\t")
    # the same few thousand names recur over an export's events: each is resolved once
    actors: dict[str, Actor | Unresolved] = {}
    if header:
        next(records, None)
    for line, values in records:
        values = [v.strip() for v in values]
        if header and len(values) != len(header):
            raise InputError(path, f"expected {len(header)} tab-separated fields (as in the header), found {len(values)}", line)
        if not header and len(values) != 4:
            raise InputError(path, f"expected subject, relation, object and date separated by tabs, found {len(values)} fields", line)
        row = dict(zip(header or _QUAD_REQUIRED, values))
        if raw:
            subject_name, object_name = row["source name"], row["target name"]
            text = row.get("event text", "")
            code = row.get("cameo code") or cameo.code_for_name(text) or ""
            properties = {"event_id": row.get("event id", ""), "line": str(line)}
        else:
            subject_name, object_name = row["subject"], row["object"]
            text = row["relation"].replace("_", " ")
            code = cameo.code_for_name(text) or ""
            properties = {"line": str(line)}
        date = event_day(row.get("event date") or row.get("date", ""))
        subject_name, object_name = subject_name.replace("_", " "), object_name.replace("_", " ")
        subject = actors.get(subject_name) or actors.setdefault(subject_name, events.named(subject_name))
        obj = actors.get(object_name) or actors.setdefault(object_name, events.named(object_name))
        if events.skips(code, subject, obj, date):
            continue
        evidence = f"ICEWS {date or '?'}: {subject_name} → {object_name}, {text or cameo.label(code)}"
        events.add(code=code, subject=subject, object=obj, date=date, evidence=evidence, properties=properties)
        if len(waiting) > 1:  # (out.ready(), without a generator per row)
            yield from out.ready()
    yield from out.batches()
    return out.summary


def _has_dictionaries(path: Path) -> bool:
    return all((path.parent / name).is_file() for name in _DICTIONARIES)


def matches_ids(head: Head) -> bool:
    lines = head.first(5)
    return bool(lines) and _has_dictionaries(head.path) and all(_ID_LINE.match(line.rstrip("\r")) for line in lines)


def read_ids(path: Path, head: Head, resolver: ActorResolver):
    raise InputError(path, "an ICEWS benchmark file of numeric ids: its time stamps are day numbers with no "
                           "documented first day. Decode it to subject, relation, object and date "
                           "(YYYY-MM-DD) columns, then load that file", 1)
    yield  # a generator, like every reader


def matches_dictionary(head: Head) -> bool:
    lines = head.first(5)
    return (bool(lines) and _has_dictionaries(head.path)
            and all(_DICTIONARY_LINE.match(line.rstrip("\r")) for line in lines))


def read_dictionary(path: Path, head: Head, resolver: ActorResolver):
    """A name-to-id dictionary of the benchmark: part of the dataset, nothing to load."""
    source = files.dataset_source(path, f"ICEWS benchmark dictionary {path.name}")
    out = Output(source, path.name, "icews-dictionary")
    out.summary.notes.append("an id dictionary: nothing to load on its own")
    return out.summary
    yield  # a generator, like every reader


FORMAT = Format("icews", "ICEWS coded events (Dataverse .tab, or named quadruples with dates)", matches, read)
ID_FORMAT = Format("icews-ids", "ICEWS14 benchmark id quadruples (refused: undated)", matches_ids, read_ids)
DICTIONARY_FORMAT = Format("icews-dictionary", "ICEWS14 benchmark id dictionaries (nothing to load)",
                           matches_dictionary, read_dictionary)
