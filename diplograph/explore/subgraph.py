"""Cutting a part out of the networkx view: around an actor, by predicate, by date.

Each function takes a view (see :mod:`diplograph.graph.view`) and returns a new, smaller
view with the same node and edge attributes, so they compose in any order and the map, the
exports and the queries can all reuse them.

>>> from diplograph.graph.model import Actor, Claim
>>> from diplograph.graph.view import build_view
>>> a, b, c = (Actor.new(n, "state") for n in "ABC")
>>> g = build_view([a, b, c], [Claim(a.id, "BORDERS", b.id, "s1", date="2001"),
...                            Claim(b.id, "CRITICISM", c.id, "s2", date="2022-05")])
>>> sorted(neighbourhood(g, a.id, depth=1))
['state:a', 'state:b']
>>> [key for _, _, key in with_predicates(g, ["criticism"]).edges(keys=True)]
['CRITICISM']
>>> [key for _, _, key in within_dates(g, since="2020").edges(keys=True)]
['CRITICISM']
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

import networkx as nx

from diplograph.graph.dates import PartialDate
from diplograph.graph.ontology import load_ontology


def neighbourhood(view: nx.MultiDiGraph, focus: str, depth: int = 1) -> nx.MultiDiGraph:
    """The actors at most ``depth`` relations away from ``focus`` (an actor id), following
    relations in either direction, with every relation among them.

    >>> from diplograph.graph.model import Actor, Claim
    >>> from diplograph.graph.view import build_view
    >>> a, b, c = (Actor.new(n, "state") for n in "ABC")
    >>> g = build_view([a, b, c], [Claim(b.id, "BORDERS", a.id, "s"), Claim(b.id, "BORDERS", c.id, "s")])
    >>> sorted(neighbourhood(g, "state:a", depth=2))
    ['state:a', 'state:b', 'state:c']
    """
    if focus not in view:
        raise KeyError(f"{focus!r} is not an actor of this graph")
    if depth < 0:
        raise ValueError(f"depth must be 0 or more, not {depth}")
    # Relations point one way, but "who is near Iran" does not care which way.
    lengths = nx.single_source_shortest_path_length(view.to_undirected(as_view=True), focus, cutoff=depth)
    return view.subgraph(lengths).copy()


def with_predicates(view: nx.MultiDiGraph, predicates: Iterable[str]) -> nx.MultiDiGraph:
    """Only the relations whose predicate is one of ``predicates`` (any case); every actor
    stays. Unknown names raise OntologyError, which lists the valid ones.

    >>> with_predicates(nx.MultiDiGraph(), ["FRIENDSHIP"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    diplograph.errors.OntologyError: unknown predicate 'FRIENDSHIP'; the ontology knows: ...
    """
    onto = load_ontology()
    wanted = {onto.predicate(name).name for name in predicates}
    return _keep_edges(view, lambda data: data["predicate"] in wanted)


def within_dates(view: nx.MultiDiGraph, since: str | PartialDate | None = None,
                 until: str | PartialDate | None = None) -> nx.MultiDiGraph:
    """Only the relations with at least one claim whose dates overlap the window from
    ``since`` to ``until`` (each optional, at any precision: "2022" means the whole year).

    A claim runs from the start of its ``date`` to the end of its ``end_date`` (or of its
    ``date`` when it has no end). Claims without a date are kept: a standing fact such as a
    border is true in every window. Every actor stays. Raises ValueError for a date that
    cannot be read, or a window that ends before it starts.

    >>> from diplograph.graph.model import Actor, Claim
    >>> from diplograph.graph.view import build_view
    >>> a, b = Actor.new("A", "state"), Actor.new("B", "state")
    >>> g = build_view([a, b], [Claim(a.id, "CRITICISM", b.id, "s", date="2019", end_date="2021-03")])
    >>> within_dates(g, since="2021-03-31").number_of_edges(), within_dates(g, since="2021-04").number_of_edges()
    (1, 0)
    """
    start = PartialDate.parse(since).start() if since else dt.date.min
    end = PartialDate.parse(until).end() if until else dt.date.max
    if end < start:
        raise ValueError(f"the window ends ({until}) before it starts ({since})")

    def overlaps(claim) -> bool:
        if not claim.date:
            return True
        first = PartialDate.parse(claim.date).start()
        last = PartialDate.parse(claim.end_date or claim.date).end()
        return first <= end and last >= start

    return _keep_edges(view, lambda data: any(overlaps(c) for c in data["claims"]))


def without_isolated(view: nx.MultiDiGraph, keep: Iterable[str] = ()) -> nx.MultiDiGraph:
    """The view without actors that have no relation left, except those in ``keep``.

    >>> g = nx.MultiDiGraph(); g.add_nodes_from(["a", "b", "c"]); g.add_edge("a", "b", key="BORDERS")
    'BORDERS'
    >>> sorted(without_isolated(g)), sorted(without_isolated(g, keep=["c"]))
    (['a', 'b'], ['a', 'b', 'c'])
    """
    kept = set(keep)
    return view.subgraph(n for n in view if view.degree(n) or n in kept).copy()


def _keep_edges(view: nx.MultiDiGraph, wanted) -> nx.MultiDiGraph:
    result = nx.MultiDiGraph()
    result.graph.update(view.graph)
    result.add_nodes_from(view.nodes(data=True))
    result.add_edges_from((u, v, k, d) for u, v, k, d in view.edges(keys=True, data=True) if wanted(d))
    return result


def select(view: nx.MultiDiGraph, *, focus: str | None = None, depth: int = 1,
           predicates: Iterable[str] = (), since: str | None = None, until: str | None = None) -> nx.MultiDiGraph:
    """The part of ``view`` a map or a query asks for: relations filtered by predicate and
    date first, then the neighbourhood of ``focus`` (an actor id) over what is left.

    Depth counts only relations that pass the filters, so ``--predicate ARMS_TRANSFER
    --depth 2`` follows arms transfers. When a filter is given, actors left without any
    relation are dropped (the focus always stays); without filters every actor is shown.

    >>> from diplograph.graph.model import Actor, Claim
    >>> from diplograph.graph.view import build_view
    >>> a, b, c = (Actor.new(n, "state") for n in "ABC")
    >>> g = build_view([a, b, c], [Claim(a.id, "BORDERS", b.id, "s"), Claim(b.id, "CRITICISM", c.id, "s")])
    >>> sorted(select(g, focus=a.id, depth=2, predicates=["CRITICISM"]))
    ['state:a']
    >>> sorted(select(g, focus=b.id, predicates=["CRITICISM"]))
    ['state:b', 'state:c']
    """
    predicates = list(predicates)
    filtered = view
    if predicates:
        filtered = with_predicates(filtered, predicates)
    if since or until:
        filtered = within_dates(filtered, since, until)
    if focus is not None:
        filtered = neighbourhood(filtered, focus, depth)
    if predicates or since or until:
        filtered = without_isolated(filtered, keep=[focus] if focus is not None else [])
    return filtered
