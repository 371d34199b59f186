"""The embedded backend: one SQLite file in WAL mode, nothing to install.

Every write is one explicit transaction, so a process killed half-way through an ingest
(``kill -9``, a power cut) leaves the file as it was after the last completed document:
SQLite's write-ahead log is rolled back on the next open. Queries run on a networkx view of
the whole graph built from this store (see :mod:`diplograph.graph.view`).
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import sys
import time
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from diplograph.errors import StoreBusy, StoreError
from diplograph.graph.backend import WriteReport, merge_actor_rows, prepare_batch
from diplograph.graph.backends.first_load import FirstLoad
from diplograph.graph.curation import Curation
from diplograph.graph.model import Actor, Batch, Claim, Counts, RowBatch, Source
from diplograph.names import name_key

# 2: sources carry an author; 3: a reliability grade and a fingerprint, and the publishers' grades.
# 4: the names table; the generation counter and the store id in meta; claims indexed by
#    (subject, object, predicate) and (object, subject, predicate) instead of subject and object.
# 5: the index of claims from a subject (claims_from) is replaced by claims_relation, which also
#    holds what a relation's summary reads of each claim (date, source, id, end date, modality),
#    so that a hub's relations are summed up from the index without reading each claim's row.
# An earlier store is upgraded when opened (a Source field without a column gets one; for
# schema 5 the index is built once: 38 s of CPU for 10.9 million claims, minutes on a busy disk).
SCHEMA_VERSION = 5
# The size of a new store's pages (SQLite's default is 4096): every claim goes into three indexes
# whose keys are long texts, and bigger pages split and rebalance less often; bare inserts of
# 400,000 claims with the store's schema take 4.8 s of CPU with pages of 16 kB, 6.7-7.6 s with 4 kB.
PAGE_SIZE = 16384
# The page cache, in kB (why 64 MB: see EmbeddedBackend.__init__)
CACHE_KB = 65_536
# How long a writer waits for another one to finish before it gives up (seconds).
BUSY_TIMEOUT = 60.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS actors (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]', external_ids TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS sources (
    id TEXT PRIMARY KEY, title TEXT, url TEXT, publisher TEXT, published TEXT, path TEXT, kind TEXT, author TEXT,
    reliability TEXT, fingerprint TEXT
);
CREATE TABLE IF NOT EXISTS claims (
    id TEXT PRIMARY KEY, subject TEXT NOT NULL, predicate TEXT NOT NULL, object TEXT NOT NULL,
    source_id TEXT NOT NULL, date TEXT, end_date TEXT, modality TEXT NOT NULL, confidence REAL,
    evidence TEXT, evidence_start INTEGER, evidence_end INTEGER, method TEXT, properties TEXT
);
CREATE INDEX IF NOT EXISTS claims_relation ON claims(subject, object, predicate, date, source_id, id, end_date, modality);
CREATE INDEX IF NOT EXISTS claims_to ON claims(object, subject, predicate);
CREATE TABLE IF NOT EXISTS merges (drop_id TEXT PRIMARY KEY, keep_id TEXT NOT NULL, merged_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS curations (id TEXT PRIMARY KEY, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS publisher_grades (
    key TEXT PRIMARY KEY, publisher TEXT NOT NULL, grade TEXT NOT NULL, graded_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS names (key TEXT NOT NULL, actor_id TEXT NOT NULL, canonical INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS names_key ON names(key);
CREATE INDEX IF NOT EXISTS names_actor ON names(actor_id);
"""
# Analysts' curation records (diplograph.graph.curation), one JSON object each. Stores made before
# curation get the table with their first record (opening a store only reads).
_CURATIONS_TABLE = "CREATE TABLE IF NOT EXISTS curations (id TEXT PRIMARY KEY, record TEXT NOT NULL)"
# names: the name key (diplograph.names.name_key) of every actor's name (canonical = 1) and
# aliases (0), so that a name is looked up without reading every actor. Kept in step with the
# actors table by every write; filled once when a store of schema 1 or 2 is first opened.

_SOURCE_COLUMNS = tuple(f.name for f in dataclasses.fields(Source))
# a source written again (a manifest added, a better reader) takes the fields it now gives;
# a field it leaves empty keeps what was stored
_UPSERT_SOURCE = (f"INSERT INTO sources ({', '.join(_SOURCE_COLUMNS)}) VALUES ({','.join('?' * len(_SOURCE_COLUMNS))}) "
                  "ON CONFLICT(id) DO UPDATE SET "
                  + ", ".join(f"{c} = COALESCE(NULLIF(excluded.{c}, ''), {c})" for c in _SOURCE_COLUMNS[1:]))
_CLAIM_COLUMNS = ("id", "subject", "predicate", "object", "source_id", "date", "end_date", "modality",
                  "confidence", "evidence", "evidence_start", "evidence_end", "method", "properties")
_CLAIM_MARKS = ",".join("?" * len(_CLAIM_COLUMNS))


def default_store_path() -> Path:
    """``$DIPLOGRAPH_STORE``, else ``$XDG_DATA_HOME/diplograph/graph.db`` (``~/.local/share/...``)."""
    if os.environ.get("DIPLOGRAPH_STORE"):
        return Path(os.environ["DIPLOGRAPH_STORE"]).expanduser()
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "diplograph" / "graph.db"


def default_busy_timeout() -> float:
    """``$DIPLOGRAPH_BUSY_TIMEOUT`` seconds, else :data:`BUSY_TIMEOUT`."""
    value = os.environ.get("DIPLOGRAPH_BUSY_TIMEOUT", "").strip()
    if not value:
        return BUSY_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < 1e6:
        raise StoreError(f"DIPLOGRAPH_BUSY_TIMEOUT must be a number of seconds, not {value!r}")
    return seconds


def _is_busy(error: sqlite3.OperationalError) -> bool:
    message = str(error).lower()
    return "locked" in message or "busy" in message


class EmbeddedBackend(FirstLoad):
    """A graph kept in one SQLite file.

    >>> import tempfile, os
    >>> store = EmbeddedBackend(os.path.join(tempfile.mkdtemp(), "g.db"))
    >>> store.counts().actors
    0
    """

    name = "embedded"
    cache_kb = CACHE_KB

    def __init__(self, path: str | Path | None = None, *, busy_timeout: float | None = None):
        self.path = Path(path).expanduser() if path else default_store_path()
        self.busy_timeout = default_busy_timeout() if busy_timeout is None else busy_timeout
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute(f"PRAGMA busy_timeout={int(self.busy_timeout * 1000)}")
            # Opening only reads: a reader never waits for a writer, nor a writer for a reader.
            new = self._is_new()  # checked before any pragma writes to a file that may not be ours
            if new:  # kept in the file from its first table on (a store made before keeps its pages)
                self._db.execute(f"PRAGMA page_size={PAGE_SIZE}")
            if new or self._db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                self._db.execute("PRAGMA journal_mode=WAL")  # once per file: WAL mode is kept in the file
            self._db.execute("PRAGMA synchronous=NORMAL")
            # 64 MB of page cache (the default is 2 MB): claims are keyed by a hash, so each batch
            # writes all over the index of claim ids; a cache that holds it keeps that in memory
            self._db.execute(f"PRAGMA cache_size=-{CACHE_KB}")
            if new:
                with self._transaction():
                    for statement in filter(str.strip, _SCHEMA.split(";")):
                        self._db.execute(statement)
                    self._db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
                    self._db.execute("INSERT OR IGNORE INTO meta VALUES ('store_id', ?)", (uuid.uuid4().hex,))
            self._check_version()
            self._finish_an_interrupted_load()
        except sqlite3.OperationalError as error:
            if _is_busy(error):
                raise self._busy() from error
            raise StoreError(f"{self.path}: not a diplograph store ({error}). "
                             "Point --store (or DIPLOGRAPH_STORE) at a new file or an existing store.") from error
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: not a diplograph store ({error}). "
                             "Point --store (or DIPLOGRAPH_STORE) at a new file or an existing store.") from error
        except OSError as error:
            raise StoreError(f"{self.path}: cannot open the store ({error})") from error

    def _is_new(self) -> bool:
        tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and "meta" not in tables:
            raise sqlite3.DatabaseError("the file is an SQLite database of another program")
        return not tables

    def _check_version(self) -> None:
        row = self._db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        if row is not None and int(row[0]) > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer diplograph (schema {row[0]}); upgrade diplograph")
        if self._missing_source_columns() or row is None or int(row[0]) < SCHEMA_VERSION:
            with self._transaction():  # an upgrade writes once; opening a current store only reads
                for column in self._missing_source_columns():  # asked again: another process may have upgraded
                    self._db.execute(f"ALTER TABLE sources ADD COLUMN {column} TEXT")  # names from the dataclass
                names_missing = not self._db.execute("SELECT 1 FROM sqlite_master WHERE name='names'").fetchone()
                self._db.execute("DROP INDEX IF EXISTS claims_from")  # replaced by claims_relation
                for statement in filter(str.strip, _SCHEMA.split(";")):  # tables and indexes added since
                    self._db.execute(statement)  # (IF NOT EXISTS)
                if names_missing:
                    self._index_every_name()
                self._db.execute("DROP INDEX IF EXISTS claims_subject")  # replaced by the pair indexes
                self._db.execute("DROP INDEX IF EXISTS claims_object")
                self._db.execute("INSERT OR IGNORE INTO meta VALUES ('store_id', ?)", (uuid.uuid4().hex,))
                self._db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))

    def _missing_source_columns(self) -> list[str]:
        """Fields of :class:`Source` that a store of an earlier version has no column for yet."""
        stored = {r[1] for r in self._db.execute("PRAGMA table_info(sources)")}
        return [column for column in _SOURCE_COLUMNS if column not in stored]

    def _index_every_name(self) -> None:
        """Schema 4: the names table of a store written before it, filled from every actor."""
        self._db.execute("CREATE TABLE IF NOT EXISTS names (key TEXT NOT NULL, actor_id TEXT NOT NULL, "
                         "canonical INTEGER NOT NULL)")
        cursor = self._db.execute("SELECT * FROM actors")
        while rows := cursor.fetchmany(10_000):
            self._db.executemany("INSERT INTO names VALUES (?,?,?)", _name_rows(_actor(r) for r in rows))

    def _busy(self) -> StoreBusy:
        return StoreBusy(f"{self.path}: the store is busy: another diplograph is writing to it (waited "
                         f"{self.busy_timeout:g} s). Try again when it has finished, or wait longer with "
                         "--busy-timeout SECONDS (or DIPLOGRAPH_BUSY_TIMEOUT).")

    @contextmanager
    def _transaction(self):
        """One write transaction. A writer that finds another one at work waits for it (SQLite's
        busy handler), and tries again until ``busy_timeout`` has passed. Inside :meth:`atomic`,
        a part of the transaction that is already open; during a first load, a savepoint in a
        transaction that holds several writes (:meth:`loading`)."""
        if self._atomic:
            yield
            return
        if self._grouping:  # a first load: part of a bigger transaction (see FirstLoad.loading)
            with self._in_group():
                yield
            return
        self._begin()
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        else:
            self._db.execute("COMMIT")

    def _begin(self) -> None:
        deadline = time.monotonic() + self.busy_timeout
        pause = 0.05
        while True:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                if not _is_busy(error):
                    raise
                if time.monotonic() >= deadline:
                    raise self._busy() from error
                time.sleep(pause)
                pause = min(pause * 2, 1.0)

    @contextmanager
    def snapshot(self):
        """Reads inside see one committed state of the store, whatever a writer commits meanwhile.

        A read transaction takes no lock that a writer waits for (WAL): a long ingest and a map
        drawn at the same time each go on."""
        if self._db.in_transaction:
            yield
            return
        self._db.execute("BEGIN")  # deferred: the first read fixes what the reads after it see
        try:
            yield
        finally:
            self._db.execute("ROLLBACK")  # nothing was written

    # -- writing -----------------------------------------------------------------------------

    def write(self, batch: Batch, *, strict: bool = True) -> WriteReport:
        with self._transaction():  # merges and stored types read in it: a merge meanwhile is not undone
            prepared, rejected = prepare_batch(batch, self.merges(), strict=strict, known_types=self._types)
            self._next_generation()
            self._defer_indexes_if_empty()
            return self._write_prepared(prepared, WriteReport(rejected=rejected))

    def _next_generation(self) -> None:
        """Count this write in meta's ``generation``: what is derived from the store (the
        whole-graph index) records the generation it was built from, and is stale when it differs."""
        self._db.execute("INSERT INTO meta VALUES ('generation', '1') "
                         "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")

    def generation(self) -> int:
        """How many writes the store has had (0 for a new store)."""
        row = self._db.execute("SELECT value FROM meta WHERE key='generation'").fetchone()
        return int(row[0]) if row else 0

    def _index_names(self, actor_ids: list[str]) -> None:
        """Rewrite the names rows of these actors from their rows in the actors table."""
        for start in range(0, len(actor_ids), 500):
            chunk = actor_ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            self._db.execute(f"DELETE FROM names WHERE actor_id IN ({marks})", chunk)
            stored = self._db.execute(f"SELECT * FROM actors WHERE id IN ({marks})", chunk).fetchall()
            self._db.executemany("INSERT INTO names VALUES (?,?,?)", _name_rows(_actor(r) for r in stored))

    def _write_prepared(self, prepared: Batch, report: WriteReport) -> WriteReport:
        existing = self._actors_by_id(a.id for a in prepared.actors)
        rows = []
        for actor in prepared.actors:
            row = merge_actor_rows(existing.get(actor.id), actor)
            if row != existing.get(actor.id):
                rows.append(_actor_row(row))
        self._db.executemany("INSERT OR REPLACE INTO actors VALUES (?,?,?,?,?)", rows)
        self._index_names([row[0] for row in rows])
        report.actors = len(rows)
        known_sources = self._existing_ids("sources", [s.id for s in prepared.sources])
        self._db.executemany(_UPSERT_SOURCE, [tuple(getattr(s, c) for c in _SOURCE_COLUMNS) for s in prepared.sources])
        report.sources = len(prepared.sources) - len(known_sources)
        # _claim_row written out (this runs per claim): properties "{}" when there are none
        rows = prepared.unread_rows() if isinstance(prepared, RowBatch) else None  # made by a loader as stored
        if rows is None:
            rows = [(c.id, c.subject, c.predicate, c.object, c.source_id, c.date, c.end_date, c.modality, c.confidence,
                     c.evidence, c.evidence_start, c.evidence_end, c.method,
                     _properties_json(c.properties) if c.properties else "{}") for c in prepared.claims]
        # new claims go in with one look-up each in the id index (asking first which are stored
        # was another); when some were stored, every row is written again over them
        before = self._db.total_changes
        self._db.executemany(f"INSERT OR IGNORE INTO claims VALUES ({_CLAIM_MARKS})", rows)
        report.claims = self._db.total_changes - before
        if report.claims < len(rows):  # loaded before: the claims take what this write says
            self._db.executemany(f"INSERT OR REPLACE INTO claims VALUES ({_CLAIM_MARKS})", rows)
        return report

    def _existing_ids(self, table: str, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            query = f"SELECT id FROM {table} WHERE id IN ({','.join('?' * len(chunk))})"  # table: a constant
            found.update(r[0] for r in self._db.execute(query, chunk))
        return found

    def merge(self, keep_id: str, drop_id: str) -> None:
        if keep_id == drop_id:
            raise StoreError("cannot merge an actor into itself")
        with self._transaction():  # read in it too: a write meanwhile can neither undo nor escape the merge
            keep, drop = self.get_actor(keep_id), self.get_actor(drop_id)
            if keep is None or drop is None:
                raise StoreError(f"no actor with id {keep_id if keep is None else drop_id!r}")
            merges = {**self.merges(), drop_id: keep_id}
            moved, _ = prepare_batch(Batch(claims=self.claims(drop_id)), merges, strict=False, known_types=self._types)
            self._next_generation()
            self._db.execute("INSERT OR REPLACE INTO merges VALUES (?,?,?)",
                             (drop_id, keep_id, datetime.now(timezone.utc).isoformat(timespec="seconds")))
            self._db.execute("UPDATE merges SET keep_id=? WHERE keep_id=?", (keep_id, drop_id))
            self._db.execute("DELETE FROM claims WHERE subject=? OR object=?", (drop_id, drop_id))
            self._db.execute("DELETE FROM actors WHERE id=?", (drop_id,))
            self._db.execute("INSERT OR REPLACE INTO actors VALUES (?,?,?,?,?)",
                             _actor_row(merge_actor_rows(keep, drop)))
            self._index_names([keep_id, drop_id])
            self._write_prepared(moved, WriteReport())

    def clear(self) -> None:
        with self._transaction():
            self._db.execute(_CURATIONS_TABLE)  # a store from before curation has none to empty
            self._next_generation()
            for table in ("claims", "sources", "actors", "merges", "curations", "publisher_grades", "names"):
                self._db.execute(f"DELETE FROM {table}")  # table names are constants above

    def close(self) -> None:
        self._db.close()

    # -- reading -----------------------------------------------------------------------------

    def actors(self) -> list[Actor]:
        return [_actor(r) for r in self._db.execute("SELECT * FROM actors ORDER BY id")]

    def get_actor(self, actor_id: str) -> Actor | None:
        row = self._db.execute("SELECT * FROM actors WHERE id=?", (actor_id,)).fetchone()
        return _actor(row) if row else None

    def sources(self) -> list[Source]:
        cursor = self._db.execute(f"SELECT {', '.join(_SOURCE_COLUMNS)} FROM sources ORDER BY id")
        return [Source(*(v or "" for v in row)) for row in cursor]

    def claims(self, actor_id: str | None = None) -> list[Claim]:
        if actor_id is None:
            cursor = self._db.execute("SELECT * FROM claims ORDER BY id")
        else:
            cursor = self._db.execute("SELECT * FROM claims WHERE subject=? OR object=? ORDER BY id",
                                      (actor_id, actor_id))
        return [_claim(r) for r in cursor]

    # -- reading one actor's rows (for diplograph.graph.store_view) ------------------------------

    def relation_rows(self, actor_id: str, side: str) -> tuple[list[Claim], dict[str, Actor]]:
        """The claims with ``actor_id`` as subject (``side`` "out") or object ("in"), and the
        stored actors at their other ends."""
        mine, other = ("subject", "object") if side == "out" else ("object", "subject")
        cursor = self._db.execute(f"SELECT c.*, a.* FROM claims c JOIN actors a ON a.id = c.{other} "
                                  f"WHERE c.{mine} = ?", (actor_id,))  # column names are constants
        claims, actors = [], {}
        width = len(_CLAIM_COLUMNS)
        for row in cursor:
            claims.append(_claim(row[:width]))
            if row[width] not in actors:
                actors[row[width]] = _actor(row[width:])
        return claims, actors

    def pair_claims(self, subject: str, object_: str) -> list[Claim]:
        """The claims from ``subject`` to ``object_``."""
        cursor = self._db.execute("SELECT * FROM claims WHERE subject=? AND object=?", (subject, object_))
        return [_claim(r) for r in cursor]

    def relations_claims(self, keys: Iterable[tuple[str, str, str]]) -> list[Claim]:
        """The claims of each relation ``(subject, predicate, object)`` of ``keys``, in few queries."""
        keys = list(keys)
        found = []
        for start in range(0, len(keys), 300):
            chunk = keys[start:start + 300]
            # CROSS JOIN: SQLite walks the keys and looks each up in the pair index (an IN over
            # row values would scan the table)
            query = (f"WITH k(s, p, o) AS (VALUES {','.join(['(?,?,?)'] * len(chunk))}) SELECT c.* FROM k "
                     "CROSS JOIN claims c ON c.subject = k.s AND c.object = k.o AND c.predicate = k.p")
            found.extend(_claim(r) for r in self._db.execute(query, [part for key in chunk for part in key]))
        return found

    def actors_by_id(self, ids: Iterable[str]) -> dict[str, Actor]:
        return self._actors_by_id(ids)

    def source_claims(self, source_id: str) -> list[Claim]:
        """The claims from ``source_id`` (one pass over the claims: none is indexed by source)."""
        return [_claim(r) for r in self._db.execute("SELECT * FROM claims WHERE source_id=?", (source_id,))]
    def claims_in_relation_order(self, size: int = 20_000):
        """Every claim, in lists of ``size``, those of one relation one after the other (the
        order of the pair index), read in one snapshot."""
        with self.snapshot():
            cursor = self._db.execute("SELECT * FROM claims ORDER BY subject, object, predicate")
            while rows := cursor.fetchmany(size):
                yield [_claim(r) for r in rows]

    def relation_keys(self, actor_id: str) -> list[tuple[str, str, str]]:
        """(subject, predicate, object) of every relation of ``actor_id``, in that order (read
        off the pair indexes alone, however many claims a hub has)."""
        # each side walks its pair index in its own order and drops repeats there (a SQL UNION
        # would sort every claim of a hub in a temporary tree): 0.10 s against 0.37 s for a hub
        # of 900,000 claims
        keys = set()
        for side in ("subject", "object"):  # column names are constants
            keys.update((s, p, o) for s, o, p in self._db.execute(
                f"SELECT DISTINCT subject, object, predicate FROM claims WHERE {side}=?", (actor_id,)))
        return sorted(keys)

    def relation_claims(self, key: tuple[str, str, str], limit: int | None = None) -> tuple[int, list[Claim]]:
        """How many claims the relation ``key`` has, and the first ``limit`` of them (all when
        None) in claim order (date, source, id)."""
        subject, predicate, object_ = key
        where = "subject=? AND object=? AND predicate=?"
        count = self._db.execute(f"SELECT count(*) FROM claims WHERE {where}", (subject, object_, predicate)).fetchone()[0]
        query = f"SELECT * FROM claims WHERE {where} ORDER BY coalesce(date, ''), source_id, id"
        if limit is not None and count > limit:
            query += f" LIMIT {int(limit)}"
        return count, [_claim(r) for r in self._db.execute(query, (subject, object_, predicate))]

    def relation_aggregates(self, key: tuple[str, str, str]) -> dict:
        """What the aggregates of the relation ``key`` need of all its claims: the first and
        last dates, and the distinct (source id, modality) pairs (``stances``)."""
        subject, predicate, object_ = key
        where, values = "subject=? AND object=? AND predicate=?", (subject, object_, predicate)
        first, last = self._db.execute(
            f"SELECT min(nullif(date, '')), max(coalesce(nullif(end_date, ''), nullif(date, ''))) FROM claims "
            f"WHERE {where}", values).fetchone()
        stances = self._db.execute(f"SELECT DISTINCT source_id, modality FROM claims WHERE {where} ORDER BY 1, 2",
                                   values).fetchall()
        return {"first_date": first or "", "last_date": last or "", "stances": [tuple(r) for r in stances]}

    def relation_summary(self, key: tuple[str, str, str], limit: int | None = None) -> tuple[int, list[Claim], dict]:
        """:meth:`relation_claims` and :meth:`relation_aggregates` of the relation ``key`` from one
        read of its rows (a hub's relations hold thousands of claims each: one pass, then only
        the ``limit`` claims shown are read whole)."""
        subject, predicate, object_ = key
        rows = self._db.execute("SELECT rowid, coalesce(date, ''), coalesce(end_date, ''), source_id, modality, id "
                                "FROM claims WHERE subject=? AND object=? AND predicate=?",
                                (subject, object_, predicate)).fetchall()
        rows.sort(key=lambda r: (r[1], r[3], r[5]))  # claim order: date, source, id
        shown = rows if limit is None else rows[:limit]
        whole = {}
        for start in range(0, len(shown), 500):
            chunk = [r[0] for r in shown[start:start + 500]]
            cursor = self._db.execute(f"SELECT rowid, * FROM claims WHERE rowid IN ({','.join('?' * len(chunk))})", chunk)
            whole.update((r[0], _claim(r[1:])) for r in cursor)
        dates = [r[1] for r in rows if r[1]]
        ends = [r[2] or r[1] for r in rows if r[2] or r[1]]
        aggregates = {"first_date": min(dates, default=""), "last_date": max(ends, default=""),
                      "stances": sorted({(r[3], r[4]) for r in rows})}
        return len(rows), [whole[r[0]] for r in shown], aggregates

    def actor_id_for_key(self, key: str) -> str | None:
        """The actor a name key (:func:`diplograph.names.name_key`) stands for: the actor with
        that canonical name (the last in id order if several), else the first in id order with
        that alias, else None."""
        found = self._db.execute("SELECT actor_id, canonical FROM names WHERE key=?", (key,)).fetchall()
        canonical = [actor_id for actor_id, is_name in found if is_name]
        if canonical:
            return max(canonical)
        return min((actor_id for actor_id, _ in found), default=None)

    def actor_ids_named(self, fragment: str) -> list[str]:
        """The actors with a name or alias whose name key contains ``fragment``, in id order."""
        query = "SELECT DISTINCT actor_id FROM names WHERE instr(key, ?) > 0 ORDER BY actor_id"
        return [r[0] for r in self._db.execute(query, (fragment,))]

    def name_keys(self) -> list[tuple[str, str]]:
        """(actor id, the name key of its name) of every actor, in id order."""
        return self._db.execute("SELECT actor_id, key FROM names WHERE canonical = 1 ORDER BY actor_id").fetchall()

    def sources_by_id(self, ids: Iterable[str]) -> dict[str, Source]:
        found = {}
        ids = list(ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            query = f"SELECT {', '.join(_SOURCE_COLUMNS)} FROM sources WHERE id IN ({','.join('?' * len(chunk))})"
            found.update((r[0], Source(*(v or "" for v in r))) for r in self._db.execute(query, chunk))
        return found

    # -- the whole-graph index (diplograph.graph.index) ---------------------------------------------

    def store_id(self) -> str:
        """A random id given to the store when it was created: an index saved beside one store
        is never taken for another's."""
        row = self._db.execute("SELECT value FROM meta WHERE key='store_id'").fetchone()
        return row[0] if row else ""

    def index_folder(self) -> Path:
        """Where the whole-graph index of this store is kept: a folder beside the store file."""
        return self.path.with_name(self.path.name + ".index")

    @contextmanager
    def index_rows(self):
        """What the whole-graph index is built from, read in one snapshot: yields the generation,
        (id, type) of every actor in id order, every source, and an iterator over (subject,
        predicate, object, source id, date, end date, modality) of every claim."""
        with self.snapshot():
            generation = self.generation()
            actors = self._db.execute("SELECT id, type FROM actors ORDER BY id").fetchall()
            sources = self.sources()
            cursor = self._db.execute("SELECT subject, predicate, object, source_id, coalesce(date, ''), "
                                      "coalesce(end_date, ''), modality FROM claims")

            def claims():
                while rows := cursor.fetchmany(50_000):
                    yield from rows

            yield generation, actors, sources, claims()

    def counts(self) -> Counts:
        one = lambda sql: self._db.execute(sql).fetchone()[0]  # noqa: E731
        return Counts(
            actors=one("SELECT count(*) FROM actors"),
            relations=one("SELECT count(*) FROM (SELECT DISTINCT subject, predicate, object FROM claims)"),
            claims=one("SELECT count(*) FROM claims"),
            sources=one("SELECT count(*) FROM sources"),
        )

    def publisher_grades(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT publisher, grade FROM publisher_grades ORDER BY publisher"))

    def grade_publisher(self, publisher: str, grade: str | None) -> None:
        with self._transaction():
            if grade is None:
                self._db.execute("DELETE FROM publisher_grades WHERE key=?", (name_key(publisher),))
            else:
                self._db.execute("INSERT OR REPLACE INTO publisher_grades VALUES (?,?,?,?)",
                                 (name_key(publisher), publisher, grade,
                                  datetime.now(timezone.utc).isoformat(timespec="seconds")))

    def merges(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT drop_id, keep_id FROM merges"))

    def curations(self) -> list[Curation]:
        try:
            rows = self._db.execute("SELECT record FROM curations ORDER BY id").fetchall()
        except sqlite3.OperationalError as error:
            if "no such table" in str(error):
                return []  # a store from before curation, never reviewed
            raise
        return [Curation.from_json(r[0]) for r in rows]

    def record_curations(self, records: Iterable[Curation]) -> None:
        with self._transaction():
            self._db.execute(_CURATIONS_TABLE)
            self._db.executemany("INSERT OR REPLACE INTO curations VALUES (?, ?)",
                                 [(r.id, r.to_json()) for r in records])

    def get_claim(self, claim_id: str) -> Claim | None:
        row = self._db.execute("SELECT * FROM claims WHERE id=?", (claim_id,)).fetchone()
        return _claim(row) if row else None

    def _actors_by_id(self, ids: Iterable[str]) -> dict[str, Actor]:
        found = {}
        ids = list(ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            query = f"SELECT * FROM actors WHERE id IN ({','.join('?' * len(chunk))})"
            found.update((r[0], _actor(r)) for r in self._db.execute(query, chunk))
        return found

    def _types(self, ids: Iterable[str]) -> dict[str, str]:
        return {actor_id: actor.type for actor_id, actor in self._actors_by_id(ids).items()}

    def __repr__(self) -> str:
        return f"EmbeddedBackend({str(self.path)!r})"


def _actor_row(actor: Actor) -> tuple:
    return (actor.id, actor.name, actor.type, json.dumps(list(actor.aliases), ensure_ascii=False),
            json.dumps(actor.external_ids, ensure_ascii=False, sort_keys=True))


def _name_rows(actors: Iterable[Actor]) -> list[tuple[str, str, int]]:
    rows = []
    for actor in actors:
        rows.append((name_key(actor.name), actor.id, 1))
        rows.extend((name_key(alias), actor.id, 0) for alias in actor.aliases)
    return rows


def _actor(row) -> Actor:
    return Actor(row[0], row[1], row[2], tuple(json.loads(row[3])), json.loads(row[4]))


def _claim_row(claim: Claim) -> tuple:
    properties = _properties_json(claim.properties) if claim.properties else "{}"
    return (claim.id, claim.subject, claim.predicate, claim.object, claim.source_id, claim.date, claim.end_date,
            claim.modality, claim.confidence, claim.evidence, claim.evidence_start, claim.evidence_end,
            claim.method, properties)


def _properties_json(properties: dict) -> str:
    """``json.dumps(properties, ensure_ascii=False, sort_keys=True)``, written out with the C
    string encoder when keys and values are all texts (the usual case: this runs per claim).

    >>> _properties_json({"url": "https://example.org", "cameo": "042"}), _properties_json({"n": 2})
    ('{"cameo": "042", "url": "https://example.org"}', '{"n": 2}')
    """
    keys = tuple(properties)
    layout = _LAYOUTS.get(keys)
    try:
        if layout is None:
            layout = _layout(keys)
        return "{" + ", ".join([head + _encode_string(properties[key]) for key, head in layout]) + "}"
    except TypeError:  # a number, a list, a key that is not a text: the general encoder
        return _PROPERTIES_JSON.encode(properties)


def _layout(keys: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each of ``keys`` in sorted order with its encoded opening (``"key": ``). A loader gives
    every claim the same few keys in the same order: each layout is made once, not per claim
    (TypeError for a key that is not a text)."""
    if len(_LAYOUTS) >= 1024:  # bounded, whatever varied keys a store is given
        _LAYOUTS.clear()
    layout = _LAYOUTS[keys] = tuple((key, _encode_string(key) + ": ") for key in sorted(keys))
    return layout


_LAYOUTS: dict[tuple[str, ...], tuple[tuple[str, str], ...]] = {}


# made once (json.dumps with options makes an encoder per call): properties are written per claim
_PROPERTIES_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)
_encode_string = json.encoder.encode_basestring  # the one json.dumps uses when ensure_ascii=False


def _claim(row) -> Claim:
    values = dict(zip(_CLAIM_FIELDS, row[1:]))  # the stored id (row[0]) is the claim's own, computed again
    stored = values["properties"]
    values["properties"] = json.loads(stored) if stored and stored != "{}" else {}  # most claims have none
    for key in _REPEATED:  # the same few ids recur across millions of claims: keep one copy of each
        value = values[key]
        if value:
            values[key] = sys.intern(value)
        elif key in _TEXT:
            values[key] = ""
    if not values["evidence"]:
        values["evidence"] = ""
    return Claim.of(values)


_CLAIM_FIELDS = _CLAIM_COLUMNS[1:]  # the fields of Claim, in its order
_REPEATED = ("subject", "predicate", "object", "source_id", "modality", "method", "date", "end_date")
_TEXT = frozenset({"date", "end_date"})  # stored NULL, read as "" (as Claim.from_dict does, with evidence)
