"""The ``.cypher`` export, run on the real test server, builds the graph the Neo4j backend keeps.

The script is executed the way ``cypher-shell -f`` would run it: each ``:param name => literal;``
line sets a parameter (its literal evaluated by the server itself) and every other line is one
statement run with the parameters set so far.
"""

from __future__ import annotations

import re

import neo4j
import pytest

from diplograph.core import DiploGraph
from diplograph.exports import export_text
from diplograph.graph.backends.embedded import EmbeddedBackend
from diplograph.graph.backends.neo4j import Neo4jBackend
from diplograph.graph.model import Actor, Batch, Claim

pytestmark = pytest.mark.neo4j

PARAM = re.compile(r"^:param (\w+) => (.*);$", re.DOTALL)


def run_script(settings: dict, script: str) -> None:
    parameters: dict = {}
    auth = (settings["user"], settings["password"])
    with neo4j.GraphDatabase.driver(settings["uri"], auth=auth) as driver:
        with driver.session(database=settings["database"]) as session:
            for line in script.splitlines():
                if not line or line.startswith("//"):
                    continue
                if found := PARAM.match(line):
                    parameters[found[1]] = session.run(f"RETURN {found[2]} AS value").single()["value"]
                else:
                    session.run(line.removesuffix(";"), parameters).consume()


@pytest.fixture
def exported(tmp_path, sample):
    """The export of an embedded store holding the sample and a hostile actor and claim."""
    hostile = Actor.new("x'}) DETACH DELETE n // <script>", "company", aliases=["\\'; MATCH (n) DELETE n"])
    store = EmbeddedBackend(tmp_path / "graph.db")
    store.write(sample.batch())
    store.write(Batch([hostile], [], [Claim(hostile.id, "ARMS_TRANSFER", sample.tajikistan.id, sample.dataset.id,
                                            evidence="'; DROP TABLE claims; -- \U0001F4A3 \u2028 line")]))
    graph = DiploGraph(store)
    yield store, export_text(graph, "cypher")
    store.close()


def test_the_script_builds_the_graph_the_neo4j_backend_reads(empty_neo4j, exported):
    store, script = exported

    run_script(empty_neo4j, script)

    loaded = Neo4jBackend.from_settings(**empty_neo4j)
    try:
        assert loaded.actors() == store.actors()
        assert loaded.sources() == store.sources()
        assert loaded.claims() == store.claims()  # evidence, offsets, properties and hostile text verbatim
        assert loaded.counts() == store.counts()
        relationships = loaded.query("MATCH (:Actor)-[r]->(:Actor) RETURN count(r) AS n").rows
        assert relationships == [[store.counts().relations]]
    finally:
        loaded.close()


def test_running_the_script_twice_changes_nothing(empty_neo4j, exported):
    store, script = exported
    run_script(empty_neo4j, script)
    run_script(empty_neo4j, script)

    loaded = Neo4jBackend.from_settings(**empty_neo4j)
    try:
        assert loaded.counts() == store.counts()
        links = loaded.query("MATCH (:Claim)-[l]->() RETURN type(l) AS link, count(*) AS n ORDER BY link").rows
        n_claims = store.counts().claims
        assert links == [["FROM", n_claims], ["OBJECT", n_claims], ["SUBJECT", n_claims]]
    finally:
        loaded.close()
