"""The sources in the graph: who said what, with how much.

>>> from diplograph.queries.example import example_view
>>> [(s.source.label, s.claims, s.relations) for s in catalogue(example_view())]
[('Borvian drones abroad (Example Review)', 13, 13), ('Clashes on the Caldor–Dastan border (Example Wire)', 8, 8), ('Arms market digest (Example Digest)', 4, 4)]
"""

from __future__ import annotations

import networkx as nx

from diplograph.queries.filters import RelationFilter
from diplograph.queries.lookup import Reader
from diplograph.queries.results import Results, SourceSummary


def catalogue(view: nx.MultiDiGraph, *, kind: str | None = None) -> list[SourceSummary]:
    """Every source (or those of one ``kind``: article, curated, dataset), with the number of
    claims and relations it gives, its reliability, and the source it is a copy of (the same
    story published elsewhere: they count as one), oldest publication first (undated ones last)."""
    reader = Reader(view, RelationFilter.build(all_modalities=True))
    claims: dict[str, int] = {}
    relations: dict[str, set] = {}
    for u, v, key, data in view.edges(keys=True, data=True):
        for claim in data["claims"]:
            claims[claim.source_id] = claims.get(claim.source_id, 0) + 1
            relations.setdefault(claim.source_id, set()).add((u, key, v))
    found = []
    for source_id, source in reader.sources.items():
        if kind is not None and source.kind != kind:
            continue
        ref = reader.source(source_id)
        copy_of = reader.source(ref.group).label if ref.group and ref.group != source_id else ""
        found.append(SourceSummary(ref, source.kind, claims.get(source_id, 0), len(relations.get(source_id, ())),
                                   copy_of))
    found.sort(key=lambda s: (s.source.published == "", s.source.published, s.source.label.casefold()))
    return Results(found)
