"""A hub is shown a page at a time: a few relations, each with its first claims and the counts
of all of them, and the same aggregates as when every claim is read."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.core import DiploGraph
from diplograph.graph.model import Actor, Batch, Claim, RelationSummary, Source


@pytest.fixture
def hub(tmp_path):
    store = tmp_path / "hub.db"
    graph = DiploGraph.open(store=store)
    center = Actor.new("Hubland", "state")
    others = [Actor.new(f"Spoke {i}", "state") for i in range(6)]
    sources = [Source(f"src:{i}", f"Report {i}", published=f"20{10 + i}") for i in range(8)]
    claims = [Claim(center.id, "CONSULTATION", others[0].id, f"src:{i % 8}", date=f"20{10 + i % 12}-0{1 + i % 9}",
                    end_date="2024" if i == 7 else "", modality=("denied" if i == 3 else "reported"),
                    evidence=f"talk {i}") for i in range(30)]
    claims += [Claim(o.id, "CRITICISM", center.id, "src:1", date="2019", evidence=f"{o.name} criticised")
               for o in others[1:]]
    graph.write(Batch([center, *others], sources, claims))
    graph.close()
    return store


def show(store, *args) -> dict:
    result = CliRunner().invoke(cli, ["--store", str(store), "show", "Hubland", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_a_page_of_relations_with_the_first_claims_and_the_totals(hub):
    whole = show(hub, "--limit", "0", "--claims", "0")
    assert len(whole["relations"]) == 6 and "page" not in whole
    page = show(hub, "--limit", "2", "--offset", "1", "--claims", "4")
    assert page["page"] == {"relations": 6, "offset": 1, "shown": 2}
    assert [r["object"]["name"] for r in page["relations"]] == [r["object"]["name"] for r in whole["relations"][1:3]]
    talks = next(r for r in show(hub, "--claims", "4")["relations"] if r["predicate"] == "CONSULTATION")
    full = next(r for r in whole["relations"] if r["predicate"] == "CONSULTATION")
    assert talks["n_claims"] == 30 and talks["claims"] == full["claims"][:4]
    for key in ("modality", "date", "last_date", "n_sources", "grade", "source", "evidence"):
        assert talks[key] == full[key], key


def test_the_summary_aggregates_are_those_of_every_claim(hub):
    graph = DiploGraph.open(store=hub)
    every = {(r.subject, r.predicate, r.object): r for r in graph.relations("Hubland")}
    total, page = graph.relations_page("Hubland", claims=2)
    assert total == len(every)
    summaries = [r for r in page if isinstance(r, RelationSummary)]
    assert summaries
    for summary in summaries:
        full = every[(summary.subject, summary.predicate, summary.object)]
        assert (summary.n_sources, summary.first_date, summary.last_date, summary.modality, summary.n_claims) == \
               (full.n_sources, full.first_date, full.last_date, full.modality, len(full.claims))
        assert summary.claims == full.claims[:2]
    graph.close()


def test_the_table_says_what_is_left_out_and_how_to_see_it(hub):
    result = CliRunner().invoke(cli, ["--store", str(hub), "show", "Hubland", "--limit", "2", "--claims", "1"])
    assert "… and 29 more claim(s) (--claims 0 lists them all)" in result.output
    assert "relations 1–2 of 6; the next page: --offset 2; all: --limit 0" in result.output
