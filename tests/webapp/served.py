"""What the web app tests share: a small graph with hostile text in it, the app serving a view
from a thread, and a raw HTTP client.

The graph is loaded the way an analyst would (``DiploGraph.ingest_facts``), plus one source
written directly whose URL is ``javascript:alert(3)``: the curated loader only keeps http(s)
citations as URLs, but a dataset or a future loader might not, and the page must cope.
"""

from __future__ import annotations

import http.client
import json
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from diplograph.core import DiploGraph
from diplograph.graph.model import Batch, Claim, Source
from diplograph.webapp.server import make_server

IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "</script><script>alert(2)</script>"
JS_URL = "javascript:alert(3)"
HOSTILE_SENTENCE = f"{IMG} warned Dushanbe {SCRIPT} <svg onload=alert(4)>"
FACTORY_SENTENCE = "Iran opened a drone factory near Dushanbe, officials said."
FACTORY_URL = "https://example.org/iran-tajikistan-factory"
MEETING_SENTENCE = "Tajik and Iranian officials met to discuss border security."

# An article on disk, read by the source reader: its text carries markup too.
CLASH_SENTENCE = "Kyrgyz and Tajik border guards exchanged fire again near Vorukh."
FILLER = "".join(f"Paragraph {n} of the report describes the valley road.\n\n" for n in range(1, 61))
ARTICLE_TEXT = (f"Border report: {SCRIPT}\n\n{IMG} fighters were seen near the valley.\n\n{FILLER}"
                f"{CLASH_SENTENCE} Officials gave no toll.\n\nThe two states share a long border.\n")
ARTICLE_TITLE = f"Border report {IMG}"

ROWS = [
    {"subject": "Iran", "predicate": "CO_PRODUCTION", "object": "Tajikistan", "date": "2022-05-17",
     "evidence": FACTORY_SENTENCE, "source": FACTORY_URL},
    {"subject": "Kyrgyzstan", "predicate": "ARMED_CLASH", "object": "Tajikistan", "date": "2022-09-14",
     "evidence": "Kyrgyz and Tajik border guards exchanged fire.", "source": "https://news.example.net/clash"},
    {"subject": "Kyrgyzstan", "predicate": "BORDERS", "object": "Tajikistan"},
    {"subject": IMG, "subject_type": "armed_group", "predicate": "THREAT", "object": "Tajikistan",
     "date": "2023-01", "evidence": HOSTILE_SENTENCE, "source": "https://example.org/threat"},
    {"subject": SCRIPT, "subject_type": "organization", "predicate": "CRITICISM", "object": "Iran",
     "date": "2021-03", "evidence": "A statement <b onmouseover=alert(6)>condemned</b> the deal."},
    {"subject": "Iran", "predicate": "ARMS_TRANSFER", "object": "Kyrgyzstan", "date": "2019",
     "modality": "unconfirmed", "evidence": "Iran may have sent drones to Kyrgyzstan, unnamed sources claim."},
    {"subject": "Iran", "predicate": "AGREEMENT", "object": "Russia", "date": "2020"},
]


def build_hostile_graph(store) -> DiploGraph:
    graph = DiploGraph.open(store=store)
    graph.ingest_facts(ROWS, source="webapp test facts")
    hostile_source = Source.from_content("hostile source", title="Hostile source", url=JS_URL,
                                         publisher="<svg onload=alert(7)>", published="2022-10", kind="curated")
    graph.write(Batch(sources=[hostile_source], claims=[
        Claim("state:IRN", "CONSULTATION", "state:TJK", hostile_source.id, date="2022-10",
              evidence=MEETING_SENTENCE)]))
    article = Path(store).parent / "border-report.txt"
    article.write_text(ARTICLE_TEXT, encoding="utf-8")
    report = Source.from_content(article.read_bytes(), title=ARTICLE_TITLE, publisher="Valley Monitor",
                                 published="2022-09-15", path=str(article), kind="article")
    start = ARTICLE_TEXT.index(CLASH_SENTENCE)
    graph.write(Batch(sources=[report], claims=[
        Claim("state:KGZ", "ARMED_CLASH", "state:TJK", report.id, date="2022-09-14", evidence=CLASH_SENTENCE,
              evidence_start=start, evidence_end=start + len(CLASH_SENTENCE)),
        Claim("state:KGZ", "BORDERS", "state:TJK", report.id, evidence="The two states share a long border.")]))
    return graph


@contextmanager
def running_server(view, graph=None):
    """The web app over ``view`` on 127.0.0.1 and a free port, answering from a thread; with
    ``graph``, one that records reviews in it."""
    server = make_server(view, port=0, graph=graph, analyst="test analyst")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def json(self):
        assert self.headers["Content-Type"] == "application/json; charset=utf-8"
        return json.loads(self.body)


def request(server, path: str, *, method: str = "GET", host: str | None = None, headers: dict | None = None,
            body: bytes | None = None) -> Answer:
    """One request to ``server`` with full control of the Host header (None: the right one;
    "": none at all); a header given as None is left out (``Content-Length``: not added)."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        if host != "":
            connection.putheader("Host", host if host is not None else f"127.0.0.1:{server.port}")
        for name, value in (headers or {}).items():
            if value is not None:
                connection.putheader(name, value)
        if body is not None and "Content-Length" not in (headers or {}):
            connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body)
        response = connection.getresponse()
        return Answer(response.status, response.headers, response.read())
    finally:
        connection.close()
