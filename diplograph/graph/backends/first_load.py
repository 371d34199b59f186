"""A store's first load: its claims go in before their pair indexes, built once at its end.

Placing millions of claims in two indexes one by one costs more than the inserts themselves
(bare inserts of 1M claims: 19.5 s of CPU with the indexes in place, 8.8 s with them built at
the end), so :class:`~diplograph.graph.backends.embedded.EmbeddedBackend` drops them for a load
into a store without claims and builds them when the load ends, keeping its crash safety: what
is dropped is recorded in the same transaction, and a lock file tells a load that runs from one
that was killed.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path

from diplograph.errors import StoreBusy

log = logging.getLogger(__name__)
# During a first load: rows changed a transaction, and the page cache (kB) while it runs.
GROUP_CHANGES = 100_000
LOAD_CACHE_KB = 262_144


class FirstLoad:
    """The part of the embedded backend that writes a first load before its indexes (a mixin:
    it uses the backend's ``_db``, ``path`` and ``_transaction``)."""

    @contextmanager
    def atomic(self):
        """Writes made inside form one transaction: all of them are stored, or (when one fails)
        none. A curated file is written so, batch by batch as it is read.

        Into a store without claims, the claims go in before their indexes (see
        :meth:`loading`), which are built at the end of the transaction (unless a load goes on
        after it). Readers see the store as it was until the transaction commits; if it fails,
        it is rolled back whole, indexes included."""
        with self._transaction():
            self._atomic = True
            try:
                yield
                if not self._loading:
                    self._build_pending_indexes()
            finally:
                self._atomic = False

    _atomic = False
    _loading = False  # inside loading(): the claims' indexes, if dropped, wait for its end
    _grouping = False  # a first load: writes grouped into transactions of GROUP_CHANGES rows
    _group_start = 0

    @contextmanager
    def loading(self):
        """A long load (``diplograph ingest`` of many files or of dataset files, written one
        batch a transaction): into a store without claims, the claims go in without their two
        pair indexes, which are built once when the load ends. Placing millions of claims in
        the indexes one by one costs more than the inserts themselves (bare inserts of 1M claims:
        19.5 s of CPU with the indexes in place, 8.8 s with them built at the end).

        Such a first load also commits every :data:`GROUP_CHANGES` rows rather than every batch,
        each write in a savepoint (one that fails is undone alone), with a page cache of
        :data:`LOAD_CACHE_KB`: the index of claim ids is keyed by a hash, so every transaction
        rewrites pages all over it, and at millions of claims fewer, bigger transactions write
        a fraction of the bytes (bare inserts from 2M to 4M claims: 13 kB written a claim with
        20,000 a transaction and 64 MB of cache, 2.7 kB with 100,000 and 256 MB; half the CPU).
        A crash loses at most the writes since the last commit.
        Which indexes are missing is recorded in meta (``pending_indexes``) in the transaction
        that drops them, and the loader holds a lock on ``STORE.loading`` while it runs; a
        store opened with that record and nobody holding the lock (the load was killed) gets
        its indexes at once. Questions asked meanwhile are answered, more slowly (by scans)."""
        if self._loading:
            yield
            return
        lock = _LoadLock(self.path.with_name(self.path.name + ".loading"))
        if not lock.acquire():  # another process is loading: write as usual
            yield
            return
        self._loading = True
        try:
            yield
        finally:
            self._loading = False
            grouping, self._grouping = self._grouping, False
            try:
                if grouping:
                    self._db.execute(f"PRAGMA cache_size=-{self.cache_kb}")
                    if self._db.in_transaction:  # every write kept in the group succeeded
                        self._db.execute("COMMIT")  # (if this fails, the load fails: it propagates)
                self._build_indexes_at_the_end()
            finally:
                lock.release()

    def _build_indexes_at_the_end(self) -> None:
        try:
            if self._db.execute("SELECT 1 FROM meta WHERE key='pending_indexes'").fetchone():
                with self._transaction():
                    self._build_pending_indexes()
        except (StoreBusy, sqlite3.OperationalError) as error:  # what was loaded stays; the next opening builds them
            log.warning("%s: the claims' indexes are built the next time the store is opened (%s)", self.path, error)

    def _defer_indexes_if_empty(self) -> None:
        """At a write inside :meth:`atomic` or :meth:`loading`: drop the claims' pair indexes if
        the store has no claims, and record them in meta (built again when the block ends)."""
        if not (self._atomic or self._loading):
            return
        if self._db.execute("SELECT 1 FROM meta WHERE key='pending_indexes'").fetchone():
            return  # dropped already
        if self._db.execute("SELECT 1 FROM claims LIMIT 1").fetchone() is not None:
            return
        found = self._db.execute("SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name='claims' "
                                 "AND sql IS NOT NULL").fetchall()  # the primary key's has no sql: it stays
        for name, statement in found:
            self._db.execute(f'DROP INDEX "{name}"')  # a name the schema gave
        self._db.execute("INSERT INTO meta VALUES ('pending_indexes', ?)", (json.dumps([sql for _, sql in found]),))
        if self._loading:  # the writes after this one go in bigger transactions
            self._grouping = True
            self._db.execute(f"PRAGMA cache_size=-{LOAD_CACHE_KB}")

    @contextmanager
    def _in_group(self):
        """One write of a first load: a savepoint in the load's open transaction (begun if
        none is open), committed once it holds :data:`GROUP_CHANGES` changed rows."""
        if not self._db.in_transaction:
            self._begin()
            self._group_start = self._db.total_changes
        self._db.execute("SAVEPOINT diplograph_write")
        try:
            yield
        except BaseException:
            if self._db.in_transaction:  # (an I/O error may have ended it already)
                self._db.execute("ROLLBACK TO diplograph_write")
                self._db.execute("RELEASE diplograph_write")
            raise
        self._db.execute("RELEASE diplograph_write")
        if self._db.total_changes - self._group_start >= GROUP_CHANGES:
            self._db.execute("COMMIT")

    def _build_pending_indexes(self) -> None:
        """Inside a write transaction: build the indexes :meth:`_defer_indexes_if_empty` dropped."""
        row = self._db.execute("SELECT value FROM meta WHERE key='pending_indexes'").fetchone()
        if row is None:
            return
        for statement in json.loads(row[0]):
            self._db.execute(statement.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1))
        self._db.execute("DELETE FROM meta WHERE key='pending_indexes'")

    def _finish_an_interrupted_load(self) -> None:
        """On opening: a load that dropped the claims' indexes and was killed before it built
        them again (nobody holds its lock) left a store without them; build them now."""
        if not self._db.execute("SELECT 1 FROM meta WHERE key='pending_indexes'").fetchone():
            return
        lock = _LoadLock(self.path.with_name(self.path.name + ".loading"))
        if not lock.acquire():
            return  # the load goes on: it builds them at its end
        try:
            with self._transaction():
                self._build_pending_indexes()
        except (sqlite3.OperationalError, StoreBusy):  # a read-only file, another writer: the next opening
            pass
        finally:
            lock.release()


class _LoadLock:
    """An exclusive lock on a file beside the store (``flock``), held by a process loading into
    it: the system releases it when the process ends, however it ends, so an opener that gets it
    knows that no load is running. Where ``flock`` is missing it is never acquired (and loads
    keep their indexes)."""

    def __init__(self, path: Path):
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        try:
            import fcntl
        except ImportError:
            return False
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:  # a folder we cannot write to: readers only
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        """Remove the file and release the lock. (An opener that opened the file before it was
        removed may take the lock after: it finds the indexes built, or builds them early, which
        is only slower for a load that started meanwhile.)"""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                self.path.unlink()
            os.close(self._fd)  # closing the file releases the lock
            self._fd = None
