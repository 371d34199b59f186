"""``diplograph cypher`` reads only the graph unless told otherwise, and the Neo4j password can
be typed at a prompt instead of sitting in the process list."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from diplograph.cli import cli

pytestmark = pytest.mark.neo4j


@pytest.fixture
def cypher(empty_neo4j):
    options = ["--neo4j-uri", empty_neo4j["uri"], "--neo4j-user", empty_neo4j["user"],
               "--neo4j-password", empty_neo4j["password"], "--neo4j-database", empty_neo4j["database"]]
    return lambda *args: CliRunner().invoke(cli, [*options, "cypher", *args])


@pytest.mark.parametrize("query", [
    "LOAD CSV FROM 'http://127.0.0.1:9/people.csv' AS row RETURN row",
    "LOAD CSV WITH HEADERS FROM 'file:///etc/passwd' AS row RETURN count(row)",
    "MATCH (a:Actor) CALL (a) { LOAD CSV FROM 'https://example.org/x.csv' AS r RETURN count(r) AS n } RETURN n",
])
def test_load_csv_is_refused_without_allow_load(cypher, query):
    result = cypher(query)
    assert result.exit_code == 1
    assert "this query loads a file or URL (LOAD CSV); run it again with --allow-load" in result.output


def test_allow_load_sends_the_query_to_the_server(cypher):
    result = cypher("--allow-load", "LOAD CSV FROM 'file:///no/such/diplograph.csv' AS row RETURN row")
    assert result.exit_code == 1 and "--allow-load" not in result.output
    assert "Neo4j:" in result.output  # the server's own answer: no such file in its import folder


def test_neo4j_procedures_that_read_the_database_are_allowed(cypher):
    result = cypher("CALL db.labels() YIELD label RETURN count(label) AS n", "--format", "json")
    assert result.exit_code == 0, result.output


def test_without_a_password_the_terminal_asks_for_it(empty_neo4j, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DIPLOGRAPH_NEO4J_PASSWORD"}
    main, child = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "diplograph", "--backend", "neo4j", "--neo4j-uri", empty_neo4j["uri"],
         "--neo4j-user", empty_neo4j["user"], "--neo4j-database", empty_neo4j["database"], "stats", "--format", "json"],
        stdin=child, stdout=child, stderr=child, env=env, close_fds=True)
    os.close(child)
    seen = b""
    try:
        seen += read_until(main, b"Neo4j password for neo4j: ")
        os.write(main, empty_neo4j["password"].encode() + b"\n")
        seen += read_until(main, b'"sources"')
        process.wait(timeout=60)
    finally:
        process.kill()
        os.close(main)
    assert process.returncode == 0, seen
    assert empty_neo4j["password"].encode() not in seen  # not echoed


def read_until(fd: int, wanted: bytes, timeout: float = 60) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while wanted not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1)
        if ready:
            try:
                seen += os.read(fd, 4096)
            except OSError:
                break
    assert wanted in seen, seen
    return seen
