"""The analyst's query library: plain functions over the networkx view of any backend.

Every query takes the view first (``DiploGraph.nx``), names actors by id, name, alias or
demonym, checks its options before it runs, and returns small dataclasses with ``to_dict()``.
Which predicates are cooperative, conflictual or standing, and which modalities make an
answer, is read from the ontology.

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> [t.actor.name for t in suppliers(view, "Caldor")]
['Borvia', 'Kestrel Dynamics']
>>> [a.name for a in shortest_path(view, "Aland", "Eskar").actors]
['Aland', 'Borvia', 'Eskar']
"""

from diplograph.queries.alignment import adversaries, partners
from diplograph.queries.catalogue import catalogue
from diplograph.queries.contradictions import contradictions
from diplograph.queries.evidence import evidence
from diplograph.queries.filters import QueryError, RelationFilter
from diplograph.queries.history import changes, timeline
from diplograph.queries.lookup import find_actor
from diplograph.queries.membership import members
from diplograph.queries.neighbourhood import common_ties, neighbourhood, ties
from diplograph.queries.paths import k_shortest_paths, shortest_path
from diplograph.queries.proxies import proxy_patterns
from diplograph.queries.structure import blocs, brokers
from diplograph.queries.supply import recipients, supplier_concentration, suppliers, weapons_received

__all__ = [
    "QueryError", "RelationFilter", "adversaries", "blocs", "brokers", "catalogue", "changes", "common_ties", "contradictions",
    "evidence", "find_actor", "k_shortest_paths", "members", "neighbourhood", "partners", "proxy_patterns", "recipients",
    "shortest_path", "supplier_concentration", "suppliers", "ties", "timeline", "weapons_received",
]
