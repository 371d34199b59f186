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

from diplograph.graph.model import Actor, Claim, Source, aggregate
from diplograph.graph.ontology import load_ontology


def build_view(actors: Iterable[Actor], claims: Iterable[Claim], sources: Iterable[Source] = ()) -> nx.MultiDiGraph:
    onto = load_ontology()
    graph = nx.MultiDiGraph()
    graph.graph["sources"] = {s.id: s for s in sources}
    for actor in actors:
        graph.add_node(actor.id, name=actor.name, type=actor.type, aliases=list(actor.aliases),
                       external_ids=dict(actor.external_ids))
    for relation in aggregate(claims):
        if relation.subject not in graph or relation.object not in graph:
            continue
        predicate = onto.predicate(relation.predicate)
        graph.add_edge(
            relation.subject, relation.object, key=relation.predicate,
            predicate=relation.predicate, family=predicate.family, symmetric=predicate.symmetric,
            claims=list(relation.claims), n_sources=relation.n_sources,
            first_date=relation.first_date, last_date=relation.last_date, modality=relation.modality,
        )
    return graph


def view_of(backend) -> nx.MultiDiGraph:
    """The whole graph held by ``backend`` as a networkx MultiDiGraph."""
    return build_view(backend.actors(), backend.claims(), backend.sources())
