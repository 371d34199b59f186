"""A compact index of the whole graph, for the questions that need all of it (paths, brokers, blocs, proxies).

The networkx view of a million relations takes a minute and more than a gigabyte to build; a
path or a bloc only needs who is tied to whom and, to apply a query's filters, each claim's
predicate, modality, dates and source. :class:`GraphIndex` keeps exactly that in numpy arrays
(about 20 bytes a claim), saved next to the store as ``.npy`` files (plain arrays, never
pickles) and loaded in a fraction of a second. Each save records the store's generation
(counted by every write, see :meth:`EmbeddedBackend.generation`); a stale index is rebuilt the
next time it is needed.

Everything is laid out in the order of the whole view, so that a query walking the index meets
actors and relations in the same order as on the view, and gives the same answer:

* actors in id order;
* relations in the order of ``view.edges()``: by subject, then as ``view._succ[subject]`` holds
  them (each object in the order its first predicate comes, then its predicates);
* each actor's neighbours as ``view._succ[actor]`` then ``view._pred[actor]`` hold them.

>>> from diplograph.queries.example import example_view
>>> index = GraphIndex.from_view(example_view())
>>> index.n_nodes, index.n_relations == example_view().number_of_edges()
(12, True)
>>> from diplograph.queries.filters import RelationFilter
>>> passing = index.passing(RelationFilter.build(predicates=["ARMS_TRANSFER"]))
>>> sorted((index.nodes[index.rel_u[r]], index.nodes[index.rel_v[r]]) for r in passing.nonzero()[0])
[('company:kestrel-dynamics', 'state:CLD'), ('state:ALD', 'state:DST'), ('state:BRV', 'state:CLD'), ('state:FNM', 'state:DST')]
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
from array import array
from pathlib import Path
from typing import Iterable

import numpy as np

from diplograph.graph.ontology import load_ontology
from diplograph.queries.filters import date_span

FORMAT = 3  # 2: a claim's source is its group of copies; 3: the first and last dates in meta
_ALWAYS = (dt.date.min.toordinal(), dt.date.max.toordinal())
HAS_SPAN, HAS_END = 1, 2  # claim flags: the claim has a known span; it has an end_date of its own
_ARRAYS = ("node_type", "rel_u", "rel_v", "rel_pred", "claim_start", "claim_mod", "claim_first", "claim_last",
           "claim_flags", "claim_source", "adj_start", "adj_outs", "adj_other", "adj_rel", "node_blob", "node_offsets")


def open_index(backend, *, announce=None) -> "GraphIndex":
    """The whole-graph index of ``backend`` (an embedded store): the one saved beside it when
    it is fresh, else built now from the store and saved (when the folder can be written).
    ``announce(message)`` is told when a build starts (it takes seconds at a million relations)."""
    folder, store_id = backend.index_folder(), backend.store_id()
    saved = GraphIndex.load(folder)
    if saved is not None and saved.fresh_for(backend.generation(), store_id):
        return saved
    if announce is not None:
        announce("indexing the whole graph (once after each change to the store)")
    with backend.index_rows() as (generation, actors, sources, claims):
        built = GraphIndex.build(actors, claims, sources, generation, store_id)
    try:
        built.save(folder)
    except OSError:
        pass  # a read-only folder: the index serves this process only
    return built


def ontology_digest() -> str:
    """A fingerprint of what the index depends on in the ontology (names, families, modalities)."""
    onto = load_ontology()
    described = {"predicates": sorted((p.name, p.family, p.symmetric) for p in onto.predicates.values()),
                 "families": sorted((f.name, f.polarity) for f in onto.families.values()),
                 "modalities": sorted(onto.modalities), "types": sorted(onto.actor_types)}
    return hashlib.sha256(json.dumps(described).encode()).hexdigest()[:16]


class GraphIndex:
    """Who is tied to whom, and what each claim says about when, how surely and by whom."""

    def __init__(self, arrays: dict[str, np.ndarray], meta: dict):
        self.meta = meta
        for name in _ARRAYS:
            setattr(self, name, arrays[name])
        blob, offsets = bytes(self.node_blob), self.node_offsets
        self.nodes: list[str] = [blob[offsets[i]:offsets[i + 1]].decode("utf-8") for i in range(len(offsets) - 1)]
        self.position = {node: i for i, node in enumerate(self.nodes)}
        self.types: list[str] = meta["types"]
        self.predicates: list[str] = meta["predicates"]
        self.modalities: list[str] = meta["modalities"]
        self.claim_rel = np.repeat(np.arange(self.n_relations, dtype=np.int32), np.diff(self.claim_start))
        self._passing: dict = {}
        self._passing_claims: dict = {}

    @property
    def n_nodes(self) -> int:
        return len(self.nodes)

    @property
    def n_relations(self) -> int:
        return len(self.rel_u)

    # -- building ----------------------------------------------------------------------------------

    @classmethod
    def from_view(cls, view) -> "GraphIndex":
        """The index of a networkx view (for tests and small graphs). Its layout follows the
        view's order when the view holds its actors in id order, as a store's view does."""
        sources = view.graph.get("sources") or {}
        actors = sorted((node, data["type"]) for node, data in view.nodes(data=True))
        claims = ((u, d["predicate"], v, c.source_id, c.date, c.end_date, c.modality)
                  for u, v, d in view.edges(data=True) for c in d["claims"])
        return cls.build(actors, claims, sources.values(), generation=-1)

    @classmethod
    def build(cls, actors: Iterable[tuple[str, str]], claims: Iterable[tuple], sources: Iterable,
              generation: int, store_id: str = "") -> "GraphIndex":
        """The index of ``actors`` ((id, type), in id order) and ``claims`` ((subject, predicate,
        object, source id, date, end date, modality), in any order). ``sources`` (the records)
        date undated claims by their publication, and their groups of copies count as one
        source (as :class:`~diplograph.graph.trust.Trust` groups them)."""
        from diplograph.graph.trust import source_groups

        sources = list(sources)
        published = {s.id: getattr(s, "published", "") or "" for s in sources}
        group_of = source_groups(sources)
        onto = load_ontology()
        types = sorted(onto.actor_types)
        predicates = sorted(onto.predicates)
        modalities = sorted(onto.modalities)
        type_code = {t: i for i, t in enumerate(types)}
        pred_code = {p: i for i, p in enumerate(predicates)}
        mod_code = {m: i for i, m in enumerate(modalities)}
        standing_families = {f.name for f in onto.families.values() if f.polarity == 0}
        standing = {p.name for p in onto.predicates.values() if p.family in standing_families}

        node_ids, node_types = [], []
        for actor_id, actor_type in actors:
            node_ids.append(actor_id)
            node_types.append(type_code[actor_type])
        position = {node: i for i, node in enumerate(node_ids)}

        source_code: dict[str, int] = {}
        # typed arrays, not lists: 23 bytes a claim instead of 64 while the claims are read
        columns = {name: array(_TYPECODES[name]) for name in _DTYPES}
        spans: dict[tuple, tuple] = {}
        dates: set[str] = set()  # a claim's date, and its end (the date when it has none)
        ends: set[str] = set()
        for subject, predicate, object_, source_id, date, end_date, modality in claims:
            u, v = position.get(subject), position.get(object_)
            if u is None or v is None:
                continue  # a claim whose actor is not stored is not in the view either
            dates.add(date)
            ends.add(end_date or date)
            key = (date, end_date, predicate in standing, source_id if not date else "")
            span = spans.get(key)
            if span is None:
                span = spans[key] = _span(date, end_date, key[2], published.get(source_id, ""))
            columns["u"].append(u)
            columns["p"].append(pred_code[predicate])
            columns["v"].append(v)
            columns["mod"].append(mod_code[modality])
            columns["first"].append(span[0])
            columns["last"].append(span[1])
            columns["flags"].append(span[2] | (HAS_END if end_date else 0))
            group = group_of.get(source_id, source_id)  # copies of one story are one source
            columns["source"].append(source_code.setdefault(group, len(source_code)))
        arrays = _layout(len(node_ids), {k: np.frombuffer(v, dtype=_DTYPES[k]) for k, v in columns.items()},
                         predicates)
        blob = "".join(node_ids).encode("utf-8")
        lengths = [len(node.encode("utf-8")) for node in node_ids]
        arrays["node_blob"] = np.frombuffer(blob, dtype=np.uint8).copy()
        arrays["node_offsets"] = np.concatenate([[0], np.cumsum(lengths, dtype=np.int64)]).astype(np.int64)
        arrays["node_type"] = np.asarray(node_types, dtype=np.uint8)
        dates.discard("")
        ends.discard("")
        # the span of the view's relations' dates (the web app's stats), as the strings they are
        meta = {"format": FORMAT, "generation": generation, "store_id": store_id, "ontology": ontology_digest(),
                "types": types, "predicates": predicates, "modalities": modalities,
                "first_date": min(dates, default=""), "last_date": max(ends, default="")}
        return cls(arrays, meta)

    # -- saving and loading ---------------------------------------------------------------------

    def save(self, folder: Path) -> None:
        """Write the index into ``folder``, replacing what is there only once all is written."""
        folder = Path(folder)
        staging = Path(tempfile.mkdtemp(prefix=folder.name + ".", dir=folder.parent))
        try:
            for name in _ARRAYS:
                np.save(staging / f"{name}.npy", getattr(self, name), allow_pickle=False)
            (staging / "meta.json").write_text(json.dumps(self.meta), encoding="utf-8")
            old = folder.with_name(folder.name + ".old")
            if folder.exists():
                shutil.rmtree(old, ignore_errors=True)
                os.replace(folder, old)
            os.replace(staging, folder)
            shutil.rmtree(old, ignore_errors=True)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise

    @classmethod
    def load(cls, folder: Path) -> "GraphIndex | None":
        """The index saved in ``folder``, or None when there is none or it is unreadable."""
        folder = Path(folder)
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            if meta.get("format") != FORMAT:
                return None
            arrays = {name: np.load(folder / f"{name}.npy", allow_pickle=False) for name in _ARRAYS}
        except (OSError, ValueError):
            return None
        return cls(arrays, meta)

    def fresh_for(self, generation: int, store_id: str) -> bool:
        return (self.meta.get("generation") == generation and self.meta.get("store_id") == store_id
                and self.meta.get("ontology") == ontology_digest())

    # -- filtering -------------------------------------------------------------------------------

    def passing(self, flt) -> np.ndarray:
        """A boolean per relation: does it pass ``flt`` (a RelationFilter)? The same rule as
        ``flt.claims(edge data)`` being non-empty, computed over all claims at once."""
        found = self._passing.get(flt)
        if found is not None:
            return found
        claims_ok = self.passing_claims(flt)
        if flt.min_sources > 1:
            rel, source = self.claim_rel[claims_ok], self.claim_source[claims_ok]
            pairs = np.unique(rel.astype(np.int64) * (int(self.claim_source.max(initial=0)) + 1) + source)
            counts = np.bincount(pairs // (int(self.claim_source.max(initial=0)) + 1), minlength=self.n_relations)
            found = counts >= flt.min_sources
        else:
            found = np.bincount(self.claim_rel[claims_ok], minlength=self.n_relations) > 0
        if len(self._passing) > 32:
            self._passing.clear()
        self._passing[flt] = found
        return found

    def passing_claims(self, flt) -> np.ndarray:
        """A boolean per claim (in claim order): does it count under ``flt``? (The last few
        filters' answers are kept: a web app asks the same ones again and again.)"""
        found = self._passing_claims.get(flt)
        if found is None:
            if len(self._passing_claims) >= 8:
                self._passing_claims.clear()
            found = self._passing_claims[flt] = self._claims_passing(flt)
        return found

    def _claims_passing(self, flt) -> np.ndarray:
        predicate_ok = np.ones(len(self.predicates), dtype=bool)
        if flt.predicates is not None:
            predicate_ok = np.isin(np.asarray(self.predicates), sorted(flt.predicates))
        modality_ok = np.isin(np.asarray(self.modalities), sorted(flt.modalities))
        ok = predicate_ok[self.rel_pred][self.claim_rel] & modality_ok[self.claim_mod]
        if flt.dated:
            has_span = (self.claim_flags & HAS_SPAN) > 0
            if flt.as_of is not None:
                start, end = date_span(flt.as_of.iso)
                timely = (self.claim_first <= end) & (((self.claim_flags & HAS_END) == 0) | (self.claim_last >= start))
                ok &= ~has_span | timely  # no date at all: it stands in a snapshot
            else:
                timely = has_span
                if flt.since is not None:
                    timely = timely & (self.claim_last >= date_span(flt.since.iso)[0])
                if flt.until is not None:
                    timely = timely & (self.claim_first <= date_span(flt.until.iso)[1])
                ok &= timely
        return ok

    def type_allowed(self, flt) -> np.ndarray:
        """A boolean per actor: may ``flt`` reach it?"""
        if flt.actor_types is None:
            return np.ones(self.n_nodes, dtype=bool)
        return np.isin(np.asarray(self.types), sorted(flt.actor_types))[self.node_type]

    # -- walking -----------------------------------------------------------------------------------

    def reach(self, flt, start: int, depth: int, direction: str = "both") -> tuple[np.ndarray, np.ndarray]:
        """Breadth-first from the actor at position ``start`` over the relations passing ``flt``
        (a RelationFilter) to actors it allows, a level at a time: each actor's distance (-1: not
        reached) and a boolean per relation, walked or not (every passing relation from an actor
        nearer than ``depth`` to an allowed one; symmetric relations count either way when
        ``direction`` is "out" or "in"). The centre is always reached."""
        passing, allowed = self.passing(flt), self.type_allowed(flt).copy()
        symmetric = self.symmetric_relations()
        allowed[start] = True
        distance = np.full(self.n_nodes, -1, dtype=np.int32)
        distance[start] = 0
        frontier = np.array([start], dtype=np.int64)
        walked = np.zeros(self.n_relations, dtype=bool)
        for level in range(1, depth + 1):
            entries, _, outgoing = self.entries_of(frontier)
            relations, others = self.adj_rel[entries], self.adj_other[entries]
            ok = passing[relations] & allowed[others]
            if direction == "out":
                ok &= outgoing | symmetric[relations]
            elif direction == "in":
                ok &= ~outgoing | symmetric[relations]
            walked[relations[ok]] = True
            # masks rather than np.unique: a hub's second level is most of the graph
            new = np.zeros(self.n_nodes, dtype=bool)
            new[others[ok]] = True
            new &= distance < 0
            frontier = np.flatnonzero(new)
            distance[frontier] = level
            if not len(frontier):
                break
        return distance, walked

    def neighbours(self, node: int, passing: np.ndarray) -> np.ndarray:
        """The actors tied to ``node`` by a passing relation, in the order the view's
        ``_succ[node]`` then ``_pred[node]`` give them, each once."""
        start, end = self.adj_start[node], self.adj_start[node + 1]
        others = self.adj_other[start:end][passing[self.adj_rel[start:end]]]
        if len(others) < 2:
            return others
        _, first = np.unique(others, return_index=True)
        return others[np.sort(first)]

    def subjects_of(self, node: int, passing: np.ndarray) -> np.ndarray:
        """The subjects of the passing relations whose object is ``node``, in the view's
        ``_pred[node]`` order (a subject may come more than once, once per predicate)."""
        start, end = self.adj_start[node] + self.adj_outs[node], self.adj_start[node + 1]
        return self.adj_other[start:end][passing[self.adj_rel[start:end]]]

    def entries_of(self, nodes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The neighbour entries of ``nodes``, all at once: their positions in ``adj_other`` /
        ``adj_rel``, the node each belongs to, and whether it is an outgoing relation."""
        starts, ends = self.adj_start[nodes], self.adj_start[nodes + 1]
        lengths = ends - starts
        total = int(lengths.sum())
        offsets = np.repeat(starts - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths)
        entries = np.arange(total, dtype=np.int64) + offsets
        owners = np.repeat(nodes, lengths)
        outgoing = (entries - np.repeat(starts, lengths)) < np.repeat(self.adj_outs[nodes], lengths)
        return entries, owners, outgoing

    def symmetric_relations(self) -> np.ndarray:
        """A boolean per relation: is its predicate symmetric?"""
        if self._symmetric is None:
            onto = load_ontology()
            flags = np.array([onto.predicates[p].symmetric if p in onto.predicates else False
                              for p in self.predicates], dtype=bool)
            self._symmetric = flags[self.rel_pred]
        return self._symmetric

    _symmetric = None

    def n_sources(self, relations: np.ndarray, counted: np.ndarray | None = None) -> np.ndarray:
        """How many independent sources each of ``relations`` has, all its claims counted (the
        view's ``n_sources``: copies of one story count once), or only the claims ``counted``
        marks (a boolean per claim, :meth:`passing_claims`: a filtered link's ``n_sources``)."""
        starts = self.claim_start[relations]
        lengths = self.claim_start[relations + 1] - starts
        offsets = np.repeat(starts - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths)
        claims = np.arange(int(lengths.sum()), dtype=np.int64) + offsets
        owners = np.repeat(np.arange(len(relations), dtype=np.int64), lengths)
        if counted is not None:
            owners, claims = owners[counted[claims]], claims[counted[claims]]
        width = int(self.claim_source.max(initial=0)) + 1
        pairs = np.unique(owners * width + self.claim_source[claims])
        return np.bincount(pairs // width, minlength=len(relations))

    def degrees(self) -> np.ndarray:
        """The number of relations of each actor (as ``view.degree()`` counts them)."""
        if self._degrees is None:
            self._degrees = (np.bincount(self.rel_u, minlength=self.n_nodes)
                             + np.bincount(self.rel_v, minlength=self.n_nodes))
        return self._degrees

    _degrees = None


_DTYPES = {"u": np.int32, "p": np.uint8, "v": np.int32, "mod": np.uint8, "first": np.int32, "last": np.int32,
           "flags": np.uint8, "source": np.int32}
_INT32 = next(code for code in "il" if array(code).itemsize == 4)
_TYPECODES = {name: "B" if dtype is np.uint8 else _INT32 for name, dtype in _DTYPES.items()}


def _span(date: str, end_date: str, standing: bool, published: str) -> tuple[int, int, int]:
    """(first day, last day, HAS_SPAN or 0) as :func:`diplograph.queries.filters.claim_span` gives them."""
    if date:
        first = date_span(date)
        if first is None:
            return 0, 0, 0
        last = date_span(end_date) if end_date else first
        return first[0], (last or first)[1], HAS_SPAN
    if standing:
        return _ALWAYS[0], _ALWAYS[1], HAS_SPAN
    span = date_span(published) if published else None
    return (span[0], span[1], HAS_SPAN) if span else (0, 0, 0)


def _layout(n_nodes: int, claims: dict[str, np.ndarray], predicates: list[str]) -> dict[str, np.ndarray]:
    """Relations in view order, their claims grouped under them, and each actor's neighbours."""
    u, p, v = claims["u"], claims["p"], claims["v"]
    # one relation per (subject, predicate, object)
    key = (u.astype(np.int64) * len(predicates) + p) * max(n_nodes, 1) + v
    relation_keys, claim_rel = np.unique(key, return_inverse=True)
    rel_v = (relation_keys % max(n_nodes, 1)).astype(np.int32)
    rest = relation_keys // max(n_nodes, 1)
    rel_p = (rest % len(predicates)).astype(np.uint8)
    rel_u = (rest // len(predicates)).astype(np.int32)
    # view order: by subject; each object at the place of its first (smallest) predicate; then predicate
    pair = rel_u.astype(np.int64) * max(n_nodes, 1) + rel_v
    first_p = np.full(len(relation_keys), len(predicates), dtype=np.int64)
    pair_ids, pair_of = np.unique(pair, return_inverse=True)
    smallest = np.full(len(pair_ids), len(predicates), dtype=np.int64)
    np.minimum.at(smallest, pair_of, rel_p.astype(np.int64))
    first_p = smallest[pair_of]
    order = np.lexsort((rel_p, rel_v, first_p, rel_u))
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    rel_u, rel_v, rel_p = rel_u[order], rel_v[order], rel_p[order]
    # claims grouped by relation, in relation order
    claim_rank = rank[claim_rel]
    claim_order = np.argsort(claim_rank, kind="stable")
    counts = np.bincount(claim_rank, minlength=len(order))
    claim_start = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    # neighbours: first as successors (relation order), then as predecessors (by subject, predicate)
    n_rel = len(order)
    rel_ids = np.arange(n_rel, dtype=np.int32)
    in_order = np.lexsort((rel_p, rel_u, rel_v))  # by object, then subject, then predicate
    owner = np.concatenate([rel_u, rel_v[in_order]])
    other = np.concatenate([rel_v, rel_u[in_order]])
    entry_rel = np.concatenate([rel_ids, rel_ids[in_order]])
    side = np.concatenate([np.zeros(n_rel, dtype=np.int8), np.ones(n_rel, dtype=np.int8)])
    sequence = np.arange(2 * n_rel)
    entry_order = np.lexsort((sequence, side, owner))
    adj_counts = np.bincount(owner, minlength=n_nodes)
    return {
        "rel_u": rel_u, "rel_v": rel_v, "rel_pred": rel_p, "claim_start": claim_start,
        "claim_mod": claims["mod"][claim_order], "claim_first": claims["first"][claim_order],
        "claim_last": claims["last"][claim_order], "claim_flags": claims["flags"][claim_order],
        "claim_source": claims["source"][claim_order],
        "adj_start": np.concatenate([[0], np.cumsum(adj_counts)]).astype(np.int64),
        "adj_outs": np.bincount(rel_u, minlength=n_nodes).astype(np.int64),
        "adj_other": other[entry_order].astype(np.int32), "adj_rel": entry_rel[entry_order].astype(np.int32),
    }
