"""The held-out questions stay true to the held-out gold.

``tests/heldout/questions.yaml`` holds analyst questions over the articles of ``tests/heldout/``
with their expected answer sets, in the format of ``shared/eval/questions.dev.yaml``, plus a
``query`` field that states each answer set as data; these tests recompute every answer set
from the gold. The gold itself is checked with the other sets in ``tests/test_gold_sets.py``.
"""

from __future__ import annotations

import pytest
from gold_sets import SHARED_EVAL, TESTS, GoldSet, contract_vocabulary, load_yaml, needs_shared

HELDOUT = GoldSet(TESTS / "heldout")
QUESTIONS = load_yaml(HELDOUT.folder / "questions.yaml")["questions"]

# What makes an actor an answer (see questions.yaml): never unconfirmed, speculative or denied.
ANSWERING = {"asserted", "reported"}


def answers_for(query: dict, modalities: set[str]) -> set[str]:
    """The answer set a question's ``query`` gives over the gold's required relations."""
    predicates, _ = contract_vocabulary()
    found = set()
    for r in HELDOUT.relations:
        if r.get("optional") or r["modality"] not in modalities:
            continue
        if "p" in query and r["p"] not in query["p"]:
            continue
        if "family" in query and predicates[r["p"]]["family"] not in query["family"]:
            continue
        if "either" in query:
            ends = {r["s"]: r["o"], r["o"]: r["s"]}
            if query["either"] in ends:
                found.add(ends[query["either"]])
        elif query["find"] == "s" and r["o"] == query["o"]:
            found.add(r["s"])
        elif query["find"] == "o" and r["s"] == query["s"]:
            found.add(r["o"])
    return {a for a in found if "type" not in query or HELDOUT.actors[a]["type"] == query["type"]}


def test_questions_have_unique_ids_and_answers_that_are_gold_actors():
    ids = [q["id"] for q in QUESTIONS]
    assert len(ids) == len(set(ids)) and len(ids) >= 20
    for q in QUESTIONS:
        assert q["answers"] and set(q["answers"]) <= set(HELDOUT.actors), q["id"]


@pytest.mark.parametrize("question", QUESTIONS, ids=[q["id"] for q in QUESTIONS])
def test_each_expected_answer_set_follows_from_the_gold(question):
    assert set(question["answers"]) == answers_for(question["query"], ANSWERING)
    # the set must not hinge on whether planned relations count as answers
    assert answers_for(question["query"], ANSWERING | {"planned"}) == set(question["answers"])


@needs_shared
def test_questions_are_phrased_differently_from_the_dev_questions():
    dev = {q["question"].casefold() for q in load_yaml(SHARED_EVAL / "questions.dev.yaml")["questions"]}
    assert not dev & {q["question"].casefold() for q in QUESTIONS}
