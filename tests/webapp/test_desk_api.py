"""The desk's read endpoints over real HTTP: the path finder, the ask box, subgraphs.

The same hostile graph as the other web app tests (see ``served.py``); ``/api/ask`` is checked
against the JSON ``diplograph ask --format json`` prints for the same store.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner
from served import ARTICLE_TEXT, ARTICLE_TITLE, CLASH_SENTENCE, FACTORY_SENTENCE, IMG, request

from diplograph.cli import cli

BAIT = "armed_group:img-src-x-onerror-alert-1"


def get(app, path: str, status: int = 200, **params) -> dict:
    answer = request(app, path + ("?" + urlencode(params, doseq=True) if params else ""))
    assert answer.status == status, answer.body
    return answer.json()


def test_a_path_lists_each_hop_with_its_relations_and_evidence_and_the_records_to_draw(app):
    answer = get(app, "/api/path", **{"from": "Iran", "to": "Kyrgyzstan", "k": "2"})
    assert answer["from"]["id"] == "state:IRN" and answer["to"]["id"] == "state:KGZ" and answer["k"] == 2
    first, second = answer["paths"]
    assert [a["name"] for a in first["actors"]] == ["Iran", "Kyrgyzstan"]  # the unconfirmed transfer counts
    assert [a["name"] for a in second["actors"]] == ["Iran", "Tajikistan", "Kyrgyzstan"]
    iran_tajikistan = second["hops"][0]
    assert (iran_tajikistan["from"], iran_tajikistan["to"]) == ("state:IRN", "state:TJK")
    by_predicate = {r["predicate"]: r for r in iran_tajikistan["relations"]}
    assert set(by_predicate) == {"CO_PRODUCTION", "CONSULTATION"}
    assert by_predicate["CO_PRODUCTION"]["claims"][0]["sentence"] == FACTORY_SENTENCE
    assert {n["id"] for n in answer["nodes"]} == {"state:IRN", "state:KGZ", "state:TJK"}
    assert "state:IRN|CO_PRODUCTION|state:TJK" in {e["id"] for e in answer["edges"]}


def test_a_path_honours_the_filters(app):
    confirmed = get(app, "/api/path", **{"from": "Iran", "to": "Kyrgyzstan", "confirmed": "true"})
    assert [[a["name"] for a in p["actors"]] for p in confirmed["paths"]][0] == ["Iran", "Tajikistan", "Kyrgyzstan"]
    early = get(app, "/api/path", **{"from": "Iran", "to": "Tajikistan", "until": "2020"})
    assert early["paths"] and all(len(p["actors"]) > 2 for p in early["paths"])  # the 2022 factory is out
    cut = get(app, "/api/path", **{"from": IMG, "to": "Russia", "family": "verbal_conflict"})
    assert cut["paths"] == [] and cut["message"].startswith(f"no chain of relations links {IMG} to Russia")


def test_path_parameters_are_checked(app):
    assert "required" in get(app, "/api/path", 400, **{"from": "Iran"})["error"]
    assert get(app, "/api/path", 400, **{"from": "Iran", "to": "Iran"})["parameter"] == "to"
    assert get(app, "/api/path", 400, **{"from": "Iran", "to": "Russia", "k": "11"})["parameter"] == "k"
    missing = get(app, "/api/path", 404, **{"from": "Iran", "to": "Tajikstan"})
    assert missing["parameter"] == "to" and missing["suggestions"][0]["id"] == "state:TJK"


@pytest.mark.parametrize("question", ["Who threatens Tajikistan?", "How is Iran connected to Kyrgyzstan?",
                                      "Who supplies drones to Tajikistan?", "What is the weather in Paris?"])
def test_ask_answers_exactly_what_the_command_line_prints(app, hostile_graph, question):
    printed = CliRunner().invoke(cli, ["--store", str(hostile_graph.backend.path), "ask", question,
                                       "--format", "json"])
    assert printed.exit_code in (0, 2), printed.output
    assert get(app, "/api/ask", q=question) == json.loads(printed.output)


def test_ask_gives_hostile_names_as_data(app):
    answer = get(app, "/api/ask", q="Who threatens Tajikistan?")
    assert answer["understood"] and [a["name"] for a in answer["answers"]] == [IMG]


def test_ask_parameters_are_checked(app):
    assert get(app, "/api/ask", 400, q=" ")["parameter"] == "q"
    assert "at most 500" in get(app, "/api/ask", 400, q="why " * 200)["error"]


def test_a_subgraph_is_the_actors_asked_for_and_the_relations_among_them(app):
    answer = get(app, "/api/subgraph", id=["Iran", "Tajikistan", BAIT])
    assert [n["id"] for n in answer["nodes"]] == ["state:IRN", "state:TJK", BAIT]
    assert sorted(e["id"] for e in answer["edges"]) == [
        f"{BAIT}|THREAT|state:TJK", "state:IRN|CONSULTATION|state:TJK", "state:IRN|CO_PRODUCTION|state:TJK"]
    assert [e["predicate"] for e in get(app, "/api/subgraph", id=["Iran", "Tajikistan"], until="2022-06")["edges"]] \
        == ["CO_PRODUCTION"]
    assert get(app, "/api/subgraph", 400, id=[f"x:{i}" for i in range(81)])["parameter"] == "id"


def source_of(app, s: str, p: str, o: str, sentence: str) -> dict:
    claims = get(app, "/api/relation", s=s, p=p, o=o)["claims"]
    return next(c for c in claims if c["sentence"] == sentence)


def test_the_source_reader_gives_the_document_text_and_places_each_claim_in_it(app):
    claim = source_of(app, "Kyrgyzstan", "ARMED_CLASH", "Tajikistan", CLASH_SENTENCE)
    answer = get(app, "/api/source", id=claim["source"]["id"])
    assert answer["source"]["title"] == ARTICLE_TITLE and answer["source"]["kind"] == "article"
    assert answer["text"] == ARTICLE_TEXT and answer["note"] == ""
    by_id = {c["claim_id"]: c for c in answer["claims"]}
    start, end = by_id[claim["claim_id"]]["span"]
    assert answer["text"][start:end] == CLASH_SENTENCE
    assert answer["total_claims"] == 2 and not answer["truncated"]
    [borders] = [c for c in answer["claims"] if c["predicate"] == "BORDERS"]
    assert ARTICLE_TEXT[slice(*borders["span"])] == "The two states share a long border."  # found without offsets


def test_a_source_without_a_document_has_claims_and_says_why_there_is_no_text(app):
    claim = source_of(app, "Iran", "CO_PRODUCTION", "Tajikistan", FACTORY_SENTENCE)
    answer = get(app, "/api/source", id=claim["source"]["id"])
    assert answer["text"] == "" and "no document text" in answer["note"]
    assert [c["sentence"] for c in answer["claims"]][0] and all(c["span"] is None for c in answer["claims"])


def test_a_changed_or_missing_document_is_said_so(tmp_path):
    from served import build_hostile_graph, running_server

    graph = build_hostile_graph(tmp_path / "g.db")
    article = tmp_path / "border-report.txt"
    try:
        article.write_text(ARTICLE_TEXT.replace("Officials", "Ministers"), encoding="utf-8")
        with running_server(graph.nx) as server:
            source_id = next(s.id for s in graph.backend.sources() if s.kind == "article")
            changed = get(server, "/api/source", id=source_id)
            assert "has changed since it was loaded" in changed["note"]
            assert changed["text"][slice(*changed["claims"][0]["span"])] == CLASH_SENTENCE  # found again
            article.unlink()
            gone = get(server, "/api/source", id=source_id)
            assert gone["text"] == "" and "no longer at" in gone["note"]
    finally:
        graph.close()


def test_an_unknown_source_is_a_404(app):
    assert get(app, "/api/source", 404, id="src:nothing")["parameter"] == "id"
    assert get(app, "/api/source", 400)["parameter"] == "id"
