"""The web app over a store answers from its whole-graph index exactly as over the whole view.

`diplograph serve` does not read the whole graph when it starts: the actors' degrees, the
statistics, which part of a neighbourhood is shown, and a source's claims come from the store's
index and rows. On a random graph with hubs, under every filter, with limits that cut, and with
actors whose names sort otherwise than their ids (ties of distance and degree are broken by name),
every answer must be the one the whole networkx view gives, and the view must stay unread.
"""

from __future__ import annotations

import pytest
from test_graph_index import random_store  # tests/test_graph_index.py: sixty actors, hubs, every claim shape

from diplograph.core import DiploGraph
from diplograph.graph.model import Actor, Batch, Claim
from diplograph.graph.store_view import StoreView
from diplograph.graph.view import view_of
from diplograph.webapp import api as api_module
from diplograph.webapp.desk import DeskAPI
from diplograph.webapp.server import serving_view

HUB = "state:state-00"
FILTERS = [{}, {"confirmed": ["true"]}, {"since": ["2015"]}, {"until": ["2012-06"]}, {"type": ["state,company"]},
           {"family": ["material_cooperation,verbal_conflict"], "since": ["2008"]}, {"predicate": ["BORDERS"]}]


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    graph = random_store(tmp_path_factory.mktemp("indexed") / "g.db")
    # leaves of the hub whose names sort the other way round from their ids ("armed_group:zulu-5"
    # before "person:aaron-1"): equally near and connected, the page lists them by name
    leaves = [Actor.new(f"Zulu {i}", "armed_group", aliases=[f"Front {i}"]) for i in range(1, 6)]
    leaves += [Actor.new(f"Aaron {i}", "person", aliases=[f"Zulu friend {i}", f"Zulu {i}"]) for i in range(1, 6)]
    graph.write(Batch(actors=leaves, claims=[Claim(a.id, "CRITICISM", HUB, "src:4", date="2016") for a in leaves]))
    yield graph
    graph.close()


@pytest.fixture(scope="module")
def apis(graph):
    lazy, whole = DeskAPI(StoreView(graph.backend)), DeskAPI(view_of(graph.backend))
    assert lazy.index is not None and whole.index is None
    return lazy, whole


def both(apis, path: str, query: dict) -> tuple[dict, dict]:
    lazy, whole = apis
    return lazy.handle(path, query), whole.handle(path, query)


def test_stats_and_degrees_come_from_the_index_as_from_the_view(apis):
    lazy, whole = apis
    found, expected = both(apis, "/api/stats", {})
    assert found == expected and found["relations"] > 300 and found["first_date"] and found["last_date"]
    assert lazy.degree == whole.degree
    assert not lazy.view.loaded


@pytest.mark.parametrize("filters", FILTERS)
def test_neighbourhoods_show_what_the_whole_view_shows(apis, filters, monkeypatch):
    monkeypatch.setattr(api_module, "MAX_EDGES", 9)  # so that the cut of the relations bites too
    cut = names_decided = 0
    for centres in ([HUB], ["state:state-01", "company:company-03"], ["person:aaron-2"], ["state:state-17"]):
        for depth in ("1", "2", "3"):
            for limit in ("1", "2", "4", "7", "12", "150"):
                query = {"id": centres, "depth": [depth], "limit": [limit], **filters}
                found, expected = both(apis, "/api/neighbours", query)
                assert found == expected, query
                cut += found["truncated"]
                types = [n["type"] for n in found["nodes"]]
                names_decided += "person" in types and "armed_group" in types
    assert cut and (names_decided or filters)
    assert not apis[0].view.loaded


@pytest.mark.parametrize("filters", FILTERS)
@pytest.mark.parametrize("most", [1, 4, 25, 300])
def test_an_actors_relations_are_listed_as_on_the_view(apis, filters, most, monkeypatch):
    monkeypatch.setattr(api_module, "MAX_RELATIONS", most)  # a page that cuts a hub's relations
    for actor in (HUB, "state:state-02", "company:company-05", "armed_group:zulu-1", "person:aaron-4"):
        found, expected = both(apis, f"/api/actor/{actor}", filters)
        assert found == expected, (actor, filters)
        assert found["actor"]["degree"] > 0 and len(found["relations"]) <= most
    assert not apis[0].view.loaded


def test_search_and_sources_answer_as_on_the_view(apis, graph):
    matched = set()
    for query in ("state", "a", "zulu", "Zulu 2", "front", "Aaron 3", "company 1", "Stat 0", "Compny 07", "qqq"):
        for options in ({"limit": ["50"]}, {"limit": ["3"], "type": ["person,armed_group"]}):
            found, expected = both(apis, "/api/search", {"q": [query], **options})
            assert found == expected, (query, options)
            matched.update(r["matched"] for r in found["results"])
            assert found["results"] or "suggestions" in found
    assert {"Zulu 2", "Front 1", "Zulu friend 1"} <= matched  # names and aliases matched, an alias preferred
    for source in graph.backend.sources():
        found, expected = both(apis, "/api/source", {"id": [source.id]})
        assert found == expected and found["total_claims"] > 0
    assert not apis[0].view.loaded


def test_the_served_view_is_the_store_as_it_was_when_the_app_started(tmp_path):
    graph = DiploGraph.open(store=tmp_path / "g.db")
    graph.ingest_facts([("Iran", "CO_PRODUCTION", "Tajikistan")])
    with serving_view(graph) as view:
        graph.ingest_facts([("Turkey", "ARMS_TRANSFER", "Tajikistan")])  # written after the start
        answers = DeskAPI(view)
        assert answers.handle("/api/stats", {})["relations"] == 1
        assert [r["other"] for r in answers.handle("/api/actor/state:TJK", {})["relations"]] == ["state:IRN"]
        assert not view.loaded and view.index() is not None
        # no read transaction is held open: a checkpoint can reset the write-ahead log meanwhile
        assert graph.backend._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone() == (0, 0, 0)
    assert graph.nx.number_of_edges() == 2  # the store itself has both
    graph.review("note", "Tajikistan", who="analyst", text="checked")
    with serving_view(graph) as view:  # curation records apply to the whole view, read now
        assert not isinstance(view, StoreView) and DeskAPI(view).handle("/api/stats", {})["relations"] == 2
    graph.close()
