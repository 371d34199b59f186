"""Datasets through the graph: batches of bounded size, written idempotently."""

from __future__ import annotations

import shutil

import pytest

from diplograph.core import DiploGraph
from diplograph.loaders import datasets
from diplograph.loaders.datasets import output


@pytest.fixture
def graph(tmp_path):
    with DiploGraph.open(store=tmp_path / "graph.db") as opened:
        yield opened


def _copy_fixtures(fixtures, folder):
    """Every fixture except the refused id file, in one folder tree."""
    shutil.copytree(fixtures, folder)
    (folder / "icews14_ids" / "train.txt").unlink()
    return folder


def test_ingesting_every_fixture_twice_changes_nothing(graph, fixtures, tmp_path):
    folder = _copy_fixtures(fixtures, tmp_path / "data")
    first = graph.ingest(folder)
    assert first.ok, first.errors
    assert first.rejected == []
    after_first = graph.counts()
    claims_first = sorted(c.id for c in graph.backend.claims())
    actors_first = {a.id: (a.name, a.aliases) for a in graph.backend.actors()}

    second = graph.ingest(folder)
    assert second.ok
    assert graph.counts() == after_first
    assert sorted(c.id for c in graph.backend.claims()) == claims_first
    assert {a.id: (a.name, a.aliases) for a in graph.backend.actors()} == actors_first
    assert after_first.claims > 40


def test_dataset_claims_are_found_through_the_graph(graph, fixtures):
    graph.ingest(fixtures / "sipri_deals.csv", fixtures / "atop_members.csv")
    relations = {(r.predicate, r.object) for r in graph.relations("Tajikistan")}
    assert ("ARMS_TRANSFER", "state:TJK") in relations
    assert ("CO_PRODUCTION", "state:TJK") in relations
    sources = {s.kind for s in graph.sources().values()}
    assert sources == {"dataset"}


def test_a_malformed_file_is_reported_with_its_line_and_others_still_load(graph, fixtures, tmp_path):
    broken = tmp_path / "broken.tab"
    lines = (fixtures / "icews_events.tab").read_text().splitlines()
    lines.insert(2, "9100009\t2014-05-01\tIran")
    broken.write_text("\n".join(lines) + "\n")
    report = graph.ingest(broken, fixtures / "cow_alliance_dyads.csv")
    assert report.errors == [f"{broken}:3: expected 20 tab-separated fields (as in the header), found 3"]
    assert graph.counts().claims == 2  # the alliances file loaded all the same


def test_big_files_arrive_in_batches_of_bounded_size(fixtures, resolver, monkeypatch):
    monkeypatch.setattr(output, "CHUNK", 2)  # 2 claims a batch instead of 20,000
    batches, summary = datasets.read(fixtures / "atop_members.csv", resolver)
    assert [len(b.claims) for b in batches] == [2, 2, 2]
    assert all(len(b.sources) == 1 for b in batches)
    for batch in batches:  # each batch carries the actors its claims need
        ids = {a.id for a in batch.actors}
        assert all(c.subject in ids and c.object in ids for c in batch.claims)


def test_ingest_reports_each_files_skipped_rows(graph, fixtures, caplog):
    with caplog.at_level("INFO", logger="diplograph.loaders.datasets"):
        graph.ingest(fixtures / "cow_alliance_dyads.csv", fixtures / "cow_igo_state_year.csv")
    lines = {r.getMessage(): r.levelname for r in caplog.records if r.name == "diplograph.loaders.datasets"}
    assert lines == {
        "cow_alliance_dyads.csv: 3 rows, 2 claims; skipped 1 (COW state code not in the gazetteer: 1)": "WARNING",
        "cow_igo_state_year.csv: 7 rows, 3 claims; skipped 2 (observer (no predicate for observers): 2)": "WARNING",
    }


def test_a_dataset_file_is_not_held_to_the_size_limit_of_files_read_whole(graph, fixtures, tmp_path, monkeypatch):
    import diplograph.loaders as loaders

    folder = _copy_fixtures(fixtures, tmp_path / "data")
    curated = folder / "facts.csv"
    curated.write_text("subject,predicate,object\nIran,CO_PRODUCTION,Tajikistan\n" * 40, encoding="utf-8")
    monkeypatch.setattr(loaders, "MAX_FILE_BYTES", 1000)  # smaller than every fixture here

    report = graph.ingest(folder)

    assert [e for e in report.errors if "limit" in e] == [f"{curated}: file is 2.2 kB, over the 1.0 kB limit for "
                                                          "this kind of file; split it"]
    assert graph.counts().claims > 0  # the dataset fixtures loaded all the same
