"""Reviewing from the web app: ``POST /api/review`` and ``POST /api/undo`` record acts only for
the app's own page holding this launch's token; every other write is refused, CSRF attempts
included. Each test has its own store and server, since writes change them."""

from __future__ import annotations

import json

import pytest
from served import IMG, build_hostile_graph, request, running_server

from diplograph.core import DiploGraph

BAIT = "armed_group:img-src-x-onerror-alert-1"


@pytest.fixture
def desk(tmp_path):
    graph = build_hostile_graph(tmp_path / "g.db")
    with running_server(graph.nx, graph) as server:
        yield server, graph
    graph.close()


def own_page(server) -> dict:
    """The headers the app's page sends with a write."""
    return {"Origin": f"http://127.0.0.1:{server.port}", "Sec-Fetch-Site": "same-origin",
            "X-Diplograph-Token": server.token, "Content-Type": "application/json"}


def post(server, path: str, body, headers: dict | None = None):
    data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
    return request(server, path, method="POST", headers=own_page(server) if headers is None else headers, body=data)


def threat_claim(server) -> str:
    answer = request(server, f"/api/relation?s={BAIT}&p=THREAT&o=state:TJK").json()
    return answer["claims"][0]["claim_id"]


def test_a_rejection_from_the_page_is_recorded_and_read_at_once(desk):
    server, graph = desk
    claim = threat_claim(server)
    answer = post(server, "/api/review", {"act": "reject", "target": claim, "why": f"no such group {IMG}"})
    assert answer.status == 200, answer.body
    record = answer.json()["record"]
    assert (record["act"], record["target"], record["who"], record["why"]) == ("reject", claim, "test analyst",
                                                                               f"no such group {IMG}")
    relation = request(server, f"/api/relation?s={BAIT}&p=THREAT&o=state:TJK").json()
    assert relation["claims"] == [] and relation["rejected"][0]["claim_id"] == claim
    assert BAIT not in {n["id"] for n in request(server, "/api/neighbours?id=state:TJK").json()["nodes"]}
    with DiploGraph.open(store=graph.backend.path) as again:  # in the store, for every other reader
        assert [r.id for r in again.backend.curations()] == [record["id"]]
    undone = post(server, "/api/undo", {"id": record["id"], "why": "it exists"})
    assert undone.status == 200 and undone.json()["record"]["undone_by"] == "test analyst"
    assert request(server, f"/api/relation?s={BAIT}&p=THREAT&o=state:TJK").json()["claims"][0]["claim_id"] == claim


def test_corrections_and_notes_show_on_the_claims_and_the_actor(desk):
    server, _ = desk
    claim = request(server, "/api/relation?s=Iran&p=CO_PRODUCTION&o=Tajikistan").json()["claims"][0]["claim_id"]
    assert post(server, "/api/review", {"act": "correct", "target": claim, "modality": "reported"}).status == 200
    assert post(server, "/api/review", {"act": "note", "target": "Tajikistan", "text": "<b>check</b>"}).status == 200
    [fixed] = request(server, "/api/relation?s=Iran&p=CO_PRODUCTION&o=Tajikistan").json()["claims"]
    assert (fixed["claim_id"], fixed["modality"], fixed["review"]) == (claim, "reported", "corrected")
    assert fixed["curation"][0]["fields"] == {"modality": "reported"}
    notes = request(server, "/api/actor/Tajikistan").json()["notes"]
    assert [n["fields"]["text"] for n in notes] == ["<b>check</b>"]
    records = request(server, "/api/curations").json()["records"]
    assert [r["act"] for r in records] == ["note", "correct"]


def test_an_act_the_graph_refuses_is_a_400_that_says_why(desk):
    server, _ = desk
    claim = threat_claim(server)
    refused = post(server, "/api/review", {"act": "correct", "target": claim, "predicate": "MEMBER_OF"})
    assert refused.status == 400 and "MEMBER_OF does not relate" in refused.json()["error"]
    assert post(server, "/api/review", {"act": "reject", "target": claim, "extra": "x"}).json()["parameter"] == "extra"
    assert post(server, "/api/review", {"act": "reject", "target": ["x"]}).status == 400
    assert post(server, "/api/review", b"not json").json()["error"] == "the body is not JSON"
    assert post(server, "/api/review", [1, 2]).status == 400
    assert post(server, "/api/review", {"act": "merge", "target": "Nowhere", "into": "Iran"}).status == 404
    assert post(server, "/api/undo", {"id": "cur:none"}).status == 400
    assert request(server, "/api/curations").json()["records"] == []


@pytest.mark.parametrize("case, change, status", [
    ("no token", {"X-Diplograph-Token": None}, 401),
    ("a wrong token", {"X-Diplograph-Token": "guess"}, 401),
    ("another site's page (CSRF)", {"Origin": "https://evil.example"}, 403),
    ("a page on another port of this computer", {"Origin": "http://127.0.0.1:1"}, 403),
    ("no Origin (not a browser page of the app)", {"Origin": None}, 403),
    ("a cross-site fetch that copied the headers", {"Sec-Fetch-Site": "cross-site"}, 403),
    ("a null origin (sandboxed frame, file page)", {"Origin": "null"}, 403),
    ("a form post (no JSON)", {"Content-Type": "application/x-www-form-urlencoded"}, 415),
    ("a DNS-rebinding name", {"Host": "attacker.example:80"}, 400),
])
@pytest.mark.parametrize("path", ["/api/review", "/api/undo"])
def test_writes_without_the_token_or_from_elsewhere_are_refused_and_change_nothing(desk, case, change, status, path):
    server, graph = desk
    headers = {k: v for k, v in {**own_page(server), **change}.items() if v is not None}
    host = headers.pop("Host", None)
    body = {"act": "reject", "target": threat_claim(server)} if path == "/api/review" else {"id": "cur:x"}
    answer = request(server, path, method="POST", host=host, headers=headers, body=json.dumps(body).encode())
    assert answer.status == status, (case, answer.body)
    assert graph.backend.curations() == []


def test_a_read_only_server_refuses_writes_and_needs_no_token(app):
    answer = request(app, "/api/review", method="POST", headers={"Origin": f"http://127.0.0.1:{app.port}"}, body=b"{}")
    assert answer.status == 405 and app.launch_url == app.url


def test_reads_need_no_token(desk):
    server, _ = desk
    assert request(server, "/api/stats").status == 200
    assert server.launch_url == f"{server.url}?token={server.token}" and len(server.token) >= 40
