"""The write path at speed gives the same store as before: same claim ids, same rows, same
all-or-nothing rule for a curated file, however many batches it is written in."""

from __future__ import annotations

import json
import random

import pytest

from diplograph.core import DiploGraph
from diplograph.graph.model import Claim, digest
from diplograph.loaders import curated
from diplograph.names import plain

TRICKY = ["", "plain", 'quote " and \\ backslash', "line\nbreak\ttab", "\u2028 and \u00e9 and 日本", "\x07bell",
          "emoji 🙂", "  spaced  "]


def test_claim_ids_are_the_digest_of_their_fields_as_json():
    rng = random.Random(5)
    for _ in range(200):
        fields = [rng.choice(TRICKY) for _ in range(4)]
        claim = Claim(*fields[:3], fields[3] or "src", date=rng.choice(["", "2021"]), evidence=rng.choice(TRICKY),
                      evidence_start=rng.choice([None, 0, 17, True, 2.5]), modality="asserted")
        expected = "claim:" + digest(claim.subject, claim.predicate, claim.object, claim.source_id, claim.date,
                                     claim.end_date, claim.modality, claim.evidence, claim.evidence_start)
        payload = json.dumps([claim.subject, claim.predicate, claim.object, claim.source_id, claim.date,
                              claim.end_date, claim.modality, claim.evidence, claim.evidence_start],
                             ensure_ascii=False, sort_keys=True, default=str)
        assert claim.id == expected
        assert digest(claim.subject, claim.predicate, claim.object, claim.source_id, claim.date, claim.end_date,
                      claim.modality, claim.evidence, claim.evidence_start) == \
            __import__("hashlib").sha256(payload.encode()).hexdigest()[:16]


@pytest.mark.parametrize("text", TRICKY + ["a\u00a0b", "a\r\nb", " lead", "trail ", "\x7fdel", "C1\x85x",
                                          "bidi\u202eevil", "\u2066iso\u2069"])
def test_plain_text_is_what_the_regular_expressions_make_of_it(text):
    import re

    cleaned = re.sub("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]", "",
                     re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", " ", text))
    assert plain(text) == re.sub(r"\s+", " ", cleaned).strip()


FACTS = """subject,predicate,object,date,source,subject_aliases
Iran,CO_PRODUCTION,Tajikistan,2022-05,https://example.org/a,Persia
Turkey,ARMS_TRANSFER,Tajikistan,2021,https://example.org/b,
Iran,COOPERATION,Turkey,2020,https://example.org/a,Islamic Republic
Kyrgyzstan,ARMED_CLASH,Tajikistan,2022-09,,
Russia,ARMS_TRANSFER,Kyrgyzstan,2019,https://example.org/c,
Iran,ARMS_TRANSFER,Kyrgyzstan,2023,,Iran
"""


def store_rows(graph: DiploGraph):
    backend = graph.backend
    return backend.actors(), backend.sources(), backend.claims()


def test_curated_rows_skip_blank_lines_and_restore_neutralised_cells(tmp_path):
    from diplograph.errors import InputError

    text = ("subject,predicate,object,date,evidence\n,,,,\n  , ,\t,,\n\n"
            "Iran,ARMS_TRANSFER,Tajikistan,2021,'=1+2 said Iran's envoy\n"
            "Turkey,AID,Kyrgyzstan,2020,'=SUM(A1)\n")
    path = tmp_path / "facts.csv"
    rows = list(curated._csv_rows(path, text))
    subject, evidence = curated.COLUMNS.index("subject"), curated.COLUMNS.index("evidence")
    assert [(line, row[subject], row[evidence]) for line, row in rows] == [
        (5, "Iran", "=1+2 said Iran's envoy"), (6, "Turkey", "=SUM(A1)")]
    with pytest.raises(InputError, match=r":3: expected 5 fields, found 2"):
        list(curated._csv_rows(path, "subject,predicate,object,date,evidence\nIran,AID,Turkey,,\nIran,AID\n"))


def test_curated_csv_columns_are_read_by_name_in_any_order_the_last_of_a_repeated_one(tmp_path):
    text = "object,evidence,predicate,subject,evidence\nTurkey,first,AID,Iran,second\n"
    [(line, row)] = curated._csv_rows(tmp_path / "facts.csv", text)
    assert line == 2 and dict(zip(curated.COLUMNS, row)) == {
        **dict.fromkeys(curated.COLUMNS, ""), "subject": "Iran", "predicate": "AID", "object": "Turkey",
        "evidence": "second"}


def test_curated_claims_come_as_the_store_keeps_them(tmp_path):
    # a symmetric fact in id order, every claim normalised already: the store's checks change none
    from diplograph.graph.backend import prepare_batch

    batch = curated.batch_from_rows([("Tajikistan", "borders", "Kyrgyzstan"), ("Kyrgyzstan", "BORDERS", "Tajikistan"),
                                     ("Iran", "AID", "Turkey", "2020", "Reported")])
    assert [(c.subject, c.object) for c in batch.claims[:2]] == [("state:KGZ", "state:TJK")] * 2
    assert [c.normalised() for c in batch.claims] == batch.claims
    prepared, rejected = prepare_batch(batch, {})
    assert not rejected and prepared.claims == [batch.claims[0], batch.claims[2]]


def test_rows_load_with_the_cycle_collector_paused_and_it_runs_again_after(tmp_path, monkeypatch):
    import gc

    seen = []
    reading = curated._csv_rows

    def recording(path, text):
        for row in reading(path, text):
            seen.append(gc.isenabled())
            yield row

    monkeypatch.setattr(curated, "_csv_rows", recording)
    path = tmp_path / "facts.csv"
    path.write_text(FACTS, encoding="utf-8")
    assert gc.isenabled()
    assert DiploGraph.open(store=tmp_path / "g.db").ingest(path).claims == 6
    assert seen == [False] * 6 and gc.isenabled()


def test_a_file_written_in_several_batches_makes_the_store_one_batch_makes(tmp_path, monkeypatch):
    path = tmp_path / "facts.csv"
    path.write_text(FACTS, encoding="utf-8")
    whole = DiploGraph.open(store=tmp_path / "whole.db")
    assert not whole.ingest(path).errors
    monkeypatch.setattr(curated, "CHUNK", 2)
    assert len(list(curated.load(path))) == 3
    pieces = DiploGraph.open(store=tmp_path / "pieces.db")
    report = pieces.ingest(path)
    assert not report.errors and report.documents == 1 and report.claims == 6
    assert store_rows(pieces) == store_rows(whole)
    assert pieces.actor("Persia").aliases == whole.actor("Persia").aliases


def test_a_bad_row_after_several_batches_leaves_the_store_as_it_was(tmp_path, monkeypatch):
    monkeypatch.setattr(curated, "CHUNK", 2)
    graph = DiploGraph.open(store=tmp_path / "g.db")
    good = tmp_path / "good.csv"
    good.write_text("subject,predicate,object\nIran,BORDERS,Turkey\n", encoding="utf-8")
    graph.ingest(good)
    before = store_rows(graph)
    bad = tmp_path / "bad.csv"
    bad.write_text(FACTS + "Iran,LIKES,Turkey,2020,,\n", encoding="utf-8")
    report = graph.ingest(bad)
    assert report.errors == [f"{bad}:8: unknown predicate 'LIKES'; the ontology knows: " + report.errors[0].split("knows: ")[1]]
    assert (report.claims, report.documents) == (0, 0)
    assert store_rows(graph) == before


def claim_indexes(graph: DiploGraph) -> list[tuple[str, str]]:
    return graph.backend._db.execute("SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name='claims' "
                                     "ORDER BY name").fetchall()


def test_a_first_file_into_an_empty_store_ends_with_the_indexes_of_a_new_store(tmp_path, monkeypatch):
    # into a store without claims, a curated file's claims are written before their indexes
    monkeypatch.setattr(curated, "CHUNK", 2)
    path = tmp_path / "facts.csv"
    path.write_text(FACTS, encoding="utf-8")
    graph = DiploGraph.open(store=tmp_path / "g.db")
    new = claim_indexes(graph)
    assert {name for name, _ in new} >= {"claims_relation", "claims_to"}
    assert graph.ingest(path).claims == 6
    assert claim_indexes(graph) == new
    assert graph.relations_page("Tajikistan")[0] == 3  # Iran, Turkey and Kyrgyzstan


def test_a_bad_row_in_a_first_file_leaves_the_empty_store_with_its_indexes(tmp_path, monkeypatch):
    monkeypatch.setattr(curated, "CHUNK", 2)
    graph = DiploGraph.open(store=tmp_path / "g.db")
    new = claim_indexes(graph)
    bad = tmp_path / "bad.csv"
    bad.write_text(FACTS + "Iran,LIKES,Turkey,2020,,\n", encoding="utf-8")
    report = graph.ingest(bad)
    assert report.errors and report.claims == 0
    assert claim_indexes(graph) == new
    assert store_rows(graph) == ([], [], [])


def test_claim_properties_are_stored_as_json_dumps_writes_them():
    from diplograph.graph.backends.embedded import _claim_row

    rng = random.Random(7)
    for _ in range(300):
        properties = {rng.choice(TRICKY) or "k": rng.choice([*TRICKY, 3, 2.5, None, True, ["a"]]) for _ in range(4)}
        row = _claim_row(Claim("a", "BORDERS", "b", "s", properties=properties))
        assert row[-1] == json.dumps(properties, ensure_ascii=False, sort_keys=True)


def test_a_load_into_an_empty_store_builds_the_indexes_once_at_its_end_and_readers_answer_meanwhile(tmp_path,
                                                                                                      monkeypatch):
    from diplograph.graph.backends import first_load
    from diplograph.graph.backends.embedded import EmbeddedBackend

    monkeypatch.setattr(first_load, "GROUP_CHANGES", 1)  # every write commits
    graph = DiploGraph.open(store=tmp_path / "g.db")
    new = claim_indexes(graph)
    rows = [(subject, "ARMS_TRANSFER", "Tajikistan", "2021") for subject in ("Iran", "Turkey", "Russia")]
    with graph.backend.loading():
        graph.ingest_facts(rows[:2], source="first")  # two transactions, each committed
        graph.ingest_facts(rows[2:], source="second")
        assert {name for name, _ in claim_indexes(graph)} == {"sqlite_autoindex_claims_1"}  # the ids stay unique
        reader = EmbeddedBackend(tmp_path / "g.db")  # the load goes on: the opener leaves the indexes to it
        assert reader.counts().claims == 3
        assert len(reader.relation_keys("state:TJK")) == 3
        assert reader._db.execute("SELECT value FROM meta WHERE key='pending_indexes'").fetchone()
        reader.close()
    assert claim_indexes(graph) == new
    assert not graph.backend._db.execute("SELECT 1 FROM meta WHERE key='pending_indexes'").fetchone()
    assert not (tmp_path / "g.db.loading").exists()


def test_a_load_into_a_store_with_claims_keeps_its_indexes(tmp_path):
    graph = DiploGraph.open(store=tmp_path / "g.db")
    graph.ingest_facts([("Iran", "ARMS_TRANSFER", "Tajikistan")])
    new = claim_indexes(graph)
    with graph.backend.loading():
        graph.ingest_facts([("Turkey", "ARMS_TRANSFER", "Tajikistan")], source="more")
        assert claim_indexes(graph) == new


@pytest.mark.parametrize("group_changes, kept", [(1, 3), (100_000, 1)])
def test_a_load_killed_before_it_built_the_indexes_leaves_what_it_committed_and_the_next_opening_builds_them(
        tmp_path, group_changes, kept):
    # the first write commits alone (it drops the indexes); the writes after it commit every
    # GROUP_CHANGES changed rows: killed before that, they are lost, and nothing else is
    import subprocess
    import sys

    store = tmp_path / "g.db"
    new = claim_indexes(DiploGraph.open(store=tmp_path / "fresh.db"))
    script = (
        "import os, signal, sys\n"
        "from diplograph.core import DiploGraph\n"
        "from diplograph.graph.backends import first_load\n"
        f"first_load.GROUP_CHANGES = {group_changes}\n"
        "graph = DiploGraph.open(store=sys.argv[1])\n"
        "with graph.backend.loading():\n"
        "    graph.ingest_facts([('Iran', 'ARMS_TRANSFER', 'Tajikistan')], source='first')\n"
        "    graph.ingest_facts([('Turkey', 'ARMS_TRANSFER', 'Tajikistan')], source='second')\n"
        "    graph.ingest_facts([('Russia', 'ARMS_TRANSFER', 'Tajikistan')], source='third')\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    child = subprocess.run([sys.executable, "-c", script, str(store)], capture_output=True)
    assert child.returncode == -9, child.stderr
    graph = DiploGraph.open(store=store)
    assert claim_indexes(graph) == new
    assert graph.counts().claims == kept
    assert not graph.backend._db.execute("SELECT 1 FROM meta WHERE key='pending_indexes'").fetchone()
    assert graph.backend._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_first_load_groups_its_writes_and_a_failed_write_is_undone_alone(tmp_path):
    from diplograph.errors import OntologyError
    from diplograph.graph.backends.embedded import EmbeddedBackend
    from diplograph.graph.model import Batch, Claim

    graph = DiploGraph.open(store=tmp_path / "g.db")
    with graph.backend.loading():
        graph.ingest_facts([("Iran", "ARMS_TRANSFER", "Tajikistan")], source="first")  # commits alone
        graph.ingest_facts([("Turkey", "ARMS_TRANSFER", "Tajikistan")], source="second")  # in the open group
        with pytest.raises(OntologyError):
            graph.write(Batch(claims=[Claim("state:TUR", "LIKES", "state:TJK", "src:x")]))
        graph.ingest_facts([("Russia", "ARMS_TRANSFER", "Tajikistan")], source="third")
        reader = EmbeddedBackend(tmp_path / "g.db")
        assert reader.counts().claims == 1  # the group is not committed yet
        reader.close()
    assert graph.counts().claims == 3
    assert graph.backend._db.execute("PRAGMA cache_size").fetchone()[0] == -65536  # back after the load
