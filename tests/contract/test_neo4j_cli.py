"""``diplograph push`` and ``diplograph cypher`` against the test Neo4j server."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.graph.backends.embedded import EmbeddedBackend
from diplograph.graph.model import Actor, Batch, Claim, Counts
from diplograph.graph.view import view_of

pytestmark = pytest.mark.neo4j


@pytest.fixture
def store(tmp_path, sample):
    """An embedded store holding the sample graph, with one merge recorded."""
    path = tmp_path / "graph.db"
    short = Actor.new("S. Mirzo", "person")
    with_short = sample.batch()
    with_short.actors.append(short)
    with_short.claims.append(Claim(short.id, "SUPPORT", "state:IRN", sample.dataset.id))
    backend = EmbeddedBackend(path)
    backend.write(with_short)
    backend.merge(sample.minister.id, short.id)
    backend.grade_publisher("Example Wire", "B")
    backend.close()
    return path, with_short


@pytest.fixture
def diplograph(empty_neo4j):
    """Run the CLI with the test server's settings; returns the click Result."""
    options = ["--neo4j-uri", empty_neo4j["uri"], "--neo4j-user", empty_neo4j["user"],
               "--neo4j-password", empty_neo4j["password"], "--neo4j-database", empty_neo4j["database"]]

    def run(*args: str):
        return CliRunner().invoke(cli, [*options, *args])

    return run


def test_push_copies_the_embedded_store_into_neo4j(diplograph, store, neo4j_backend):
    path, _ = store

    result = diplograph("--store", str(path), "push")

    assert result.exit_code == 0, result.output
    assert "Neo4j holds 8 actors, 7 relations, 8 claims, 2 sources" in result.output
    embedded = EmbeddedBackend(path)
    try:
        assert neo4j_backend.counts() == embedded.counts()
        assert neo4j_backend.claims() == embedded.claims()
        assert neo4j_backend.merges() == embedded.merges()
        assert neo4j_backend.publisher_grades() == {"Example Wire": "B"}
        assert sorted(view_of(neo4j_backend).edges(keys=True)) == sorted(view_of(embedded).edges(keys=True))
    finally:
        embedded.close()


def test_pushing_twice_changes_nothing_and_merges_stay_merged(diplograph, store, neo4j_backend):
    path, original = store
    diplograph("--store", str(path), "push")
    after_first = (neo4j_backend.counts(), neo4j_backend.actors(), neo4j_backend.claims())

    diplograph("--store", str(path), "push")
    neo4j_backend.write(original)  # the merged-away spelling comes back from its source

    assert (neo4j_backend.counts(), neo4j_backend.actors(), neo4j_backend.claims()) == after_first
    assert neo4j_backend.get_actor("person:s-mirzo") is None


def test_push_replace_drops_what_the_store_does_not_hold(diplograph, store, neo4j_backend, sample):
    path, _ = store
    neo4j_backend.write(Batch([Actor.new("Atlantis", "state")], [], []))

    diplograph("--store", str(path), "push", "--replace")

    assert neo4j_backend.get_actor("state:atlantis") is None
    assert neo4j_backend.counts() == Counts(actors=8, relations=7, claims=8, sources=2)


@pytest.fixture
def pushed(diplograph, store):
    path, _ = store
    assert diplograph("--store", str(path), "push").exit_code == 0
    return diplograph


def test_cypher_prints_the_rows_as_a_table(pushed):
    result = pushed("cypher", "MATCH (s:State)-[r:ARMS_TRANSFER]->(o:State) "
                              "RETURN s.name AS supplier, o.name AS recipient, r.n_sources AS sources")

    assert result.exit_code == 0, result.output
    header, row = [line for line in result.output.splitlines() if "│" in line or "┃" in line][:2]
    assert [cell.strip() for cell in header.split("┃")[1:4]] == ["supplier", "recipient", "sources"]
    assert [cell.strip() for cell in row.split("│")[1:4]] == ["Türkiye", "Tajikistan", "1"]


def test_cypher_takes_parameters_and_prints_json(pushed):
    result = pushed("cypher", "MATCH (a:Actor {id: $id})<-[:SUBJECT]-(c:Claim) RETURN c.predicate AS p ORDER BY p",
                    "-p", "id=state:IRN", "--format", "json")

    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"p": "CO_PRODUCTION"}, {"p": "CO_PRODUCTION"}]


def test_cypher_prints_names_literally_not_as_console_markup(pushed, neo4j_backend):
    neo4j_backend.write(Batch([Actor.new("[bold red]Fake[/bold red] Ltd", "company")], [], []))

    result = pushed("cypher", "MATCH (a:Company) WHERE a.name STARTS WITH '[' RETURN a.name AS name")

    assert "[bold red]Fake[/bold red] Ltd" in result.output


@pytest.mark.parametrize("query", [
    "MATCH (n) DETACH DELETE n",
    "CREATE (:Actor {id: 'state:XXX'})",
    "MATCH (a:Actor) CALL (a) { SET a.name = 'x' } RETURN count(*)",
    "CREATE INDEX scratch IF NOT EXISTS FOR (n:Scratch) ON (n.x)",
])
def test_cypher_refuses_a_query_that_writes_unless_told(pushed, neo4j_backend, query):
    before = (neo4j_backend.counts(), neo4j_backend.actors())

    result = pushed("cypher", query)

    assert result.exit_code == 1
    assert "Error: this query" in result.output and "--write" in result.output
    assert (neo4j_backend.counts(), neo4j_backend.actors()) == before


def test_cypher_runs_a_write_with_the_write_flag(pushed, neo4j_backend):
    result = pushed("cypher", "MATCH (a:Actor {id: 'state:IRN'}) SET a.note = $note", "-p", "note=checked", "--write")

    assert result.exit_code == 0, result.output
    assert "properties set: 1" in result.output
    assert pushed("cypher", "MATCH (a:Actor {id: 'state:IRN'}) RETURN a.note AS note",
                  "--format", "json").stdout.strip() == '[\n  {\n    "note": "checked"\n  }\n]'


def test_cypher_reports_a_syntax_error_in_one_line(pushed):
    result = pushed("cypher", "MATCH (n RETURN n")

    assert result.exit_code == 1
    assert "Error: Neo4j: Invalid input" in result.output
