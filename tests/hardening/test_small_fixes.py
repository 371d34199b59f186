"""Small holes closed: numeric web parameters are ASCII digits, shared output files get the
user's umask, and the Neo4j password flag says who else can read it."""

import os
import stat

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.core import DiploGraph
from webapp.served import build_hostile_graph, request, running_server


@pytest.mark.parametrize("depth", ["%C2%B2", "%D9%A3", "9" * 200, "-1", "1.0"])
def test_a_depth_that_is_not_ascii_digits_is_a_400_not_a_500(tmp_path, depth):
    with build_hostile_graph(tmp_path / "graph.db") as graph, running_server(graph.nx) as server:
        answer = request(server, f"/api/neighbours?id=state:TJK&depth={depth}")
        assert answer.status == 400
        assert answer.json()["parameter"] == "depth"
        assert request(server, "/api/neighbours?id=state:TJK&depth=2").status == 200


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "graph.db"
    with DiploGraph.open(store=path) as graph:
        graph.ingest_facts([("Kenya", "AGREEMENT", "Somalia")])
    return path


@pytest.fixture
def umask():
    """Set the process umask for one test."""
    saved = os.umask(0o022)
    os.umask(saved)
    yield lambda mask: os.umask(mask)
    os.umask(saved)


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_maps_and_exports_are_written_with_the_users_umask(store, tmp_path, umask, mask, mode):
    umask(mask)
    runner = CliRunner()
    for args in (["viz", "--out", tmp_path / "map.html"], ["export", "--format", "graphml", "--out", tmp_path / "g.xml"]):
        result = runner.invoke(cli, ["--store", str(store), *map(str, args)])
        assert result.exit_code == 0, result.output
    for name in ("map.html", "g.xml"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == mode, name


def test_a_file_written_again_keeps_its_mode(store, tmp_path, umask):
    out = tmp_path / "g.jsonl"
    out.write_text("")
    out.chmod(0o640)
    umask(0o022)
    assert CliRunner().invoke(cli, ["--store", str(store), "export", "--out", str(out)]).exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640 and out.read_text().startswith('{"')


def test_the_password_flag_says_other_users_can_read_it():
    text = " ".join(CliRunner().invoke(cli, ["--help"]).output.split())
    assert "--neo4j-password TEXT Visible to other users of this computer (in its process list)" in text
