"""Partners and adversaries: actors tied by cooperative or by conflictual relations.

Which families are cooperative (polarity +1) or conflictual (polarity −1) is read from the
ontology. Relations count in either direction; each tie carries its number of distinct sources.

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> [(t.actor.name, t.n_sources) for t in partners(view, "Caldor")]
[('Borvia', 2), ('Kestrel Dynamics', 1)]
>>> [t.actor.name for t in adversaries(view, "Caldor")]
['Dastan', 'Red Hand']
>>> [t.actor.name for t in partners(view, "Caldor", all_modalities=True) if not t.confirmed]
['Aland']
"""

from __future__ import annotations

import networkx as nx

from diplograph.graph.ontology import Ontology, load_ontology
from diplograph.queries.filters import held_window
from diplograph.queries.neighbourhood import merge_ties, ties
from diplograph.queries.results import Tie


def families_with_polarity(polarity: int, ontology: Ontology | None = None) -> list[str]:
    """Names of the families whose polarity is ``polarity`` (+1, −1 or 0)."""
    onto = ontology or load_ontology()
    return [f.name for f in onto.families.values() if f.polarity == polarity]


def partners(view: nx.MultiDiGraph, actor: str, *, actor_types=None, since=None, until=None, as_of=None,
             all_modalities: bool = False, modalities=None, min_sources: int = 1) -> list[Tie]:
    """Actors with a cooperative relation to ``actor``, either way round, and its allies: a formal
    alliance is a standing fact (polarity 0), not an act of cooperation, but an ally is a partner.
    A window on alliances means the ones that held in it (see :func:`held_window`).

    >>> from diplograph.queries.example import example_view
    >>> [(t.actor.name, t.predicates) for t in partners(example_view(), "Eskar")]
    [('Borvia', ['COOPERATION', 'CO_PRODUCTION'])]
    """
    window = {key: value for key, value in (("since", since), ("until", until), ("as_of", as_of)) if value}
    options = {"actor_types": actor_types, "all_modalities": all_modalities, "modalities": modalities,
               "min_sources": min_sources}
    return merge_ties(ties(view, actor, families=families_with_polarity(1), **window, **options),
                      ties(view, actor, predicates=["ALLIANCE"], **held_window(["ALLIANCE"], window), **options))


def adversaries(view: nx.MultiDiGraph, actor: str, *, actor_types=None, since=None, until=None, as_of=None,
                all_modalities: bool = False, modalities=None, min_sources: int = 1) -> list[Tie]:
    """Actors with a conflictual relation to ``actor``, either way round.

    >>> from diplograph.queries.example import example_view
    >>> [(t.actor.name, t.predicates) for t in adversaries(example_view(), "Borvia")]
    [('Aland', ['RIVALRY']), ('Dastan', ['CRITICISM'])]
    """
    return ties(view, actor, families=families_with_polarity(-1), actor_types=actor_types, since=since,
                until=until, as_of=as_of, all_modalities=all_modalities, modalities=modalities,
                min_sources=min_sources)
