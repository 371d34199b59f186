"""The desk on the shared sample corpus, as the issue's acceptance asks: paths, the ask box, a
refused write, and a rejection that holds through loading the same folder again and through
``push`` to Neo4j. Skipped when ../shared/corpus is not beside the repository."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner
from served import request, running_server

from diplograph.cli import cli
from diplograph.core import DiploGraph

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared sample corpus is not beside the repository")


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory):
    store = tmp_path_factory.mktemp("corpus") / "graph.db"
    result = CliRunner().invoke(cli, ["--store", str(store), "ingest", "-q", str(CORPUS)])
    assert result.exit_code == 0, result.output
    return store


@pytest.fixture(scope="module")
def rejected(corpus_store):
    """Reject, through the web app, Iran's first drone supply claim to Tajikistan, then load the
    folder again; (the claim id, the record id)."""
    graph = DiploGraph.open(store=corpus_store)
    try:
        with running_server(graph.nx, graph) as server:
            found = get(server, "/api/relation", s="Iran", p="ARMS_TRANSFER", o="Tajikistan")
            claim = found["claims"][0]["claim_id"]
            page = {"Origin": f"http://127.0.0.1:{server.port}", "Content-Type": "application/json"}
            act = json.dumps({"act": "reject", "target": claim, "why": "acceptance test"}).encode()
            refused = request(server, "/api/review", method="POST", headers=page, body=act)
            assert refused.status == 401 and graph.backend.curations() == []
            answer = request(server, "/api/review", method="POST", body=act,
                             headers={**page, "X-Diplograph-Token": server.token})
            assert answer.status == 200, answer.body
            record = answer.json()["record"]["id"]
    finally:
        graph.close()
    again = CliRunner().invoke(cli, ["--store", str(corpus_store), "ingest", "-q", str(CORPUS)])
    assert again.exit_code == 0, again.output
    return claim, record


def get(server, path, **params):
    answer = request(server, path + "?" + urlencode(params))
    assert answer.status == 200, answer.body
    return answer.json()


def test_paths_from_iran_to_kazakhstan_and_the_ask_box_answer_iran(corpus_store):
    with DiploGraph.open(store=corpus_store) as graph, running_server(graph.nx) as server:
        paths = get(server, "/api/path", **{"from": "Iran", "to": "Kazakhstan"})["paths"]
        assert paths and all(p["actors"][0]["name"] == "Iran" and p["actors"][-1]["name"] == "Kazakhstan" for p in paths)
        answer = get(server, "/api/ask", q="Who supplies drones to Tajikistan?")
        assert "Iran" in [a["name"] for a in answer["answers"]]


def test_a_rejected_claim_stays_rejected_after_loading_the_folder_again(corpus_store, rejected):
    claim, record = rejected
    with DiploGraph.open(store=corpus_store) as graph:
        assert claim not in {c.id for _, _, d in graph.nx.edges(data=True) for c in d["claims"]}
        assert [c.id for c, _ in graph.curations.rejected] == [claim]
        assert graph.backend.get_claim(claim) is not None  # still stored, as loaded


@pytest.mark.neo4j
def test_a_rejected_claim_stays_rejected_after_push_to_neo4j(corpus_store, rejected, empty_neo4j):
    claim, record = rejected
    settings = ["--neo4j-uri", empty_neo4j["uri"], "--neo4j-user", empty_neo4j["user"],
                "--neo4j-password", empty_neo4j["password"], "--neo4j-database", empty_neo4j["database"]]
    pushed = CliRunner().invoke(cli, ["--store", str(corpus_store), *settings, "push"])
    assert pushed.exit_code == 0, pushed.output
    on_neo4j = CliRunner().invoke(cli, ["--backend", "neo4j", *settings, "evidence", "Iran", "ARMS_TRANSFER",
                                        "Tajikistan", "--format", "json"])
    assert on_neo4j.exit_code == 0, on_neo4j.output
    rows = {row["claim_id"]: row for row in json.loads(on_neo4j.output)}
    assert rows[claim]["review"] == "rejected" and rows[claim]["curation"][0]["id"] == record
    assert all(row.get("review") != "rejected" for cid, row in rows.items() if cid != claim)
