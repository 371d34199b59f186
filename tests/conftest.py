"""Fixtures shared by the whole test suite.

Neo4j: tests marked ``neo4j`` talk to the server that ``scripts/neo4j.sh start`` runs. They
connect with ``DIPLOGRAPH_NEO4J_URI`` (default ``bolt://127.0.0.1:7687``), user
``DIPLOGRAPH_NEO4J_USER`` (default ``neo4j``) and ``DIPLOGRAPH_NEO4J_PASSWORD`` (default: the
password the script sets). When no server answers they are skipped, unless
``DIPLOGRAPH_REQUIRE_NEO4J=1``, in which case they fail: the project's test command sets it,
so a missing server can never pass for a green run. The tests empty that database.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest

# The password scripts/neo4j.sh gives the local development server; keep the two in step.
DEV_NEO4J_PASSWORD = "diplograph-dev"


def neo4j_settings_from_env() -> dict[str, str]:
    return {
        "uri": os.environ.get("DIPLOGRAPH_NEO4J_URI", "bolt://127.0.0.1:7687"),
        "user": os.environ.get("DIPLOGRAPH_NEO4J_USER", "neo4j"),
        "password": os.environ.get("DIPLOGRAPH_NEO4J_PASSWORD", DEV_NEO4J_PASSWORD),
        "database": os.environ.get("DIPLOGRAPH_NEO4J_DATABASE", "neo4j"),
    }


@pytest.fixture(scope="session")
def neo4j_settings() -> dict[str, str]:
    """Connection settings of a Neo4j server that answers, or a skip (a failure when required)."""
    import neo4j

    settings = neo4j_settings_from_env()
    try:
        with neo4j.GraphDatabase.driver(settings["uri"], auth=(settings["user"], settings["password"]),
                                        connection_timeout=5) as driver:
            driver.verify_connectivity()
    except Exception as error:  # any failure to connect means: no usable server
        reason = (f"no Neo4j server usable at {settings['uri']} ({type(error).__name__}: {error}); "
                  "start one with `scripts/neo4j.sh start`")
        if os.environ.get("DIPLOGRAPH_REQUIRE_NEO4J") == "1":
            pytest.fail(f"DIPLOGRAPH_REQUIRE_NEO4J=1 but {reason}", pytrace=False)
        pytest.skip(reason)
    return settings


@pytest.fixture
def run(tmp_path):
    """``run("ingest", "facts.csv")``: the command line on a new store in the test's folder,
    returning click's result (output and exit code)."""
    from click.testing import CliRunner

    from diplograph.cli import cli

    store = tmp_path / "graph.db"
    return lambda *args: CliRunner().invoke(cli, ["--store", str(store), *args], catch_exceptions=False)


@pytest.fixture
def empty_neo4j(neo4j_settings) -> dict[str, str]:
    """The settings of the Neo4j test database, emptied of nodes and relationships (indexes and
    constraints stay). Done with the bare driver, so that no backend code is trusted for it."""
    import neo4j

    auth = (neo4j_settings["user"], neo4j_settings["password"])
    with neo4j.GraphDatabase.driver(neo4j_settings["uri"], auth=auth) as driver:
        with driver.session(database=neo4j_settings["database"]) as session:
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS").consume()
    return neo4j_settings


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium (see ``tests/browser.py``). Missing, it fails the test with what to
    install, unless ``DIPLOGRAPH_ALLOW_NO_BROWSER=1`` asks for a skip."""
    from browser import chromium, missing_browser

    reason = missing_browser()
    if reason:
        if os.environ.get("DIPLOGRAPH_ALLOW_NO_BROWSER") == "1":
            pytest.skip(reason)
        pytest.fail(reason, pytrace=False)
    with chromium() as launched:
        yield launched


def uses_neo4j(item) -> bool:
    return item.get_closest_marker("neo4j") is not None or "neo4j_settings" in getattr(item, "fixturenames", ())


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_protocol(item, nextitem):
    """A test that talks to the Neo4j server runs (setup to teardown) alone among those of every
    pytest process on this computer: they share the server's one database, which each empties,
    and the bulk-import tests stop and start the server. ``scripts/test.sh`` runs a worker per
    core (pytest-xdist), and a developer may run a second suite beside it."""
    if not uses_neo4j(item):
        return (yield)
    import fcntl

    uri = neo4j_settings_from_env()["uri"]
    lock = Path(tempfile.gettempdir()) / f"diplograph-neo4j-tests-{re.sub(r'[^A-Za-z0-9]+', '-', uri)}.lock"
    with lock.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file closes
        return (yield)


def _sendable(text: str) -> str:
    """``text`` with any lone surrogate escaped, so that it can be encoded as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A report whose text holds a lone surrogate (a hostile file name decoded with ``os.fsdecode``,
    in a failure or in the captured log of a passing test when an earlier test of the same worker
    turned logging up) is escaped: pytest-xdist cannot send it to the controller, which then
    crashes the whole run instead of showing the report."""
    report = yield
    report.sections = [(title, _sendable(content)) for title, content in report.sections]
    if report.failed and report.longrepr is not None:
        text = str(report.longrepr)
        if _sendable(text) != text:
            report.longrepr = _sendable(text)
    return report


def pytest_ignore_collect(collection_path, config):
    """Fixture files are not doctest modules. ``--doctest-modules`` would import each conftest.py
    as the module ``conftest``, and when two folders are named on the command line
    (``pytest tests/queries tests/webapp``) both conftests are loaded first, so the second import
    finds the other one under that name and collection fails."""
    if collection_path.name == "conftest.py":
        return True
    return None
