"""The core object analysts hold: a graph over one backend, from the CLI or from Jupyter.

>>> import tempfile, os
>>> g = DiploGraph.open(store=os.path.join(tempfile.mkdtemp(), "g.db"))
>>> report = g.ingest_facts([("Iran", "CO_PRODUCTION", "Tajikistan")])
>>> g.counts().relations
1
>>> [r.predicate for r in g.relations("Dushanbe")]
['CO_PRODUCTION']
"""

from __future__ import annotations

import difflib
import html
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from diplograph.errors import ActorNotFound
from diplograph.graph.backend import Backend
from diplograph.graph.curation import Curations
from diplograph.graph.model import Actor, Batch, Counts, Relation, RelationSummary, aggregate, claim_order
from diplograph.loaders import ingest_paths, paused_cycle_collection
from diplograph.names import name_key

if TYPE_CHECKING:  # networkx and numpy are imported where a graph is read: ingest needs neither
    import networkx as nx


class DiploGraph:
    """A diplomatic-relations graph: load sources, look actors up, query, draw, export."""

    def __init__(self, backend: Backend):
        self.backend = backend
        self.min_grade: str | None = None  # "B2": queries see only relations graded that or better
        self._view: nx.MultiDiGraph | None = None
        self._graded: tuple | None = None  # (min grade, the view cut to it) until the next write
        self._names: dict[str, str] | None = None
        self._curations: Curations | None = None
        self._curated_actors: dict[str, Actor] | None = None

    @classmethod
    def open(cls, store: str | Path | None = None, backend: str = "embedded", **options) -> "DiploGraph":
        """Open the embedded store at ``store`` (default: see ``diplograph --help``; option:
        busy_timeout, the seconds a writer waits for another), or a Neo4j server with
        ``backend="neo4j"`` (options: uri, user, password, database)."""
        from diplograph.graph.backends import open_backend

        return cls(open_backend(backend, store=store, **options))

    # -- loading -----------------------------------------------------------------------------

    def write(self, batch: Batch, *, strict: bool = True):
        try:
            with paused_cycle_collection():
                return self.backend.write(batch, strict=strict)
        finally:
            self.invalidate()

    def write_together(self, batches: Iterable[Batch], *, strict: bool = True):
        """Write ``batches`` as one: every one of them, or (when one fails) none. The embedded
        store writes each as it comes, in one transaction, so memory holds one batch at a time;
        another backend gets them gathered into one batch. Returns the summed WriteReport."""
        from diplograph.graph.backend import WriteReport

        total = WriteReport()

        def add(report) -> None:
            total.actors += report.actors
            total.sources += report.sources
            total.claims += report.claims
            total.rejected.extend(report.rejected)

        try:
            if hasattr(self.backend, "atomic"):
                with self.backend.atomic():
                    for batch in batches:
                        with paused_cycle_collection():
                            add(self.backend.write(batch, strict=strict))
            else:
                gathered = Batch()
                for batch in batches:
                    gathered.extend(batch)
                with paused_cycle_collection():
                    add(self.backend.write(gathered, strict=strict))
        finally:
            self.invalidate()
        return total

    def ingest(self, *paths: str | Path, progress: bool = False, **options):
        """Load files or folders (articles, curated CSV/YAML, datasets) into the graph.

        Options: ``limits``, a :class:`~diplograph.loaders.budget.Limits` (what one document may
        cost); ``follow_links=True`` follows symbolic links out of a folder given."""
        try:
            return ingest_paths(self, [Path(p) for p in paths], progress=progress, **options)
        finally:
            self.invalidate()

    def ingest_facts(self, rows: Iterable[tuple | dict], source: str = "python"):
        """Load facts given in Python: ``(subject, predicate, object)`` tuples or dicts with
        the curated CSV columns."""
        from diplograph.loaders.curated import batch_from_rows

        return self.write(batch_from_rows(rows, origin=source))

    def merge(self, keep: str, drop: str) -> tuple[Actor, Actor]:
        """Fold actor ``drop`` into ``keep``; recorded, so it survives loading the sources again."""
        keep_actor, drop_actor = self.actor(keep), self.actor(drop)
        self.backend.merge(keep_actor.id, drop_actor.id)
        self.invalidate()
        return keep_actor, drop_actor

    def review(self, act: str, target: str, *, who: str | None = None, why: str = "", **fields):
        """Record an analyst's act (confirm, reject, correct, note, merge, split; see
        :mod:`diplograph.reviewing`): it applies to every read from now on, and after the same
        sources are loaded again. Returns the curation record."""
        from diplograph.reviewing import review

        return review(self, act, target, who=who, why=why, **fields)

    def undo(self, record_id: str, *, who: str | None = None, why: str = ""):
        """Undo the act recorded as ``record_id``; the record stays, marked undone."""
        from diplograph.reviewing import undo

        return undo(self, record_id, who=who, why=why)

    def invalidate(self) -> None:
        self._view = None
        self._graded = None
        self._names = None
        self._curations = None
        self._curated_actors = None

    @property
    def curations(self) -> Curations:
        """The analysts' active curation records, as applied to every read."""
        if self._curations is None:
            self._curations = Curations(self.backend.curations())
        return self._curations

    # -- reading -----------------------------------------------------------------------------

    @property
    def nx(self) -> nx.MultiDiGraph:
        """The whole graph as a networkx MultiDiGraph (cached until the next write); with
        :attr:`min_grade` set, only the relations graded that or better.

        It is read from the store as it is used (:mod:`diplograph.graph.store_view`): a query
        about one actor reads that actor's rows; anything that needs every node and edge reads
        the whole graph once."""
        from diplograph.graph.store_view import StoreView, can_serve
        from diplograph.graph.view import graded_view, view_of

        if self._view is None:
            curations = self.curations
            if curations or not can_serve(self.backend):  # curated reads are applied to the whole graph
                self._view = view_of(self.backend, curations)
            else:
                self._view = StoreView(self.backend)
                self._view.graph["curations"] = curations
        if self.min_grade is None:
            return self._view
        if self._graded is None or self._graded[0] != self.min_grade:
            self._graded = (self.min_grade, graded_view(self._view, self.min_grade))
        return self._graded[1]

    def counts(self) -> Counts:
        return self.backend.counts()

    def degrees(self) -> dict[str, int]:
        """actor id -> its number of relations (read off the whole-graph index when the store keeps one)."""
        from diplograph.queries.lookup import graph_index

        index = graph_index(self.nx)
        if index is not None:
            return dict(zip(index.nodes, index.degrees().tolist()))
        return dict(self.nx.degree())

    def census(self) -> tuple[dict[str, int], dict[str, int]]:
        """How many actors of each type, and how many relations of each predicate."""
        from collections import Counter

        import numpy as np

        from diplograph.queries.lookup import graph_index

        index = graph_index(self.nx)
        if index is not None:
            types = Counter(dict(zip(index.types, np.bincount(index.node_type, minlength=len(index.types)).tolist())))
            predicates = Counter(dict(zip(index.predicates,
                                          np.bincount(index.rel_pred, minlength=len(index.predicates)).tolist())))
            return {k: v for k, v in types.items() if v}, {k: v for k, v in predicates.items() if v}
        types = Counter(data["type"] for _, data in self.nx.nodes(data=True))
        return dict(types), dict(Counter(key for _, _, key in self.nx.edges(keys=True)))

    def actors(self, type: str | None = None, search: str | None = None) -> list[Actor]:
        found = list(self._actors_by_id().values()) if self.curations else self.backend.actors()
        if type:
            found = [a for a in found if a.type == type]
        if search:
            key = name_key(search)
            found = [a for a in found if any(key in name_key(n) for n in (a.name, *a.aliases))]
        return found

    def actor(self, name_or_id: str) -> Actor:
        """The actor a name, alias, demonym, capital or id refers to.

        Raises ActorNotFound with the closest names when nothing matches.
        """
        direct = self._get_actor(name_or_id)
        if direct is not None:
            return direct
        if not self.curations and hasattr(self.backend, "actor_id_for_key"):  # no need to read every actor
            actor_id = self.backend.actor_id_for_key(name_key(name_or_id))
        else:
            actor_id = self._name_index().get(name_key(name_or_id))
        if actor_id is None:
            from diplograph.gazetteer import load_gazetteer

            entry = load_gazetteer().lookup(name_or_id)
            actor_id = entry.id if entry else None
        found = self._get_actor(actor_id) if actor_id else None
        if found is None:
            names = self._name_index()
            close = difflib.get_close_matches(name_key(name_or_id), list(names), n=3, cutoff=0.6)
            raise ActorNotFound(name_or_id, sorted({self._get_actor(names[c]).name for c in close}))
        return found

    def _get_actor(self, actor_id: str) -> Actor | None:
        """The actor stored as ``actor_id``, or the one it was merged into by an analyst."""
        if not self.curations:
            return self.backend.get_actor(actor_id)
        return self._actors_by_id().get(self.curations.resolve(actor_id))

    def _actors_by_id(self) -> dict[str, Actor]:
        if self._curated_actors is None:
            self._curated_actors = {a.id: a for a in self.curations.apply_actors(self.backend.actors())}
        return self._curated_actors

    def _name_index(self) -> dict[str, str]:
        if self._names is None:
            index: dict[str, str] = {}
            actors = self.actors()
            for actor in actors:  # aliases first, so that a canonical name always wins
                for alias in actor.aliases:
                    index.setdefault(name_key(alias), actor.id)
            for actor in actors:
                index[name_key(actor.name)] = actor.id
            self._names = index
        return self._names

    def relations(self, actor: str | None = None) -> list[Relation]:
        """Relations (claims aggregated) of one actor, or of the whole graph."""
        actor_id = self.actor(actor).id if actor else None
        if not self.curations:
            return aggregate(self.backend.claims(actor_id))
        claims = self.curations.apply_claims(self.backend.claims())
        return aggregate(c for c in claims if actor_id is None or actor_id in (c.subject, c.object))

    def sources(self):
        return {s.id: s for s in self.backend.sources()}

    def trust(self):
        """The :class:`~diplograph.graph.trust.Trust` of this graph: each source's reliability
        (its own grade, else its publisher's, see :meth:`grade_publisher`) and groups of copies."""
        if self._view is not None:
            return self._view.graph["trust"]
        from diplograph.graph.trust import Trust

        return Trust(self.sources(), self.backend.publisher_grades())

    def grade_publisher(self, publisher: str, grade: str | None) -> None:
        """Record the reliability (A-F) of every source ``publisher`` publishes, or forget it
        with None. A grade given by a folder's manifest for one source wins over this."""
        from diplograph.graph.trust import check_reliability

        self.backend.grade_publisher(publisher, None if grade is None else check_reliability(grade))
        self.invalidate()

    def relations_page(self, actor: str, *, offset: int = 0, limit: int | None = None,
                       claims: int | None = None) -> tuple[int, list[Relation]]:
        """How many relations ``actor`` has, and the ``limit`` of them from ``offset`` on (in
        the order of :meth:`relations`), each with its first ``claims`` claims at most (and the
        aggregates of all of them): a hub is shown a page at a time, not read whole.

        >>> import os, tempfile
        >>> g = DiploGraph.open(store=os.path.join(tempfile.mkdtemp(), "g.db"))
        >>> _ = g.ingest_facts([("Iran", "ARMS_TRANSFER", "Tajikistan", "2021"),
        ...                     ("Iran", "ARMS_TRANSFER", "Tajikistan", "2022"), ("Iran", "BORDERS", "Turkey")])
        >>> total, page = g.relations_page("Iran", limit=1, claims=1)
        >>> total, [(r.predicate, len(r.claims), r.n_claims, r.last_date) for r in page]
        (2, [('ARMS_TRANSFER', 1, 2, '2022')])
        """
        actor_id = self.actor(actor).id
        stop = None if limit is None else offset + limit
        if self.curations or not hasattr(self.backend, "relation_keys"):  # curated: read whole, as every read
            every = self.relations(actor_id)
            return len(every), every[offset:stop]
        keys = self.backend.relation_keys(actor_id)
        summary = getattr(self.backend, "relation_summary", None)  # both reads in one, where a backend can
        page = []
        for key in keys[offset:stop]:
            if summary is not None:
                count, first, found = summary(key, claims)
            else:
                (count, first), found = self.backend.relation_claims(key, claims), None
            if len(first) == count:
                page.append(Relation(*key, tuple(sorted(first, key=claim_order))))
                continue
            found = found or self.backend.relation_aggregates(key)
            page.append(RelationSummary(*key, tuple(first), count, found["first_date"], found["last_date"],
                                        tuple(found["stances"])))
        return len(keys), page

    def records_of(self, relations: list[Relation]) -> tuple[dict[str, Actor], dict]:
        """The actors and sources that ``relations`` name, by id (read one by one where the
        backend can, so that showing one actor never reads the whole store)."""
        ids = sorted({i for r in relations for i in (r.subject, r.object)})
        cited = sorted({c.source_id for r in relations for c in r.claims})
        if not self.curations and hasattr(self.backend, "actors_by_id") and hasattr(self.backend, "sources_by_id"):
            return self.backend.actors_by_id(ids), self.backend.sources_by_id(cited)
        return {a.id: a for a in self.actors()}, self.sources()

    def map(self, focus: str | None = None, *, depth: int = 1, predicates: Iterable[str] = (),
            since: str | None = None, until: str | None = None, title: str | None = None, layout: str = "auto"):
        """The interactive map (the page ``diplograph viz`` writes) of the graph or of the actors
        around ``focus``: Jupyter shows it inline; ``.save(path)`` writes it.
        See :func:`diplograph.explore.page.map_page` for the options."""
        from diplograph.explore.page import map_page

        return map_page(self, focus=focus, depth=depth, predicates=predicates, since=since, until=until,
                        title=title, layout=layout)

    def ask(self, question: str):
        """Answer an analyst's question (see ``diplograph ask``) from this graph."""
        from diplograph.queries.ask import ask

        return ask(self.nx, question, resolve=lambda name: self.actor(name).id)

    def close(self) -> None:
        self.backend.close()

    def __enter__(self) -> "DiploGraph":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        c = self.counts()
        return f"<DiploGraph {self.backend!r}: {c.actors} actors, {c.relations} relations, {c.sources} sources>"

    def _repr_html_(self) -> str:
        """How Jupyter shows the graph: its size, as escaped text."""
        return f"<code>{html.escape(repr(self))}</code>"
