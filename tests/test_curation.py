"""Curation as an analyst uses it: ``diplograph review`` and ``graph.review``; each act applies to
every read (queries, show, evidence, exports), holds when the same file is loaded again, and can
be undone."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.core import DiploGraph
from diplograph.errors import DiplographError
from diplograph.exports import export_text

FACTS = ("subject,predicate,object,date,modality,source,evidence\n"
         "Iran,ARMS_TRANSFER,Tajikistan,2022-05,asserted,https://example.org/a,Iran opened a drone plant in Tajikistan.\n"
         "Turkey,ARMS_TRANSFER,Tajikistan,2022,reported,https://example.org/b,Turkey sold drones to Tajikistan.\n"
         "Kyrgyzstan,BORDERS,Tajikistan,,asserted,https://example.org/c,The two share a border.\n"
         "Georgia,AGREEMENT,Turkey,2021,asserted,https://example.org/d,Georgia signed a deal with Turkey.\n"
         "Georgia,AGREEMENT,Tajikistan,2023,asserted,https://example.org/e,Georgia's state senate hosted Tajik envoys.\n")


@pytest.fixture
def facts(tmp_path):
    path = tmp_path / "facts.csv"
    path.write_text(FACTS, encoding="utf-8")
    return path


@pytest.fixture
def store(tmp_path, facts):
    path = tmp_path / "g.db"
    with DiploGraph.open(store=path) as graph:
        graph.ingest(facts)
    return path


def run(store, *args):
    result = CliRunner().invoke(cli, ["--store", str(store), *args])
    return result.exit_code, result.output


def claim_of(store, subject, predicate, obj) -> str:
    code, out = run(store, "evidence", subject, predicate, obj, "--format", "json")
    assert code == 0, out
    return json.loads(out)[0]["claim_id"]


def test_a_rejected_claim_is_left_out_everywhere_and_stays_out_after_loading_the_file_again(store, facts):
    claim = claim_of(store, "Iran", "ARMS_TRANSFER", "Tajikistan")
    code, out = run(store, "review", "reject", claim, "--why", "the plant is Turkish", "--by", "ana")
    assert code == 0 and "Recorded cur:" in out and "Undo with: diplograph review undo cur:" in out
    assert run(store, "ingest", str(facts))[0] == 0
    code, out = run(store, "suppliers", "Tajikistan", "--format", "json")
    assert [s["actor"]["name"] for s in json.loads(out)] == ["Turkey"]
    code, out = run(store, "evidence", "Iran", "ARMS_TRANSFER", "Tajikistan", "--format", "json")
    [rejected] = json.loads(out)
    assert rejected["review"] == "rejected" and rejected["curation"][0]["why"] == "the plant is Turkish"
    code, out = run(store, "show", "Tajikistan")
    assert "1 rejected claim(s) left out" in out and "Iran supplies" not in out
    with DiploGraph.open(store=store) as graph:
        lines = [json.loads(line) for line in export_text(graph, "jsonl").splitlines()]
        relations = [line for line in lines if line["kind"] == "relation"]
        assert not [r for r in relations if r["subject"]["name"] == "Iran"]
        [kept] = [line for line in lines if line["kind"] == "curation"]
        assert (kept["act"], kept["target"], kept["who"]) == ("reject", claim, "ana")


def test_undo_brings_a_claim_back_and_keeps_the_record(store):
    claim = claim_of(store, "Iran", "ARMS_TRANSFER", "Tajikistan")
    record = run(store, "review", "reject", claim)[1].split()[1].rstrip(":")
    code, out = run(store, "review", "undo", record, "--why", "wrong claim")
    assert code == 0 and f"Undone {record}" in out
    assert "Iran" in run(store, "suppliers", "Tajikistan")[1]
    assert "No curation records" in run(store, "review", "list")[1]
    code, out = run(store, "review", "list", "--all", "--format", "json")
    [kept] = json.loads(out)
    assert kept["id"] == record and kept["undone_why"] == "wrong claim"
    code, out = run(store, "review", "undo", record)
    assert code == 1 and "already undone" in out


def test_a_correction_changes_the_relation_keeps_the_claim_and_is_marked(store, facts):
    claim = claim_of(store, "Iran", "ARMS_TRANSFER", "Tajikistan")
    code, out = run(store, "review", "correct", claim, "--predicate", "co_production", "--date", "2022-05-17",
                    "--why", "a factory")
    assert code == 0, out
    run(store, "ingest", str(facts))
    code, out = run(store, "evidence", "Iran", "CO_PRODUCTION", "Tajikistan", "--format", "json")
    [fixed] = json.loads(out)
    assert (fixed["claim_id"], fixed["date"], fixed["review"]) == (claim, "2022-05-17", "corrected")
    code, out = run(store, "show", "Iran")
    assert "sets up production in" in out and "✎ corrected date=2022-05-17, predicate=CO_PRODUCTION" in out
    with DiploGraph.open(store=store) as graph:
        assert ">1 corrected</data>" in export_text(graph, "graphml")


def test_a_correction_the_ontology_forbids_is_refused_with_what_is_allowed(store):
    claim = claim_of(store, "Iran", "ARMS_TRANSFER", "Tajikistan")
    code, out = run(store, "review", "correct", claim, "--predicate", "MANUFACTURES")
    assert code == 1 and "MANUFACTURES does not relate a state to a state" in out
    code, out = run(store, "review", "correct", claim, "--date", "2022-13")
    assert code == 1 and "date:" in out
    code, out = run(store, "review", "correct", claim)
    assert code == 1 and "correct what?" in out
    code, out = run(store, "review", "reject", "claim:0000")
    assert code == 1 and "no claim 'claim:0000'" in out


def test_confirm_and_notes_are_marks(store):
    claim = claim_of(store, "Turkey", "ARMS_TRANSFER", "Tajikistan")
    assert run(store, "review", "confirm", claim, "--by", "ana")[0] == 0
    assert run(store, "review", "note", "Tajikistan", "Check <b>SIPRI</b> for 2023.", "--by", "bo")[0] == 0
    code, out = run(store, "show", "Tajikistan")
    assert "✓ confirmed by ana" in out and "note (bo," in out and "Check <b>SIPRI</b> for 2023." in out
    code, out = run(store, "evidence", "Turkey", "ARMS_TRANSFER", "Tajikistan")
    assert "✓ confirmed by ana" in out


def test_merge_reads_two_actors_as_one_until_undone(store):
    code, out = run(store, "review", "merge", "Turkey", "Georgia")
    assert code == 0, out
    with DiploGraph.open(store=store) as graph:
        assert graph.actor("Georgia").id == "state:TUR"
        assert "state:GEO" not in graph.nx and "Georgia" in graph.actor("Turkey").aliases
        # Georgia's deal with Turkey would relate Turkey to itself: it goes; its deal with Tajikistan is Turkey's
        assert [{r.subject, r.object} for r in graph.relations("Turkey") if r.predicate == "AGREEMENT"] == \
            [{"state:TJK", "state:TUR"}]
        record = graph.curations.active[0].id
        graph.undo(record)
        assert graph.actor("Georgia").id == "state:GEO" and "state:GEO" in graph.nx


def test_split_gives_the_claims_listed_to_a_new_actor(store):
    claim = claim_of(store, "Georgia", "AGREEMENT", "Tajikistan")
    code, out = run(store, "review", "split", "Georgia", "--name", "Georgia (US state)", "--type", "organization",
                    "--claim", claim)
    assert code == 0, out
    with DiploGraph.open(store=store) as graph:
        new = graph.actor("Georgia (US state)")
        assert new.type == "organization"
        assert [(r.subject, r.object) for r in graph.relations(new.id)] == [(new.id, "state:TJK")]
        assert [r.object for r in graph.relations("Georgia")] == ["state:TUR"]
    code, out = run(store, "review", "split", "Iran", "--name", "X", "--claim", claim)
    assert code == 1 and "is not about Iran" in out


def test_reviewing_from_python_checks_the_act(store):
    with DiploGraph.open(store=store) as graph:
        with pytest.raises(DiplographError, match="unknown act 'delete'"):
            graph.review("delete", "claim:x")
        claim = graph.backend.claims()[0]
        with pytest.raises(DiplographError, match="reject takes no predicate"):
            graph.review("reject", claim.id, predicate="AID")
        with pytest.raises(DiplographError, match="a note needs its text"):
            graph.review("note", claim.id, text=" ")


def test_a_second_split_to_the_same_name_joins_the_actor_the_first_made(store):
    with DiploGraph.open(store=store) as graph:
        first, second = (c.id for c in graph.backend.claims() if c.subject == "state:GEO")
        one = graph.review("split", "Georgia", name="Georgia (US state)", type="organization", claims=[first])
        two = graph.review("split", "Georgia", name="Georgia (US state)", type="organization", claims=[second])
        assert one.fields["new_id"] == two.fields["new_id"]
        assert [r.subject for r in graph.relations(one.fields["new_id"])] == [one.fields["new_id"]] * 2
        assert graph.relations("Georgia") == []
