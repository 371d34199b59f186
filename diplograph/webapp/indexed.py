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
    links = _links(view, flt, keys)
    return {
        "centres": centres,
        "depth": depth,
        "nodes": [api._node_record(names[n], int(distance[n])) for n in kept],
        "edges": [api._edge_record(link) for link in links],
        "total": {"nodes": len(found), "edges": len(relations)},
        "truncated": len(found) > limit or len(among) > max_edges or len(among) < len(relations),
        "limits": {"nodes": limit, "edges": max_edges},
    }


def actor_links(api, index, node: str, filters: dict, most: int) -> tuple[list, int]:
    """``/api/actor/<id>``'s relations: the first ``most`` links of :func:`~diplograph.queries.ties`
    of ``node`` (actor by actor, the best-sourced first, then by name and id; each actor's
    relations by predicate and subject) and how many there are in all. The ties are ranked
    over the index's arrays; only the actors whose place depends on their name, and the
    relations listed, are read from the store: a hub's first page costs what it shows."""
    view = api.view
    flt = RelationFilter.build(**filters)
    at = index.position[node]
    entries, _, _ = index.entries_of(np.array([at], dtype=np.int64))
    relations, others = index.adj_rel[entries], index.adj_other[entries]
    kept = index.passing(flt)[relations] & index.type_allowed(flt)[others] & (others != at)
    relations, others = relations[kept], others[kept]
    if not len(relations):
        return [], 0
    # a tie's sources: the independent sources of the passing claims of all its relations
    starts = index.claim_start[relations]
    lengths = index.claim_start[relations + 1] - starts
    claims = np.arange(int(lengths.sum()), dtype=np.int64) + np.repeat(
        starts - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths)
    owners = np.repeat(others.astype(np.int64), lengths)
    counted = index.passing_claims(flt)[claims]
    width = int(index.claim_source.max(initial=0)) + 1
    pairs = np.unique(owners[counted] * width + index.claim_source[claims[counted]])
    tied, n_relations = np.unique(others, return_counts=True)
    n_sources = np.bincount(pairs // width, minlength=index.n_nodes)[tied]
    names = index.nodes
    chosen, listed = [], 0
    for n in sorted(set(n_sources.tolist()), reverse=True):  # best-sourced first; within, by name and id
        if listed >= most:
            break
        group = tied[n_sources == n].tolist()
        view.read_actors(names[g] for g in group)
        group.sort(key=lambda g: (api._name(names[g]).casefold(), names[g]))
        for g, count in zip(group, n_relations[np.searchsorted(tied, group)].tolist()):
            if listed >= most:
                break
            chosen.append(g)
            listed += count
    keys = []
    for other in chosen:
        mine = relations[others == other]
        keys.extend(sorted(((names[u], index.predicates[p], names[v]) for u, p, v in
                            zip(index.rel_u[mine].tolist(), index.rel_pred[mine].tolist(), index.rel_v[mine].tolist())),
                           key=lambda key: (key[1], key[0])))
    return _links(view, flt, keys[:most]), len(relations)


def _links(view, flt, keys: list[tuple[str, str, str]]) -> list:
    """The links of the relations ``keys`` (subject, predicate, object), read in a few queries.
    A relation the index lists but the store no longer holds (another process merged one of
    its actors away since the app started) is left out."""
    view.read_relations(keys)
    reader = Reader(view, flt)
    links = []
    for subject, predicate, object_ in keys:
        try:
            data = view.relation(subject, object_, predicate)
        except KeyError:
            continue
        claims = flt.claims(data, reader.sources)
        if claims:
            links.append(reader.link(subject, object_, data, claims))
    return links


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
