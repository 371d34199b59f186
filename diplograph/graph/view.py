"""The networkx view of a backend: the graph that queries and maps work on.

Nodes are actor ids with ``name``, ``type``, ``aliases`` and ``external_ids``. Edges are
relations, keyed by predicate, with the claims behind them and their aggregates
(``n_sources``, ``first_date``, ``last_date``, ``modality``, ``family``). A symmetric
predicate is one edge, stored in id order, with ``symmetric=True``.

>>> from diplograph.graph.model import Actor, Claim
>>> g = build_view([Actor.new("A", "state"), Actor.new("B", "state")],
...                [Claim("state:a", "BORDERS", "state:b", "s1")])
>>> g.edges["state:a", "state:b", "BORDERS"]["n_sources"]
1
"""

from __future__ import annotations

from typing import Iterable

import networkx as nx

from diplograph.graph.backend import read_snapshot
from diplograph.graph.curation import Curations
from diplograph.graph.model import Actor, Claim, Source
from diplograph.graph.ontology import load_ontology


def build_view(actors: Iterable[Actor], claims: Iterable[Claim], sources: Iterable[Source] = ()) -> nx.MultiDiGraph:
    onto = load_ontology()
    strength = {name: m.strength for name, m in onto.modalities.items()}
    graph = nx.MultiDiGraph()
    graph.graph["sources"] = {s.id: s for s in sources}
    for actor in actors:
        graph.add_node(actor.id, name=actor.name, type=actor.type, aliases=list(actor.aliases),
                       external_ids=dict(actor.external_ids))
    # Grouped here rather than through model.aggregate(): the same relations, claim order and
    # aggregates, without computing every claim's content hash (a large share of the time at 1M).
    groups: dict[tuple[str, str, str], list[Claim]] = {}
    for claim in claims:
        groups.setdefault((claim.subject, claim.predicate, claim.object), []).append(claim)
    for (subject, name, object_), group in sorted(groups.items()):
        if subject not in graph or object_ not in graph:
            continue
        predicate = onto.predicate(name)
        ordered = _in_claim_order(group)
        dated = [c.date for c in ordered if c.date]
        ends = [c.end_date or c.date for c in ordered if c.end_date or c.date]
        graph.add_edge(
            subject, object_, key=name,
            predicate=name, family=predicate.family, symmetric=predicate.symmetric,
            claims=ordered, n_sources=len({c.source_id for c in ordered}),
            first_date=min(dated) if dated else "", last_date=max(ends) if ends else "",
            modality=max((c.modality for c in ordered), key=strength.__getitem__),
        )
    return graph


def _in_claim_order(claims: list[Claim]) -> list[Claim]:
    """The order of model.aggregate(): by date, source, then id (only computed to break ties)."""
    if len(claims) == 1:
        return claims
    ordered = sorted(claims, key=lambda c: (c.date, c.source_id))
    out, start = [], 0
    while start < len(ordered):
        end = start + 1
        key = (ordered[start].date, ordered[start].source_id)
        while end < len(ordered) and (ordered[end].date, ordered[end].source_id) == key:
            end += 1
        run = ordered[start:end]
        out.extend(run if len(run) == 1 else sorted(run, key=lambda c: c.id))
        start = end
    return out


def view_of(backend, curations: Curations | None = None) -> nx.MultiDiGraph:
    """The whole graph held by ``backend`` as a networkx MultiDiGraph, as one committed state and
    as analysts curated it (``curations``: the backend's records, read unless given);
    ``graph["curations"]`` keeps the records applied, for marking curated claims."""
    with read_snapshot(backend):
        if curations is None:
            curations = Curations(backend.curations())
        actors, claims = curations.apply(backend.actors(), backend.claims())
        graph = build_view(actors, claims, backend.sources())
    graph.graph["curations"] = curations
    return graph
