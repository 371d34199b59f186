"""Facts written by hand: a CSV or YAML file of (subject, predicate, object) rows.

CSV: a header row with ``subject``, ``predicate``, ``object`` and optionally ``date``,
``end_date``, ``modality``, ``source``, ``evidence``, ``subject_type``, ``object_type``,
``confidence``, ``weapon``, ``role``. YAML: see ``docs/curated.md``.

A file with one bad row is rejected whole, with the file, the line and what is wrong;
nothing of it is written (:data:`STRICT`).

>>> batch = batch_from_rows([("Iran", "co_production", "Dushanbe", "2022-05-17")], origin="doc")
>>> [(c.subject, c.predicate, c.object, c.date) for c in batch.claims]
[('state:IRN', 'CO_PRODUCTION', 'state:TJK', '2022-05-17')]
"""

from __future__ import annotations

import csv
import datetime
import io
import operator
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable
from urllib.parse import urlsplit

import yaml

from diplograph.errors import InputError, OntologyError
from diplograph.gazetteer import load_gazetteer
from diplograph.graph.model import Actor, Batch, RowBatch, Source
from diplograph.graph.rows import claim_row
from diplograph.graph.ontology import load_ontology
from diplograph.names import plain
from diplograph.spreadsheet import cell_date, restore

STRICT = True
REQUIRED = ("subject", "predicate", "object")
OPTIONAL = ("date", "end_date", "modality", "source", "evidence", "subject_type", "object_type",
            "confidence", "weapon", "role", "subject_aliases", "object_aliases")
COLUMNS = REQUIRED + OPTIONAL
PROPERTY_COLUMNS = ("weapon", "role")
MAX_FIELD = 10_000


def accepts(path: Path) -> bool:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return True
    if suffix in (".yaml", ".yml"):
        return True
    return False


CHUNK = 20_000  # facts per batch: a big file is written as it is read, in one transaction (ATOMIC)
ATOMIC = True  # the batches of one file are written all together or not at all
ACYCLIC = True  # rows become claims without reference cycles (see diplograph.loaders)


def load(path: Path) -> Iterable[Batch]:
    """The facts of one file, in batches of :data:`CHUNK` (the whole file is one transaction:
    see ``ATOMIC``)."""
    text = _read_text(path)
    rows = _csv_rows(path, text) if path.suffix.lower() == ".csv" else _yaml_rows(path, text)
    source = Source.from_content(text, title=path.name, path=str(path), kind="curated")
    facts = 0
    for batch in _batches(rows, source, str(path), CHUNK):
        facts += len(batch.rows)  # (not batch.claims: that would make a Claim of each row)
        yield batch
    if not facts:
        raise InputError(path, "no facts in the file (expected a header row and at least one fact)")


def batch_from_rows(rows: Iterable[tuple | dict], origin: str = "python") -> Batch:
    """A batch from rows given in Python: tuples (subject, predicate, object[, date]) or dicts."""
    numbered = []
    for number, row in enumerate(rows, 1):
        if not isinstance(row, dict):
            row = dict(zip(("subject", "predicate", "object", "date", "modality"), row))
        numbered.append((number, {k: "" if v is None else str(v) for k, v in row.items()}))
    source = Source.from_content(repr(numbered), title=origin, kind="curated")
    return _batch([(number, _fields(row)) for number, row in numbered], source, origin)


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot read the file ({error.strerror or error})") from error
    if b"\x00" in data:
        raise InputError(path, "looks like a binary file, not CSV/YAML text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(path, f"not UTF-8 (byte 0x{data[error.start]:02x}); save the file as UTF-8 "
                               "(in Excel: Save As, then 'CSV UTF-8 (Comma delimited)')", line) from None


def _csv_rows(path: Path, text: str):
    """Rows of a curated CSV, comma- or semicolon-separated (a spreadsheet in a European locale
    writes semicolons, and Excel's ``sep=;`` first line says so); cells a spreadsheet-safe export
    neutralised are read back as they were written."""
    skipped = 0
    if re.match(r"sep=.\r?\n", text[:8]):
        skipped, text = 1, text.split("\n", 1)[1]
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=lambda d: (first.count(d), d == ","))
    reader = csv.reader(io.StringIO(text, newline=""), strict=True, delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as error:
        raise InputError(path, f"malformed CSV: {error}", 1 + skipped) from None
    if header is None:
        raise InputError(path, "the file is empty")
    header = [h.strip().lower() for h in header]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise InputError(path, f"the header lacks {', '.join(missing)} (columns: {', '.join(COLUMNS)}; "
                               "separated by commas or semicolons)", 1 + skipped)
    unknown = [h for h in header if h and h not in COLUMNS]
    if unknown:
        raise InputError(path, f"unknown column(s) {', '.join(map(repr, unknown))}; known: {', '.join(COLUMNS)}", 1)
    width = len(header)
    fields = _fields_of(header)
    try:
        for values in reader:
            joined = "".join(values)
            if not joined.strip():  # a blank line, or a row of empty cells
                continue
            if len(values) != width:
                raise InputError(path, f"expected {width} fields, found {len(values)}", reader.line_num + skipped)
            if "'" in joined:  # maybe a cell opening with an apostrophe, that an export neutralised
                values = [restore(v) for v in values]
            values.append("")  # what a column the header lacks reads
            yield reader.line_num + skipped, fields(values)
    except csv.Error as error:
        raise InputError(path, f"malformed CSV: {error}", reader.line_num) from None


def _fields_of(header: list[str]):
    """A function from a CSV row's values (with an empty text appended) to its :data:`COLUMNS`,
    in that order: a column the header names twice reads its last cell, one it lacks the
    empty text. (A row is a tuple read by position, not a dict: this runs per row.)"""
    position = {name: i for i, name in enumerate(header)}
    return operator.itemgetter(*(position.get(name, len(header)) for name in COLUMNS))


def _fields(row: dict[str, str]) -> tuple[str, ...]:
    """A row given as a dict (YAML, Python), as a tuple of its :data:`COLUMNS`."""
    return tuple(row.get(name, "") for name in COLUMNS)


def _yaml_rows(path: Path, text: str):
    try:
        document = yaml.compose(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise InputError(path, f"malformed YAML: {getattr(error, 'problem', error)}",
                         mark.line + 1 if mark else None) from None
    if document is None:
        raise InputError(path, "the file is empty")
    try:
        data = yaml.safe_load(text)
    except (yaml.YAMLError, ValueError, TypeError) as error:  # a timestamp like 0000-00-00 raises ValueError
        raise InputError(path, f"malformed YAML: {error}"[:300]) from None
    facts_node = document
    if isinstance(data, dict):
        if "facts" not in data:
            raise InputError(path, "a YAML facts file is a list of facts, or a mapping with a 'facts' list", 1)
        facts_node = next(v for k, v in document.value if k.value == "facts")
        data = data["facts"]
    if not isinstance(data, list):
        raise InputError(path, "'facts' must be a list of mappings with subject, predicate, object", 1)
    for item, node in zip(data, facts_node.value):
        line = node.start_mark.line + 1
        if not isinstance(item, dict):
            raise InputError(path, "each fact must be a mapping with subject, predicate, object", line)
        unknown = [k for k in item if str(k) not in COLUMNS]
        if unknown:
            raise InputError(path, f"unknown key(s) {', '.join(map(repr, unknown))}; known: {', '.join(COLUMNS)}", line)
        row = {}
        for key, value in item.items():
            if isinstance(value, list) and key.endswith("_aliases") and all(_scalar(v) for v in value):
                value = "|".join(map(str, value))
            if not _scalar(value):  # and never str() it: YAML aliases can nest a billion items in a few lines
                raise InputError(path, f"the value of {str(key)!r} is a {type(value).__name__}; give a text", line)
            row[str(key)] = "" if value is None else str(value)
        yield line, _fields(row)


def _scalar(value) -> bool:
    return value is None or isinstance(value, (str, int, float, bool, datetime.date))


@dataclass
class _Resolved:
    actor: Actor
    line: int


def _batch(rows, source: Source, origin: str) -> Batch:
    return next(_batches(rows, source, origin))


def _batches(rows, source: Source, origin: str, chunk: int | None = None) -> Iterable[Batch]:
    """The facts of ``rows`` as batches of ``chunk`` claims (one batch when None); each batch
    carries the actors and sources its claims name, the actors with every name read so far."""
    onto = load_ontology()
    gazetteer = load_gazetteer()
    actors: dict[str, Actor] = {}
    claims: list[tuple] = []  # as the store's rows (claim_row)
    sources = {source.id: source}
    touched: dict[str, None] = {}  # actors and sources named since the last batch, in order
    cited_now: dict[str, None] = {source.id: None}

    sent: set[str] = set()  # cited sources written with an earlier batch of this file

    def cut() -> Batch:
        # the file's own source opens every batch (a manifest describes it there); a cited
        # source goes with the first batch that cites it only (5,000 URLs cited over 200,000
        # rows were otherwise written again with every batch)
        cited = [sources[i] for i in cited_now if i == source.id or i not in sent]
        sent.update(cited_now)
        # every claim was checked against the ontology as its row was read (RowBatch: checked, not again)
        batch = RowBatch([actors[i] for i in touched], cited, list(claims))
        claims.clear()
        touched.clear()
        cited_now.clear()
        cited_now[source.id] = None
        return batch

    def fail(line, reason):
        raise InputError(origin, reason, line)

    # the same names, predicates, modalities, dates, confidences, citations and pairs of types
    # recur on many rows: each is looked up and checked once (this loop runs per row)
    resolved: dict[tuple, Actor] = {}
    dates: dict[str, str] = {"": ""}
    cited: dict[str, Source] = {}
    predicates: dict[str, object] = {}
    modalities: dict[str, str] = {}
    confidences: dict[str, float] = {}
    linked: dict[tuple[str, str, str], bool] = {}

    def resolve(key: tuple[str, str, str, frozenset[str]], line: int, role: str) -> Actor:
        """The actor of (name, type hint, aliases, the types the predicate allows), met the first time."""
        name, type_hint, aliases, allowed = key
        if not name:
            fail(line, f"the {role} is empty")
        if len(name) > 500:
            fail(line, f"the {role} is {len(name)} characters long; a name has at most 500")
        if type_hint:
            try:
                type_hint = onto.actor_type(type_hint).name
            except OntologyError as error:
                fail(line, str(error))
        entry = gazetteer.lookup(name, type=type_hint or None)
        if entry is not None:
            actor = entry.actor()
        else:
            type_ = type_hint or (next(iter(allowed)) if len(allowed) == 1 else "")
            if not type_:
                fail(line, f"{name!r} is not in the gazetteer; give its type in the {role}_type column "
                           f"({', '.join(sorted(allowed))})")
            actor = Actor.new(name, type_)
        extra = [a.strip() for a in aliases.split("|") if a.strip()]
        known = actors.get(actor.id, actor)
        actor = known.with_aliases([*extra, name])
        actors[actor.id] = actor  # with every alias the file gave it so far
        resolved[key] = actor
        return actor

    for line, row in rows:
        if not _plain_row(row):
            row = tuple(map(plain, row))  # no control characters reach a terminal or a page
            for name, value in zip(COLUMNS, row):
                if len(value) > MAX_FIELD:
                    fail(line, f"the {name} field is {len(value)} characters long (at most {MAX_FIELD})")
        (subject_name, given_predicate, object_name, given_date, given_end, given_modality, given_source, evidence,
         subject_type, object_type, given_confidence, weapon, role, subject_aliases, object_aliases) = row
        try:
            predicate = predicates.get(given_predicate)
            if predicate is None:
                predicate = predicates[given_predicate] = onto.predicate(given_predicate)
            given_modality = given_modality or "asserted"
            modality = modalities.get(given_modality)
            if modality is None:
                modality = modalities[given_modality] = onto.modality(given_modality).name
        except OntologyError as error:
            fail(line, str(error))
        date, end_date = dates.get(given_date), dates.get(given_end)
        if date is None or end_date is None:
            try:
                if date is None:
                    date = dates[given_date] = cell_date(given_date)
                if end_date is None:
                    end_date = dates[given_end] = cell_date(given_end)
            except ValueError as error:
                fail(line, str(error))
        if date and end_date and end_date < date:
            fail(line, f"end_date {end_date} is before date {date}")
        key = (subject_name, subject_type, subject_aliases, predicate.subject_types)
        subject = resolved.get(key) or resolve(key, line, "subject")
        key = (object_name, object_type, object_aliases, predicate.object_types)
        obj = resolved.get(key) or resolve(key, line, "object")
        touched[subject.id] = touched[obj.id] = None
        types = (predicate.name, subject.type, obj.type)
        allowed = linked.get(types)
        if allowed is None:
            allowed = linked[types] = predicate.allows(subject.type, obj.type) or (
                predicate.symmetric and predicate.allows(obj.type, subject.type))
        if not allowed:
            fail(line, f"{predicate.name} cannot link a {subject.type} ({subject.name}) to a {obj.type} "
                       f"({obj.name}); it takes {'/'.join(sorted(predicate.subject_types))} -> "
                       f"{'/'.join(sorted(predicate.object_types))}")
        if subject.id == obj.id:
            fail(line, f"subject and object are the same actor ({subject.name})")
        subject_id, object_id = subject.id, obj.id
        if predicate.symmetric and object_id < subject_id:  # kept in id order, as the store keeps it
            subject_id, object_id = object_id, subject_id
        given_confidence = given_confidence or "1.0"
        confidence = confidences.get(given_confidence)
        if confidence is None:
            try:  # "0,8": a decimal comma, as a spreadsheet in many locales writes it
                confidence = float(given_confidence.replace(",", "."))
            except ValueError:
                fail(line, f"confidence must be a number between 0 and 1, not {row[COLUMNS.index('confidence')]!r}")
            if not 0.0 <= confidence <= 1.0:
                fail(line, f"confidence must be between 0 and 1, not {confidence}")
            confidences[given_confidence] = confidence
        claim_source = source
        if given_source:
            claim_source = cited.get(given_source)
            if claim_source is None:
                claim_source = cited[given_source] = _cited_source(given_source, source)
                sources[claim_source.id] = claim_source
            cited_now[claim_source.id] = None
        properties = {}
        if weapon or role:  # most rows have neither
            properties = {k: v for k, v in zip(PROPERTY_COLUMNS, (weapon, role)) if v}
        claims.append(claim_row(subject_id, predicate.name, object_id, claim_source.id, date, end_date, modality,
                                confidence, evidence, "curated", properties))
        if chunk and len(claims) >= chunk:
            yield cut()
    if claims or not chunk:
        yield cut()


def _plain_row(row: tuple[str, ...]) -> bool:
    """Whether every field of ``row`` is already as :func:`plain` leaves it (printable, single
    spaces, trimmed) and none is over :data:`MAX_FIELD`: checked on the fields joined, at C
    speed, for the usual row (a field with a bar beside a space is checked field by field)."""
    joined = "|" + "|".join(row) + "|"
    return (len(joined) <= MAX_FIELD and joined.isprintable() and "  " not in joined
            and "| " not in joined and " |" not in joined)


def _cited_source(citation: str, file_source: Source) -> Source:
    """A fact's own source (a URL or a title) becomes a source of its own, so that the graph
    counts distinct sources per relation correctly."""
    is_url = citation.lower().startswith(("http://", "https://"))
    return Source.from_content(citation, title="" if is_url else citation, url=citation if is_url else "",
                               publisher=_site(citation) if is_url else "", path=file_source.path, kind="curated")


def _site(url: str) -> str:
    """The web site a URL is on, which is who published it as far as the URL says."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # "http://[not-an-address": cited as given, no site to name
        return ""
    return host.removeprefix("www.")
