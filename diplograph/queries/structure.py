"""The shape of the cooperation graph: brokers who bridge it, and the blocs it falls into.

Both work on the undirected graph of cooperative relations (families with polarity +1 in the
ontology, unless ``families`` says otherwise), weighted by the number of distinct sources.

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> [b.actor.name for b in brokers(view, top=2)]
['Borvia', 'Caldor']
>>> [[a.name for a in bloc.actors] for bloc in blocs(view)]
[['Borvia', 'Caldor', 'Eskar', 'Kestrel Dynamics'], ['Dastan', 'Aland', 'Fenmark']]
"""

from __future__ import annotations

import networkx as nx

from diplograph.queries.alignment import families_with_polarity
from diplograph.queries.filters import QueryError, RelationFilter, check_count
from diplograph.queries.lookup import Reader, graph_index
from diplograph.queries.results import Bloc, Broker, Results

EXACT_LIMIT = 2000  # above this many actors, betweenness is estimated from a fixed sample
SAMPLE = 500


def cooperation_graph(view: nx.MultiDiGraph, *, families=None, predicates=None, since=None, until=None,
                      as_of=None, all_modalities: bool = False, modalities=None, min_sources: int = 1) -> nx.Graph:
    """Undirected graph of the relations that pass; edge ``weight`` = distinct sources."""
    if families is None and predicates is None:
        families = families_with_polarity(1)
    flt = RelationFilter.build(families=families, predicates=predicates, since=since, until=until, as_of=as_of,
                               all_modalities=all_modalities, modalities=modalities, min_sources=min_sources)
    index = graph_index(view)
    if index is not None:
        return _cooperation_graph_of_index(index, flt)
    sources = view.graph.get("sources") or {}
    pairs: dict[tuple[str, str], set[str]] = {}
    for u, v, data in view.edges(data=True):
        if u == v:
            continue
        claims = flt.claims(data, sources)
        if claims:
            group_of = getattr(sources, "group_of", {})  # copies of one story weigh once
            pairs.setdefault((u, v) if u < v else (v, u), set()).update(
                group_of.get(c.source_id, c.source_id) for c in claims)
    graph = nx.Graph()
    for (u, v), found in pairs.items():
        graph.add_edge(u, v, weight=len(found))
    return graph


def _cooperation_graph_of_index(index, flt: RelationFilter) -> nx.Graph:
    """:func:`cooperation_graph` from the whole-graph index: the same edges, weights and order."""
    import numpy as np  # imported here, not at the top: a CLI question that walks no index starts without it
    passing = index.passing(flt)
    relations = np.flatnonzero(passing)
    low = np.minimum(index.rel_u[relations], index.rel_v[relations]).astype(np.int64)
    high = np.maximum(index.rel_u[relations], index.rel_v[relations]).astype(np.int64)
    pair_key = low * index.n_nodes + high
    keys, first, pair_of_relation = np.unique(pair_key, return_index=True, return_inverse=True)
    # the sources of the passing claims of each pair, counted once each
    claims = np.flatnonzero(index.passing_claims(flt) & passing[index.claim_rel])
    relation_slot = np.full(index.n_relations, -1, dtype=np.int64)
    relation_slot[relations] = pair_of_relation
    pair_of_claim = relation_slot[index.claim_rel[claims]]
    n_sources = int(index.claim_source.max(initial=0)) + 1
    distinct = np.unique(pair_of_claim * n_sources + index.claim_source[claims])
    weight = np.bincount(distinct // n_sources, minlength=len(keys))
    graph = nx.Graph()
    nodes = index.nodes
    for slot in np.argsort(first, kind="stable").tolist():  # pairs in the order the view meets them
        u, v = divmod(int(keys[slot]), index.n_nodes)
        graph.add_edge(nodes[u], nodes[v], weight=int(weight[slot]))
    return graph


def brokers(view: nx.MultiDiGraph, top: int = 10, *, families=None, predicates=None, since=None, until=None,
            as_of=None, all_modalities: bool = False, modalities=None, min_sources: int = 1,
            seed: int = 42) -> list[Broker]:
    """The ``top`` actors by betweenness centrality (normalised, hop counts) on the cooperation graph.

    Exact up to 2,000 actors; above that, estimated from 500 sources drawn with ``seed``.

    >>> from diplograph.queries.example import example_view
    >>> b = brokers(example_view(), top=1)[0]
    >>> b.actor.name, round(b.betweenness, 3), b.degree
    ('Borvia', 0.133, 2)
    """
    check_count(top, "top", 1)
    graph = cooperation_graph(view, families=families, predicates=predicates, since=since, until=until,
                              as_of=as_of, all_modalities=all_modalities, modalities=modalities,
                              min_sources=min_sources)
    if graph.number_of_nodes() == 0:
        return []
    k = None if graph.number_of_nodes() <= EXACT_LIMIT else SAMPLE
    scores = nx.betweenness_centrality(graph, k=k, seed=seed, normalized=True)
    reader = Reader(view, RelationFilter())
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], -graph.degree(kv[0]), reader.ref(kv[0]).name.casefold()))
    return Results(Broker(reader.ref(node), score, graph.degree(node)) for node, score in ranked[:top] if score > 0)


def blocs(view: nx.MultiDiGraph, *, families=None, predicates=None, since=None, until=None, as_of=None,
          all_modalities: bool = False, modalities=None, min_sources: int = 1, resolution: float = 1.0,
          seed: int = 42, min_size: int = 2) -> list[Bloc]:
    """Communities of the cooperation graph (Louvain, weighted by sources, fixed ``seed``).

    Largest bloc first; within a bloc, the most connected actors first.

    >>> from diplograph.queries.example import example_view
    >>> [len(b.actors) for b in blocs(example_view(), families=["material_cooperation"])]
    [4, 3]
    """
    check_count(min_size, "min_size", 1)
    if not isinstance(resolution, (int, float)) or isinstance(resolution, bool) or resolution <= 0:
        raise QueryError(f"resolution must be a positive number (got {resolution!r})")
    graph = cooperation_graph(view, families=families, predicates=predicates, since=since, until=until,
                              as_of=as_of, all_modalities=all_modalities, modalities=modalities,
                              min_sources=min_sources)
    if graph.number_of_nodes() == 0:
        return []
    communities = nx.community.louvain_communities(graph, weight="weight", resolution=resolution, seed=seed)
    reader = Reader(view, RelationFilter())
    found = []
    for members in communities:
        if len(members) < min_size:
            continue
        ordered = sorted(members, key=lambda n: (-graph.degree(n, weight="weight"), reader.ref(n).name.casefold()))
        internal = graph.subgraph(members).number_of_edges()
        found.append((tuple(reader.ref(n) for n in ordered), internal))
    found.sort(key=lambda item: (-len(item[0]), item[0][0].name.casefold()))
    return Results(Bloc(i, actors, internal) for i, (actors, internal) in enumerate(found, 1))
