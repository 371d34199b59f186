"""Our own evaluation sets: articles we wrote, with gold relations annotated by hand, in the
formats of ``shared/eval/`` so that its scorer reads them unchanged.

* ``tests/heldout/``: the yardstick nobody tunes on (it also has analyst questions);
* ``tests/devset/`` (and any later ``tests/devset*/``): sets for working on extraction, where
  rules may be written for the constructions they miss, never for one of their sentences.

:class:`GoldSet` loads one; ``tests/test_gold_sets.py`` checks every set the same way.
"""

from __future__ import annotations

import html
import importlib.util
import json
import re
import subprocess
import sys
from functools import cached_property
from pathlib import Path

import pytest
import yaml

from diplograph.graph.ontology import load_ontology

TESTS = Path(__file__).resolve().parent
SHARED_EVAL = TESTS.parent / ".." / "shared" / "eval"
SCORER = SHARED_EVAL / "score.py"
CONTRACT = SHARED_EVAL / "ontology.yaml"

needs_shared = pytest.mark.skipif(not SCORER.exists() or not CONTRACT.exists(),
                                  reason=f"shared evaluation kit not found at {SHARED_EVAL}")


def load_yaml(path: Path):
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def visible_text(path: Path) -> str:
    """The words a reader sees: HTML loses its scripts, styles and tags; whitespace is collapsed."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return " ".join(text.split())


def label(relation: dict) -> str:
    return f"{relation['s']} {relation['p']} {relation['o']} ({', '.join(relation['doc'])})"


def contract_vocabulary() -> tuple[dict, set[str]]:
    """Predicates (name -> spec with family and symmetric) and modality names the scorer speaks;
    the product's own ontology stands in when the shared kit is absent."""
    if CONTRACT.exists():
        contract = load_yaml(CONTRACT)
        return contract["predicates"], set(contract["modality"])
    onto = load_ontology()
    return ({name: {"family": p.family, "symmetric": p.symmetric} for name, p in onto.predicates.items()},
            set(onto.modalities))


def scorer_module():
    """The shared scorer, imported (for its name normalisation)."""
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class GoldSet:
    """One set: ``folder/articles/``, ``folder/gold.yaml`` (docs, actors, relations)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.articles = folder / "articles"
        self.gold_path = folder / "gold.yaml"

    def __repr__(self) -> str:
        return self.folder.name

    @cached_property
    def gold(self) -> dict:
        return load_yaml(self.gold_path)

    @property
    def docs(self) -> dict:
        return self.gold["docs"]

    @property
    def actors(self) -> dict:
        return self.gold["actors"]

    @property
    def relations(self) -> list[dict]:
        return self.gold["relations"]

    @cached_property
    def questions(self) -> list[dict]:
        """Analyst questions over the set (``questions.yaml``), [] when it has none."""
        path = self.folder / "questions.yaml"
        return load_yaml(path)["questions"] if path.exists() else []

    def answers_for(self, query: dict, modalities: set[str]) -> set[str]:
        """The answer set a question's ``query`` gives over the gold's required relations of
        ``modalities`` (see the header of ``tests/heldout/questions.yaml``)."""
        predicates, _ = contract_vocabulary()
        found = set()
        for r in self.relations:
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
        return {a for a in found if "type" not in query or self.actors[a]["type"] == query["type"]}

    def text(self, doc: str) -> str:
        return visible_text(self.articles / self.docs[doc]["file"])

    def export(self, relations: list[dict], path: Path) -> Path:
        """JSON Lines as the product's export writes them, naming actors by their first alias."""
        name = {actor: spec["aliases"][0] for actor, spec in self.actors.items()}
        with open(path, "w", encoding="utf-8") as out:
            for actor, spec in self.actors.items():
                out.write(json.dumps({"kind": "actor", "name": name[actor], "type": spec["type"]}) + "\n")
            for r in relations:
                row = {"kind": "relation", "subject": name[r["s"]], "predicate": r["p"], "object": name[r["o"]],
                       "modality": r["modality"], "date": str(r.get("date", "")),
                       "source": self.docs[r["doc"][0]]["file"], "evidence": r["evidence"]}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return path

    def score(self, export: Path) -> str:
        """What the shared scorer prints for ``export`` against this set's gold."""
        done = subprocess.run([sys.executable, str(SCORER), "--gold", str(self.gold_path), "relations", str(export),
                               "--show", "0"], capture_output=True, text=True, check=True)
        return done.stdout


SETS = [GoldSet(folder) for folder in sorted([TESTS / "heldout", *TESTS.glob("devset*")])
        if (folder / "gold.yaml").exists()]
