"""The JSON API of the web app: what the page asks the server, answered from the networkx view.

A view read from a store answers without being read whole: questions about actors read their
rows, and what needs the whole graph (degrees, statistics, which part of a neighbourhood to
show) comes from the store's whole-graph index (see :mod:`diplograph.webapp.indexed`).

Each endpoint is a method of :class:`GraphAPI` that takes the query parameters and returns a
plain dict, or raises :class:`ApiError` with an HTTP status and a message that says what is
wrong and what is allowed. Nothing here knows about HTTP, so it can be called directly:

>>> from diplograph.queries.example import example_view
>>> api = GraphAPI(example_view())
>>> [r["name"] for r in api.handle("/api/search", {"q": ["bor"]})["results"]]
['Borvia']
>>> api.handle("/api/neighbours", {"id": ["Borvia"], "depth": ["9"]})
Traceback (most recent call last):
...
diplograph.webapp.api.ApiError: depth must be a whole number from 1 to 3 (got '9')

Work per request is bounded: neighbourhoods go at most :data:`MAX_DEPTH` relations deep, and
every list is cut to a limit, with the cut reported in the answer (``truncated``).
"""

from __future__ import annotations

import difflib
from collections import Counter
from urllib.parse import unquote

import networkx as nx

from diplograph.errors import ActorNotFound, DiplographError
from diplograph.explore.map import LABEL_CHARS, SWATCH_POINTS, edge_style, node_style
from diplograph.graph.ontology import load_ontology
from diplograph.names import name_key
from diplograph.queries import evidence, find_actor, neighbourhood, ties
from diplograph.queries.filters import RelationFilter
from diplograph.queries.lookup import graph_index, name_index
from diplograph.webapp import indexed

MAX_DEPTH = 3
MAX_IDS = 50  # actors whose neighbourhoods one request may merge
DEFAULT_NODES, MAX_NODES = 150, 500
MAX_EDGES = 2000
MAX_RELATIONS = 300  # relations listed for one actor
MAX_CLAIMS = 500  # claims listed for one relation
DEFAULT_RESULTS, MAX_RESULTS = 12, 50
MAX_QUERY_CHARS = 200
FILTERS = ("type", "predicate", "family", "since", "until", "confirmed")


class ApiError(DiplographError):
    """A request the API cannot answer: ``status`` is the HTTP status, ``extra`` more fields
    for the JSON body (``parameter``, ``suggestions``)."""

    def __init__(self, status: int, message: str, **extra):
        super().__init__(message)
        self.status, self.message, self.extra = status, message, extra

    def to_dict(self) -> dict:
        return {"error": self.message, "status": self.status, **self.extra}


class Params:
    """The query parameters of one request, read and checked by name.

    >>> p = Params({"depth": ["2"], "type": ["state,company", "person"]}, "/api/neighbours", ("depth", "type"))
    >>> p.integer("depth", 1, 1, 3), p.names("type")
    (2, ['state', 'company', 'person'])
    >>> Params({"dpth": ["2"]}, "/api/neighbours", ("depth",))
    Traceback (most recent call last):
    ...
    diplograph.webapp.api.ApiError: unknown parameter 'dpth' for /api/neighbours; it takes: depth
    """

    def __init__(self, query: dict[str, list[str]], endpoint: str, known: tuple[str, ...]):
        unknown = sorted(set(query) - set(known))
        if unknown:
            listed = ", ".join(known) if known else "no parameters"
            raise ApiError(400, f"unknown parameter {unknown[0]!r} for {endpoint}; it takes: {listed}",
                           parameter=unknown[0])
        self.query = query

    def one(self, name: str, *, required: bool = False) -> str | None:
        values = self.query.get(name) or []
        if len(values) > 1:
            raise ApiError(400, f"{name} is given {len(values)} times; give it once", parameter=name)
        value = values[0].strip() if values else ""
        if not value:
            if required:
                raise ApiError(400, f"{name} is required", parameter=name)
            return None
        return value

    def every(self, name: str, *, required: bool = False) -> list[str]:
        """Every value of a repeatable parameter (``id=a&id=b``), not split at commas, since
        names may contain them."""
        values = [v.strip() for v in self.query.get(name) or [] if v.strip()]
        if required and not values:
            raise ApiError(400, f"{name} is required", parameter=name)
        return values

    def names(self, name: str) -> list[str] | None:
        """A list of ontology names, given repeated or comma-separated; None when absent."""
        values = [part.strip() for v in self.query.get(name) or [] for part in v.split(",") if part.strip()]
        return values or None

    def integer(self, name: str, default: int, low: int, high: int) -> int:
        text = self.one(name)
        if text is None:
            return default
        # ASCII digits only: str.isdigit() also takes "²", which int() refuses
        if not (text.isascii() and text.isdigit() and len(text) <= 9) or not low <= int(text) <= high:
            raise ApiError(400, f"{name} must be a whole number from {low} to {high} (got {text!r})", parameter=name)
        return int(text)

    def flag(self, name: str) -> bool:
        text = self.one(name)
        if text is None:
            return False
        if text.lower() not in ("1", "0", "true", "false", "yes", "no"):
            raise ApiError(400, f"{name} must be true or false (got {text!r})", parameter=name)
        return text.lower() in ("1", "true", "yes")


class GraphAPI:
    """The endpoints over one networkx view (see :mod:`diplograph.graph.view`), read-only."""

    ENDPOINTS = ("/api/search", "/api/actor/<id>", "/api/neighbours", "/api/relation", "/api/ontology",
                 "/api/stats")

    def __init__(self, view: nx.MultiDiGraph):
        self.view = view
        self.onto = load_ontology()
        # a view read from a store keeps a whole-graph index: its degrees, not the whole view's
        self.index = graph_index(view)
        self.degree = (dict(zip(self.index.nodes, self.index.degrees().tolist())) if self.index is not None
                       else dict(view.degree()))
        # Built once here, so that request threads only ever read them; a store's view looks
        # names up in the store's table of name keys instead (none of its actors is read first)
        self._names = None if self.index is not None and hasattr(view, "actors_named") else _name_rows(view.nodes(data=True))
        name_index(view)
        from diplograph.gazetteer import load_gazetteer

        load_gazetteer()

    def routes(self) -> dict:
        """Path -> method answering a GET of it (``/api/actor/<id>`` apart)."""
        return {"/api/search": self.search, "/api/neighbours": self.neighbours, "/api/relation": self.relation,
                "/api/ontology": self.ontology, "/api/stats": self.stats}

    def handle(self, path: str, query: dict[str, list[str]]) -> dict:
        """The answer to a GET of ``path`` (already split from its query string)."""
        routes = self.routes()
        if path in routes:
            return routes[path](query)
        if path.startswith("/api/actor/") and len(path) > len("/api/actor/"):
            try:
                wanted = unquote(path[len("/api/actor/"):], errors="strict")
            except UnicodeDecodeError:
                raise ApiError(400, "the actor id in the address is not valid UTF-8 once decoded",
                               parameter="id") from None
            return self.actor(wanted, query)
        raise ApiError(404, f"no endpoint {path!r}; the API has: {', '.join(self.ENDPOINTS)}")

    # -- endpoints ---------------------------------------------------------------------------

    def search(self, query: dict) -> dict:
        """Actors whose name or alias contains ``q``: exact matches first, then names that start
        with it, then the rest; the best connected first within each group."""
        params = Params(query, "/api/search", ("q", "type", "limit"))
        text = params.one("q", required=True)
        if len(text) > MAX_QUERY_CHARS:
            raise ApiError(400, f"q is {len(text)} characters long; at most {MAX_QUERY_CHARS}", parameter="q")
        limit = params.integer("limit", DEFAULT_RESULTS, 1, MAX_RESULTS)
        types = self._types(params.names("type"))
        key = name_key(text) or text.casefold()
        ranked: dict[str, tuple[int, str]] = {}
        if self._names is None:  # the actors a name or alias key of the store's table matches
            found = self.view.actors_named(key)
            self.view.read_actors(found)
            candidates = _name_rows((node, self.view.nodes[node]) for node in found)
        else:
            candidates = self._names
        for node, name, aliases in candidates:
            if types and self.view.nodes[node].get("type") not in types:
                continue
            found = _rank(key, name, 0)
            matched = ""
            for alias, alias_key in aliases:
                alias_rank = _rank(key, alias_key, 1)
                if alias_rank is not None and (found is None or alias_rank < found):
                    found, matched = alias_rank, alias
            if found is not None:
                ranked[node] = (found, matched)
        try:  # a demonym or capital the gazetteer knows ("Tajik", "Dushanbe")
            node = find_actor(self.view, text)
            if node not in ranked and (not types or self.view.nodes[node].get("type") in types):
                ranked[node] = (1, text)
        except ActorNotFound:
            pass
        order = sorted(ranked, key=lambda n: (ranked[n][0], -self.degree[n], self._name(n).casefold(), n))
        results = [{**self._actor_ref(n), "degree": self.degree[n], "matched": ranked[n][1]} for n in order[:limit]]
        answer = {"query": text, "results": results, "total": len(order), "truncated": len(order) > limit}
        if not results:
            every = (self.view.name_keys() if self._names is None
                     else [(node, name) for node, name, _ in self._names])  # (actor, name key), in id order
            close = difflib.get_close_matches(key, [name for _, name in every], n=5, cutoff=0.6)
            by_key = {name: node for node, name in every}
            answer["suggestions"] = [self._actor_ref(by_key[c]) for c in close]
        return answer

    def actor(self, wanted: str, query: dict) -> dict:
        """One actor with its relations (filtered like the canvas), strongest evidence first."""
        params = Params(query, "/api/actor/<id>", FILTERS)
        filters = self._filters(params)
        node = self._find(wanted, "id")
        if self.index is not None:  # a hub's first page without reading all its relations
            links, total = _query(indexed.actor_links, self, self.index, node, filters, MAX_RELATIONS)
        else:
            links = [link for tie in _query(ties, self.view, node, **filters) for link in tie.links]
            total = len(links)
        data = self.view.nodes[node]
        return {
            "actor": {**self._actor_ref(node), "aliases": list(data.get("aliases") or []),
                      "external_ids": dict(data.get("external_ids") or {}), "degree": self.degree[node]},
            "relations": [self._relation_row(node, link) for link in links[:MAX_RELATIONS]],
            "total_relations": total,
            "truncated": total > MAX_RELATIONS,
        }

    def neighbours(self, query: dict) -> dict:
        """The actors within ``depth`` relations of each ``id`` (repeatable: the neighbourhoods
        are merged) and the relations among them, as vis-network records with aggregates."""
        params = Params(query, "/api/neighbours", ("id", "depth", "limit", *FILTERS))
        wanted = params.every("id", required=True)
        if len(wanted) > MAX_IDS:
            raise ApiError(400, f"id is given {len(wanted)} times; at most {MAX_IDS}", parameter="id")
        depth = params.integer("depth", 1, 1, MAX_DEPTH)
        limit = params.integer("limit", DEFAULT_NODES, 1, MAX_NODES)
        filters = self._filters(params)
        centres = list(dict.fromkeys(self._find(w, "id") for w in wanted))
        if self.index is not None:
            return _query(indexed.neighbours, self, self.index, centres, depth, limit, filters, MAX_EDGES)
        distance: dict[str, int] = {}
        links = {}
        for centre in centres:
            hood = _query(neighbourhood, self.view, centre, depth, **filters)
            for reached in hood.actors:
                node = reached.actor.id
                distance[node] = min(distance.get(node, depth + 1), reached.distance)
            for link in hood.links:
                links[(link.subject.id, link.predicate, link.object.id)] = link
        order = sorted(distance, key=lambda n: (distance[n], -self.degree[n], self._name(n).casefold(), n))
        kept = set(order[:limit])
        shown = [link for link in links.values() if link.subject.id in kept and link.object.id in kept]
        shown.sort(key=lambda link: (-link.n_sources, link.subject.id, link.predicate, link.object.id))
        return {
            "centres": centres,
            "depth": depth,
            "nodes": [self._node_record(n, distance[n]) for n in order[:limit]],
            "edges": [self._edge_record(link) for link in shown[:MAX_EDGES]],
            "total": {"nodes": len(order), "edges": len(links)},
            "truncated": len(order) > limit or len(shown) > MAX_EDGES or len(shown) < len(links),
            "limits": {"nodes": limit, "edges": MAX_EDGES},
        }

    def relation(self, query: dict) -> dict:
        """Every claim that ``s`` ``p`` ``o`` (any predicate when ``p`` is left out), oldest
        first, each with its source, date, modality and evidence sentence."""
        params = Params(query, "/api/relation", ("s", "p", "o", "since", "until"))
        subject = self._find(params.one("s", required=True), "s")
        obj = self._find(params.one("o", required=True), "o")
        predicate = params.one("p")
        if predicate is not None:
            predicate = self._predicate(predicate)
        claims = _query(evidence, self.view, subject, predicate, obj, since=params.one("since"),
                        until=params.one("until"))
        if not claims:
            what = self.onto.predicate(predicate).label if predicate else "has no relation with"
            raise ApiError(404, f"no claim that {self._name(subject)} {what} {self._name(obj)}"
                                + (" in this time window" if params.one("since") or params.one("until") else ""))
        spec = self.onto.predicate(predicate) if predicate else None
        return {
            "subject": self._actor_ref(subject),
            "predicate": predicate,
            "reads": spec.label if spec else "",
            "symmetric": spec.symmetric if spec else None,
            "object": self._actor_ref(obj),
            "claims": [self._claim_row(e) for e in claims[:MAX_CLAIMS]],
            "total_claims": len(claims),
            "truncated": len(claims) > MAX_CLAIMS,
        }

    def ontology(self, query: dict) -> dict:
        """Actor types, relation families, modalities and predicates, in the ontology's order,
        with the labels and colours the page draws them in."""
        Params(query, "/api/ontology", ())
        onto = self.onto
        return {
            "actor_types": [{"name": t.name, "label": t.label, "description": t.description, "color": t.color,
                             "shape": t.shape, "swatch": SWATCH_POINTS.get(t.shape, "")}
                            for t in onto.actor_types.values()],
            "families": [{"name": f.name, "label": f.label, "color": f.color, "polarity": f.polarity}
                         for f in onto.families.values()],
            "modalities": [{"name": m.name, "description": m.description, "strength": m.strength,
                            "answers": m.answers} for m in onto.modalities.values()],
            "predicates": [{"name": p.name, "label": p.label, "family": p.family, "symmetric": p.symmetric,
                            "description": p.description, "subject_types": sorted(p.subject_types),
                            "object_types": sorted(p.object_types)} for p in onto.predicates.values()],
        }

    def stats(self, query: dict) -> dict:
        """How big the graph is, by actor type and relation family, and the dates it spans."""
        Params(query, "/api/stats", ())
        limits = {"depth": MAX_DEPTH, "nodes": MAX_NODES, "edges": MAX_EDGES, "relations": MAX_RELATIONS,
                  "claims": MAX_CLAIMS, "ids": MAX_IDS}
        if self.index is not None:
            return {**indexed.statistics(self.index, self.view), "limits": limits}
        view = self.view
        edges = list(view.edges(data=True))
        firsts = [d["first_date"] for _, _, d in edges if d.get("first_date")]
        lasts = [d["last_date"] for _, _, d in edges if d.get("last_date")]
        return {
            "actors": view.number_of_nodes(),
            "relations": len(edges),
            "claims": sum(len(d["claims"]) for _, _, d in edges),
            "sources": len(view.graph.get("sources") or {}),
            "actor_types": dict(Counter(d.get("type", "") for _, d in view.nodes(data=True)).most_common()),
            "families": dict(Counter(d["family"] for _, _, d in edges).most_common()),
            "predicates": dict(Counter(d["predicate"] for _, _, d in edges).most_common()),
            "first_date": min(firsts, default=""),
            "last_date": max(lasts, default=""),
            "limits": limits,
        }

    # -- checking parameters ------------------------------------------------------------------

    def _find(self, wanted: str, parameter: str) -> str:
        try:
            return find_actor(self.view, wanted)
        except ActorNotFound as error:
            index = name_index(self.view)
            suggestions = [self._actor_ref(index[name_key(s)]) for s in error.suggestions if name_key(s) in index]
            raise ApiError(404, str(error).replace(" Try `diplograph actors --search TEXT`.", ""),
                           parameter=parameter, suggestions=suggestions) from None

    def _predicate(self, name: str) -> str:
        try:
            return self.onto.predicate(name).name
        except DiplographError as error:
            raise ApiError(400, str(error), parameter="p") from None

    def _types(self, names: list[str] | None) -> set[str] | None:
        if names is None:
            return None
        try:
            return {self.onto.actor_type(n).name for n in names}
        except DiplographError as error:
            raise ApiError(400, str(error), parameter="type") from None

    def _filters(self, params: Params) -> dict:
        """The filter parameters as query-library options; every modality counts unless
        ``confirmed`` asks for the ones that make an answer."""
        options = {"predicates": params.names("predicate"), "families": params.names("family"),
                   "actor_types": params.names("type"), "since": params.one("since"), "until": params.one("until"),
                   "all_modalities": not params.flag("confirmed")}
        _query(RelationFilter.build, **options)  # checked before any actor is looked up
        return options

    # -- records ------------------------------------------------------------------------------

    def _name(self, node: str) -> str:
        return str(self.view.nodes[node].get("name") or node)

    def _actor_ref(self, node: str) -> dict:
        actor_type = self.view.nodes[node].get("type", "")
        spec = self.onto.actor_types.get(actor_type)
        return {"id": node, "name": self._name(node), "type": actor_type, "type_label": spec.label if spec else actor_type}

    def _node_record(self, node: str, distance: int) -> dict:
        name = self._name(node)
        # vis-network turns a "title" into an HTML popup: records never carry one.
        return {**self._actor_ref(node), **node_style(self.view.nodes[node].get("type")),
                "label": name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1] + "…",
                "value": self.degree[node] or 0.5, "degree": self.degree[node], "distance": distance}

    def _edge_record(self, link) -> dict:
        spec = self.onto.predicate(link.predicate)
        return {"id": f"{link.subject.id}|{link.predicate}|{link.object.id}",
                "from": link.subject.id, "to": link.object.id, "predicate": link.predicate, "reads": spec.label,
                "family": spec.family, "symmetric": spec.symmetric, "modality": link.modality,
                "confirmed": link.confirmed, "n_sources": link.n_sources, "n_claims": len(link.evidence),
                "grade": str(link.grade or ""),
                "first_date": link.first_date, "last_date": link.last_date, "value": link.n_sources,
                **edge_style(link.predicate, link.modality)}

    def _relation_row(self, node: str, link) -> dict:
        spec = self.onto.predicate(link.predicate)
        direction = "mutual" if spec.symmetric else ("out" if link.subject.id == node else "in")
        return {"subject": link.subject.to_dict(), "predicate": link.predicate, "reads": spec.label,
                "object": link.object.to_dict(), "other": link.other(node).id, "direction": direction,
                "family": spec.family, "modality": link.modality, "confirmed": link.confirmed,
                "n_sources": link.n_sources, "n_claims": len(link.evidence), "grade": str(link.grade or ""),
                "first_date": link.first_date, "last_date": link.last_date}

    def _claim_row(self, e) -> dict:
        return {"claim_id": e.claim_id, "subject": e.subject.to_dict(), "predicate": e.predicate,
                "reads": self.onto.predicate(e.predicate).label, "object": e.object.to_dict(),
                "modality": e.modality, "confirmed": e.confirmed, "date": e.date, "end_date": e.end_date,
                "sentence": e.sentence, "properties": dict(e.properties), "source": e.source.to_dict()}


def _name_rows(nodes) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(actor id, name key, [(alias, alias key)]) of each ``(node, data)``: what search ranks."""
    return [(node, name_key(data.get("name", node)), [(alias, name_key(alias)) for alias in data.get("aliases") or ()])
            for node, data in nodes]


def _rank(key: str, candidate: str, alias: int) -> int | None:
    """0/1 exact name/alias, 2/3 starts with, 4/5 contains, None no match."""
    if candidate == key:
        return alias
    if candidate.startswith(key):
        return 2 + alias
    if key in candidate:
        return 4 + alias
    return None


def _query(function, *args, **options):
    """Run a query; its complaints about options (unknown predicate, bad date) become 400s."""
    try:
        return function(*args, **options)
    except ActorNotFound:
        raise
    except DiplographError as error:
        raise ApiError(400, str(error), parameter=_parameter_of(str(error))) from None


def _parameter_of(message: str) -> str:
    """Which request parameter a query-library message is about, for the JSON error."""
    for prefix, parameter in (("since", "since"), ("until", "until"), ("unknown predicate", "predicate"),
                              ("unknown family", "family"), ("unknown actor type", "type"),
                              ("the window", "until")):
        if message.startswith(prefix):
            return parameter
    return ""
