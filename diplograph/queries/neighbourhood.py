"""Who is around an actor: its direct ties, and its neighbourhood to a depth.

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> [t.actor.name for t in ties(view, "Caldor", predicates=["ARMS_TRANSFER"], direction="in")]
['Borvia', 'Kestrel Dynamics']
>>> hood = neighbourhood(view, "Red Hand", depth=2, families=["verbal_conflict", "material_conflict"])
>>> [(r.actor.name, r.distance) for r in hood.actors]
[('Red Hand', 0), ('Caldor', 1), ('Dastan', 2)]
"""

from __future__ import annotations

import dataclasses
from collections import deque

import networkx as nx

from diplograph.queries.filters import RelationFilter, check_choice, check_count
from diplograph.queries.lookup import DIRECTIONS, Reader, find_actor, graph_index
from diplograph.queries.results import Neighbourhood, Reached, Results, Tie

MAX_DEPTH = 6
LINKS_PER_ACTOR = 3  # a neighbourhood limited to N actors lists at most 3N relations


def ties(view: nx.MultiDiGraph, actor: str, *, direction: str = "both", predicates=None, families=None,
         actor_types=None, since=None, until=None, as_of=None, all_modalities: bool = False,
         modalities=None, min_sources: int = 1) -> list[Tie]:
    """Actors directly tied to ``actor``, each with the relations that tie them.

    ``direction`` is ``out`` (``actor`` is the subject), ``in`` (it is the object) or ``both``;
    symmetric relations count either way. ``actor_types`` filters the actors returned.
    Sorted by number of distinct sources, then name.

    >>> from diplograph.queries.example import example_view
    >>> [(t.actor.name, t.predicates) for t in ties(example_view(), "Borvia", direction="out",
    ...                                               predicates=["ARMS_TRANSFER", "CO_PRODUCTION"])]
    [('Caldor', ['ARMS_TRANSFER']), ('Eskar', ['CO_PRODUCTION'])]
    """
    check_choice(direction, DIRECTIONS, "direction")
    flt = RelationFilter.build(predicates=predicates, families=families, actor_types=actor_types, since=since,
                               until=until, as_of=as_of, all_modalities=all_modalities, modalities=modalities,
                               min_sources=min_sources)
    node = find_actor(view, actor)
    return ties_of(Reader(view, flt), node, direction)


def ties_of(reader: Reader, node: str, direction: str = "both") -> list[Tie]:
    """:func:`ties` for an already compiled filter and a known node."""
    grouped: dict[str, list] = {}
    for other, u, v, data, claims in reader.incident(node, direction):
        if other == node or not reader.node_allowed(other):
            continue
        grouped.setdefault(other, []).append(reader.link(u, v, data, claims))
    found = [Tie(reader.ref(other), tuple(sorted(links, key=lambda l: (l.predicate, l.subject.id))))
             for other, links in grouped.items()]
    return Results(sorted(found, key=lambda t: (-t.n_sources, t.actor.name.casefold(), t.actor.id)))


def common_ties(view: nx.MultiDiGraph, first: str, second: str, *, predicates=None, families=None,
                actor_types=None, since=None, until=None, as_of=None, all_modalities: bool = False,
                modalities=None, min_sources: int = 1) -> list[Tie]:
    """Actors tied to both ``first`` and ``second`` (in either direction): go-betweens, shared
    suppliers, common enemies. Each tie holds the relations to both, sorted by sources, then name.

    >>> from diplograph.queries.example import example_view
    >>> [(t.actor.name, t.predicates) for t in common_ties(example_view(), "Caldor", "Dastan")]
    [('Borvia', ['ARMS_TRANSFER', 'CONSULTATION', 'CRITICISM'])]
    >>> [t.actor.name for t in common_ties(example_view(), "Caldor", "Dastan", predicates=["ARMS_TRANSFER"],
    ...                                     all_modalities=True)]
    ['Aland']
    """
    flt = RelationFilter.build(predicates=predicates, families=families, actor_types=actor_types, since=since,
                               until=until, as_of=as_of, all_modalities=all_modalities, modalities=modalities,
                               min_sources=min_sources)
    reader = Reader(view, flt)
    ends = [find_actor(view, first), find_actor(view, second)]
    first_ties, second_ties = ({t.actor.id: t for t in ties_of(reader, end)} for end in ends)
    found = [Tie(tie.actor, tie.links + second_ties[other].links) for other, tie in first_ties.items()
             if other in second_ties and other not in ends]
    return Results(sorted(found, key=lambda t: (-t.n_sources, t.actor.name.casefold(), t.actor.id)))


def neighbourhood(view: nx.MultiDiGraph, actor: str, depth: int = 1, *, direction: str = "both",
                  predicates=None, families=None, actor_types=None, since=None, until=None, as_of=None,
                  all_modalities: bool = False, modalities=None, min_sources: int = 1,
                  limit: int | None = None) -> Neighbourhood:
    """Actors within ``depth`` hops of ``actor`` over the relations that pass the filters.

    ``links`` are the relations walked: every passing relation from an actor closer than
    ``depth`` to another reached actor. ``actor_types`` limits which actors are reached (and
    walked through); the centre is always included. ``limit`` keeps, of the actors reached, the
    ``limit`` nearest the centre (the most connected first among equally near ones) and at most
    ``LINKS_PER_ACTOR`` times ``limit`` of the relations between those: first, for each actor
    kept, the best-sourced relation that reached it, then the others by number of sources.
    ``left_out`` and ``links_left_out`` count the actors and relations not kept (a hub's
    neighbourhood is summed up, not listed whole).

    >>> from diplograph.queries.example import example_view
    >>> hood = neighbourhood(example_view(), "Kestrel-2", depth=2)
    >>> sorted(r.actor.name for r in hood.actors if r.distance == 1)
    ['Borvia', 'Kestrel Dynamics']
    >>> small = neighbourhood(example_view(), "Kestrel-2", depth=2, limit=3)
    >>> [r.actor.name for r in small.actors], small.left_out
    (['Kestrel-2', 'Borvia', 'Kestrel Dynamics', 'Caldor'], 5)
    >>> neighbourhood(example_view(), "Borvia", depth=0)
    Traceback (most recent call last):
    ...
    diplograph.queries.filters.QueryError: depth must be a whole number of at least 1 and at most 6 (got 0)
    """
    check_count(depth, "depth", 1, MAX_DEPTH)
    check_choice(direction, DIRECTIONS, "direction")
    if limit is not None:
        check_count(limit, "limit", 1)
    flt = RelationFilter.build(predicates=predicates, families=families, actor_types=actor_types, since=since,
                               until=until, as_of=as_of, all_modalities=all_modalities, modalities=modalities,
                               min_sources=min_sources)
    start = find_actor(view, actor)
    reader = Reader(view, flt)
    index = graph_index(view)
    if index is not None:
        distance, walked, left_out, links_left_out = _walk_index(index, flt, start, depth, direction, limit)
        if hasattr(view, "read_actors"):  # one read for all the actors and relations about to be named
            view.read_actors(distance)
            view.read_relations((u, predicate, v) for u, v, predicate, _ in walked)
    else:
        distance, walked = _walk_view(reader, flt, start, depth, direction)
        left_out = links_left_out = 0
        if limit is not None and len(distance) - 1 > limit:
            nearest = sorted((n for n in distance if n != start), key=lambda n: (distance[n], -view.degree(n), n))
            left_out = len(distance) - 1 - limit
            distance = {n: distance[n] for n in (start, *nearest[:limit])}
            walked = [w for w in walked if w[0] in distance and w[1] in distance]
        if limit is not None:
            walked, links_left_out = _strongest_links(walked, distance, limit * LINKS_PER_ACTOR)
    links, seen = [], set()
    for u, v, predicate, data in walked:
        if (u, v, predicate) not in seen:
            seen.add((u, v, predicate))
            if data is None:
                data = view.relation(u, v, predicate) if hasattr(view, "relation") else view._succ[u][v][predicate]
            links.append(reader.link(u, v, data, reader.flt.claims(data, reader.sources)))
    reached = sorted((Reached(reader.ref(n), d) for n, d in distance.items()),
                     key=lambda r: (r.distance, r.actor.name.casefold(), r.actor.id))
    links.sort(key=lambda l: (l.subject.name.casefold(), l.predicate, l.object.name.casefold()))
    return Neighbourhood(reader.ref(start), depth, tuple(reached), tuple(links), left_out, links_left_out)


def _strongest_links(walked, distance: dict, most: int):
    """Of the relations walked (subject, object, predicate, edge data), at most ``most``: for
    each actor, the best-sourced relation from an actor one hop nearer the centre, then the
    others by number of sources (ties by subject, predicate, object); and how many were left out."""
    relations = {}
    for u, v, predicate, data in walked:
        relations.setdefault((u, predicate, v), data)
    if len(relations) <= most:
        return walked, 0
    ranked = sorted(relations, key=lambda k: (-relations[k]["n_sources"], k))
    kept, reached_by = set(), set()
    for u, predicate, v in ranked:
        if abs(distance[u] - distance[v]) == 1:
            farther = u if distance[u] > distance[v] else v
            if farther not in reached_by:
                reached_by.add(farther)
                kept.add((u, predicate, v))
    for key in ranked:
        if len(kept) >= most:
            break
        kept.add(key)
    return ([(u, v, predicate, relations[u, predicate, v]) for u, predicate, v in kept],
            len(relations) - len(kept))


def _walk_view(reader: Reader, flt, start: str, depth: int, direction: str):
    """Breadth-first over the view: each actor reached and its distance, and the relations
    walked as (subject, object, predicate, edge data)."""
    distance = {start: 0}
    walked = []
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if distance[node] >= depth:
            continue
        for other, u, v, data, _claims in reader.incident(node, direction):
            if other == node:
                continue
            if other not in distance:
                if not reader.node_allowed(other):
                    continue
                distance[other] = distance[node] + 1
                queue.append(other)
            walked.append((u, v, data["predicate"], data))
    return distance, walked


def _walk_index(index, flt, start: str, depth: int, direction: str, limit: int | None):
    """:func:`_walk_view` over the whole-graph index, a level at a time: the same actors and
    distances, the same relations (their edge data read later), and with ``limit`` the nearest,
    most connected actors and the relations :func:`_strongest_links` keeps (chosen among the
    arrays, before anything is named)."""
    import numpy as np  # imported here, not at the top: a CLI question that walks no index starts without it
    first = index.position[start]
    distance, walked = index.reach(flt, first, depth, direction)
    found = np.flatnonzero(distance >= 0)
    relations = np.flatnonzero(walked)
    left_out = links_left_out = 0
    if limit is not None and len(found) - 1 > limit:
        others = found[found != first]
        order = np.lexsort((others, -index.degrees()[others], distance[others]))  # nearest, most connected
        kept = np.concatenate([[first], others[order[:limit]]])
        left_out = len(others) - limit
        keep = np.zeros(index.n_nodes, dtype=bool)
        keep[kept] = True
        found = np.sort(kept)
        relations = relations[keep[index.rel_u[relations]] & keep[index.rel_v[relations]]]
    if limit is not None and len(relations) > limit * LINKS_PER_ACTOR:
        chosen = _strongest_relations(index, relations, distance, limit * LINKS_PER_ACTOR)
        links_left_out = len(relations) - len(chosen)
        relations = chosen
    nodes = index.nodes
    reached = {nodes[i]: int(distance[i]) for i in found.tolist()}
    triples = zip(index.rel_u[relations].tolist(), index.rel_v[relations].tolist(), index.rel_pred[relations].tolist())
    return (reached, [(nodes[u], nodes[v], index.predicates[p], None) for u, v, p in triples], left_out,
            links_left_out)


def _strongest_relations(index, relations: np.ndarray, distance: np.ndarray, most: int) -> np.ndarray:
    """:func:`_strongest_links` among the index's arrays (actor positions follow id order and
    predicate codes name order, so sorting the numbers sorts the names)."""
    import numpy as np
    u, v, predicate = index.rel_u[relations], index.rel_v[relations], index.rel_pred[relations]
    ranked = np.lexsort((v, predicate, u, -index.n_sources(relations)))
    du, dv = distance[u], distance[v]
    outward = ranked[np.abs(du - dv)[ranked] == 1]
    farther = np.where(du > dv, u, v)[outward]
    _, first = np.unique(farther, return_index=True)
    chosen = np.zeros(len(relations), dtype=bool)
    chosen[outward[first]] = True
    rest = ranked[~chosen[ranked]][:max(0, most - int(chosen.sum()))]
    chosen[rest] = True
    return relations[chosen]


def merge_ties(*groups) -> Results:
    """Ties from several queries, one per actor, its links together."""
    merged: dict = {}
    for group in groups:
        for tie in group:
            known = merged.get(tie.actor.id)
            merged[tie.actor.id] = tie if known is None else dataclasses.replace(
                known, links=known.links + tuple(l for l in tie.links if l not in known.links))
    return Results(sorted(merged.values(), key=lambda t: (-t.n_sources, t.actor.name.casefold())))
