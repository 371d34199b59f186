"""The command line, as an analyst uses it."""

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from diplograph.cli import cli

FACTS = ("subject,predicate,object,date,modality,source,evidence,subject_type,object_type\n"
         "Iran,CO_PRODUCTION,Tajikistan,2022-05-17,,https://example.org/plant,Iran opened a drone plant near Dushanbe.,,\n"
         "Turkey,ARMS_TRANSFER,Kyrgyzstan,2021,reported,https://example.org/tb2,Bishkek bought TB2 drones.,,\n"
         "Kyrgyzstan,ARMED_CLASH,Tajikistan,2022-09,,https://example.org/clash,[bold]Fighting[/bold] on the border.,,\n")


@pytest.fixture
def run(tmp_path):
    store = tmp_path / "graph.db"

    def invoke(*args):
        return CliRunner().invoke(cli, ["--store", str(store), *args], catch_exceptions=False)
    return invoke


@pytest.fixture
def facts(tmp_path):
    path = tmp_path / "facts.csv"
    path.write_text(FACTS, encoding="utf-8")
    return path


def test_ingest_prints_what_was_added_and_the_totals(run, facts):
    result = run("ingest", str(facts))
    assert result.exit_code == 0
    assert "+4 actors, +3 relations, 3 new claim(s)" in result.output
    again = run("ingest", str(facts))
    assert "+0 actors, +0 relations, 0 new claim(s)" in again.output


def test_ingest_reports_each_bad_file_and_still_loads_the_others(run, facts, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("subject,predicate,object\nIran,LIKES,Tajikistan\n", encoding="utf-8")
    result = run("ingest", str(bad), str(facts), str(tmp_path / "missing.csv"))
    assert result.exit_code == 1
    assert f"error: {bad}:2: unknown predicate 'LIKES'" in result.output
    assert "missing.csv: no such file or folder" in result.output
    assert "+3 relations" in result.output


def test_show_prints_relations_with_evidence_sources_and_modality(run, facts):
    run("ingest", str(facts))
    result = run("show", "Dushanbe")
    assert result.exit_code == 0
    assert "Tajikistan (state, state:TJK)" in result.output
    assert "Iran sets up production in Tajikistan" in result.output
    assert "Iran opened a drone plant near Dushanbe." in result.output
    assert "https://example.org/plant" in result.output
    assert "[bold]Fighting[/bold]" in result.output  # text from sources is never read as markup


def test_show_json_lists_every_claim_with_its_source(run, facts):
    run("ingest", str(facts))
    payload = json.loads(run("show", "Kyrgyzstan", "--format", "json").output)
    assert payload["actor"]["id"] == "state:KGZ"
    predicates = sorted(r["predicate"] for r in payload["relations"])
    assert predicates == ["ARMED_CLASH", "ARMS_TRANSFER"]
    transfer = next(r for r in payload["relations"] if r["predicate"] == "ARMS_TRANSFER")
    assert transfer["modality"] == "reported"
    assert payload["sources"][transfer["claims"][0]["source_id"]]["url"] == "https://example.org/tb2"


def test_an_unknown_actor_gets_one_clear_line_with_suggestions(run, facts):
    run("ingest", str(facts))
    result = CliRunner().invoke(cli, ["--store", str(facts.parent / "graph.db"), "show", "Tajikistn"])
    assert result.exit_code == 1
    assert "no actor called 'Tajikistn'" in result.output and "Tajikistan" in result.output
    assert "Traceback" not in result.output


def test_actors_stats_and_export(run, facts):
    run("ingest", str(facts))
    listed = json.loads(run("actors", "--type", "state", "--format", "json").output)
    assert {a["name"] for a in listed} == {"Iran", "Tajikistan", "Turkey", "Kyrgyzstan"}
    stats = json.loads(run("stats", "--format", "json").output)
    assert (stats["actors"], stats["relations"], stats["claims"]) == (4, 3, 3)
    exported = run("export", "--format", "jsonl").output.splitlines()
    assert sum(json.loads(line)["kind"] == "relation" for line in exported) == 3


def test_merge_is_reported_and_moves_relations(run, tmp_path):
    facts = tmp_path / "m.csv"
    facts.write_text("subject,predicate,object,subject_type,object_type\n"
                     "Sky Works,MANUFACTURES,Lance,company,weapon\nSkyworks Ltd,BASED_IN,Turkey,company,\n",
                     encoding="utf-8")
    run("ingest", str(facts))
    result = run("merge", "Sky Works", "Skyworks Ltd")
    assert result.exit_code == 0 and "Merged Skyworks Ltd" in result.output
    payload = json.loads(run("show", "Skyworks Ltd", "--format", "json").output)
    assert payload["actor"]["name"] == "Sky Works"
    assert sorted(r["predicate"] for r in payload["relations"]) == ["BASED_IN", "MANUFACTURES"]


def test_help_shows_examples_and_the_store_setting():
    result = CliRunner().invoke(cli, ["--help"])
    assert "Examples:" in result.output and "DIPLOGRAPH_STORE" in result.output
    for command in ("demo", "ingest", "actors", "show", "merge", "stats", "viz", "export"):
        assert command in result.output


def test_the_store_can_be_chosen_with_the_environment(tmp_path, facts):
    env = {**os.environ, "DIPLOGRAPH_STORE": str(tmp_path / "env.db")}
    subprocess.run([sys.executable, "-m", "diplograph", "ingest", "-q", str(facts)], env=env, check=True)
    assert (tmp_path / "env.db").exists()


def test_demo_builds_the_example_graph_and_its_map(tmp_path):
    result = CliRunner().invoke(cli, ["demo", "--out", str(tmp_path / "demo")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "actors:" in result.output and "relations:" in result.output and "sources:" in result.output
    page = tmp_path / "demo" / "map.html"
    assert page.exists() and str(page.resolve()) in result.output
    actors = int(result.output.split("actors:")[1].split()[0])
    assert actors >= 20
