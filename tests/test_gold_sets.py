"""Every evaluation set of ours stays well-formed (see ``tests/gold_sets.py``).

These tests check the sets, not the product: articles listed and dated, relations that name
known actors, a predicate and a modality the scorer speaks and the ontology allows between
their types, dates no later than the article, evidence quoted from the article, each triple
once; the expected answers of each set's questions follow from its gold; and the shared
scorer gives the gold a perfect score against itself. Tests that need
``shared/eval/`` skip when it is absent.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from gold_sets import SETS, SHARED_EVAL, contract_vocabulary, label, load_yaml, needs_shared, scorer_module

from diplograph.graph.dates import PartialDate
from diplograph.graph.ontology import load_ontology

each_set = pytest.mark.parametrize("gold", SETS, ids=[repr(s) for s in SETS])
HEDGES = {"reported", "planned", "unconfirmed", "speculative", "denied"}
QUESTIONS = [(gold, q) for gold in SETS for q in gold.questions]
# What makes an actor an answer: never unconfirmed, speculative or denied.
ANSWERING = {"asserted", "reported"}


def test_there_is_a_held_out_set_and_a_development_set():
    assert {"heldout", "devset"} <= {repr(s) for s in SETS}


@each_set
def test_every_article_is_listed_and_every_listed_file_exists(gold):
    assert {p.name for p in gold.articles.iterdir() if p.is_file()} == {d["file"] for d in gold.docs.values()}
    assert all(key == spec["file"][:3] for key, spec in gold.docs.items()), "doc keys are the files' first 3 characters"


@each_set
def test_articles_are_short_news_pieces_with_a_date_line_in_several_formats(gold):
    for key, spec in gold.docs.items():
        text = gold.text(key)
        # 250-500 words up to devset8; devset9 and devset10 have longer pieces (a hearing, a feature, a live blog, a communiqué)
        assert 250 <= len(text.split()) <= 900, f"{key}: {len(text.split())} words"
        day = spec["date"]
        forms = (f"{day.day} {day:%B %Y}", f"{day:%B} {day.day}, {day.year}", day.isoformat())
        assert any(form in text[:500] for form in forms), f"{key}: no date line for {day} near the top"
    if len(gold.docs) >= 6:  # a whole set mixes plain text, Markdown and web pages
        assert {Path(spec["file"]).suffix for spec in gold.docs.values()} >= {".txt", ".md", ".html"}


@each_set
def test_relations_use_known_actors_docs_predicates_and_modalities(gold):
    predicates, modalities = contract_vocabulary()
    onto = load_ontology()
    for r in gold.relations:
        assert r["s"] in gold.actors and r["o"] in gold.actors and r["s"] != r["o"], label(r)
        assert r["p"] in predicates and r["modality"] in modalities, label(r)
        assert r["doc"] and set(r["doc"]) <= set(gold.docs), label(r)
        assert r.get("optional", False) in (True, False), label(r)
        assert "weapon" not in r or gold.actors[r["weapon"]]["type"] == "weapon", label(r)
        assert onto.predicate(r["p"]).allows(gold.actors[r["s"]]["type"], gold.actors[r["o"]]["type"]), label(r)


@each_set
def test_relation_dates_parse_and_are_not_later_than_the_article(gold):
    for r in gold.relations:
        if "date" in r:
            value = r["date"] if isinstance(r["date"], (str, dt.date)) else str(r["date"])
            assert PartialDate.parse(value).start() <= max(gold.docs[d]["date"] for d in r["doc"]), label(r)


@each_set
def test_each_triple_is_annotated_once(gold):
    predicates, _ = contract_vocabulary()
    seen = {}
    for r in gold.relations:
        s, o = sorted((r["s"], r["o"])) if predicates[r["p"]]["symmetric"] else (r["s"], r["o"])
        key = (s, r["p"], o)
        assert key not in seen, f"{label(r)} repeats {label(seen[key])}"
        seen[key] = r


@each_set
def test_evidence_is_quoted_from_the_articles_that_state_it(gold):
    texts = {key: gold.text(key) for key in gold.docs}
    for r in gold.relations:
        quoted = re.sub(r"\[[^\]]*\]", "", r["evidence"])  # [notes] are the annotator's words
        for fragment in re.split(r"\s*\.\.\.\s*", quoted):
            fragment = " ".join(fragment.split())
            assert not fragment or any(fragment in texts[d] for d in r["doc"]), f"{label(r)}: {fragment!r}"


@each_set
def test_every_article_has_a_dozen_required_relations_and_the_set_has_hedges(gold):
    required = [r for r in gold.relations if not r.get("optional")]
    for key in gold.docs:
        assert sum(key in r["doc"] for r in required) >= 12, key
    assert len({r["modality"] for r in required} & HEDGES) >= 2


@needs_shared
@each_set
def test_no_name_stands_for_two_actors(gold):
    norm, owner = scorer_module().norm, {}
    for actor, spec in gold.actors.items():
        for name in [actor, *spec.get("aliases", [])]:
            assert owner.setdefault(norm(name), actor) == actor, f"{name!r} names both {owner[norm(name)]} and {actor}"


@needs_shared
@each_set
def test_the_scorer_gives_the_gold_a_perfect_score_and_a_gap_costs_recall(gold, tmp_path):
    required = sum(1 for r in gold.relations if not r.get("optional"))
    report = gold.score(gold.export(gold.relations, tmp_path / "gold.jsonl"))
    assert f"tp {required}, fp 0, fn 0" in report and "strict-f1 1.000" in report and "actor recall 1.000" in report
    dropped = next(r for r in gold.relations if not r.get("optional"))
    report = gold.score(gold.export([r for r in gold.relations if r is not dropped], tmp_path / "short.jsonl"))
    assert "fn 1)" in report and "strict-f1 1.000" not in report


def test_the_held_out_and_the_first_development_set_have_questions():
    assert {repr(gold) for gold, _ in QUESTIONS} >= {"heldout", "devset"}


@each_set
def test_questions_have_unique_ids_and_answers_that_are_gold_actors(gold):
    ids = [q["id"] for q in gold.questions]
    assert len(ids) == len(set(ids)) and (not ids or len(ids) >= 20)
    for q in gold.questions:
        assert q["answers"] and set(q["answers"]) <= set(gold.actors), q["id"]


@pytest.mark.parametrize("gold, question", QUESTIONS, ids=[f"{gold!r}-{q['id']}" for gold, q in QUESTIONS])
def test_each_expected_answer_set_follows_from_the_gold(gold, question):
    assert set(question["answers"]) == gold.answers_for(question["query"], ANSWERING)
    # the set must not hinge on whether planned relations count as answers
    assert gold.answers_for(question["query"], ANSWERING | {"planned"}) == set(question["answers"])


@needs_shared
def test_questions_are_phrased_differently_from_the_shared_dev_questions_and_each_other():
    seen = {q["question"].casefold() for q in load_yaml(SHARED_EVAL / "questions.dev.yaml")["questions"]}
    for _, q in QUESTIONS:
        assert q["question"].casefold() not in seen, q["id"]
        seen.add(q["question"].casefold())
