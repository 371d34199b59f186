"""The analyst's desk: the endpoints that go past one actor's neighbourhood.

How two actors are connected (``/api/path``), a question typed as an analyst would ask it
(``/api/ask``, the same answer as ``diplograph ask --format json``), and a set of actors drawn
with the relations among them (``/api/subgraph``), added to the read-only API of :mod:`diplograph.webapp.api`.

>>> from diplograph.queries.example import example_view
>>> api = DeskAPI(example_view())
>>> answer = api.handle("/api/path", {"from": ["Aland"], "to": ["Dastan"], "k": ["2"]})
>>> [[a["name"] for a in p["actors"]] for p in answer["paths"]]
[['Aland', 'Dastan'], ['Aland', 'Borvia', 'Dastan']]
>>> api.handle("/api/ask", {"q": ["Who supplies Caldor?"]})["answers"][0]["name"]
'Borvia'
"""

from __future__ import annotations

import threading

from diplograph.queries.ask import ask, check_question
from diplograph.queries.filters import RelationFilter
from diplograph.queries.lookup import Reader
from diplograph.queries.paths import k_shortest_paths
from diplograph.webapp.api import FILTERS, ApiError, GraphAPI, Params, _query

DEFAULT_PATHS, MAX_PATHS = 3, 10
MAX_QUESTION_CHARS = 500
MAX_HOP_CLAIMS = 20  # claims listed for one relation of a path
MAX_SUBGRAPH_IDS = 80  # under the 100 query parameters a request may carry, filters included


class DeskAPI(GraphAPI):
    """The read-only API plus path finder, ask box and subgraphs, with the same filters."""

    ENDPOINTS = (*GraphAPI.ENDPOINTS, "/api/path", "/api/ask", "/api/subgraph")

    _grammar = None
    _grammar_lock = threading.Lock()

    def routes(self) -> dict:
        return {**super().routes(), "/api/path": self.path, "/api/ask": self.ask, "/api/subgraph": self.subgraph}

    def path(self, query: dict) -> dict:
        """The ``k`` shortest chains of relations between two actors that pass the filters, each
        hop with its relations and their evidence, plus the records to draw them."""
        params = Params(query, "/api/path", ("from", "to", "k", *FILTERS))
        start = self._find(params.one("from", required=True), "from")
        goal = self._find(params.one("to", required=True), "to")
        k = params.integer("k", DEFAULT_PATHS, 1, MAX_PATHS)
        filters = self._filters(params)
        if start == goal:
            raise ApiError(400, f"{self._name(start)} is both ends of the path: name two different actors",
                           parameter="to")
        found = _query(k_shortest_paths, self.view, start, goal, k, **filters)
        paths, nodes, links = [], {start: 0}, {}  # the two ends are drawn even when no path joins them
        for number, path in enumerate(found, 1):
            hops = []
            for index, hop in enumerate(path.hops):
                rows = []
                for link in hop:
                    links[(link.subject.id, link.predicate, link.object.id)] = link
                    rows.append({**self._relation_row(path.actors[index].id, link),
                                 "claims": [self._claim_row(e) for e in link.evidence[:MAX_HOP_CLAIMS]]})
                hops.append({"from": path.actors[index].id, "to": path.actors[index + 1].id, "relations": rows})
            for position, actor in enumerate(path.actors):
                nodes.setdefault(actor.id, position)
            paths.append({"number": number, "length": path.length,
                          "actors": [self._actor_ref(a.id) for a in path.actors], "hops": hops})
        nodes.setdefault(goal, max(nodes.values()) + 1)
        answer = {"from": self._actor_ref(start), "to": self._actor_ref(goal), "k": k, "paths": paths,
                  "nodes": [self._node_record(n, d) for n, d in nodes.items()],
                  "edges": [self._edge_record(link) for link in links.values()]}
        if not paths:
            answer["message"] = (f"no chain of relations links {self._name(start)} to {self._name(goal)}"
                                 + (" under these filters" if any(v for k, v in filters.items()
                                                                  if k != "all_modalities") else ""))
        return answer

    def ask(self, query: dict) -> dict:
        """The answer of ``diplograph ask --format json`` to the question ``q``."""
        params = Params(query, "/api/ask", ("q",))
        question = params.one("q", required=True)
        if len(question) > MAX_QUESTION_CHARS:
            raise ApiError(400, f"q is {len(question)} characters long; at most {MAX_QUESTION_CHARS}",
                           parameter="q")
        question = _query(check_question, question)
        return ask(self.view, question, grammar=self.grammar()).to_dict()

    def subgraph(self, query: dict) -> dict:
        """The actors ``id`` (repeatable) and the relations among them that pass the filters, as
        the records the canvas draws: what an answer or a shared view puts on it."""
        params = Params(query, "/api/subgraph", ("id", *FILTERS))
        wanted = params.every("id", required=True)
        if len(wanted) > MAX_SUBGRAPH_IDS:
            raise ApiError(400, f"id is given {len(wanted)} times; at most {MAX_SUBGRAPH_IDS}", parameter="id")
        filters = self._filters(params)
        ids = list(dict.fromkeys(self._find(w, "id") for w in wanted))
        reader = Reader(self.view, _query(RelationFilter.build, **filters))
        links = [link for i, a in enumerate(ids) for b in ids[i + 1:] for link in reader.links_between(a, b)]
        return {"nodes": [self._node_record(n, 0) for n in ids], "edges": [self._edge_record(l) for l in links]}

    def grammar(self):
        """The question grammar, compiled once for the server (it takes half a second)."""
        if DeskAPI._grammar is None:
            with DeskAPI._grammar_lock:
                if DeskAPI._grammar is None:
                    from diplograph.queries.grammar import load_grammar

                    DeskAPI._grammar = load_grammar()
        return DeskAPI._grammar
