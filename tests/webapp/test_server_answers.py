"""What the server itself answers, around the API: requests it cannot read, refusals, failures,
oversized or broken writes, and stopping. The app runs on Starlette behind uvicorn; whichever
of the three answers, the answer is JSON with the same security headers, and no markup from
the request is in it."""

from __future__ import annotations

import http.client
import json
import socket
import threading

import pytest
from urllib.parse import quote

from served import IMG, SCRIPT, Answer, build_hostile_graph, request, running_server

from diplograph.webapp.app import CSP, MAX_BODY_BYTES, SECURITY_HEADERS
from diplograph.webapp.server import make_server


def raw_request(server, data: bytes) -> Answer:
    """Send ``data`` as it is, however broken, and read the answer."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        sock.sendall(data)
        response = http.client.HTTPResponse(sock)
        response.begin()
        return Answer(response.status, response.headers, response.read())


def assert_secured(answer: Answer) -> dict:
    """Every security header once, a JSON error body with no markup in it; the error."""
    for name, value in SECURITY_HEADERS.items():
        assert answer.headers.get_all(name) == [value], name
    assert b"<" not in answer.body and b">" not in answer.body
    body = answer.json()
    assert body["status"] == answer.status and body["error"]
    return body


@pytest.fixture
def desk(tmp_path):
    graph = build_hostile_graph(tmp_path / "g.db")
    with running_server(graph.nx, graph) as server:
        yield server, graph
    graph.close()


HOSTILE_LINE = f"GET /{IMG} HTTP/9.9\r\n\r\n".encode()


@pytest.mark.parametrize("data", [
    b"GARBAGE\r\n\r\n",
    HOSTILE_LINE,
    b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nno colon here\r\n\r\n",
    b"GET / HTTP/1.1\r\n\r\n",  # HTTP/1.1 needs a Host
    b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + b"a" * 20_000,  # past 16 KB, and not ended
    b"POST /api/review HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: twelve\r\n\r\n{}",
], ids=["garbage", "hostile request line", "broken header", "no host", "headers too long", "bad length"])
def test_a_request_uvicorn_cannot_read_gets_json_with_the_security_headers(app, data):
    answer = raw_request(app, data)
    assert answer.status == 400
    body = assert_secured(answer)
    assert "not well-formed HTTP/1.1" in body["error"] and app.url in body["error"]
    assert answer.headers["Connection"] == "close"


def test_an_address_with_markup_is_a_404_with_the_markup_escaped(app):
    answer = request(app, f"/{SCRIPT}?q={SCRIPT}")
    assert answer.status == 404
    body = assert_secured(answer)
    assert body["error"] == f"nothing at {'/' + SCRIPT!r}: the page is at /, the API under /api/ (see docs/webapp.md)"


@pytest.mark.parametrize("case, status, path, options", [
    ("another host", 400, "/api/stats", {"host": f"{IMG}:80"}),
    ("another site", 403, "/api/stats", {"headers": {"Origin": f"https://{IMG}"}}),
    ("nothing there", 404, "/static/vis-network.min.js.map", {}),
    ("an unknown actor", 404, f"/api/actor/{quote(IMG)}x", {}),
    ("a method that does not read", 405, "/", {"method": "DELETE"}),
    ("an address too long", 414, "/api/search?q=" + "x" * 5000, {}),
    ("an unknown method", 501, "/api/stats", {"method": "BREW"}),
])
def test_every_refusal_carries_the_security_headers_once(app, case, status, path, options):
    answer = request(app, path, **options)
    assert answer.status == status, case
    assert_secured(answer)


def test_headers_that_name_a_proxy_change_nothing(app):
    """uvicorn runs without proxy headers: only the Host header says whom a request is for."""
    forwarded = {"X-Forwarded-Host": f"127.0.0.1:{app.port}", "X-Forwarded-For": "127.0.0.1",
                 "Forwarded": f"host=127.0.0.1:{app.port}"}
    assert request(app, "/api/stats", host="attacker.example", headers=forwarded).status == 400


def test_two_host_headers_are_refused(app):
    answer = raw_request(app, f"GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1:{app.port}\r\nHost: attacker.example\r\n"
                              "Connection: close\r\n\r\n".encode())
    assert answer.status == 400 and "actors" not in answer.json()


def test_a_failure_in_an_endpoint_is_a_json_500(app, monkeypatch):
    def broken(path, query):
        raise RuntimeError(f"boom {IMG}")

    monkeypatch.setattr(app.api, "handle", broken)
    answer = request(app, "/api/stats")
    assert answer.status == 500
    assert assert_secured(answer)["error"] == "the server failed on this request (RuntimeError); see its terminal"


def test_a_failure_outside_the_api_is_a_json_500_too(app, monkeypatch):
    def broken():
        raise RuntimeError("boom")

    monkeypatch.setattr("diplograph.webapp.app.page", broken)
    answer = request(app, "/")
    assert answer.status == 500 and "RuntimeError" in assert_secured(answer)["error"]


def own_page(server) -> dict:
    return {"Origin": f"http://127.0.0.1:{server.port}", "Sec-Fetch-Site": "same-origin",
            "X-Diplograph-Token": server.token, "Content-Type": "application/json"}


def test_a_body_past_the_limit_is_refused_unread_and_the_connection_closed(desk):
    server, graph = desk
    note = {"act": "note", "target": "Tajikistan", "text": "x" * MAX_BODY_BYTES}
    answer = request(server, "/api/review", method="POST", headers=own_page(server), body=json.dumps(note).encode())
    assert answer.status == 413 and answer.headers["Connection"] == "close"
    assert f"at most {MAX_BODY_BYTES}" in assert_secured(answer)["error"]
    assert graph.backend.curations() == []


def test_a_body_without_a_length_is_refused(desk):
    server, graph = desk
    body = json.dumps({"act": "note", "target": "Tajikistan", "text": "chunked"}).encode()
    chunked = f"{len(body):x}\r\n".encode() + body + b"\r\n0\r\n\r\n"
    answer = request(server, "/api/review", method="POST", body=chunked,
                     headers={**own_page(server), "Transfer-Encoding": "chunked", "Content-Length": None})
    assert answer.status == 411 and "Content-Length" in assert_secured(answer)["error"]
    assert graph.backend.curations() == []


@pytest.mark.parametrize("body, message", [
    (b"{\"act\": \"note\",", "the body is not JSON"),
    (b"\xff\xfe{}", "the body is not JSON"),
    (b"[\"note\"]", "the body must be a JSON object"),
    (b"", "the body is not JSON"),
])
def test_a_body_that_is_not_a_json_object_is_a_400(desk, body, message):
    server, graph = desk
    answer = request(server, "/api/review", method="POST", headers=own_page(server), body=body)
    assert answer.status == 400 and assert_secured(answer)["error"] == message
    assert graph.backend.curations() == []


def test_a_write_answer_carries_the_security_headers(desk):
    server, _ = desk
    act = json.dumps({"act": "note", "target": "Tajikistan", "text": f"seen {IMG}"}).encode()
    answer = request(server, "/api/review", method="POST", headers=own_page(server), body=act)
    assert answer.status == 200 and answer.headers["Content-Security-Policy"] == CSP
    assert b"<" not in answer.body and answer.json()["record"]["fields"]["text"] == f"seen {IMG}"


def test_shutdown_stops_serving_and_lets_go_of_the_port(hostile_graph):
    server = make_server(hostile_graph.nx, port=0)
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    try:
        assert request(server, "/api/stats").status == 200
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
    assert not thread.is_alive()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", server.port), timeout=5).close()


def test_a_failure_before_any_route_is_a_json_500_too(app, monkeypatch):
    def broken(self, scope):
        raise RuntimeError("boom")

    monkeypatch.setattr("diplograph.webapp.app.Guarded.refusal", broken)
    answer = request(app, "/api/stats")
    assert answer.status == 500 and "RuntimeError" in assert_secured(answer)["error"]


def test_reads_are_answered_while_a_write_is_under_way(desk, monkeypatch):
    """A write runs in a worker thread: the server goes on answering while one is under way."""
    server, graph = desk
    entered, release = threading.Event(), threading.Event()
    write = server.desk.write

    def slow_write(*args):
        entered.set()
        assert release.wait(timeout=30)
        return write(*args)

    monkeypatch.setattr(server.desk, "write", slow_write)
    act = json.dumps({"act": "note", "target": "Tajikistan", "text": "slow"}).encode()
    answers = []
    writer = threading.Thread(target=lambda: answers.append(
        request(server, "/api/review", method="POST", headers=own_page(server), body=act)))
    writer.start()
    try:
        assert entered.wait(timeout=30)
        for _ in range(3):
            assert request(server, "/api/stats").status == 200
        assert answers == [] and graph.backend.curations() == []
    finally:
        release.set()
        writer.join(timeout=30)
    assert answers[0].status == 200 and [r.act for r in graph.backend.curations()] == ["note"]
