"""What a notebook shows of query results and answers: tables of plain text, escaped."""

from __future__ import annotations

import pytest
from query_world import World

from diplograph import queries
from diplograph.queries.ask import ask

HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    w = World(tmp_path_factory.mktemp("notebook") / "graph.db")
    w.actor("Norland")
    w.actor(HOSTILE, "company")
    w.say(HOSTILE, "ARMS_TRANSFER", "Norland", sentence="</script><script>alert(2)</script> sold drones")
    w.say(HOSTILE, "BASED_IN", "Norland")
    with w.graph() as opened:
        yield opened


def test_results_are_lists_shown_as_escaped_tables(graph):
    found = queries.suppliers(graph.nx, "Norland")
    assert isinstance(found, list) and [t.actor.name for t in found] == [HOSTILE]
    html = found._repr_html_()
    assert "<table>" in html and "<th>actor</th>" in html
    assert "<img" not in html and "<script>" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert found.to_dicts()[0]["actor"]["name"] == HOSTILE


def test_an_empty_result_says_so(graph):
    assert "nothing found" in queries.recipients(graph.nx, "Norland")._repr_html_()


def test_a_path_and_a_neighbourhood_show_as_tables(graph):
    path = queries.shortest_path(graph.nx, "Norland", HOSTILE)
    assert "<th>hop</th>" in path._repr_html_() and "<img" not in path._repr_html_()
    hood = queries.neighbourhood(graph.nx, "Norland")
    assert hood._repr_html_().count("<tr>") == 1 + 2  # the header, then the two relations


def test_an_answer_shows_its_reading_answers_and_evidence_escaped(graph):
    reply = ask(graph.nx, "Who supplies drones to Norland?")
    html = reply._repr_html_()
    assert html.startswith("<p><b>Read as:</b>") and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<img" not in html and "<script>" not in html
    refused = ask(graph.nx, "What is the GDP of Norland?")._repr_html_()
    assert refused.startswith("<p>I read this as") and "the GDP of Norland" in refused and "<li>" in refused
