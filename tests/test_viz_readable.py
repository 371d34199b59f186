"""``diplograph viz`` keeps a map readable: actors without a relation on it are left out unless
asked for, a map too large to read says how to narrow it, and several relations between two
actors are drawn apart so that each can be clicked."""

from __future__ import annotations

import re

from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.core import DiploGraph
from diplograph.graph.model import Actor, Batch


def run(store, *args):
    result = CliRunner().invoke(cli, ["--store", str(store), *args])
    return result.exit_code, result.output


def test_isolated_actors_are_left_out_unless_asked_for(tmp_path):
    store = tmp_path / "g.db"
    with DiploGraph.open(store=store) as graph:
        graph.ingest_facts([("Iran", "CO_PRODUCTION", "Tajikistan"), ("Iran", "AGREEMENT", "Tajikistan")])
        graph.write(Batch(actors=[Actor.new("Fiji", "state", external_ids={"iso3": "FJI"})]))
    code, out = run(store, "viz", "--out", str(tmp_path / "map.html"))
    assert code == 0 and "2 actors, 2 relations (1 without relations left out; --isolated draws them)" in out
    code, out = run(store, "viz", "--isolated", "--out", str(tmp_path / "all.html"))
    assert code == 0 and "3 actors, 2 relations." in out
    assert "Fiji" in (tmp_path / "all.html").read_text(encoding="utf-8")


def test_parallel_relations_are_drawn_apart(tmp_path):
    with DiploGraph.open(store=tmp_path / "g.db") as graph:
        graph.ingest_facts([("Iran", "CO_PRODUCTION", "Tajikistan"), ("Iran", "AGREEMENT", "Tajikistan"),
                            ("Iran", "ARMS_TRANSFER", "Tajikistan")])
        html = graph.map().html
    curves = re.findall(r'"type":\s*"curvedCW",\s*"roundness":\s*([0-9.]+)', html)
    assert sorted(set(curves)) == ["0.2", "0.4"], "the second and third relations bend away, each its own way"


def test_a_map_too_large_to_read_says_which_focus_to_try(tmp_path):
    store = tmp_path / "g.db"
    rows = [("Hubland", "ARMS_TRANSFER", f"Client {n}") for n in range(320)]
    with DiploGraph.open(store=store) as graph:
        graph.ingest_facts([{"subject": s, "predicate": p, "object": o, "subject_type": "state",
                             "object_type": "armed_group"} for s, p, o in rows])
    result = CliRunner().invoke(cli, ["--store", str(store), "viz", "--out", str(tmp_path / "map.html")])
    assert result.exit_code == 0, result.output
    assert "warning: the map has 321 actors, more than can be read at once" in result.output
    assert "--focus Hubland --depth 1" in result.output
    small = CliRunner().invoke(cli, ["--store", str(store), "viz", "--focus", "Client 7", "--out", str(tmp_path / "s.html")])
    assert small.exit_code == 0 and "warning" not in small.output
