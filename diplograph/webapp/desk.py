"""The analyst's desk: the endpoints that go past one actor's neighbourhood.

How two actors are connected (``/api/path``), a question typed as an analyst would ask it
(``/api/ask``, the same answer as ``diplograph ask --format json``), a set of actors drawn
with the relations among them (``/api/subgraph``), and a source read around its claims
(``/api/source``), added to the read-only API of :mod:`diplograph.webapp.api`.

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
from pathlib import Path

from diplograph.errors import InputError
from diplograph.graph.model import Source

from diplograph.queries.ask import ask
from diplograph.queries.filters import RelationFilter
from diplograph.queries.lookup import Reader
from diplograph.queries.paths import k_shortest_paths
from diplograph.queries.unread import check_question
from diplograph.webapp import indexed
from diplograph.webapp.api import FILTERS, ApiError, GraphAPI, Params, _query

DEFAULT_PATHS, MAX_PATHS = 3, 10
MAX_QUESTION_CHARS = 500
MAX_HOP_CLAIMS = 20  # claims listed for one relation of a path
MAX_SOURCE_CLAIMS = 500  # claims listed for one source
MAX_SUBGRAPH_IDS = 80  # under the 100 query parameters a request may carry, filters included


class DeskAPI(GraphAPI):
    """The read-only API plus path finder, ask box and subgraphs, with the same filters."""

    ENDPOINTS = (*GraphAPI.ENDPOINTS, "/api/path", "/api/ask", "/api/subgraph", "/api/source", "/api/curations")
    _by_source: dict | None = None

    _grammar = None
    _once_lock = threading.Lock()  # for what is built once, on first use, by whichever request thread comes first

    def routes(self) -> dict:
        return {**super().routes(), "/api/path": self.path, "/api/ask": self.ask, "/api/subgraph": self.subgraph,
                "/api/source": self.source, "/api/curations": self.curations}

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

    def source(self, query: dict) -> dict:
        """One source: what the store says of it, its document's text when the file it was read
        from is still there, and every claim it makes, each placed in that text."""
        params = Params(query, "/api/source", ("id",))
        wanted = params.one("id", required=True)
        sources = self.view.graph.get("sources") or {}
        source = sources.get(wanted)
        if source is None:
            raise ApiError(404, f"no source {wanted!r} in the graph", parameter="id")
        text, note = document_text(source)
        rows, reader = [], Reader(self.view, RelationFilter.build(all_modalities=True))
        for claim in self._claims_of_source(source.id)[:MAX_SOURCE_CLAIMS]:
            row = self._claim_row(reader.evidence(claim))
            row["span"] = _span(text, claim) if text else None
            rows.append(row)
        rows.sort(key=lambda r: (r["span"] or [1 << 60])[0])
        total = len(self._claims_of_source(source.id))
        return {"source": source.to_dict(), "text": text, "note": note,
                "claims": rows, "total_claims": total, "truncated": total > MAX_SOURCE_CLAIMS}

    def _claims_of_source(self, source_id: str) -> list:
        """Every claim from ``source_id``: read from the store for a view read from one (and kept
        for the next request about the same source), else from an index of the whole view built
        once for the server."""
        if self.index is not None and hasattr(self.view, "source_claims"):
            found = self._last_source
            if found is None or found[0] != source_id:
                found = self._last_source = (source_id, indexed.source_claims(self.index,
                                                                              self.view.source_claims(source_id)))
            return found[1]
        if self._by_source is None:
            with DeskAPI._once_lock:
                if self._by_source is None:
                    index: dict[str, list] = {}
                    for _, _, data in self.view.edges(data=True):
                        for claim in data["claims"]:
                            index.setdefault(claim.source_id, []).append(claim)
                    self._by_source = index
        return self._by_source.get(source_id, [])

    _last_source: tuple | None = None

    # -- curation: the analysts' marks on what the page shows ----------------------------------

    @property
    def _curations(self):
        return self.view.graph.get("curations")

    def _claim_row(self, e) -> dict:
        row = super()._claim_row(e)
        marks = self._curations.marks(e.claim_id) if self._curations else []
        row["review"] = self._curations.status(e.claim_id) if marks else ""
        row["curation"] = [r.to_dict() for r in marks]
        return row

    def relation(self, query: dict) -> dict:
        """As the read-only API's, plus the claims analysts rejected (``rejected``), so that a
        rejection can be seen and undone where it was made."""
        try:
            answer = super().relation(query)
        except ApiError as error:
            if error.status != 404 or not self._curations:
                raise
            params = Params(query, "/api/relation", ("s", "p", "o", "since", "until"))
            predicate = self._predicate(params.one("p")) if params.one("p") else None
            spec = self.onto.predicate(predicate) if predicate else None
            answer = {"subject": self._actor_ref(self._find(params.one("s", required=True), "s")),
                      "predicate": predicate, "reads": spec.label if spec else "has no relation with",
                      "symmetric": spec.symmetric if spec else None,
                      "object": self._actor_ref(self._find(params.one("o", required=True), "o")),
                      "claims": [], "total_claims": 0, "truncated": False}
        answer["rejected"] = self._rejected_between(answer["subject"]["id"], answer["object"]["id"], answer["predicate"])
        if not answer["claims"] and not answer["rejected"]:
            raise ApiError(404, f"no claim that {answer['subject']['name']} relates to {answer['object']['name']}")
        return answer

    def actor(self, wanted: str, query: dict) -> dict:
        """As the read-only API's, plus the analysts' notes on the actor (``notes``)."""
        answer = super().actor(wanted, query)
        notes = self._curations.notes.get(answer["actor"]["id"], []) if self._curations else []
        answer["notes"] = [r.to_dict() for r in notes]
        return answer

    def _rejected_between(self, a: str, b: str, predicate: str | None) -> list[dict]:
        curations = self._curations
        if not curations:
            return []
        rows = []
        for claim, record in curations.rejected:
            ends = {curations.resolve(claim.subject), curations.resolve(claim.object)}
            if ends == {a, b} and (predicate is None or claim.predicate == predicate):
                rows.append({"claim_id": claim.id, "predicate": claim.predicate, "date": claim.date,
                             "modality": claim.modality, "sentence": claim.evidence,
                             "source_id": claim.source_id, "curation": [record.to_dict()]})
        return rows

    def curations(self, query: dict) -> dict:
        """The analysts' records, newest first: every one, or those on ``target`` (a claim or
        actor id); ``all=true`` includes undone ones."""
        params = Params(query, "/api/curations", ("target", "all"))
        target, everything = params.one("target"), params.flag("all")
        records = [r for r in (self._curations.records if self._curations is not None else [])
                   if (everything or r.active) and (target is None or r.target == target)]
        records.sort(key=lambda r: (r.at, r.id), reverse=True)
        return {"records": [r.to_dict() for r in records[:MAX_SOURCE_CLAIMS]], "total": len(records),
                "truncated": len(records) > MAX_SOURCE_CLAIMS}

    def grammar(self):
        """The question grammar, compiled once for the server (it takes half a second)."""
        if DeskAPI._grammar is None:
            with DeskAPI._once_lock:
                if DeskAPI._grammar is None:
                    from diplograph.queries.grammar import load_grammar

                    DeskAPI._grammar = load_grammar()
        return DeskAPI._grammar


def document_text(source: Source) -> tuple[str, str]:
    """The text of the document ``source`` was read from, and a note for the reader: why there
    is no text, or that the file changed since it was loaded (the highlights may then be off)."""
    if not source.path or source.kind not in ("article", ""):
        return "", "no document text: this source is a dataset or a list of facts"
    from diplograph.loaders.articles.read import read_document

    path = Path(source.path)
    if not path.is_file():
        return "", f"the document is no longer at {source.path}; load it again to read it here"
    try:
        document = read_document(path)
    except (InputError, OSError) as error:
        return "", f"the document at {source.path} cannot be read now: {error}"
    same = Source.from_content(document.raw or document.text).id == source.id
    return document.text, "" if same else f"{source.path} has changed since it was loaded: the text may not match"


def _span(text: str, claim) -> list[int] | None:
    """Where the claim's evidence sentence is in ``text``: at its recorded offsets when they
    still hold it (the evidence has the source's wrapped lines joined), else its first
    occurrence; None when it is not there."""
    sentence = claim.evidence
    if not sentence:
        return None
    start, end = claim.evidence_start, claim.evidence_end
    if start is not None and end is not None and " ".join(text[start:end].split()) == sentence:
        return [start, end]
    found = text.find(sentence)
    return [found, found + len(sentence)] if found >= 0 else None
