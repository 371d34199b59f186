"""The networkx view of a store, read as it is used: a question about one actor reads that actor's rows.

:class:`StoreView` is a :class:`networkx.MultiDiGraph` with the nodes, edges and attributes
that :func:`diplograph.graph.view.view_of` would build, but it holds none of them at first.
Looking up an actor reads its row; walking its relations (``view._succ[a]``, ``view._pred[a]``)
reads the claims where it is subject or object, grouped into relations exactly as the whole
view groups them (same claim order, same aggregates, same order of neighbours); asking for
the relations between two actors reads only theirs. So the queries of
:mod:`diplograph.queries` give the same answers on it as on the whole view, at the cost of
the rows they touch, not of the store's size.

Anything that needs the whole graph (iterating over every edge, a networkx algorithm over all
nodes, adding an edge) builds the whole view once, transparently, and the view then behaves
as a plain MultiDiGraph.

A backend that can serve the view has these reads (both backends do):
``relation_rows(actor_id, side)`` (``side`` "out": claims with ``actor_id`` as subject; "in":
as object; with the actors at the other ends), ``pair_claims(subject, object)``,
``actors_by_id(ids)``, and ``actors()``, ``claims()``, ``sources()``, ``publisher_grades()``;
``relations_claims(keys)`` (many relations at once), when a backend has it, saves a query each;
``source_claims(source_id)``, ``actor_ids_named(fragment)`` and ``name_keys()`` serve the
methods of the same names (what the web app reads of a store that keeps a whole-graph index).

>>> import os, tempfile
>>> from diplograph.core import DiploGraph
>>> g = DiploGraph.open(store=os.path.join(tempfile.mkdtemp(), "g.db"))
>>> _ = g.ingest_facts([("Iran", "CO_PRODUCTION", "Tajikistan"), ("Turkey", "ARMS_TRANSFER", "Tajikistan")])
>>> view = StoreView(g.backend)
>>> sorted(view._pred["state:TJK"])
['state:IRN', 'state:TUR']
>>> view.loaded
False
>>> view.number_of_edges(), view.loaded
(2, True)
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping, MutableMapping

import networkx as nx

from diplograph.graph.model import Actor
from diplograph.graph.trust import SourceIndex, Trust
from diplograph.graph.view import relation_maker, view_of

_ABSENT = object()


def can_serve(backend) -> bool:
    """Whether ``backend`` has the reads a :class:`StoreView` needs."""
    return all(hasattr(backend, name) for name in ("relation_rows", "pair_claims", "actors_by_id", "publisher_grades"))


def node_data(actor: Actor) -> dict:
    """The attributes of an actor's node, as the whole view has them."""
    return {"name": actor.name, "type": actor.type, "aliases": list(actor.aliases),
            "external_ids": dict(actor.external_ids)}


class StoreView(nx.MultiDiGraph):
    """A MultiDiGraph over a backend, read one actor (or one pair of actors) at a time.

    Reads are serialised by a lock, so the view may be shared by threads when the backend's
    connection may be (the embedded store's may).
    """

    _backend = _index = None  # a copy (``cls()``, a plain graph) reads no store and keeps no index

    def __init__(self, backend=None, incoming_graph_data=None, **attr):
        super().__init__(incoming_graph_data, **attr)
        self.loaded = backend is None  # networkx makes copies with ``cls()``: those are plain graphs
        if backend is None:
            return
        self._backend = backend
        self._lock = threading.RLock()
        self._relations: dict[tuple[str, str, str], dict] = {}  # (subject, object, predicate) -> edge data
        # the sources are read whole: their groups of copies decide how many independent sources
        # a relation has (n_sources), and a store holds far fewer sources than claims
        records = {source.id: source for source in backend.sources()}
        trust = self.graph["trust"] = Trust(records, backend.publisher_grades())
        self.graph["sources"] = SourceIndex(records, trust.group_of)
        self._make = relation_maker(group_of=trust.group_of)
        self._node = _Nodes(self)
        self._succ = _Adjacency(self, "out")
        self._pred = _Adjacency(self, "in")
        self._names = None
        self._index = None

    # -- reading rows ---------------------------------------------------------------------------

    def read_actors(self, ids) -> None:
        """Read these actors' rows now, in a few queries (a query about to name many of them)."""
        if not self.loaded:
            self._read_nodes(list(ids))

    def _read_nodes(self, ids) -> None:
        with self._lock:
            wanted = [i for i in ids if i not in self._node._data and i not in self._node._missing]
            if not wanted:
                return
            found = self._backend.actors_by_id(wanted)
            for actor_id in wanted:
                actor = found.get(actor_id)
                if actor is None:
                    self._node._missing.add(actor_id)
                else:
                    self._node._data[actor_id] = node_data(actor)

    def _read_side(self, node: str, side: str) -> dict[str, dict[str, dict]]:
        """Every relation of ``node`` on one side, as the whole view's ``_succ[node]`` (side
        "out") or ``_pred[node]`` (side "in") holds them, in the same order."""
        with self._lock:
            claims, others = self._backend.relation_rows(node, side)
            for actor_id, actor in others.items():
                if actor_id not in self._node._data:
                    self._node._data[actor_id] = node_data(actor)
            return self._arrange(node, side, claims)

    def read_relations(self, keys) -> None:
        """Read these relations ``(subject, predicate, object)`` now, in a few queries (a query
        about to list many of them): :meth:`relation` then reads nothing more."""
        if self.loaded or not hasattr(self._backend, "relations_claims"):
            return
        with self._lock:
            if self.keep_claims is not None and self._kept > self.keep_claims:
                self.forget()
            groups: dict[tuple[str, str, str], list] = {}
            wanted = sorted({(s, o, p) for s, p, o in keys} - self._relations.keys())
            for claim in self._backend.relations_claims([(s, p, o) for s, o, p in wanted]):
                groups.setdefault((claim.subject, claim.object, claim.predicate), []).append(claim)
            for key, claims in groups.items():
                if key[0] in self._node._data and key[1] in self._node._data:
                    self._relations[key] = self._make(key[2], claims)
                    self._kept += len(claims)

    # Past this many claims read by read_relations, what it read is forgotten before its next
    # read (None: kept while the view lives). A view that serves for hours (the web app's)
    # sets it, so that its memory does not grow with every hub an analyst looks at.
    keep_claims: int | None = None
    _kept = 0

    def forget(self) -> None:
        """Drop the relations :meth:`read_relations` read so far: they are read again when
        asked, and answers under way keep what they hold. (Neighbours read a pair or an actor
        at a time stay: another thread may be looking one up.)"""
        with self._lock:
            self._relations.clear()
            self._kept = 0

    def relation(self, subject: str, object_: str, predicate: str) -> dict:
        """The edge data of one relation (``view._succ[subject][object_][predicate]``)."""
        if not self.loaded:
            found = self._relations.get((subject, object_, predicate))
            if found is not None:
                return found
        return self._succ[subject][object_][predicate]

    def actors_named(self, fragment: str) -> list[str]:
        """The actors with a name or alias whose name key contains ``fragment``, in id order
        (read off the store's table of name keys)."""
        with self._lock:
            return self._backend.actor_ids_named(fragment)

    def name_keys(self) -> list[tuple[str, str]]:
        """(actor id, the name key of its name) of every actor, in id order."""
        with self._lock:
            return self._backend.name_keys()

    def source_claims(self, source_id: str) -> list:
        """Every claim from ``source_id``, read from the store (in no particular order)."""
        with self._lock:
            return self._backend.source_claims(source_id)

    def _read_pair(self, subject: str, object_: str) -> dict[str, dict]:
        """The relations from ``subject`` to ``object_``, keyed by predicate."""
        with self._lock:
            return self._arrange(subject, "out", self._backend.pair_claims(subject, object_)).get(object_, {})

    def _arrange(self, node: str, side: str, claims) -> dict[str, dict[str, dict]]:
        groups: dict[tuple[str, str], list] = {}
        for claim in claims:
            other = claim.object if side == "out" else claim.subject
            groups.setdefault((other, claim.predicate), []).append(claim)
        # the whole view adds edges in (subject, predicate, object) order: a node's successors
        # come in (predicate, object) order, its predecessors in (subject, predicate) order
        order = sorted(groups, key=(lambda k: (k[1], k[0])) if side == "out" else None)
        adjacency: dict[str, dict[str, dict]] = {}
        for other, predicate in order:
            if other not in self._node._data:
                continue  # a claim whose other end is not a stored actor is not in the view
            key = (node, other, predicate) if side == "out" else (other, node, predicate)
            data = self._relations.get(key)
            if data is None:
                data = self._relations[key] = self._make(predicate, groups[other, predicate])
            adjacency.setdefault(other, {})[predicate] = data
        return adjacency

    def names(self) -> Mapping:
        """name key -> actor id: read from the store's names table when it has one."""
        if self.loaded or not hasattr(self._backend, "actor_id_for_key"):
            from diplograph.queries.lookup import names_of

            return names_of(self.nodes(data=True))
        if self._names is None:
            self._names = _Names(self)
        return self._names

    def index(self):
        """The store's whole-graph index (:class:`diplograph.graph.index.GraphIndex`), loaded
        or built on first use; None for a backend that keeps none (Neo4j)."""
        if self._index is None and hasattr(self._backend, "index_rows"):
            from diplograph.graph.index import open_index

            with self._lock:
                self._index = open_index(self._backend, announce=self.announce)
        return self._index

    announce = None  # a callable told about slow steps (the CLI prints them on a terminal)

    # -- the whole graph ------------------------------------------------------------------------

    def load(self) -> "StoreView":
        """Read the whole graph now (done by itself when something needs it); returns the view."""
        with self._lock:
            if self.loaded:
                return self
            whole = view_of(self._backend)
            lazy = (self._node, self._succ, self._pred)
            self._node, self._succ, self._pred = whole._node, whole._succ, whole._pred
            for part, full in zip(lazy, (whole._node, whole._succ, whole._pred)):
                part._full = full  # views made earlier hold the lazy parts: they now read the whole graph
            self._relations.clear()
            self.loaded = True
            return self


class _Lazy(MutableMapping):
    """A mapping read from the store as it is used; after :meth:`StoreView.load`, the whole one."""

    def __init__(self, view: StoreView):
        self._view = view
        self._data: dict = {}
        self._missing: set = set()
        self._full: dict | None = None

    def _whole(self) -> dict:
        if self._full is None:
            self._view.load()
        return self._full

    def __iter__(self) -> Iterator:
        return iter(self._whole())

    def __len__(self) -> int:
        return len(self._whole())

    def __setitem__(self, key, value) -> None:
        self._whole()[key] = value

    def __delitem__(self, key) -> None:
        del self._whole()[key]

    def _fetch(self, key) -> None:
        raise NotImplementedError

    def __getitem__(self, key):
        if self._full is not None:
            return self._full[key]
        found = self._data.get(key, _ABSENT)
        if found is _ABSENT:
            if key in self._missing:
                raise KeyError(key)
            self._fetch(key)
            found = self._data.get(key, _ABSENT)
            if found is _ABSENT:
                raise KeyError(key)
        return found

    def __contains__(self, key) -> bool:
        try:
            self[key]
        except (KeyError, TypeError):
            return False
        return True

    def get(self, key, default=None):
        try:
            return self[key]
        except (KeyError, TypeError):
            return default

    def __bool__(self) -> bool:  # ``view.graph.get("sources") or {}`` must not read everything
        return True

    def __repr__(self) -> str:
        state = "whole" if self._full is not None else f"{len(self._data)} read"
        return f"<{type(self).__name__} of {self._view._backend!r}: {state}>"


class _Table(_Lazy):
    """Actors or sources: iterating reads that table whole (in id order), not the whole graph."""

    def _whole(self) -> dict:
        if self._full is not None:
            return self._full
        with self._view._lock:
            if not self._complete:
                every = self._read_all()
                self._data = {key: self._data.get(key, value) for key, value in every.items()}
                self._complete = True
        return self._data

    def __getitem__(self, key):
        if self._complete and self._full is None:
            return self._data[key]
        return super().__getitem__(key)

    _complete = False


class _Nodes(_Table):
    def _fetch(self, key) -> None:
        if isinstance(key, str):
            self._view._read_nodes([key])

    def _read_all(self) -> dict:
        return {actor.id: node_data(actor) for actor in self._view._backend.actors()}


class _Names(Mapping):
    """name key -> actor id, looked up in the store's names table one key at a time
    (:func:`diplograph.queries.lookup.name_index` of a store view)."""

    def __init__(self, view: StoreView):
        self._view = view
        self._found: dict[str, str | None] = {}
        self._every: dict[str, str] | None = None

    def __getitem__(self, key):
        if self._every is not None:
            return self._every[key]
        if key not in self._found:
            with self._view._lock:
                self._found[key] = self._view._backend.actor_id_for_key(key) if isinstance(key, str) else None
        found = self._found[key]
        if found is None or found not in self._view:
            raise KeyError(key)
        return found

    def __iter__(self):
        return iter(self._whole())

    def __len__(self) -> int:
        return len(self._whole())

    def _whole(self) -> dict:
        if self._every is None:
            from diplograph.queries.lookup import names_of

            self._every = names_of(self._view.nodes(data=True))
        return self._every


class _Adjacency(_Lazy):
    """``_succ`` or ``_pred``: node -> its neighbours on one side (a :class:`_Neighbours`)."""

    def __init__(self, view: StoreView, side: str):
        super().__init__(view)
        self.side = side

    def _fetch(self, key) -> None:
        if key in self._view._node:
            self._data[key] = _Neighbours(self._view, key, self.side)


class _Neighbours(Mapping):
    """One node's neighbours on one side, each with its relations keyed by predicate.

    Looking up one neighbour reads only the claims between the two; iterating reads them all.
    """

    def __init__(self, view: StoreView, node: str, side: str):
        self._view, self._node, self._side = view, node, side
        self._pairs: dict[str, dict] = {}
        self._all: dict | None = None

    def _whole(self) -> dict:
        view = self._view
        if view.loaded:
            return (view._succ if self._side == "out" else view._pred)[self._node]
        if self._all is None:
            self._all = view._read_side(self._node, self._side)
        return self._all

    def __getitem__(self, other):
        if self._all is not None or self._view.loaded:
            return self._whole()[other]
        found = self._pairs.get(other)
        if found is None:
            if other not in self._view._node:
                raise KeyError(other)
            u, v = (self._node, other) if self._side == "out" else (other, self._node)
            found = self._pairs[other] = self._view._read_pair(u, v)
        if not found:
            raise KeyError(other)
        return found

    def __contains__(self, other) -> bool:
        try:
            self[other]
        except (KeyError, TypeError):
            return False
        return True

    def get(self, other, default=None):
        try:
            return self[other]
        except (KeyError, TypeError):
            return default

    def __iter__(self):
        return iter(self._whole())

    def __len__(self) -> int:
        return len(self._whole())

    def items(self):
        return self._whole().items()

    def keys(self):
        return self._whole().keys()

    def values(self):
        return self._whole().values()

    def __repr__(self) -> str:
        return repr(self._whole())
