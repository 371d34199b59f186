"""Regression check on the four sample articles in ../shared (skipped when they are absent):
the scorer's strict F1 and actor recall, and agreement of modality with the gold.

The rules are not tuned to these texts (see test_relations.py for our own sentences); this test
only guards against a change that quietly makes extraction worse."""

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

from diplograph.core import DiploGraph
from diplograph.exports import write_export

from .conftest import SHARED

CORPUS = SHARED / "corpus"
SCORER = SHARED / "eval" / "score.py"
GOLD = SHARED / "eval" / "seeds.gold.yaml"

pytestmark = pytest.mark.skipif(not (CORPUS.is_dir() and SCORER.exists() and GOLD.exists()),
                                reason="the shared sample corpus and scorer are not beside the repository")


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    with DiploGraph.open(store=folder / "graph.db") as graph:
        report = graph.ingest(*sorted(CORPUS.glob("*.txt")))
        assert report.ok and report.documents == 4, report.errors
        return write_export(graph, "jsonl", folder / "export.jsonl")


def test_strict_f1_and_actor_recall_on_the_samples(export):
    done = subprocess.run([sys.executable, str(SCORER), "relations", str(export), "--show", "0"],
                          capture_output=True, text=True, check=True)
    strict_f1 = float(re.search(r"strict-f1 ([0-9.]+)", done.stdout).group(1))
    actor_recall = float(re.search(r"actor recall ([0-9.]+)", done.stdout).group(1))
    assert strict_f1 >= 0.75, done.stdout
    assert actor_recall >= 0.95, done.stdout


def test_modality_of_matched_relations_mostly_agrees_with_the_gold(export):
    path = Path(__file__).resolve().parents[2] / "bench" / "modality_dates.py"
    spec = importlib.util.spec_from_file_location("modality_dates", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.agreement(export, GOLD)
    assert result["matched"] >= 60
    assert result["modality_agree"] / result["matched"] >= 0.85
