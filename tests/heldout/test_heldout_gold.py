"""The held-out evaluation set stays well-formed.

``tests/heldout/`` holds eight articles we wrote ourselves, their gold relations
(``gold.yaml``) and analyst questions (``questions.yaml``), in the formats of
``shared/eval/``. These tests check the set itself, not the product: every relation names
known actors, a predicate and a modality of the contract, a date that parses and that the
article could report, and evidence quoted from the article; the scorer gives the gold a
perfect score against itself; every expected answer set follows from the gold.

Tests that need ``shared/eval/`` (the scorer and the contract ontology) skip when it is absent.
"""

from __future__ import annotations

import datetime as dt
import html
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from diplograph.graph.dates import PartialDate
from diplograph.graph.ontology import load_ontology

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
SHARED_EVAL = HERE.parents[1] / ".." / "shared" / "eval"
SCORER = SHARED_EVAL / "score.py"
CONTRACT = SHARED_EVAL / "ontology.yaml"

# What makes an actor an answer (see questions.yaml): never unconfirmed, speculative or denied.
ANSWERING = {"asserted", "reported"}

needs_shared = pytest.mark.skipif(not SCORER.exists() or not CONTRACT.exists(),
                                  reason=f"shared evaluation kit not found at {SHARED_EVAL}")


def _load(path: Path):
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


GOLD = _load(HERE / "gold.yaml")
QUESTIONS = _load(HERE / "questions.yaml")["questions"]
ACTORS = GOLD["actors"]
RELATIONS = GOLD["relations"]
DOCS = GOLD["docs"]


def label(relation: dict) -> str:
    return f"{relation['s']} {relation['p']} {relation['o']} ({', '.join(relation['doc'])})"


def visible_text(path: Path) -> str:
    """The words a reader sees: HTML loses its scripts, styles and tags; whitespace is collapsed."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return " ".join(text.split())


def contract_vocabulary() -> tuple[dict, set[str]]:
    """Predicates (name -> spec with family and symmetric) and modality names the scorer speaks;
    the product's own ontology stands in when the shared kit is absent."""
    if CONTRACT.exists():
        contract = _load(CONTRACT)
        return contract["predicates"], set(contract["modality"])
    onto = load_ontology()
    predicates = {name: {"family": p.family, "symmetric": p.symmetric} for name, p in onto.predicates.items()}
    return predicates, set(onto.modalities)


def as_date(value) -> PartialDate:
    return PartialDate.parse(value if isinstance(value, (str, dt.date)) else str(value))


def answers_for(query: dict, modalities: set[str]) -> set[str]:
    """The answer set a question's ``query`` gives over the gold's required relations."""
    predicates, _ = contract_vocabulary()
    found = set()
    for r in RELATIONS:
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
    return {a for a in found if "type" not in query or ACTORS[a]["type"] == query["type"]}


# --- documents -----------------------------------------------------------------------------

def test_every_article_is_listed_in_docs_and_every_listed_file_exists():
    on_disk = {p.name for p in ARTICLES.iterdir() if p.is_file()}
    listed = {spec["file"] for spec in DOCS.values()}
    assert on_disk == listed
    assert all(key == spec["file"][:3] for key, spec in DOCS.items()), "doc keys are the files' first 3 characters"


def test_articles_are_short_dated_news_pieces_in_several_formats():
    formats_seen = set()
    for key, spec in DOCS.items():
        text = visible_text(ARTICLES / spec["file"])
        assert 250 <= len(text.split()) <= 500, f"{key}: {len(text.split())} words"
        day = spec["date"]
        written = {"day month year": f"{day.day} {day:%B %Y}", "month day, year": f"{day:%B} {day.day}, {day.year}",
                   "iso": day.isoformat()}
        hits = [name for name, form in written.items() if form in text[:400]]
        assert hits, f"{key}: no date line for {day} near the top"
        formats_seen.update(hits)
    assert len(formats_seen) == 3
    assert {Path(spec["file"]).suffix for spec in DOCS.values()} == {".txt", ".md", ".html"}


# --- relations -----------------------------------------------------------------------------

def test_relations_use_known_actors_docs_predicates_and_modalities():
    predicates, modalities = contract_vocabulary()
    for r in RELATIONS:
        assert r["s"] in ACTORS and r["o"] in ACTORS, label(r)
        assert r["s"] != r["o"], label(r)
        assert r["p"] in predicates, label(r)
        assert r["modality"] in modalities, label(r)
        assert r["doc"] and set(r["doc"]) <= set(DOCS), label(r)
        assert r.get("optional", False) in (True, False), label(r)
        assert "weapon" not in r or ACTORS[r["weapon"]]["type"] == "weapon", label(r)
    assert {ACTORS[a]["type"] for a in ACTORS} <= set(load_ontology().actor_types)


def test_relation_dates_parse_and_are_not_later_than_the_article():
    for r in RELATIONS:
        if "date" not in r:
            continue
        when = as_date(r["date"])
        newest_article = max(DOCS[d]["date"] for d in r["doc"])
        assert when.start() <= newest_article, label(r)


def test_relations_fit_the_actor_types_the_product_ontology_allows():
    onto = load_ontology()
    for r in RELATIONS:
        assert onto.predicate(r["p"]).allows(ACTORS[r["s"]]["type"], ACTORS[r["o"]]["type"]), label(r)


def test_each_triple_is_annotated_once():
    predicates, _ = contract_vocabulary()
    seen = {}
    for r in RELATIONS:
        s, o = r["s"], r["o"]
        if predicates[r["p"]]["symmetric"]:
            s, o = sorted((s, o))
        key = (s, r["p"], o)
        assert key not in seen, f"{label(r)} repeats {label(seen[key])}"
        seen[key] = r


def test_evidence_is_quoted_from_the_articles_that_state_it():
    texts = {key: visible_text(ARTICLES / spec["file"]) for key, spec in DOCS.items()}
    for r in RELATIONS:
        quoted = re.sub(r"\[[^\]]*\]", "", r["evidence"])  # [notes] are the annotator's words
        for fragment in re.split(r"\s*\.\.\.\s*", quoted):
            fragment = " ".join(fragment.split())
            if fragment:
                assert any(fragment in texts[d] for d in r["doc"]), f"{label(r)}: {fragment!r}"


def test_every_article_has_a_dozen_or_more_required_relations_and_some_hedges():
    required = [r for r in RELATIONS if not r.get("optional")]
    for key in DOCS:
        assert sum(key in r["doc"] for r in required) >= 12, key
    hedged = {r["modality"] for r in required} - ANSWERING
    assert {"denied", "unconfirmed", "planned"} <= hedged


# --- actors --------------------------------------------------------------------------------

@needs_shared
def test_no_name_resolves_to_two_actors():
    norm = _scorer_module().norm
    owner = {}
    for actor, spec in ACTORS.items():
        for name in [actor, *spec.get("aliases", [])]:
            key = norm(name)
            assert owner.setdefault(key, actor) == actor, f"{name!r} names both {owner[key]} and {actor}"


# --- the scorer on the gold itself ----------------------------------------------------------

def _scorer_module():
    spec = importlib.util.spec_from_file_location("heldout_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _export_of(relations: list[dict], path: Path) -> Path:
    """JSON Lines as the product's export writes them, naming actors by their first alias."""
    name = {actor: spec["aliases"][0] for actor, spec in ACTORS.items()}
    with open(path, "w", encoding="utf-8") as out:
        for actor in ACTORS:
            out.write(json.dumps({"kind": "actor", "name": name[actor], "type": ACTORS[actor]["type"]}) + "\n")
        for r in relations:
            row = {"kind": "relation", "subject": name[r["s"]], "predicate": r["p"], "object": name[r["o"]],
                   "modality": r["modality"], "date": str(r.get("date", "")), "source": DOCS[r["doc"][0]]["file"],
                   "evidence": r["evidence"]}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def _score(export: Path) -> str:
    done = subprocess.run([sys.executable, str(SCORER), "--gold", str(HERE / "gold.yaml"),
                           "relations", str(export), "--show", "0"], capture_output=True, text=True, check=True)
    return done.stdout


@needs_shared
def test_the_scorer_gives_the_gold_a_perfect_score_against_itself(tmp_path):
    report = _score(_export_of(RELATIONS, tmp_path / "gold.jsonl"))
    required = sum(1 for r in RELATIONS if not r.get("optional"))
    assert f"tp {required}, fp 0, fn 0" in report
    assert "strict-f1 1.000" in report and "actor recall 1.000" in report


@needs_shared
def test_a_missing_required_relation_costs_recall(tmp_path):
    dropped = next(r for r in RELATIONS if not r.get("optional"))
    report = _score(_export_of([r for r in RELATIONS if r is not dropped], tmp_path / "short.jsonl"))
    assert "fn 1)" in report and "strict-f1 1.000" not in report


# --- questions -----------------------------------------------------------------------------

def test_questions_have_unique_ids_and_answers_that_are_gold_actors():
    ids = [q["id"] for q in QUESTIONS]
    assert len(ids) == len(set(ids)) and len(ids) >= 20
    for q in QUESTIONS:
        assert q["answers"] and set(q["answers"]) <= set(ACTORS), q["id"]


@pytest.mark.parametrize("question", QUESTIONS, ids=[q["id"] for q in QUESTIONS])
def test_each_expected_answer_set_follows_from_the_gold(question):
    assert set(question["answers"]) == answers_for(question["query"], ANSWERING)
    # the set must not hinge on whether planned relations count as answers
    assert answers_for(question["query"], ANSWERING | {"planned"}) == set(question["answers"])


@needs_shared
def test_questions_are_phrased_differently_from_the_dev_questions():
    dev = {q["question"].casefold() for q in _load(SHARED_EVAL / "questions.dev.yaml")["questions"]}
    assert not dev & {q["question"].casefold() for q in QUESTIONS}
