"""Neighbourhoods to a depth and paths between actors, on graphs built by construction."""

import random

import networkx as nx
import pytest

from diplograph.errors import ActorNotFound
from diplograph.queries import QueryError, k_shortest_paths, neighbourhood, shortest_path, ties


@pytest.fixture
def chain(world):
    """A - B - C - D in a line (mixed directions and families), plus a person E on C and a rival F of A."""
    for name in "ABCD":
        world.actor(f"State {name}")
    world.actor("Person E", "person")
    world.actor("State F")
    world.say("State A", "ARMS_TRANSFER", "State B", date="2020")
    world.say("State C", "SUPPORT", "State B", date="2021")
    world.say("State C", "ARMED_CLASH", "State D", date="2022")
    world.say("Person E", "AFFILIATED_WITH", "State C")
    world.say("State F", "RIVALRY", "State A", modality="unconfirmed")
    return world.graph()


class TestNeighbourhood:
    def test_depth_counts_hops_in_either_direction(self, chain):
        hood = neighbourhood(chain.nx, "State B", depth=2)
        assert {(r.actor.name, r.distance) for r in hood.actors} == {
            ("State B", 0), ("State A", 1), ("State C", 1), ("State D", 2), ("Person E", 2)}

    def test_links_are_the_relations_walked(self, chain):
        hood = neighbourhood(chain.nx, "State B", depth=1)
        assert sorted((l.subject.name, l.predicate, l.object.name) for l in hood.links) == [
            ("State A", "ARMS_TRANSFER", "State B"), ("State C", "SUPPORT", "State B")]

    def test_direction_follows_subject_or_object(self, chain):
        out = neighbourhood(chain.nx, "State C", depth=1, direction="out")
        assert {r.actor.name for r in out.actors} == {"State C", "State B", "State D"}  # D by a symmetric clash
        into = neighbourhood(chain.nx, "State C", depth=1, direction="in")
        assert {r.actor.name for r in into.actors} == {"State C", "Person E", "State D"}

    def test_a_symmetric_relation_counts_from_either_end_whatever_its_stored_order(self, chain):
        assert [t.actor.name for t in ties(chain.nx, "State D", direction="out")] == ["State C"]
        assert [t.actor.name for t in ties(chain.nx, "State D", direction="in")] == ["State C"]

    def test_actor_types_limit_what_is_reached_and_walked_through(self, chain):
        hood = neighbourhood(chain.nx, "State D", depth=3, actor_types=["state"])
        assert "Person E" not in {r.actor.name for r in hood.actors}
        assert {r.actor.name for r in hood.actors} == {"State D", "State C", "State B", "State A"}

    def test_families_and_modality_filter_the_walk(self, chain):
        hood = neighbourhood(chain.nx, "State A", depth=3, families=["material_cooperation", "verbal_cooperation"])
        assert {r.actor.name for r in hood.actors} == {"State A", "State B", "State C"}
        assert "State F" not in {r.actor.name for r in neighbourhood(chain.nx, "State A").actors}
        assert "State F" in {r.actor.name for r in neighbourhood(chain.nx, "State A", all_modalities=True).actors}

    def test_names_resolve_through_aliases_and_unknown_names_suggest(self, chain):
        with pytest.raises(ActorNotFound, match="State B"):
            neighbourhood(chain.nx, "Stat B")


class TestPaths:
    def test_the_shortest_path_is_explained_hop_by_hop(self, chain):
        path = shortest_path(chain.nx, "State A", "State D")
        assert [a.name for a in path.actors] == ["State A", "State B", "State C", "State D"]
        assert [[l.predicate for l in hop] for hop in path.hops] == [["ARMS_TRANSFER"], ["SUPPORT"], ["ARMED_CLASH"]]
        assert path.hops[2][0].evidence[0].sentence == "State C ARMED_CLASH State D"

    def test_filters_can_cut_every_path(self, chain):
        assert shortest_path(chain.nx, "State A", "State D", families=["material_cooperation"]) is None
        assert shortest_path(chain.nx, "State A", "State D", until="2021") is None
        assert shortest_path(chain.nx, "State F", "State B") is None  # only an unconfirmed rivalry
        assert shortest_path(chain.nx, "State F", "State B", all_modalities=True).length == 2

    def test_the_two_ends_must_differ(self, chain):
        with pytest.raises(QueryError, match="both ends"):
            shortest_path(chain.nx, "State A", "state:state-a")

    def test_intermediate_actors_obey_actor_types_but_the_ends_do_not(self, world):
        for name in ("A", "B", "C"):
            world.actor(name)
        world.actor("Go-between", "person")
        world.actor("Target", "person")
        world.say("A", "CONSULTATION", "Go-between")
        world.say("Go-between", "CONSULTATION", "Target")
        world.say("A", "AGREEMENT", "B")
        world.say("B", "AGREEMENT", "C")
        world.say("C", "CONSULTATION", "Target")
        view = world.graph().nx
        assert [a.name for a in shortest_path(view, "A", "Target").actors] == ["A", "Go-between", "Target"]
        assert [a.name for a in shortest_path(view, "A", "Target", actor_types=["state"]).actors] == \
            ["A", "B", "C", "Target"]

    def test_k_shortest_paths_are_simple_distinct_and_shortest_first(self, example):
        found = k_shortest_paths(example, "Aland", "Eskar", k=6)
        nodes = [tuple(a.id for a in p.actors) for p in found]
        assert len(set(nodes)) == len(nodes)
        assert all(len(set(n)) == len(n) for n in nodes)
        assert [p.length for p in found] == sorted(p.length for p in found)
        assert found[0].length == 2

    def test_k_is_checked(self, example):
        with pytest.raises(QueryError, match="k must be"):
            k_shortest_paths(example, "Aland", "Eskar", k=0)


def test_path_lengths_agree_with_networkx_on_a_random_graph(world):
    """Bidirectional search and Yen's algorithm against networkx on the same undirected graph."""
    rng = random.Random(7)
    names = [f"S{i}" for i in range(60)]
    for name in names:
        world.actor(name)
    reference = nx.Graph()
    reference.add_nodes_from(names)
    for _ in range(110):
        a, b = rng.sample(names, 2)
        world.say(a, rng.choice(["AGREEMENT", "ARMS_TRANSFER", "CRITICISM"]), b)
        reference.add_edge(a, b)
    view = world.graph().nx
    for _ in range(25):
        a, b = rng.sample(names, 2)
        ours = k_shortest_paths(view, a, b, k=4)
        if not nx.has_path(reference, a, b):
            assert ours == []
            continue
        theirs = [len(p) - 1 for _, p in zip(range(4), nx.shortest_simple_paths(reference, a, b))]
        assert [p.length for p in ours] == theirs
