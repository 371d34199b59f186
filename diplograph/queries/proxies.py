"""Proxy patterns: rival suppliers arming the two sides of a conflict.

A match is four actors: supplier A arms X, supplier B arms Y, X and Y fight or are in dispute,
and A and B are rivals. The predicates of each role are options (checked against the
ontology); by default arms transfers, armed clashes or disputes, and rivalry.

>>> from diplograph.queries.example import example_view
>>> [[a.name for a in m.actors] for m in proxy_patterns(example_view())]
[['Aland', 'Dastan', 'Borvia', 'Caldor']]
"""

from __future__ import annotations

import networkx as nx

from diplograph.errors import OntologyError
from diplograph.graph.ontology import load_ontology
from diplograph.queries.filters import QueryError, RelationFilter
from diplograph.queries.lookup import Reader, find_actor, graph_index
from diplograph.queries.results import ProxyMatch, Results

SUPPLY = ("ARMS_TRANSFER",)
CONFLICT = ("ARMED_CLASH", "DISPUTE")
RIVALRY = ("RIVALRY",)


def proxy_patterns(view: nx.MultiDiGraph, *, actor: str | None = None, supply=SUPPLY, conflict=CONFLICT,
                   rivalry=RIVALRY, since=None, until=None, as_of=None, all_modalities: bool = False,
                   modalities=None, min_sources: int = 1) -> list[ProxyMatch]:
    """Every (A, X, B, Y) match, each once (A/X and B/Y are not swapped), with the four relations.

    ``actor`` keeps only the matches that involve that actor in any role.

    >>> from diplograph.queries.example import example_view
    >>> [sorted(l.predicate for l in m.links) for m in proxy_patterns(example_view(), actor="Caldor")]
    [['ARMED_CLASH', 'ARMS_TRANSFER', 'ARMS_TRANSFER', 'RIVALRY']]
    >>> proxy_patterns(example_view(), until="2020")
    []
    """
    roles = {name: _predicates(value, name) for name, value in
             (("supply", supply), ("conflict", conflict), ("rivalry", rivalry))}
    options = dict(since=since, until=until, as_of=as_of, all_modalities=all_modalities,
                   modalities=modalities, min_sources=min_sources)
    readers = {name: Reader(view, RelationFilter.build(predicates=preds, **options)) for name, preds in roles.items()}
    focus = find_actor(view, actor) if actor is not None else None
    walk = _IndexWalk(index, readers) if (index := graph_index(view)) is not None else _ViewWalk(view, readers)
    conflict_reader = readers["conflict"]
    matches, seen = [], set()
    for x, y in sorted(walk.conflicts()):
        for a in walk.suppliers_of(x):
            for b in walk.suppliers_of(y):
                if len({a, b, x, y}) < 4 or not walk.rivals(a, b):
                    continue
                key = frozenset({(a, x), (b, y)})
                if key in seen:
                    continue
                seen.add(key)
                if focus is not None and focus not in (a, b, x, y):
                    continue
                ref = readers["supply"].ref
                first, second = (a, x), (b, y)
                if (ref(b).name.casefold(), ref(y).name.casefold()) < (ref(a).name.casefold(), ref(x).name.casefold()):
                    first, second = second, first  # one orientation per match: the supplier first in name order leads
                (sa, cx), (sb, cy) = first, second
                links = (*readers["supply"].links_between(sa, cx), *readers["supply"].links_between(sb, cy),
                         *conflict_reader.links_between(cx, cy), *readers["rivalry"].links_between(sa, sb))
                matches.append(ProxyMatch(ref(sa), ref(cx), ref(sb), ref(cy), tuple(links)))
    return Results(sorted(matches, key=lambda m: tuple(r.name.casefold() for r in m.actors)))


class _ViewWalk:
    """The three roles read off the view: conflict pairs, suppliers of an actor, rivalry."""

    def __init__(self, view, readers: dict[str, Reader]):
        self.view, self.readers = view, readers
        self._suppliers: dict[str, list[str]] = {}

    def conflicts(self) -> set[tuple[str, str]]:
        reader, pairs = self.readers["conflict"], set()
        for x, y, data in self.view.edges(data=True):
            if x != y and data["predicate"] in reader.flt.predicates and reader.flt.claims(data, reader.sources):
                pairs.add(tuple(sorted((x, y))))
        return pairs

    def suppliers_of(self, node: str) -> list[str]:
        if node not in self._suppliers:
            self._suppliers[node] = [other for other, u, _, _, _ in self.readers["supply"].incident(node, "in")
                                     if u == other]
        return self._suppliers[node]

    def rivals(self, a: str, b: str) -> bool:
        return self.readers["rivalry"].has_link(a, b)


class _IndexWalk(_ViewWalk):
    """:class:`_ViewWalk` read off the whole-graph index (only the matches read the store)."""

    def __init__(self, index, readers: dict[str, Reader]):
        self.index, self.readers = index, readers
        self.passing = {role: index.passing(reader.flt) for role, reader in readers.items()}
        self._suppliers = {}
        self._rivals: dict[int, set[int]] = {}

    def conflicts(self) -> set[tuple[str, str]]:
        import numpy as np  # imported here, not at the top: a CLI question that walks no index starts without it
        relations = np.flatnonzero(self.passing["conflict"])
        nodes, u, v = self.index.nodes, self.index.rel_u[relations].tolist(), self.index.rel_v[relations].tolist()
        return {(nodes[a], nodes[b]) if nodes[a] < nodes[b] else (nodes[b], nodes[a]) for a, b in zip(u, v)}

    def suppliers_of(self, node: str) -> list[str]:
        if node not in self._suppliers:
            found = self.index.subjects_of(self.index.position[node], self.passing["supply"]).tolist()
            self._suppliers[node] = [self.index.nodes[i] for i in found]
        return self._suppliers[node]

    def rivals(self, a: str, b: str) -> bool:
        first, second = self.index.position[a], self.index.position[b]
        if first not in self._rivals:
            self._rivals[first] = set(self.index.neighbours(first, self.passing["rivalry"]).tolist())
        return second in self._rivals[first]


def _predicates(value, role: str) -> tuple[str, ...]:
    names = [value] if isinstance(value, str) else list(value or ())
    if not names:
        raise QueryError(f"{role}: name at least one predicate")
    try:
        return tuple(load_ontology().predicate(n).name for n in names)
    except OntologyError as error:
        raise QueryError(f"{role}: {error}") from None
