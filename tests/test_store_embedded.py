"""The embedded store survives crashes, refuses files that are not stores, and keeps merges."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diplograph.core import DiploGraph
from diplograph.errors import StoreError
from diplograph.graph.backends.embedded import EmbeddedBackend, default_store_path

HEADER = "subject,predicate,object,date,modality,source,evidence,subject_type,object_type\n"


def test_kill_9_during_an_ingest_leaves_the_previous_contents_and_readers_read_them_meanwhile(tmp_path):
    store = tmp_path / "graph.db"
    small = tmp_path / "small.csv"
    small.write_text(HEADER + "Turkey,ARMS_TRANSFER,Kyrgyzstan,2021,,,,,\n", encoding="utf-8")
    with DiploGraph.open(store=store) as graph:
        graph.ingest(small)
        before = graph.counts()
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        # long enough that the ingest is still writing when a reader has started and answered, even on a
        # loaded machine where the reader's start-up takes seconds (the child is killed long before the end)
        for i in range(450_000):  # under the 52 MB limit of a curated file
            out.write(f"Firm {i},ARMS_TRANSFER,Tajikistan,2020,,https://example.org/{i},evidence {i},company,\n")

    child = subprocess.Popen([sys.executable, "-m", "diplograph", "--store", str(store), "ingest", "-q", str(big)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wal = Path(f"{store}-wal")
    deadline = time.monotonic() + 300  # a guard against hanging, not a speed assertion
    while child.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > 4_000_000:  # the big transaction is being written
            # meanwhile the store answers readers with what it held before
            stats = subprocess.run([sys.executable, "-m", "diplograph", "--store", str(store), "stats", "--format",
                                    "json"], capture_output=True, text=True, timeout=60)
            assert stats.returncode == 0, stats.stderr
            assert json.loads(stats.stdout)["claims"] == before.claims
            os.kill(child.pid, signal.SIGKILL)
            break
        time.sleep(0.02)
    child.wait()
    assert child.returncode == -signal.SIGKILL, "the ingest finished before it could be killed mid-write"

    with DiploGraph.open(store=store) as graph:
        assert graph.counts() == before
        assert graph.backend._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_file_that_is_not_a_store_is_refused_and_left_alone(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE notes (text TEXT)")
    text = tmp_path / "notes.txt"
    text.write_text("not a database at all, just some text that is long enough" * 20)
    for path in (other, text):
        content = path.read_bytes()
        with pytest.raises(StoreError, match="not a diplograph store"):
            EmbeddedBackend(path)
        assert path.read_bytes() == content


def test_the_store_location_comes_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("DIPLOGRAPH_STORE", str(tmp_path / "mine.db"))
    assert default_store_path() == tmp_path / "mine.db"
    monkeypatch.delenv("DIPLOGRAPH_STORE")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_store_path() == tmp_path / "xdg" / "diplograph" / "graph.db"


def test_a_merge_survives_loading_the_same_sources_again(tmp_path):
    facts = tmp_path / "facts.csv"
    facts.write_text(HEADER +
                     "Tusas Aviation Works,CO_PRODUCTION,Tajikistan,2022,,,,company,\n"
                     "Tusas Aerospace Group,MANUFACTURES,Sky Lance,,,,,company,weapon\n", encoding="utf-8")
    with DiploGraph.open(store=tmp_path / "graph.db") as graph:
        assert graph.ingest(facts).ok
        assert len(graph.actors(type="company")) == 2
        keep, drop = graph.merge("Tusas Aerospace Group", "Tusas Aviation Works")
        graph.ingest(facts)
        survivor = graph.actor("Tusas Aviation Works")
        assert survivor.id == keep.id and survivor.name == "Tusas Aerospace Group"
        assert graph.backend.get_actor(drop.id) is None
        assert len(graph.actors(type="company")) == 1
        assert {r.predicate for r in graph.relations(survivor.id)} == {"CO_PRODUCTION", "MANUFACTURES"}


def test_a_new_store_has_big_pages_and_a_store_made_before_keeps_its_own(tmp_path, monkeypatch):
    from diplograph.graph.backends import embedded
    from diplograph.graph.model import Actor, Batch, Claim

    batch = Batch([Actor.new("A", "state"), Actor.new("B", "state")], [], [Claim("state:a", "BORDERS", "state:b", "s")])
    new = EmbeddedBackend(tmp_path / "new.db")
    new.write(batch)
    assert new._db.execute("PRAGMA page_size").fetchone()[0] == embedded.PAGE_SIZE == 16384
    monkeypatch.setattr(embedded, "PAGE_SIZE", 4096)  # a store made with SQLite's default pages
    EmbeddedBackend(tmp_path / "old.db").close()
    monkeypatch.undo()
    old = EmbeddedBackend(tmp_path / "old.db")
    old.write(batch)
    assert old._db.execute("PRAGMA page_size").fetchone()[0] == 4096
    assert old.claims() == new.claims() and old.actors() == new.actors()
