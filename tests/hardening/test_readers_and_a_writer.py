"""The embedded store serves many readers and one writer: reading never waits for a writer,
a second writer waits its turn (and says so plainly when it waited too long), and what a
writer reads to decide (merges, the types of stored actors) is read inside its transaction."""

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request

import pytest

from diplograph.core import DiploGraph
from diplograph.errors import StoreBusy
from diplograph.graph.backends.embedded import EmbeddedBackend
from diplograph.graph.model import Actor, Batch, Claim, Source

HEADER = "subject,predicate,object,date,modality,source,evidence,subject_type,object_type\n"
FACTS = HEADER + "Turkey,ARMS_TRANSFER,Kyrgyzstan,2021,,,,,\nIran,CO_PRODUCTION,Tajikistan,2022,,,,,\n"

# Another process in the middle of a write transaction, until it reads a line on its stdin.
HOLD_THE_WRITE_LOCK = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
db.execute("INSERT INTO actors VALUES ('state:XXX', 'Uncommitted', 'state', '[]', '{}')")
print("writing", flush=True)
sys.stdin.readline()
db.execute("COMMIT")
"""


def diplograph(*args, timeout=60, env=None):
    return subprocess.run([sys.executable, "-m", "diplograph", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


@pytest.fixture
def store(tmp_path):
    facts = tmp_path / "facts.csv"
    facts.write_text(FACTS, encoding="utf-8")
    path = tmp_path / "graph.db"
    with DiploGraph.open(store=path) as graph:
        assert graph.ingest(facts).ok
    return path


@pytest.fixture
def writer(store):
    """A process holding the store's write lock mid-transaction; ``writer.finish()`` commits."""
    process = subprocess.Popen([sys.executable, "-c", HOLD_THE_WRITE_LOCK, str(store)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "writing"

    def finish():
        if process.poll() is None:
            process.stdin.write("\n")
            process.stdin.flush()
            process.wait(timeout=30)

    process.finish = finish
    yield process
    finish()


def test_stats_answers_with_the_last_committed_state_while_another_process_writes(store, writer):
    started = time.monotonic()
    result = diplograph("--store", store, "stats", "--format", "json")
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert (stats["actors"], stats["claims"]) == (4, 2)  # not the uncommitted actor
    assert time.monotonic() - started < 30  # a guard: it did not wait for the writer to finish
    writer.finish()
    assert json.loads(diplograph("--store", store, "stats", "--format", "json").stdout)["actors"] == 5


def test_opening_the_store_takes_no_write_lock(store, writer):
    backend = EmbeddedBackend(store, busy_timeout=0)
    try:
        assert backend.counts().actors == 4 and len(backend.claims()) == 2
    finally:
        backend.close()


def test_serve_starts_and_answers_while_another_process_writes(store, writer):
    process = subprocess.Popen([sys.executable, "-m", "diplograph", "--store", str(store), "serve", "--port", "0",
                                "--no-open"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        first = process.stdout.readline()
        assert first.startswith("Serving 4 actors and 2 relations at http://127.0.0.1:"), process.stderr.read()
        url = first.rsplit(" ", 1)[1].strip().split("?")[0].rstrip("/")  # the address without its review token
        with urllib.request.urlopen(url + "/api/stats", timeout=30) as answer:
            assert json.load(answer)["actors"] == 4
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)


def test_a_second_writer_that_waits_too_long_says_the_store_is_busy(store, writer, tmp_path):
    more, other = tmp_path / "more.csv", tmp_path / "other.csv"
    more.write_text(HEADER + "Russia,ARMS_TRANSFER,Mali,2022,,,,,\n", encoding="utf-8")
    other.write_text(HEADER + "China,ARMS_TRANSFER,Uganda,2020,,,,,\n", encoding="utf-8")
    result = diplograph("--store", store, "--busy-timeout", "0.5", "ingest", more, other)
    assert result.returncode == 1
    for path in (more, other):  # each file tried, each file's error
        assert f"error: {path}: " in result.stderr and "the store is busy: another diplograph is writing" in result.stderr
    assert "Traceback" not in result.stderr and "not a diplograph store" not in result.stderr
    with pytest.raises(StoreBusy, match="the store is busy"):
        EmbeddedBackend(store, busy_timeout=0.2).write(Batch(actors=[Actor.new("Mali", "state")]))


def test_a_second_writer_waits_for_the_first_and_then_writes(store, writer, tmp_path):
    more = tmp_path / "more.csv"
    more.write_text(HEADER + "Russia,ARMS_TRANSFER,Mali,2022,,,,,\n", encoding="utf-8")
    threading.Timer(1.0, writer.finish).start()
    result = diplograph("--store", store, "--busy-timeout", "60", "ingest", "-q", more)
    assert result.returncode == 0, result.stderr
    with DiploGraph.open(store=store) as graph:
        assert graph.counts().claims == 3 and graph.backend.get_actor("state:XXX") is not None


def test_a_merge_made_while_a_writer_prepares_its_batch_is_not_undone(tmp_path):
    """The writer reads the merges inside its transaction, so a merge lands before it or after it."""
    path = tmp_path / "graph.db"
    source = Source.from_content("s", title="s", kind="curated")
    tusas, tai, kgz = (Actor.new("TUSAS", "company"), Actor.new("Turkish Aerospace", "company"),
                       Actor.new("Kyrgyzstan", "state", external_ids={"iso3": "KGZ"}))
    claim = Claim(tusas.id, "ARMS_TRANSFER", kgz.id, source.id, date="2021")
    with DiploGraph.open(store=path) as graph:
        graph.write(Batch([tusas, tai, kgz], [source], [claim]))

    merged = threading.Event()

    class SlowWriter(EmbeddedBackend):
        def merges(self):
            found = super().merges()
            if not merged.is_set():  # another analyst merges TUSAS into Turkish Aerospace right now
                threading.Thread(target=lambda: (EmbeddedBackend(path).merge(tai.id, tusas.id), merged.set())).start()
                merged.wait(timeout=1.0)  # it cannot finish while this writer holds the lock: do not wait for it
            return found

    writer = SlowWriter(path)
    later = Claim(tusas.id, "ARMS_TRANSFER", kgz.id, source.id, date="2023")
    writer.write(Batch([tusas], [], [later]))
    assert merged.wait(timeout=30)
    store = EmbeddedBackend(path)
    assert store.get_actor(tusas.id) is None  # not brought back by the writer
    assert {(c.subject, c.date) for c in store.claims()} == {(tai.id, "2021"), (tai.id, "2023")}
