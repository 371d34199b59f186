"""What the Neo4j backend does beyond the contract: the graph analysts browse, retries, safety.

These run against the server of ``scripts/neo4j.sh start`` (see ``tests/conftest.py``) and
look at the database with the bare driver, not through the backend under test.
"""

from __future__ import annotations

import dataclasses

import pytest

from diplograph.errors import BackendError, OntologyError
from diplograph.graph.backends.neo4j import Neo4jBackend, actor_label, relationship_type
from diplograph.graph.model import Actor, Batch, Claim, Counts, Source
from diplograph.graph.trust import fingerprint
from diplograph.graph.view import view_of


@pytest.fixture
def cypher(empty_neo4j):
    """Run a read query with the bare driver and return its rows as dicts."""
    import neo4j

    driver = neo4j.GraphDatabase.driver(empty_neo4j["uri"], auth=(empty_neo4j["user"], empty_neo4j["password"]))

    def run(query: str, **parameters) -> list[dict]:
        return [r.data() for r in driver.execute_query(query, parameters, database_=empty_neo4j["database"]).records]

    yield run
    driver.close()


# -- names that reach Cypher come only from the ontology (no server needed) ------------------------


def test_labels_and_relationship_types_come_from_the_ontology_backticked():
    assert actor_label("state") == "`State`"
    assert actor_label("ngo") == "`Ngo`"
    assert relationship_type("co_production") == "`CO_PRODUCTION`"


@pytest.mark.parametrize("name", ["State` SET n.x = 1 //", "FRIEND", "arms transfer", ""])
def test_anything_else_is_refused_as_a_relationship_type(name):
    with pytest.raises(OntologyError):
        relationship_type(name)


@pytest.mark.parametrize("name", ["State:Admin", "galaxy", "person`) DETACH DELETE n //"])
def test_anything_else_is_refused_as_an_actor_label(name):
    with pytest.raises(OntologyError):
        actor_label(name)


# -- the graph as analysts see it in Neo4j Browser ------------------------------------------------

needs_neo4j = pytest.mark.neo4j


@needs_neo4j
def test_actors_carry_a_label_for_their_type(neo4j_backend, sample, cypher):
    neo4j_backend.write(sample.batch())

    rows = cypher("MATCH (a:Actor) RETURN a.id AS id, [l IN labels(a) WHERE l <> 'Actor'] AS extra ORDER BY id")

    labels = {row["id"]: row["extra"] for row in rows}
    assert labels["state:IRN"] == ["State"]
    assert labels[sample.baykar.id] == ["Company"]
    assert labels[sample.tb2.id] == ["Weapon"]
    assert labels[sample.csto.id] == ["Organization"]
    assert labels[sample.minister.id] == ["Person"]


@needs_neo4j
def test_each_relation_is_a_relationship_typed_by_its_predicate_with_its_aggregates(neo4j_backend, sample, cypher):
    neo4j_backend.write(sample.batch())

    [co_production] = cypher("MATCH (:Actor {id: 'state:IRN'})-[r:CO_PRODUCTION]->(:Actor {id: 'state:TJK'}) "
                             "RETURN properties(r) AS r")
    [borders] = cypher("MATCH (s:Actor)-[r:BORDERS]->(o:Actor) RETURN s.id AS s, o.id AS o, r.symmetric AS sym")
    types = cypher("MATCH (:Actor)-[r]->(:Actor) RETURN type(r) AS type ORDER BY type")

    assert co_production["r"] == {"n_claims": 2, "n_sources": 2, "first_date": "2022", "last_date": "2022-05-17",
                                  "modality": "asserted", "family": "material_cooperation", "symmetric": False}
    assert borders == {"s": "state:KGZ", "o": "state:TJK", "sym": True}
    assert [t["type"] for t in types] == ["AFFILIATED_WITH", "ARMS_TRANSFER", "BORDERS", "CO_PRODUCTION",
                                          "MANUFACTURES", "MEMBER_OF"]


@needs_neo4j
def test_a_later_claim_on_a_stored_relation_updates_its_one_relationship(neo4j_backend, sample, cypher):
    first, *rest = [c for c in sample.claims if c.predicate.upper() == "CO_PRODUCTION"]
    neo4j_backend.write(Batch(sample.actors, sample.sources, [first]))
    neo4j_backend.write(Batch([], [], rest))

    rows = cypher("MATCH (:Actor {id: 'state:IRN'})-[r:CO_PRODUCTION]->(:Actor {id: 'state:TJK'}) "
                  "RETURN r.n_claims AS n, r.first_date AS first")

    assert rows == [{"n": 2, "first": "2022"}]


@needs_neo4j
def test_copies_of_one_story_count_once_on_the_relationship_as_in_the_view(neo4j_backend, sample, cypher):
    story = fingerprint(" ".join(f"word{i} about drones and borders number {i}" for i in range(40)))
    first, second = Source("src:copy-a", title="A", fingerprint=story), Source("src:copy-b", title="B")
    claims = [Claim("state:IRN", "CO_PRODUCTION", "state:TJK", s.id, date="2021") for s in (first, second)]
    query = "MATCH (:Actor {id: 'state:IRN'})-[r:CO_PRODUCTION]->(:Actor {id: 'state:TJK'}) RETURN r.n_sources AS n"

    neo4j_backend.write(Batch(sample.actors, [first, second], claims))
    assert cypher(query) == [{"n": 2}]  # not known to be copies yet

    # read again, the second source turns out to be a copy: a write that touches no claim of the relation
    neo4j_backend.write(Batch([], [dataclasses.replace(second, fingerprint=story)], []))
    assert cypher(query) == [{"n": 1}]
    assert view_of(neo4j_backend).edges["state:IRN", "state:TJK", "CO_PRODUCTION"]["n_sources"] == 1

    neo4j_backend.write(Batch([], [], [Claim("state:IRN", "CO_PRODUCTION", "state:TJK", first.id, date="2022")]))
    assert cypher(query) == [{"n": 1}]  # a relation written again counts the copies once too


@needs_neo4j
def test_claims_link_their_subject_object_and_source(neo4j_backend, sample, cypher):
    neo4j_backend.write(sample.batch())

    rows = cypher("MATCH (s:Actor)<-[:SUBJECT]-(c:Claim {predicate: 'ARMS_TRANSFER'})-[:OBJECT]->(o:Actor), "
                  "(c)-[:FROM]->(src:Source) RETURN s.name AS s, o.name AS o, src.title AS title")

    assert rows == [{"s": "Türkiye", "o": "Tajikistan", "title": "Curated arms transfers"}]


@needs_neo4j
def test_a_source_written_after_its_claims_is_linked_to_them(neo4j_backend, sample, cypher):
    neo4j_backend.write(Batch(sample.actors, [], sample.claims))
    assert cypher("MATCH (:Claim)-[f:FROM]->() RETURN count(f) AS n") == [{"n": 0}]

    neo4j_backend.write(Batch([], sample.sources, []))

    assert cypher("MATCH (:Claim)-[f:FROM]->() RETURN count(f) AS n") == [{"n": 7}]


@needs_neo4j
def test_merging_moves_the_relationships_to_the_kept_actor(neo4j_backend, sample, cypher):
    short = Actor.new("S. Mirzo", "person")
    neo4j_backend.write(Batch([*sample.actors, short], sample.sources,
                              [Claim(short.id, "SUPPORT", "state:IRN", sample.dataset.id)]))

    neo4j_backend.merge(sample.minister.id, short.id)

    rows = cypher("MATCH (p:Actor)-[r:SUPPORT]->(:Actor {id: 'state:IRN'}) RETURN p.id AS id, r.n_claims AS n")
    assert rows == [{"id": sample.minister.id, "n": 1}]
    assert cypher("MATCH (a:Actor {id: $id}) RETURN a", id=short.id) == []
    assert cypher("MATCH (m:Merge) RETURN m.drop_id AS drop, m.keep_id AS keep") == [
        {"drop": short.id, "keep": sample.minister.id}]


@needs_neo4j
def test_clear_leaves_other_data_in_the_database_alone(neo4j_backend, sample, cypher, empty_neo4j):
    import neo4j

    auth = (empty_neo4j["user"], empty_neo4j["password"])
    with neo4j.GraphDatabase.driver(empty_neo4j["uri"], auth=auth) as driver:
        driver.execute_query("CREATE (:Note {text: 'an analyst note'})", database_=empty_neo4j["database"])
    neo4j_backend.write(sample.batch())

    neo4j_backend.clear()

    assert neo4j_backend.counts() == Counts(0, 0, 0, 0)
    assert cypher("MATCH (n) RETURN labels(n) AS labels") == [{"labels": ["Note"]}]


# -- transactions -------------------------------------------------------------------------------


def fail_once(statement_start: str, error: Exception):
    """A before_statement hook that raises ``error`` the first time a statement starting with
    ``statement_start`` is about to run, as a server error would abort that transaction."""
    calls: list[str] = []

    def hook(query: str, parameters: dict) -> None:
        if query.startswith(statement_start):
            calls.append(query)
            if len(calls) == 1:
                raise error

    hook.calls = calls
    return hook


@needs_neo4j
def test_a_transient_error_inside_a_write_is_retried_without_duplicating_anything(neo4j_backend, sample, cypher):
    from neo4j.exceptions import TransientError

    # the relationship statements run last, after the actor, source and claim MERGEs of the transaction
    hook = fail_once("UNWIND $rows AS row MATCH (s:Actor {id: row.s})", TransientError("deadlock detected"))
    neo4j_backend.before_statement.append(hook)

    report = neo4j_backend.write(sample.batch())

    assert len(hook.calls) > 1  # failed once, then the driver ran the transaction function again
    assert (report.actors, report.sources, report.claims) == (8, 2, 7)
    assert neo4j_backend.counts() == Counts(actors=8, relations=6, claims=7, sources=2)
    assert cypher("MATCH (c:Claim) RETURN count(c) AS n, count(DISTINCT c.id) AS ids") == [{"n": 7, "ids": 7}]
    assert cypher("MATCH (:Claim)-[r:SUBJECT]->() RETURN count(r) AS n") == [{"n": 7}]
    assert cypher("MATCH (:Actor)-[r:CO_PRODUCTION]->(:Actor) RETURN r.n_claims AS n") == [{"n": 2}]


@needs_neo4j
def test_a_write_that_fails_half_way_leaves_nothing_behind(neo4j_backend, sample):
    hook = fail_once("UNWIND $rows AS row MATCH (s:Actor {id: row.subject})", RuntimeError("connection lost"))
    neo4j_backend.before_statement.append(hook)

    with pytest.raises(RuntimeError):
        neo4j_backend.write(sample.batch())

    assert len(hook.calls) == 1  # not a transient error: not retried
    assert neo4j_backend.counts() == Counts(0, 0, 0, 0)


# -- injection ----------------------------------------------------------------------------------


@needs_neo4j
def test_untrusted_text_travels_only_as_parameters(neo4j_backend, sample):
    payload = "x'}) DETACH DELETE n //"
    hostile = Actor.new(payload, "organization", aliases=["`) MATCH (m) DETACH DELETE m //"])
    sent: list[tuple[str, dict]] = []
    neo4j_backend.before_statement.append(lambda query, parameters: sent.append((query, parameters)))

    neo4j_backend.write(Batch([*sample.actors, hostile], sample.sources,
                              [Claim(hostile.id, "CRITICISM", "state:IRN", sample.article.id, evidence=payload)]))

    assert sent
    assert not any("DETACH" in query or payload in query for query, _ in sent)
    assert any(payload in repr(parameters) for _, parameters in sent)
    assert neo4j_backend.get_actor(hostile.id).name == payload


@needs_neo4j
def test_a_strict_write_with_an_unknown_predicate_sends_no_statement_at_all(neo4j_backend, sample):
    sent: list[str] = []
    neo4j_backend.before_statement.append(lambda query, parameters: sent.append(query))

    with pytest.raises(OntologyError):
        neo4j_backend.write(Batch(sample.actors, [], [Claim("state:IRN", "ALLY]->(m) DELETE m //", "state:TJK", "s")]))

    assert sent == []


# -- connecting ---------------------------------------------------------------------------------


@needs_neo4j
def test_a_wrong_password_is_reported_with_what_to_set(neo4j_settings):
    with pytest.raises(BackendError, match="DIPLOGRAPH_NEO4J_PASSWORD"):
        Neo4jBackend.from_settings(**{**neo4j_settings, "password": "not-the-password"})


def test_an_unreachable_server_is_reported_with_how_to_start_one():
    with pytest.raises(BackendError, match="scripts/neo4j.sh start"):
        Neo4jBackend.from_settings(uri="bolt://127.0.0.1:9", user="neo4j", password="whatever")


def test_a_missing_password_is_reported_before_connecting(monkeypatch):
    monkeypatch.delenv("DIPLOGRAPH_NEO4J_PASSWORD", raising=False)
    with pytest.raises(BackendError, match="set DIPLOGRAPH_NEO4J_PASSWORD"):
        Neo4jBackend.from_settings(uri="bolt://127.0.0.1:9")


@needs_neo4j
def test_the_graph_facade_works_on_neo4j(empty_neo4j):
    from diplograph.core import DiploGraph

    with DiploGraph.open(backend="neo4j", **empty_neo4j) as graph:
        graph.write(Batch([Actor.new("Iran", "state", external_ids={"iso3": "IRN"}),
                           Actor.new("Tajikistan", "state", aliases=["Dushanbe"], external_ids={"iso3": "TJK"})],
                          [], [Claim("state:IRN", "CO_PRODUCTION", "state:TJK", "src:note")]))

        assert [r.predicate for r in graph.relations("Dushanbe")] == ["CO_PRODUCTION"]
        assert graph.nx.has_edge("state:IRN", "state:TJK", "CO_PRODUCTION")
