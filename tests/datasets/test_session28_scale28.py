"""Claims carried as the store's rows (``RowBatch``, ``rows.claim_row``): curated files and
coded events hand the embedded store row tuples instead of one Claim object per row. What the
store keeps must be the very same rows as when it was given the claims; anything else that
reads such a batch gets the claims; a bad row is still reported with its file and line.

The facts below are invented for these tests."""

from __future__ import annotations

import sqlite3

import pytest

from diplograph.core import DiploGraph
from diplograph.graph.backend import prepare_batch
from diplograph.graph.backends.embedded import EmbeddedBackend
from diplograph.graph.model import Actor, Batch, Claim, RowBatch
from diplograph.graph.rows import claim_row
from diplograph.loaders.curated import batch_from_rows

IRAN, TAJIKISTAN = Actor("state:IRN", "Iran", "state"), Actor("state:TJK", "Tajikistan", "state")


def _row(evidence: str = "drones shipped", **properties: str) -> tuple:
    return claim_row("state:IRN", "ARMS_TRANSFER", "state:TJK", "src:test", "2022-05", "", "reported", 1.0,
                     evidence, "dataset:test", properties)


def _stored(path, batch: Batch) -> list[tuple]:
    store = EmbeddedBackend(path)
    store.write(batch)
    store.close()
    with sqlite3.connect(path) as db:
        return db.execute("SELECT * FROM claims ORDER BY id").fetchall()


def test_a_row_is_what_the_store_makes_of_the_same_claim(tmp_path):
    row = _row(cameo="175", line="7")
    claim = Claim("state:IRN", "ARMS_TRANSFER", "state:TJK", "src:test", "2022-05", "", "reported", 1.0,
                  "drones shipped", method="dataset:test", properties={"line": "7", "cameo": "175"})
    assert row[0] == claim.id
    from_rows = _stored(tmp_path / "rows.db", RowBatch([IRAN, TAJIKISTAN], [], [row]))
    from_claims = _stored(tmp_path / "claims.db", Batch([IRAN, TAJIKISTAN], [], [claim], checked=True))
    assert from_rows == from_claims
    assert from_rows[0][-1] == '{"cameo": "175", "line": "7"}'  # properties as JSON, keys sorted


def test_a_row_is_cleaned_as_the_store_cleans_a_claim(tmp_path):
    hostile = "drones\x1b[2J shipped\u202e"  # a terminal escape and a direction override
    row = _row(hostile, note="a\x07bell")
    claim = Claim("state:IRN", "ARMS_TRANSFER", "state:TJK", "src:test", "2022-05", "", "reported", 1.0,
                  hostile, method="dataset:test", properties={"note": "a\x07bell"})
    assert "\x1b" not in row[9] and "\u202e" not in row[9] and "\\u0007" not in row[-1]
    from_rows = _stored(tmp_path / "rows.db", RowBatch([IRAN, TAJIKISTAN], [], [row]))
    from_claims = _stored(tmp_path / "claims.db", Batch([IRAN, TAJIKISTAN], [], [claim]))
    assert from_rows == from_claims


def test_printable_says_the_caller_checked_and_skips_nothing_else():
    assert _row("talks") == claim_row("state:IRN", "ARMS_TRANSFER", "state:TJK", "src:test", "2022-05", "",
                                      "reported", 1.0, "talks", "dataset:test", {}, printable=True)


def test_of_two_rows_with_the_same_id_the_last_stays_in_the_first_ones_place():
    first, other, again = _row(line="1"), _row("other"), _row(line="2")
    assert first[0] == again[0] != other[0]  # properties are not part of a claim's id
    prepared, rejected = prepare_batch(RowBatch([IRAN, TAJIKISTAN], [], [first, other, again]), {})
    assert not rejected and isinstance(prepared, RowBatch)
    assert prepared.unread_rows() == [again, other]


def test_other_readers_get_claims_and_the_batch_then_holds_those():
    batch = RowBatch([IRAN, TAJIKISTAN], [], [_row(line="3")])
    (claim,) = batch.claims
    assert (claim.subject, claim.predicate, claim.properties, claim.evidence_start) == (
        "state:IRN", "ARMS_TRANSFER", {"line": "3"}, None)
    assert batch.unread_rows() is None  # read as claims (and perhaps changed): written as claims
    batch.extend(Batch(claims=[Claim("state:IRN", "ALLIANCE", "state:TJK", "src:test")]))
    assert len(batch.claims) == 2


def test_a_row_batch_naming_a_merged_away_actor_goes_through_the_full_checks():
    tajik = Actor("state:TJK", "Tajikistan", "state")
    prepared, _ = prepare_batch(RowBatch([IRAN, tajik], [], [_row()]), {"state:TJK": "state:KGZ"})
    assert not isinstance(prepared, RowBatch)
    assert [(c.subject, c.object) for c in prepared.claims] == [("state:IRN", "state:KGZ")]


def test_a_curated_file_comes_as_rows_and_stores_as_its_claims_would(tmp_path):
    facts = [("Iran", "arms_transfer", "Tajikistan", "2022-05"), ("Tajikistan", "borders", "Afghanistan")]
    rows_batch = batch_from_rows(facts, origin="invented")
    assert isinstance(rows_batch, RowBatch) and rows_batch.checked and len(rows_batch.rows) == 2
    claims_batch = Batch(rows_batch.actors, rows_batch.sources, list(batch_from_rows(facts, origin="invented").claims))
    assert _stored(tmp_path / "rows.db", rows_batch) == _stored(tmp_path / "claims.db", claims_batch)


def test_a_bad_curated_row_is_still_named_by_file_and_line_and_the_store_keeps_what_it_had(tmp_path):
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_text("subject,predicate,object\nIran,ARMS_TRANSFER,Tajikistan\n", encoding="utf-8")
    bad.write_text("subject,predicate,object\nIran,ALLIANCE,Tajikistan\nIran,NOT_A_RELATION,Tajikistan\n",
                   encoding="utf-8")
    graph = DiploGraph.open(tmp_path / "g.db")
    graph.ingest(good)
    report = graph.ingest(bad)
    assert any("bad.csv:3:" in e and "NOT_A_RELATION" in e for e in report.errors), report.errors
    assert [(c.predicate, c.object) for c in graph.backend.claims()] == [("ARMS_TRANSFER", "state:TJK")]


def test_an_output_takes_claims_or_rows_not_both():
    from diplograph.graph.model import Source
    from diplograph.loaders.datasets.output import Output

    out = Output(Source("src:test", title="invented"), "invented")
    out.add_row(_row(), IRAN, TAJIKISTAN)
    out.add(Claim("state:IRN", "ALLIANCE", "state:TJK", "src:test"), IRAN, TAJIKISTAN)
    with pytest.raises(ValueError):
        list(out.batches())
