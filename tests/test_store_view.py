"""The store view (diplograph.graph.store_view) is the whole view, read a piece at a time.

Every node, every relation and every attribute, and the order networkx gives them in, must be
those of the view built from the whole store, so that queries answer the same on either.
"""

from __future__ import annotations

import pytest

from diplograph.core import DiploGraph
from diplograph.graph.model import Actor, Batch, Claim, Source
from diplograph.graph.store_view import StoreView
from diplograph.graph.view import view_of
from diplograph.queries import (adversaries, common_ties, evidence, k_shortest_paths, members, neighbourhood,
                                partners, recipients, supplier_concentration, suppliers, ties, timeline)
from diplograph.queries.example import example_actors, example_claims, example_sources


@pytest.fixture
def graph(tmp_path):
    graph = DiploGraph.open(store=tmp_path / "g.db")
    graph.write(Batch(example_actors(), example_sources(), example_claims()))
    # an actor with no relation, and a claim whose object was never stored as an actor
    graph.write(Batch([Actor.new("Loner", "state")], [Source("src:x", "x")]))
    graph.backend._db.execute("INSERT INTO claims (id, subject, predicate, object, source_id, modality) "
                              "VALUES ('claim:dangling', 'state:BRV', 'BORDERS', 'state:NOWHERE', 'src:x', 'asserted')")
    yield graph
    graph.close()


def side(adjacency, node):
    return [(other, [(key, data) for key, data in edges.items()]) for other, edges in adjacency[node].items()]


def test_each_actor_reads_as_in_the_whole_view_in_the_same_order(graph):
    whole = view_of(graph.backend)
    for node in whole:
        lazy = StoreView(graph.backend)  # a fresh view each time: nothing read before
        assert lazy.nodes[node] == whole.nodes[node]
        assert side(lazy._succ, node) == side(whole._succ, node)
        assert side(lazy._pred, node) == side(whole._pred, node)
        assert not lazy.loaded


def test_one_pair_is_read_without_reading_either_actor_whole(graph):
    whole, lazy = view_of(graph.backend), StoreView(graph.backend)
    for u, v, key in whole.edges(keys=True):
        assert lazy._succ[u][v][key] == whole._succ[u][v][key]
        assert lazy._pred[v].get(u) == whole._pred[v][u]
    assert lazy._succ["state:BRV"].get("state:NOWHERE") is None
    assert "state:NOWHERE" not in lazy and "state:BRV" in lazy
    assert not lazy.loaded


def test_the_whole_graph_is_read_when_something_needs_it(graph):
    whole, lazy = view_of(graph.backend), StoreView(graph.backend)
    held = lazy._succ["state:BRV"]  # read before the whole graph: it must follow
    assert list(lazy.edges(keys=True, data=True)) == list(whole.edges(keys=True, data=True))
    assert lazy.loaded and list(lazy.nodes(data=True)) == list(whole.nodes(data=True))
    assert dict(held) == dict(whole._succ["state:BRV"])
    assert dict(lazy.graph["sources"]) == whole.graph["sources"]


LOCAL_QUERIES = {
    "ties": lambda v, a: ties(v, a, all_modalities=True),
    "neighbourhood 1": lambda v, a: neighbourhood(v, a, all_modalities=True),
    "neighbourhood 2": lambda v, a: neighbourhood(v, a, depth=2, direction="in"),
    "suppliers": lambda v, a: suppliers(v, a, all_modalities=True),
    "recipients": lambda v, a: recipients(v, a, since="2021"),
    "concentration": lambda v, a: supplier_concentration(v, a, basis="claims"),
    "partners": lambda v, a: partners(v, a),
    "adversaries": lambda v, a: adversaries(v, a, all_modalities=True),
    "timeline": lambda v, a: timeline(v, a, all_modalities=True),
    "members": lambda v, a: members(v, a, all_modalities=True),
    "evidence": lambda v, a: [evidence(v, a, None, b) for b in sorted(v.nodes) if b != a],
    "common": lambda v, a: common_ties(v, a, "Caldor") if a != "state:CLD" else [],
    "paths": lambda v, a: k_shortest_paths(v, a, "Eskar", k=3) if a != "state:ESK" else [],
}


def as_records(result):
    if isinstance(result, list):
        return [as_records(r) for r in result]
    return result.to_dict()


@pytest.mark.parametrize("query", LOCAL_QUERIES)
def test_queries_about_one_actor_answer_as_on_the_whole_view(graph, query):
    whole = view_of(graph.backend)
    for actor in sorted(whole):
        lazy = StoreView(graph.backend)
        assert as_records(LOCAL_QUERIES[query](lazy, actor)) == as_records(LOCAL_QUERIES[query](whole, actor)), actor


def test_a_write_gives_a_new_view(graph):
    before = graph.nx
    assert "state:loner" not in before._succ["state:BRV"]
    graph.write(Batch(claims=[Claim("state:BRV", "ARMS_TRANSFER", "state:loner", "src:x")]))
    assert graph.nx is not before
    assert "Loner" in [t.actor.name for t in recipients(graph.nx, "Borvia")]


def test_the_names_table_answers_as_the_name_index_of_every_actor(graph):
    from diplograph.names import name_key
    from diplograph.queries.lookup import names_of

    graph.write(Batch([Actor("company:a", "Borvia", "company"), Actor("company:b", "Caldorian Arms", "company",
                                                                      ("Borvia", "Caldor"))]))
    every = names_of(view_of(graph.backend).nodes(data=True))
    keys = set(every) | {name_key(a) for a in graph.backend.actors() for a in a.aliases}
    assert {key: graph.backend.actor_id_for_key(key) for key in keys} == every
    assert graph.backend.actor_id_for_key("nobody") is None
    assert dict(StoreView(graph.backend).names()) == every


def test_a_store_of_schema_1_gets_its_names_indexed_when_opened(tmp_path):
    from diplograph.graph.backends.embedded import SCHEMA_VERSION, EmbeddedBackend

    store = EmbeddedBackend(tmp_path / "old.db")
    store.write(Batch(example_actors(), example_sources(), example_claims()))
    store._db.execute("DROP TABLE names")
    store._db.execute("UPDATE meta SET value='1' WHERE key='schema_version'")
    store.close()
    store = EmbeddedBackend(tmp_path / "old.db")
    assert store._db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    assert store.actor_id_for_key("borvian") == "state:BRV"
    store.close()


def test_a_store_of_schema_4_gets_the_relation_index_when_opened_and_answers_alike(tmp_path):
    from diplograph.graph.backends.embedded import SCHEMA_VERSION, EmbeddedBackend

    store = EmbeddedBackend(tmp_path / "old.db")
    store.write(Batch(example_actors(), example_sources(), example_claims()))
    graph = DiploGraph(store)
    before = {a.id: graph.relations_page(a.id, claims=1) for a in store.actors()}
    store._db.execute("DROP INDEX claims_relation")
    store._db.execute("CREATE INDEX claims_from ON claims(subject, object, predicate)")
    store._db.execute("UPDATE meta SET value='4' WHERE key='schema_version'")
    store.close()
    store = EmbeddedBackend(tmp_path / "old.db")
    indexes = {r[0] for r in store._db.execute("SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='claims'")}
    assert "claims_relation" in indexes and "claims_from" not in indexes
    assert store._db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    graph = DiploGraph(store)
    assert {a.id: graph.relations_page(a.id, claims=1) for a in store.actors()} == before
    store.close()


def test_a_relation_is_summed_up_from_the_index_without_reading_its_claims_rows(graph):
    # a hub's relation has thousands of claims: what its summary needs of each (date, source,
    # modality, id) comes from the index; only the claims shown are then read whole
    db = graph.backend._db
    statements = []
    db.set_trace_callback(statements.append)
    try:
        count, shown, _ = graph.backend.relation_summary(("state:ALD", "ARMS_TRANSFER", "state:CLD"), limit=0)
    finally:
        db.set_trace_callback(None)
    assert count >= 1 and shown == []
    plan = db.execute("EXPLAIN QUERY PLAN " + statements[0]).fetchall()
    assert [step[-1] for step in plan] == [
        "SEARCH claims USING COVERING INDEX claims_relation (subject=? AND object=? AND predicate=?)"]


def test_merging_moves_the_names_of_the_merged_actor(graph):
    graph.merge("Borvia", "Caldor")
    assert graph.backend.actor_id_for_key("caldor") == "state:BRV"
    assert graph.actor("Caldor").id == "state:BRV"


def test_a_view_that_keeps_few_claims_forgets_what_it_read_and_answers_alike(tmp_path):
    from diplograph.graph.view import view_of

    graph = DiploGraph.open(store=tmp_path / "g.db")
    graph.ingest_facts([("Iran", "CO_PRODUCTION", "Tajikistan"), ("Turkey", "ARMS_TRANSFER", "Tajikistan"),
                        ("Russia", "ARMS_TRANSFER", "Tajikistan"), ("Iran", "AGREEMENT", "Russia")])
    whole = view_of(graph.backend)
    keys = [(u, key, v) for u, v, key in whole.edges(keys=True)]
    view = StoreView(graph.backend)
    view.keep_claims = 1  # each read of two relations (a claim each) forgets the read before
    view.read_actors(whole.nodes)
    for start in range(0, len(keys), 2):
        view.read_relations(keys[start:start + 2])
        assert len(view._relations) == 2
        for u, key, v in keys[start:start + 2]:
            assert view.relation(u, v, key) == whole._succ[u][v][key]
    assert len(view._relations) < len(keys)  # the first ones were forgotten
    assert all(view.relation(u, v, key) == whole._succ[u][v][key] for u, key, v in keys)  # read again
    assert not view.loaded
    graph.close()
