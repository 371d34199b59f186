"""The whole-graph index (diplograph.graph.index) answers whole-graph questions as the view does.

Paths, brokers, blocs and proxies run on the index when the store keeps one; on a graph with
dates, modalities, several sources and symmetric relations, and under every kind of filter,
they must give exactly the answers they give on the whole networkx view.
"""

from __future__ import annotations

import random

import pytest

from diplograph.core import DiploGraph
from diplograph.graph.index import GraphIndex, open_index
from diplograph.graph.model import Actor, Batch, Claim, Source
from diplograph.graph.store_view import StoreView
from diplograph.graph.trust import fingerprint
from diplograph.graph.view import view_of
from diplograph.queries import blocs, brokers, k_shortest_paths, neighbourhood, proxy_patterns
from diplograph.queries.filters import RelationFilter
from diplograph.queries.lookup import Reader
from diplograph.queries.paths import _Adjacency
from diplograph.queries.structure import cooperation_graph

FILTERS = [{}, {"all_modalities": True}, {"since": "2015"}, {"until": "2012-06"}, {"as_of": "2014"},
           {"min_sources": 2}, {"families": ["material_cooperation", "verbal_conflict"]},
           {"predicates": ["BORDERS", "ARMS_TRANSFER"], "as_of": "2009"}, {"actor_types": ["state"]}]


def random_store(path, seed: int = 7) -> DiploGraph:
    """Sixty states and companies, a few hubs, 600 claims of every shape the filters look at."""
    rng = random.Random(seed)
    actors = [Actor.new(f"State {i:02d}", "state") for i in range(40)]
    actors += [Actor.new(f"Company {i:02d}", "company") for i in range(20)]
    story = fingerprint(" ".join(f"word{i} about drones and borders number {i}" for i in range(40)))
    sources = [Source(f"src:{i}", f"Report {i}", published=rng.choice(["", "2010", "2016-03", "2021-11-02"]),
                      fingerprint=story if i < 3 else "")  # three copies of one story: one source
               for i in range(12)]
    predicates = ["ARMS_TRANSFER", "CO_PRODUCTION", "BORDERS", "RIVALRY", "ARMED_CLASH", "COOPERATION",
                  "CRITICISM", "DISPUTE", "MEMBER_OF"]
    claims = []
    for _ in range(600):
        hub = rng.random() < 0.4
        a = actors[rng.randrange(3)] if hub else rng.choice(actors[:40])
        b = rng.choice(actors)
        predicate = rng.choice(predicates)
        if a.id == b.id or (predicate in ("BORDERS", "RIVALRY", "ARMED_CLASH", "DISPUTE", "MEMBER_OF")
                            and b.type != "state"):
            continue
        year = rng.randrange(2005, 2024)
        date = rng.choice(["", str(year), f"{year}-{rng.randrange(1, 13):02d}"])
        end = f"{year + rng.randrange(1, 4)}" if date and rng.random() < 0.2 else ""
        claims.append(Claim(a.id, predicate, b.id, rng.choice(sources).id, date=date, end_date=end,
                            modality=rng.choice(["asserted", "asserted", "reported", "unconfirmed", "denied", "planned"]),
                            evidence=f"claim {len(claims)}"))
    graph = DiploGraph.open(store=path)
    graph.write(Batch(actors, sources, claims), strict=False)
    return graph


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    graph = random_store(tmp_path_factory.mktemp("index") / "g.db")
    yield graph
    graph.close()


@pytest.fixture(scope="module")
def whole(graph):
    return view_of(graph.backend)


@pytest.mark.parametrize("options", FILTERS)
def test_relations_pass_and_neighbours_come_as_on_the_view(graph, whole, options):
    index = StoreView(graph.backend).index()
    flt = RelationFilter.build(**options)
    reader = Reader(whole, flt)
    assert index.passing(flt).tolist() == [bool(flt.claims(d, reader.sources)) for _, _, d in whole.edges(data=True)]
    adjacency, passing, allowed = _Adjacency(reader, set()), index.passing(flt), index.type_allowed(flt)
    for node in whole:
        found = [index.nodes[i] for i in index.neighbours(index.position[node], passing) if allowed[i]]
        assert found == adjacency.neighbours(node)


@pytest.mark.parametrize("options", FILTERS)
def test_whole_graph_queries_answer_as_on_the_view(graph, whole, options):
    lazy = StoreView(graph.backend)
    assert lazy.index() is not None
    rng = random.Random(3)
    nodes = sorted(whole)
    for _ in range(15):
        a, b = rng.sample(nodes, 2)
        assert records(k_shortest_paths(lazy, a, b, k=3, **options)) == records(k_shortest_paths(whole, a, b, k=3, **options))
    summed_up = 0
    for a in nodes[:: 7]:
        for depth, direction, limit in ((1, "both", None), (2, "out", None), (2, "in", 5), (3, "both", 12),
                                        (2, "both", 2), (1, "both", 1)):
            found = neighbourhood(lazy, a, depth, direction=direction, limit=limit, **options)
            assert found.to_dict() == neighbourhood(whole, a, depth, direction=direction, limit=limit,
                                                    **options).to_dict(), (a, depth, direction, limit)
            if limit is not None:
                assert len(found.links) <= 3 * limit
                distance = {r.actor.id: r.distance for r in found.actors}  # each actor still tied to the centre's side
                joined = {end.id for link in found.links for end in (link.subject, link.object)
                          if abs(distance[link.subject.id] - distance[link.object.id]) == 1
                          and distance[end.id] == max(distance[link.subject.id], distance[link.object.id])}
                assert joined == {n for n, d in distance.items() if d > 0}, (a, depth, limit)
                summed_up += found.links_left_out
    if not options:  # some neighbourhoods had more relations than they list
        assert summed_up
    cooperative = {k: v for k, v in options.items() if k != "actor_types"}
    assert list(cooperation_graph(lazy, **cooperative).edges(data=True)) == \
           list(cooperation_graph(whole, **cooperative).edges(data=True))
    assert records(brokers(lazy, top=5, **cooperative)) == records(brokers(whole, top=5, **cooperative))
    assert records(blocs(lazy, **cooperative)) == records(blocs(whole, **cooperative))
    timely = {k: v for k, v in cooperative.items() if k not in ("families", "predicates")}
    assert records(proxy_patterns(lazy, **timely)) == records(proxy_patterns(whole, **timely))
    if not options:  # the graph is rich enough for every query to find something
        assert proxy_patterns(whole) and blocs(whole) and brokers(whole)
    assert not lazy.loaded  # none of them needed the whole view


def records(found):
    return [r.to_dict() for r in found]


def test_the_index_is_saved_beside_the_store_and_rebuilt_after_a_write(graph, tmp_path):
    store = random_store(tmp_path / "s.db", seed=11)
    folder = store.backend.index_folder()
    first = open_index(store.backend)
    assert folder.is_dir() and GraphIndex.load(folder).fresh_for(store.backend.generation(), store.backend.store_id())
    again = open_index(store.backend)
    assert again.meta == first.meta and again.n_relations == first.n_relations
    store.write(Batch(claims=[Claim("state:state-00", "BORDERS", "state:state-39", "src:1")]))
    assert not GraphIndex.load(folder).fresh_for(store.backend.generation(), store.backend.store_id())
    rebuilt = open_index(store.backend)
    assert rebuilt.meta["generation"] == store.backend.generation()
    assert rebuilt.n_relations == view_of(store.backend).number_of_edges()
    store.close()


def test_an_index_never_serves_another_store(tmp_path):
    one = random_store(tmp_path / "one.db", seed=1)
    open_index(one.backend)
    one.close()
    other = random_store(tmp_path / "two.db", seed=2)
    (tmp_path / "one.db.index").rename(tmp_path / "two.db.index")  # same generation, another store
    assert not GraphIndex.load(tmp_path / "two.db.index").fresh_for(other.backend.generation(), other.backend.store_id())
    assert open_index(other.backend).n_relations == view_of(other.backend).number_of_edges()
    other.close()
