"""How two actors are connected: the shortest chain of relations, and the k shortest.

Paths run over the undirected relation graph (a relation links its two actors whatever its
direction) and take the same filters as every query; each hop is explained by the relations
between its two ends, with their evidence.

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> path = shortest_path(view, "Red Hand", "Eskar", families=["material_cooperation", "verbal_conflict"])
>>> [a.name for a in path.actors]
['Red Hand', 'Caldor', 'Borvia', 'Eskar']
>>> [link.reads() for link in path.hops[0]]
['Red Hand threatens Caldor']
>>> [[a.name for a in p.actors] for p in k_shortest_paths(view, "Aland", "Dastan", k=2)]
[['Aland', 'Dastan'], ['Aland', 'Borvia', 'Dastan']]
"""

from __future__ import annotations

import heapq

import networkx as nx

from diplograph.queries.filters import QueryError, RelationFilter, check_count
from diplograph.queries.lookup import Reader, find_actor, graph_index
from diplograph.queries.results import Path, Results

MAX_K = 50


def shortest_path(view: nx.MultiDiGraph, source: str, target: str, *, predicates=None, families=None,
                  actor_types=None, since=None, until=None, as_of=None, all_modalities: bool = False,
                  modalities=None, min_sources: int = 1) -> Path | None:
    """The shortest chain of relations from ``source`` to ``target``, or None if there is none.

    ``actor_types`` limits the actors a path may pass through (its two ends excepted).

    >>> from diplograph.queries.example import example_view
    >>> shortest_path(example_view(), "Fenmark", "Northern Pact") is None   # via its 2023 sale to Dastan
    False
    >>> shortest_path(example_view(), "Fenmark", "Northern Pact", until="2021") is None
    True
    """
    paths = k_shortest_paths(view, source, target, k=1, predicates=predicates, families=families,
                             actor_types=actor_types, since=since, until=until, as_of=as_of,
                             all_modalities=all_modalities, modalities=modalities, min_sources=min_sources)
    return paths[0] if paths else None


def k_shortest_paths(view: nx.MultiDiGraph, source: str, target: str, k: int = 3, *, predicates=None,
                     families=None, actor_types=None, since=None, until=None, as_of=None,
                     all_modalities: bool = False, modalities=None, min_sources: int = 1) -> list[Path]:
    """Up to ``k`` shortest simple paths, shortest first (Yen's algorithm over breadth-first search).

    >>> from diplograph.queries.example import example_view
    >>> [p.length for p in k_shortest_paths(example_view(), "Red Hand", "Kestrel-2", k=4)]
    [3, 3, 4, 4]
    """
    check_count(k, "k", 1, MAX_K)
    flt = RelationFilter.build(predicates=predicates, families=families, actor_types=actor_types, since=since,
                               until=until, as_of=as_of, all_modalities=all_modalities, modalities=modalities,
                               min_sources=min_sources)
    start, goal = find_actor(view, source), find_actor(view, target)
    if start == goal:
        raise QueryError(f"{view.nodes[start].get('name', start)!r} is both ends of the path: name two different actors")
    reader = Reader(view, flt)
    index = graph_index(view)
    graph = _IndexAdjacency(index, flt, {start, goal}) if index is not None else _Adjacency(reader, {start, goal})
    found = _yen(graph, start, goal, k)
    return Results(Path(tuple(reader.ref(n) for n in nodes),
                        tuple(tuple(reader.links_between(a, b)) for a, b in zip(nodes, nodes[1:])))
                   for nodes in found)


class _Adjacency:
    """Undirected neighbours over passing relations, worked out once per node per query."""

    def __init__(self, reader: Reader, ends: set[str]):
        self.reader, self.ends = reader, ends
        self._cache: dict[str, list[str]] = {}

    def neighbours(self, node: str) -> list[str]:
        found = self._cache.get(node)
        if found is not None:
            return found
        reader = self.reader
        view, flt, sources = reader.view, reader.flt, reader.sources
        found, seen = [], {node}
        for adjacency in (view._succ[node], view._pred[node]):
            for other, edges in adjacency.items():
                if other in seen:
                    continue
                if other not in self.ends and not reader.node_allowed(other):
                    continue
                for data in edges.values():
                    if flt.claims(data, sources):
                        seen.add(other)
                        found.append(other)
                        break
        self._cache[node] = found
        return found


class _IndexAdjacency:
    """:class:`_Adjacency` read off the whole-graph index: the same neighbours in the same order."""

    def __init__(self, index, flt: RelationFilter, ends: set[str]):
        self.index = index
        self.passing = index.passing(flt)
        self.allowed = index.type_allowed(flt)
        for end in ends:
            self.allowed[index.position[end]] = True
        self._cache: dict[str, list[str]] = {}

    def neighbours(self, node: str) -> list[str]:
        found = self._cache.get(node)
        if found is None:
            index = self.index
            others = index.neighbours(index.position[node], self.passing)
            nodes = index.nodes
            found = self._cache[node] = [nodes[i] for i in others[self.allowed[others]].tolist()]
        return found


def _bfs(graph: _Adjacency, start: str, goal: str, banned_nodes=frozenset(), banned_edges=frozenset()):
    """Bidirectional breadth-first search; the node list of one shortest path, or None."""
    if start in banned_nodes or goal in banned_nodes:
        return None
    if start == goal:
        return [start]
    before, after = {start: None}, {goal: None}  # parent towards start / towards goal
    depth_f, depth_b = {start: 0}, {goal: 0}
    frontier_f, frontier_b = [start], [goal]
    while frontier_f and frontier_b:
        forward = len(frontier_f) <= len(frontier_b)
        frontier, parents, depth, other_depth = ((frontier_f, before, depth_f, depth_b) if forward
                                                 else (frontier_b, after, depth_b, depth_f))
        best, meet, nxt = None, None, []
        for node in frontier:
            for other in graph.neighbours(node):
                if other in banned_nodes or (node, other) in banned_edges or (other, node) in banned_edges:
                    continue
                if other in other_depth:
                    total = depth[node] + 1 + other_depth[other]
                    if best is None or total < best:
                        best, meet = total, (node, other)
                if other not in parents:
                    parents[other] = node
                    depth[other] = depth[node] + 1
                    nxt.append(other)
        if meet is not None:
            near, far = meet
            side = [near]
            while parents[side[-1]] is not None:
                side.append(parents[side[-1]])
            other_parents = after if forward else before
            rest = [far]
            while other_parents[rest[-1]] is not None:
                rest.append(other_parents[rest[-1]])
            path = side[::-1] + rest  # from this side's end to the other's
            return path if forward else path[::-1]
        if forward:
            frontier_f = nxt
        else:
            frontier_b = nxt
    return None


def _yen(graph: _Adjacency, start: str, goal: str, k: int) -> list[list[str]]:
    first = _bfs(graph, start, goal)
    if first is None:
        return []
    accepted = [first]
    candidates: list[tuple[int, list[str]]] = []
    queued = {tuple(first)}
    while len(accepted) < k:
        previous = accepted[-1]
        for i in range(len(previous) - 1):
            spur, root = previous[i], previous[: i + 1]
            banned_edges = {(p[i], p[i + 1]) for p in accepted if p[: i + 1] == root and len(p) > i + 1}
            spur_path = _bfs(graph, spur, goal, frozenset(root[:-1]), banned_edges)
            if spur_path is None:
                continue
            candidate = root[:-1] + spur_path
            if tuple(candidate) not in queued:
                queued.add(tuple(candidate))
                heapq.heappush(candidates, (len(candidate), candidate))
        if not candidates:
            break
        accepted.append(heapq.heappop(candidates)[1])
    return accepted
