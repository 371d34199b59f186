"""The web app's answers that need the whole graph, read off the store's whole-graph index.

When the API serves a view read from a store (:class:`diplograph.graph.store_view.StoreView`),
the app starts without building the networkx view of the whole graph: the actors' degrees, the
graph's statistics and the choice of what a neighbourhood shows come from the store's
:class:`~diplograph.graph.index.GraphIndex` (loaded in a fraction of a second, built once after
each change to the store), and only the actors and relations an answer shows are read from the
store. The answers are those the whole view gives (the web app tests run on both).

>>> import os, tempfile
>>> from diplograph.core import DiploGraph
>>> g = DiploGraph.open(store=os.path.join(tempfile.mkdtemp(), "g.db"))
>>> _ = g.ingest_facts([("Iran", "CO_PRODUCTION", "Tajikistan"), ("Turkey", "ARMS_TRANSFER", "Tajikistan")])
>>> index = g.nx.index()
>>> statistics(index, g.nx)["predicates"]
{'CO_PRODUCTION': 1, 'ARMS_TRANSFER': 1}
>>> g.nx.loaded
False
"""

from __future__ import annotations

import numpy as np

from diplograph.graph.ontology import load_ontology
from diplograph.graph.view import in_claim_order
from diplograph.queries.filters import RelationFilter
from diplograph.queries.lookup import Reader


def statistics(index, view) -> dict:
    """What ``/api/stats`` counts (actors, relations, claims and sources; actors by type, relations
    by family and predicate, most first, ties in the order the view meets them; the dates the
    relations span), from the index."""
    onto = load_ontology()
    family_names = list(onto.families)
    family_of = np.array([family_names.index(onto.predicate(p).family) for p in index.predicates], dtype=np.int64)
    return {
        "actors": index.n_nodes,
        "relations": index.n_relations,
        "claims": int(index.claim_start[-1]) if len(index.claim_start) else 0,
        "sources": len(view.graph.get("sources") or {}),
        "actor_types": _most_common(index.node_type, index.types),
        "families": _most_common(family_of[index.rel_pred], family_names),
        "predicates": _most_common(index.rel_pred, index.predicates),
        "first_date": index.meta.get("first_date", ""),
        "last_date": index.meta.get("last_date", ""),
    }


def _most_common(codes: np.ndarray, names: list[str]) -> dict[str, int]:
    """``dict(Counter(names[c] for c in codes).most_common())``: most first, ties in the order
    of their first occurrence."""
    if not len(codes):
        return {}
    counts = np.bincount(codes, minlength=len(names))
    present, first = np.unique(codes, return_index=True)
    order = sorted(zip(present.tolist(), first.tolist()), key=lambda cf: (-counts[cf[0]], cf[1]))
    return {names[code]: int(counts[code]) for code, _ in order}


def neighbours(api, index, centres: list[str], depth: int, limit: int, filters: dict, max_edges: int) -> dict:
    """``/api/neighbours``: the actors within ``depth`` of any of ``centres``, the ``limit``
    nearest (most connected first, then by name and id), and the walked relations among them,
    best-sourced first, at most ``max_edges``. The walk runs over the index's arrays; only the
    actors and relations shown are read from the store, so a hub's neighbourhood costs what is
    shown, not what is reached."""
    view = api.view
    flt = RelationFilter.build(**filters)
    distance = np.full(index.n_nodes, -1, dtype=np.int32)
    walked = np.zeros(index.n_relations, dtype=bool)
    for centre in centres:
        reached, crossed = index.reach(flt, index.position[centre], depth)
        nearer = (reached >= 0) & ((distance < 0) | (reached < distance))
        distance[nearer] = reached[nearer]
        walked |= crossed
    found = np.flatnonzero(distance >= 0)
    degrees = index.degrees()
    kept = _nearest(api, index, found, distance, degrees, limit)
    relations = np.flatnonzero(walked)
    keep = np.zeros(index.n_nodes, dtype=bool)
    keep[kept] = True
    among = relations[keep[index.rel_u[relations]] & keep[index.rel_v[relations]]]
    n_sources = index.n_sources(among, index.passing_claims(flt))
    ranked = among[np.lexsort((index.rel_v[among], index.rel_pred[among], index.rel_u[among], -n_sources))]
    shown = ranked[:max_edges]
    names, predicates = index.nodes, index.predicates
    keys = [(names[u], predicates[p], names[v]) for u, p, v in
            zip(index.rel_u[shown].tolist(), index.rel_pred[shown].tolist(), index.rel_v[shown].tolist())]
    view.read_relations(keys)  # in a few queries, before each is named
    reader = Reader(view, flt)
    links = []
    for subject, predicate, object_ in keys:
        data = view.relation(subject, object_, predicate)
        links.append(reader.link(subject, object_, data, flt.claims(data, reader.sources)))
    return {
        "centres": centres,
        "depth": depth,
        "nodes": [api._node_record(names[n], int(distance[n])) for n in kept],
        "edges": [api._edge_record(link) for link in links],
        "total": {"nodes": len(found), "edges": len(relations)},
        "truncated": len(found) > limit or len(among) > max_edges or len(among) < len(relations),
        "limits": {"nodes": limit, "edges": max_edges},
    }


def _nearest(api, index, found: np.ndarray, distance: np.ndarray, degrees: np.ndarray, limit: int) -> list[int]:
    """The ``limit`` first of ``found`` by distance, degree (most first), name and id, in that
    order. Only the names of the actors up to the cut, and of those tied with the last one kept,
    are read."""
    key_distance, key_degree = distance[found].astype(np.int64), -degrees[found].astype(np.int64)
    order = np.lexsort((key_degree, key_distance))
    if len(order) > limit:
        last = order[limit - 1]
        up_to_cut = ((key_distance < key_distance[last])
                     | ((key_distance == key_distance[last]) & (key_degree <= key_degree[last])))
        candidates = found[up_to_cut]
    else:
        candidates = found
    nodes = index.nodes
    view = api.view
    view.read_actors(nodes[n] for n in candidates.tolist())
    ranked = sorted(candidates.tolist(), key=lambda n: (int(distance[n]), -int(degrees[n]),
                                                        api._name(nodes[n]).casefold(), nodes[n]))
    return ranked[:limit]


def source_claims(index, claims: list) -> list:
    """``claims`` (of one source) as the whole view lists them: relation by relation in the
    view's order, each relation's in claim order; those of a relation the view lacks (an end
    not stored) left out."""
    position, predicate_code = index.position, {p: i for i, p in enumerate(index.predicates)}
    width_p, width_n = len(index.predicates), max(index.n_nodes, 1)
    keys = (index.rel_u.astype(np.int64) * width_p + index.rel_pred) * width_n + index.rel_v
    order = np.argsort(keys)
    groups: dict[int, list] = {}
    for claim in claims:
        u, v, p = position.get(claim.subject), position.get(claim.object), predicate_code.get(claim.predicate)
        if u is None or v is None or p is None:
            continue
        key = (u * width_p + p) * width_n + v
        at = int(np.searchsorted(keys, key, sorter=order))
        if at < len(order) and keys[order[at]] == key:
            groups.setdefault(int(order[at]), []).append(claim)
    return [claim for relation in sorted(groups) for claim in in_claim_order(groups[relation])]
