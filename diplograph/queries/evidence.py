"""The sources behind a relation (where they disagree: :mod:`diplograph.queries.contradictions`).

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> [(e.source.publisher, e.modality) for e in evidence(view, "Borvia", "ARMS_TRANSFER", "Caldor")]
[('Example Review', 'asserted'), ('Example Wire', 'reported')]
"""

from __future__ import annotations

import networkx as nx

from diplograph.errors import OntologyError
from diplograph.graph.ontology import load_ontology
from diplograph.queries.filters import QueryError, RelationFilter
from diplograph.queries.lookup import Reader, find_actor
from diplograph.queries.results import Evidence, Results


def evidence(view: nx.MultiDiGraph, subject: str, predicate: str | None, object: str, *, since=None,
             until=None, as_of=None, all_modalities: bool = True, modalities=None) -> list[Evidence]:
    """Every claim that ``subject`` ``predicate`` ``object`` (any predicate when None), oldest first.

    All modalities count by default (denials and unconfirmed reports are evidence too). A
    directed predicate is read in the direction given; a symmetric one either way.

    >>> from diplograph.queries.example import example_view
    >>> [(e.date, e.modality, e.sentence) for e in evidence(example_view(), "Fenmark", "ARMS_TRANSFER", "Dastan")]
    [('2022-02', 'denied', 'Fenmark said it has no interest in selling drones to Dastan.'), ('2023-11', 'asserted', 'Fenmark delivered drones to Dastan in November 2023.')]
    >>> [e.predicate for e in evidence(example_view(), "Dastan", None, "Caldor")]
    ['ARMED_CLASH', 'ARMED_CLASH', 'BORDERS']
    """
    try:
        wanted = load_ontology().predicate(predicate) if predicate is not None else None
    except OntologyError as error:
        raise QueryError(str(error)) from None
    flt = RelationFilter.build(predicates=[wanted.name] if wanted else None, since=since, until=until, as_of=as_of,
                               all_modalities=all_modalities, modalities=modalities)
    a, b = find_actor(view, subject), find_actor(view, object)
    reader = Reader(view, flt)
    found = []
    for u, v in ((a, b), (b, a)):
        for data in view._succ[u].get(v, {}).values():
            if (u, v) == (b, a) and not data.get("symmetric") and wanted is not None:
                continue
            found.extend(reader.evidence(c) for c in flt.claims(data, reader.sources))
    return Results(sorted(found, key=lambda e: (e.date == "", e.date, e.source.published, e.claim_id)))
