"""The networkx view of a backend: the graph that queries and maps work on.

Nodes are actor ids with ``name``, ``type``, ``aliases`` and ``external_ids``. Edges are
relations, keyed by predicate, with the claims behind them and their aggregates
(``n_sources``, ``first_date``, ``last_date``, ``modality``, ``family``). A symmetric
predicate is one edge, stored in id order, with ``symmetric=True``. ``n_sources`` counts
*independent* sources: copies of one story (see :mod:`diplograph.graph.trust`) count once.
The graph's ``sources`` are the source records by id, and its ``trust`` the
:class:`~diplograph.graph.trust.Trust` that grades relations (:func:`edge_grade`).

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
from diplograph.graph.trust import Grade, SourceIndex, Trust


def build_view(actors: Iterable[Actor], claims: Iterable[Claim], sources: Iterable[Source] = (),
               publisher_grades: dict[str, str] | None = None) -> nx.MultiDiGraph:
    onto = load_ontology()
    graph = nx.MultiDiGraph()
    records = {s.id: s for s in sources}
    trust = graph.graph["trust"] = Trust(records, publisher_grades)
    group_of = trust.group_of
    graph.graph["sources"] = SourceIndex(records, group_of)
    for actor in actors:
        graph.add_node(actor.id, name=actor.name, type=actor.type, aliases=list(actor.aliases),
                       external_ids=dict(actor.external_ids))
    # Grouped here rather than through model.aggregate(): the same relations, claim order and
    # aggregates, without computing every claim's content hash (a large share of the time at 1M).
    groups: dict[tuple[str, str, str], list[Claim]] = {}
    for claim in claims:
        groups.setdefault((claim.subject, claim.predicate, claim.object), []).append(claim)
    make = relation_maker(onto, group_of)
    for (subject, name, object_), group in sorted(groups.items()):
        if subject not in graph or object_ not in graph:
            continue
        graph.add_edge(subject, object_, key=name, **make(name, group))
    return graph


def relation_maker(onto=None, group_of: dict[str, str] | None = None):
    """A function ``(predicate, claims) -> edge data`` giving a relation's claims (in claim
    order) and aggregates: the attributes of one edge of the view (``group_of``: the groups of
    copies among the sources, see :class:`~diplograph.graph.trust.Trust`)."""
    onto = onto or load_ontology()
    group_of = group_of or {}
    strength = {name: m.strength for name, m in onto.modalities.items()}

    def make(name: str, group: list[Claim]) -> dict:
        predicate = onto.predicate(name)
        ordered = in_claim_order(group)
        dated = [c.date for c in ordered if c.date]
        ends = [c.end_date or c.date for c in ordered if c.end_date or c.date]
        return dict(predicate=name, family=predicate.family, symmetric=predicate.symmetric,
                    claims=ordered, n_sources=len({group_of.get(c.source_id, c.source_id) for c in ordered}),
                    first_date=min(dated) if dated else "", last_date=max(ends) if ends else "",
                    modality=max((c.modality for c in ordered), key=strength.__getitem__))
    return make


def in_claim_order(claims: list[Claim]) -> list[Claim]:
    """The order of model.aggregate(): by date, source, then id (only computed to break ties).
    Any subset of a relation's claims keeps the order it has among them all."""
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
        graph = build_view(actors, claims, backend.sources(), backend.publisher_grades())
    graph.graph["curations"] = curations
    return graph


def edge_grade(view: nx.MultiDiGraph, data: dict) -> Grade:
    """The grade (reliability and credibility, "B2") of the relation an edge holds, from all its
    claims; computed on first use and kept with the edge."""
    grade = data.get("grade")
    if grade is None:
        trust = view.graph.get("trust") or Trust(view.graph.get("sources") or {})
        grade = data["grade"] = trust.grade(data["claims"])
    return grade


def graded_view(view: nx.MultiDiGraph, minimum: Grade | str) -> nx.MultiDiGraph:
    """The view with only the relations graded ``minimum`` or better ("B2": reliability A or B
    and credibility 1 or 2); every actor stays.

    >>> from diplograph.queries.example import example_view
    >>> view = example_view()
    >>> view.number_of_edges(), graded_view(view, "F2").number_of_edges(), graded_view(view, "F1").number_of_edges()
    (22, 19, 2)
    """
    if isinstance(minimum, str):
        minimum = Grade.parse(minimum)
    kept = nx.MultiDiGraph()
    kept.graph.update(view.graph)
    kept.add_nodes_from(view.nodes(data=True))
    kept.add_edges_from((u, v, key, data) for u, v, key, data in view.edges(keys=True, data=True)
                        if edge_grade(view, data).meets(minimum))
    return kept
