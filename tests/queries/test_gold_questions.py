"""The development questions of shared/eval, over the graph of gold relations.

The article loader is measured on the real corpus; these tests measure the questions part alone:
with the right relations in the graph, ``ask`` must read each question and answer it.
Skipped when shared/ is absent.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from diplograph.queries import proxy_patterns, shortest_path, suppliers
from diplograph.queries.ask import ask

from gold_graph import QUESTIONS, SHARED


def questions():
    if not QUESTIONS.exists():
        return []
    return yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))["questions"]


@pytest.mark.parametrize("item", questions(), ids=lambda q: q["id"])
def test_every_development_question_is_understood(gold_graph, item):
    reply = ask(gold_graph.nx, item["question"], resolve=lambda name: gold_graph.actor(name).id)
    assert reply.understood, reply.message
    assert reply.answers, f"{item['question']!r} read as {reply.reading!r} found nothing"


def test_the_scorer_rates_the_cli_at_least_0_85(gold_graph, tmp_path):
    """The exact command of the evaluation, through the console script, on the gold store."""
    script = Path(sys.executable).with_name("diplograph")
    store = gold_graph.backend.path
    done = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "questions", "--cmd",
                           f"{script} --store {store} ask --format json"],
                          capture_output=True, text=True, timeout=600)
    found = re.search(r"question-score ([0-9.]+)", done.stdout)
    assert found, done.stdout + done.stderr
    assert float(found.group(1)) >= 0.85, done.stdout


def test_the_query_api_answers_the_same_shapes(gold_graph):
    """Called directly, the queries give what the questions' shapes describe."""
    view = gold_graph.nx
    actor = lambda name: gold_graph.actor(name).id  # noqa: E731
    assert {t.actor.name for t in suppliers(view, actor("Kyrgyzstan"))} == {"Turkey", "Baykar"}
    flagged = {t.actor.name for t in suppliers(view, actor("Tajikistan"), all_modalities=True) if not t.confirmed}
    assert flagged == {"Turkey", "Baykar"}
    assert [a.name for a in shortest_path(view, actor("Israel"), actor("Tajikistan")).actors] == \
        ["Israel", "Iran", "Tajikistan"]
    assert len(proxy_patterns(view)) == 4
