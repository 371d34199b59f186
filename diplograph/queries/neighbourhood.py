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

from collections import deque

import networkx as nx

from diplograph.queries.filters import RelationFilter, check_choice, check_count
from diplograph.queries.lookup import DIRECTIONS, Reader, find_actor
from diplograph.queries.results import Neighbourhood, Reached, Results, Tie

MAX_DEPTH = 6


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
                  all_modalities: bool = False, modalities=None, min_sources: int = 1) -> Neighbourhood:
    """Actors within ``depth`` hops of ``actor`` over the relations that pass the filters.

    ``links`` are the relations walked: every passing relation from an actor closer than
    ``depth`` to another reached actor. ``actor_types`` limits which actors are reached (and
    walked through); the centre is always included.

    >>> from diplograph.queries.example import example_view
    >>> hood = neighbourhood(example_view(), "Kestrel-2", depth=2)
    >>> sorted(r.actor.name for r in hood.actors if r.distance == 1)
    ['Borvia', 'Kestrel Dynamics']
    >>> neighbourhood(example_view(), "Borvia", depth=0)
    Traceback (most recent call last):
    ...
    diplograph.queries.filters.QueryError: depth must be a whole number of at least 1 and at most 6 (got 0)
    """
    check_count(depth, "depth", 1, MAX_DEPTH)
    check_choice(direction, DIRECTIONS, "direction")
    flt = RelationFilter.build(predicates=predicates, families=families, actor_types=actor_types, since=since,
                               until=until, as_of=as_of, all_modalities=all_modalities, modalities=modalities,
                               min_sources=min_sources)
    start = find_actor(view, actor)
    reader = Reader(view, flt)
    distance = {start: 0}
    walked = []
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if distance[node] >= depth:
            continue
        for other, u, v, data, claims in reader.incident(node, direction):
            if other == node:
                continue
            if other not in distance:
                if not reader.node_allowed(other):
                    continue
                distance[other] = distance[node] + 1
                queue.append(other)
            walked.append((u, v, data, claims))
    links, seen = [], set()
    for u, v, data, claims in walked:
        key = (u, v, data["predicate"])
        if key not in seen:
            seen.add(key)
            links.append(reader.link(u, v, data, claims))
    reached = sorted((Reached(reader.ref(n), d) for n, d in distance.items()),
                     key=lambda r: (r.distance, r.actor.name.casefold(), r.actor.id))
    links.sort(key=lambda l: (l.subject.name.casefold(), l.predicate, l.object.name.casefold()))
    return Neighbourhood(reader.ref(start), depth, tuple(reached), tuple(links))
