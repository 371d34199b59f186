"""``diplograph serve`` as an analyst runs it: the URL it prints, what it refuses, how it stops."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from urllib.parse import parse_qs, urlsplit

import pytest
from click.testing import CliRunner
from served import build_hostile_graph, request

from diplograph.cli import cli
from diplograph.webapp.server import WebServer


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "g.db"
    build_hostile_graph(path).close()
    return path


def serve(store, *args):
    return CliRunner().invoke(cli, ["--store", str(store), "serve", *args])


def test_help_names_the_options(store):
    result = serve(store, "--help")
    assert result.exit_code == 0
    for option in ("--port", "--host", "--open / --no-open", "loopback", "8765"):
        assert option in result.output


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.0.7", "::", "example.org"])
def test_a_host_other_than_loopback_is_refused(store, host):
    result = serve(store, "--host", host, "--no-open")
    assert result.exit_code == 1
    assert f"--host must be a loopback address (127.0.0.1, ::1 or localhost), not {host!r}" in result.output


def test_an_empty_store_is_refused_with_what_to_do(tmp_path):
    result = serve(tmp_path / "empty.db", "--no-open")
    assert result.exit_code == 1 and "is empty; load sources first with `diplograph ingest`" in result.output


def test_a_busy_port_is_reported(store):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = serve(store, "--port", str(port), "--no-open")
    assert result.exit_code == 1 and f"port {port} is in use on 127.0.0.1" in result.output


def test_open_shows_the_page_in_the_browser_and_no_open_does_not(store, monkeypatch):
    opened = []
    monkeypatch.setattr("webbrowser.open", opened.append)

    def stop_at_once(self, *args, **kwargs):  # as if the analyst pressed Ctrl+C straight away
        raise KeyboardInterrupt

    monkeypatch.setattr(WebServer, "serve_forever", stop_at_once)
    result = serve(store, "--port", "0")
    assert result.exit_code == 0, result.output
    url = result.output.split(" at ", 1)[1].split()[0]
    assert url.startswith("http://127.0.0.1:") and "/?token=" in url and opened == [url]
    assert "Serving 6 actors and 8 relations at" in result.output and result.output.rstrip().endswith("Stopped.")
    opened.clear()
    assert serve(store, "--port", "0", "--no-open").exit_code == 0 and opened == []
    read_only = serve(store, "--port", "0", "--no-open", "--read-only")
    assert read_only.exit_code == 0 and "token" not in read_only.output


def test_serve_answers_until_interrupted(store):
    process = subprocess.Popen([sys.executable, "-m", "diplograph", "--store", str(store), "serve", "--port", "0",
                                "--no-open"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        first = process.stdout.readline()
        assert first.startswith("Serving 6 actors and 8 relations at http://127.0.0.1:"), first
        url = urlsplit(first.rsplit(" ", 1)[1].strip())
        token = parse_qs(url.query)["token"][0]

        class Target:  # what `request` needs of a server
            port = url.port

        answer = request(Target, "/api/stats")
        assert answer.status == 200 and answer.json()["actors"] == 6
        assert request(Target, "/api/stats", host="attacker.example").status == 400
        # the printed token lets the app's page record a review; without it, nothing is written
        page = {"Origin": f"http://127.0.0.1:{url.port}", "Content-Type": "application/json"}
        act = json.dumps({"act": "note", "target": "Tajikistan", "text": "seen"}).encode()
        assert request(Target, "/api/review", method="POST", headers=page, body=act).status == 401
        answer = request(Target, "/api/review", method="POST", headers={**page, "X-Diplograph-Token": token}, body=act)
        assert answer.status == 200 and answer.json()["record"]["fields"] == {"text": "seen"}
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Stopped." in out
