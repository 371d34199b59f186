"""Exports are deterministic, lossless where the format allows, and readable by other tools."""

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from diplograph.core import DiploGraph
from diplograph.exports import export_text, write_export

SCORER = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "score.py"
HEADER = "subject,predicate,object,date,end_date,modality,source,evidence,subject_type,object_type,weapon\n"
FACTS = HEADER + (
    "Iran,CO_PRODUCTION,Tajikistan,2022-05-17,,asserted,https://example.org/plant,\"Iran opened a plant, in Dushanbe.\",,,Ababil-2\n"
    "Kyrgyzstan,ARMED_CLASH,Tajikistan,2022-09-14,2022-09-17,asserted,https://example.org/hrw,Border fighting.,,,\n"
    "Turkey,ARMS_TRANSFER,Kyrgyzstan,2021,,reported,https://example.org/mee,\"TB2 \"\"drones\"\" sold\",,,Bayraktar TB2\n"
    "<b>Evil</b> Corp,ARMS_TRANSFER,Tajikistan,,,unconfirmed,,\"'); DROP TABLE claims; --\",company,,\n"
)


@pytest.fixture
def graph(tmp_path):
    facts = tmp_path / "facts.csv"
    facts.write_text(FACTS, encoding="utf-8")
    with DiploGraph.open(store=tmp_path / "graph.db") as g:
        assert g.ingest(facts).ok
        yield g


@pytest.mark.parametrize("fmt", ["jsonl", "graphml", "gexf", "csv", "cypher"])
def test_ingesting_the_same_input_twice_gives_identical_exports(graph, tmp_path, fmt):
    first = export_text(graph, fmt)
    graph.ingest(tmp_path / "facts.csv")
    assert export_text(graph, fmt) == first


def test_jsonl_carries_actors_relations_and_their_provenance(graph):
    rows = [json.loads(line) for line in export_text(graph, "jsonl").splitlines()]
    kinds = {row["kind"] for row in rows}
    assert kinds == {"actor", "source", "relation"}
    [plant] = [r for r in rows if r["kind"] == "relation" and r["predicate"] == "CO_PRODUCTION"]
    assert (plant["subject"]["name"], plant["object"]["name"], plant["date"], plant["modality"]) == \
        ("Iran", "Tajikistan", "2022-05-17", "asserted")
    # each end carries its id, type and aliases, so a row can be matched by any of the actor's names
    assert plant["subject"]["id"] == "state:IRN" and plant["subject"]["type"] == "state"
    assert "Tehran" in plant["subject"]["aliases"]
    assert plant["evidence"] == "Iran opened a plant, in Dushanbe."
    assert plant["claims"][0]["properties"] == {"weapon": "Ababil-2"}
    assert plant["claims"][0]["date_precision"] == "day"


def test_csv_export_loads_again_into_an_equal_graph(graph, tmp_path):
    exported = write_export(graph, "csv", tmp_path / "out.csv")
    with DiploGraph.open(store=tmp_path / "copy.db") as copy:
        assert copy.ingest(exported).ok
        assert {(r.subject, r.predicate, r.object, r.modality, r.first_date) for r in copy.relations()} == \
               {(r.subject, r.predicate, r.object, r.modality, r.first_date) for r in graph.relations()}


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_and_gexf_read_back_with_networkx(graph, tmp_path, fmt, reader):
    path = write_export(graph, fmt, tmp_path / f"graph.{fmt}")
    loaded = reader(path)
    assert loaded.number_of_nodes() == graph.counts().actors
    assert loaded.number_of_edges() == graph.counts().relations
    labels = {data.get("label") for _, data in loaded.nodes(data=True)}
    assert "<b>Evil</b> Corp" in labels  # markup kept as text, escaped by the XML writer


def test_cypher_export_keeps_hostile_values_inside_string_literals(graph):
    script = export_text(graph, "cypher")
    for line in script.splitlines():
        if line.startswith(":param"):
            value = line.split("=>", 1)[1]
            # every single quote inside a literal is escaped, so quotes open and close in pairs
            assert value.replace("\\'", "").count("'") % 2 == 0
        elif not line.startswith("//"):
            assert "Evil" not in line and "DROP" not in line  # statements hold no data, only $parameters


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval is not beside the checkout")
def test_the_evaluation_scorer_accepts_the_jsonl_export(graph, tmp_path):
    path = write_export(graph, "jsonl", tmp_path / "graph.jsonl")
    done = subprocess.run([sys.executable, str(SCORER), "relations", str(path), "--show", "0"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "strict-f1" in done.stdout
    # our Kyrgyz-Tajik clash and Iran-Tajikistan co-production are in the gold: they must count
    strict = next(line for line in done.stdout.splitlines() if line.startswith("strict "))
    assert "tp 0," not in strict
