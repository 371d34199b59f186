"""The second development set stays well-formed.

``tests/devset2/`` holds short articles of our own in other topics and styles than
``tests/devset/`` (the Gulf and the China-brokered Saudi-Iran deal, so far) with their gold
relations, in the format of ``tests/heldout/gold.yaml``. Like the first devset, it is for working
on: rules may be written for the constructions it misses (never for one of its sentences). These
tests check the set, not the product. Those that need the shared scorer skip when
``shared/eval/`` is absent.
"""

from __future__ import annotations

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
SCORER = HERE.parents[1] / ".." / "shared" / "eval" / "score.py"
needs_scorer = pytest.mark.skipif(not SCORER.exists(), reason=f"shared scorer not found at {SCORER}")

with open(HERE / "gold.yaml", encoding="utf-8") as handle:
    GOLD = yaml.safe_load(handle)
DOCS, ACTORS, RELATIONS = GOLD["docs"], GOLD["actors"], GOLD["relations"]
ONTOLOGY = load_ontology()


def name_of(r: dict) -> str:
    return f"{r['s']} {r['p']} {r['o']} ({', '.join(r['doc'])})"


def reader_text(path: Path) -> str:
    """What a reader sees of an article: no scripts, styles or tags; whitespace collapsed."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return " ".join(text.split())


def test_the_articles_on_disk_are_the_ones_the_gold_lists():
    assert {p.name for p in ARTICLES.iterdir()} == {d["file"] for d in DOCS.values()}
    assert all(key == spec["file"][:3] for key, spec in DOCS.items())


def test_articles_are_short_and_dated_near_the_top():
    for key, spec in DOCS.items():
        text = reader_text(ARTICLES / spec["file"])
        assert 250 <= len(text.split()) <= 450, key
        day = spec["date"]
        forms = (f"{day.day} {day:%B %Y}", f"{day:%B} {day.day}, {day.year}", day.isoformat())
        assert any(form in text[:500] for form in forms), f"{key}: no date line for {day}"
    assert {Path(d["file"]).suffix for d in DOCS.values()} <= {".txt", ".md", ".html"}


def test_relations_name_known_actors_predicates_and_modalities_that_fit_the_ontology():
    for r in RELATIONS:
        assert r["s"] in ACTORS and r["o"] in ACTORS and r["s"] != r["o"], name_of(r)
        assert r["modality"] in ONTOLOGY.modalities, name_of(r)
        assert set(r["doc"]) <= set(DOCS), name_of(r)
        assert ONTOLOGY.predicate(r["p"]).allows(ACTORS[r["s"]]["type"], ACTORS[r["o"]]["type"]), name_of(r)
        assert "weapon" not in r or ACTORS[r["weapon"]]["type"] == "weapon", name_of(r)


def test_dates_parse_and_come_before_the_article():
    for r in RELATIONS:
        if "date" in r:
            assert PartialDate.parse(str(r["date"])).start() <= max(DOCS[d]["date"] for d in r["doc"]), name_of(r)


def test_each_triple_is_annotated_once():
    seen = set()
    for r in RELATIONS:
        ends = sorted((r["s"], r["o"])) if ONTOLOGY.predicate(r["p"]).symmetric else [r["s"], r["o"]]
        key = (ends[0], r["p"], ends[1])
        assert key not in seen, name_of(r)
        seen.add(key)


def test_evidence_is_quoted_from_the_article():
    texts = {key: reader_text(ARTICLES / spec["file"]) for key, spec in DOCS.items()}
    for r in RELATIONS:
        for fragment in re.split(r"\s*\.\.\.\s*", re.sub(r"\[[^\]]*\]", "", r["evidence"])):
            fragment = " ".join(fragment.split())
            assert not fragment or any(fragment in texts[d] for d in r["doc"]), f"{name_of(r)}: {fragment!r}"


def test_every_article_has_a_dozen_required_relations_and_the_set_has_hedges():
    required = [r for r in RELATIONS if not r.get("optional")]
    for key in DOCS:
        assert sum(key in r["doc"] for r in required) >= 12, key
    assert {"reported", "planned"} <= {r["modality"] for r in required}


def _scorer():
    spec = importlib.util.spec_from_file_location("devset2_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_scorer
def test_no_name_stands_for_two_actors():
    norm, owner = _scorer().norm, {}
    for actor, spec in ACTORS.items():
        for name in (actor, *spec["aliases"]):
            assert owner.setdefault(norm(name), actor) == actor, name


def _score(relations: list[dict], path: Path) -> str:
    first = {actor: spec["aliases"][0] for actor, spec in ACTORS.items()}
    with open(path, "w", encoding="utf-8") as out:
        for actor, spec in ACTORS.items():
            out.write(json.dumps({"kind": "actor", "name": first[actor], "type": spec["type"]}) + "\n")
        for r in relations:
            out.write(json.dumps({"kind": "relation", "subject": first[r["s"]], "predicate": r["p"],
                                  "object": first[r["o"]], "modality": r["modality"],
                                  "source": DOCS[r["doc"][0]]["file"], "evidence": r["evidence"]}) + "\n")
    done = subprocess.run([sys.executable, str(SCORER), "--gold", str(HERE / "gold.yaml"), "relations", str(path),
                           "--show", "0"], capture_output=True, text=True, check=True)
    return done.stdout


@needs_scorer
def test_the_gold_scores_perfectly_against_itself_and_a_gap_costs_recall(tmp_path):
    assert "strict-f1 1.000" in _score(RELATIONS, tmp_path / "all.jsonl")
    dropped = next(r for r in RELATIONS if not r.get("optional"))
    report = _score([r for r in RELATIONS if r is not dropped], tmp_path / "short.jsonl")
    assert "fn 1)" in report and "strict-f1 1.000" not in report
