"""How well extraction and question answering carry over to articles we did not tune on.

    .venv/bin/python bench/heldout.py [--set NAME|all] [--relations-only] [--show 30] [--keep DIR]

A *set* is a folder of articles, a gold file and (optionally) analyst questions:

- ``heldout``: ``tests/heldout/`` (eight articles the team wrote, never tuned on, see its README);
- ``devset``, ``devset2``, ...: every ``tests/devset*/`` folder with a ``gold.yaml`` (development
  articles of our own on other regions, which rules may be written for) and its ``questions.yaml``;
- ``sample`` and ``broad``: the shared evaluation kit beside the repository
  (``../shared/corpus`` with ``../shared/eval/seeds.gold.yaml``, and ``../shared/eval/broad``),
  when it is there.

``--set all`` measures every set in turn and ends with one summary line per set, so one run gives
every figure the closing notes quote.

For each set: ingest the articles into a fresh temporary store with the product's own CLI, export the
graph as JSON Lines and score it with the shared scorer against the gold; then ask every question
through ``diplograph ask --format json`` and score the answers. It prints both reports, then how often
the exported modality agrees with the gold's on the relations that were found (score.py matches
triples only), and a summary:

    heldout strict-f1 0.412  strict-recall 0.380  lenient-f1 0.530  question-score 0.377  modality-agreement 0.81 (34/42)

Use the numbers to measure generalisation. Never tune rules to these articles sentence by
sentence: then they stop measuring anything. Needs ``../shared/eval/score.py`` beside the repo.
A step that fails (an unfinished loader or ``ask`` command) is reported and scores zero; the
run goes on.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT / ".." / "shared" / "eval"
SCORER = SHARED_EVAL / "score.py"


@dataclass(frozen=True)
class ArticleSet:
    articles: Path
    gold: Path
    questions: Path


def article_sets() -> dict[str, ArticleSet]:
    """Every set this checkout can measure, by name (see the module's docstring)."""
    own = [ROOT / "tests" / "heldout"] + sorted((ROOT / "tests").glob("devset*"))
    sets = {folder.name: ArticleSet(folder / "articles", folder / "gold.yaml", folder / "questions.yaml")
            for folder in own if (folder / "gold.yaml").exists()}
    if (SHARED_EVAL / "seeds.gold.yaml").exists():
        sets["sample"] = ArticleSet(SHARED_EVAL.parent / "corpus", SHARED_EVAL / "seeds.gold.yaml",
                                    SHARED_EVAL / "questions.dev.yaml")
    if (SHARED_EVAL / "broad" / "broad.gold.yaml").exists():
        broad = SHARED_EVAL / "broad"
        sets["broad"] = ArticleSet(broad / "articles", broad / "broad.gold.yaml", broad / "questions.broad.yaml")
    return sets


def diplograph_command() -> list[str]:
    """The CLI installed beside this interpreter (the project's .venv), else ``python -m diplograph``."""
    script = Path(sys.executable).parent / "diplograph"
    return [str(script)] if script.exists() else [sys.executable, "-m", "diplograph"]


def run(title: str, command: list[str]) -> subprocess.CompletedProcess:
    """Run one step, echo its output under a heading, and say plainly when it failed."""
    print(f"\n== {title}\n$ {shlex.join(command)}", flush=True)
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if done.stdout.strip():
        print(done.stdout.rstrip())
    if done.returncode != 0:
        print(f"[{title}: exit status {done.returncode}]")
        if done.stderr.strip():
            print(done.stderr.rstrip()[-3000:])
    return done


def number_after(label: str, text: str) -> float | None:
    """The first number printed after ``label`` in a report, if any.

    >>> number_after("strict-f1", "...\\nstrict-f1 0.412\\n")
    0.412
    >>> number_after("question-score", "nothing here") is None
    True
    """
    match = re.search(re.escape(label) + r"\s+([0-9.]+)", text)
    return float(match.group(1)) if match else None


def modality_agreement(export: Path, gold_path: Path) -> tuple[int, int]:
    """(agreeing, compared): exported relations whose triple matches a gold relation strictly,
    and how many of those carry the gold's modality. Uses the scorer's own name resolution."""
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = score.Gold(gold_path, SCORER.parent / "ontology.yaml")
    expected = {gold.key(g["s"], g["p"], g["o"], False): g["modality"] for g in gold.relations}
    relations, _ = score.read_export(export)
    seen: dict[tuple, set[str]] = {}
    for row in relations:
        s, o = gold.resolve(row.get("subject")), gold.resolve(row.get("object"))
        if s and o:
            key = gold.key(s, row.get("predicate", ""), o, False)
            if key in expected:
                seen.setdefault(key, set()).add(str(row.get("modality", "")))
    # a triple several claims support agrees when any of its exported modalities is the gold's
    return sum(expected[k] in modalities for k, modalities in seen.items()), len(seen)


def measure(name: str, articles: ArticleSet, show: int, keep: Path | None, ask: bool = True) -> str:
    """Ingest, export, score and ask one set; return its summary line."""
    work = Path(tempfile.mkdtemp(prefix=f"diplograph-{name}-"))
    try:
        store, export = work / f"{name}.db", work / f"{name}.jsonl"
        cli = diplograph_command() + ["--store", str(store)]
        run(f"{name}: ingest", cli + ["ingest", str(articles.articles)])
        exported = run(f"{name}: export", cli + ["export", "--format", "jsonl", "--out", str(export)])
        if exported.returncode != 0 or not export.exists():
            export.write_text("", encoding="utf-8")  # score an empty graph rather than stop
        relations = run(f"{name}: relations", [sys.executable, str(SCORER), "--gold", str(articles.gold), "relations",
                                                str(export), "--show", str(show)])
        questions = run(f"{name}: questions", [
            sys.executable, str(SCORER), "--gold", str(articles.gold), "questions",
            "--questions", str(articles.questions),
            "--cmd", shlex.join(cli + ["ask", "--format", "json"])]) if ask and articles.questions.exists() else None
        agreeing, compared = modality_agreement(export, articles.gold)

        strict = number_after("strict-f1", relations.stdout)
        precision = re.search(r"strict\s.*?precision\s+([0-9.]+)", relations.stdout)
        recall = re.search(r"strict\s.*?recall\s+([0-9.]+)", relations.stdout)
        lenient = re.search(r"lenient\s.*?f1\s+([0-9.]+)", relations.stdout)
        answered = number_after("question-score", questions.stdout) if questions is not None else None
        ratio = f"{agreeing / compared:.2f}" if compared else "n/a"
        shown = lambda value: "n/a" if value is None else f"{float(value):.3f}"  # noqa: E731
        if keep:
            keep.mkdir(parents=True, exist_ok=True)
            for path in (store, export):
                if path.exists():
                    shutil.copy2(path, keep / path.name)
            print(f"store and export kept in {keep}")
        return (f"{name} strict-f1 {shown(strict)}"
                f"  strict-precision {shown(precision.group(1) if precision else None)}"
                f"  strict-recall {shown(recall.group(1) if recall else None)}"
                f"  lenient-f1 {shown(lenient.group(1) if lenient else None)}"
                f"  question-score {shown(answered)}"
                f"  modality-agreement {ratio} ({agreeing}/{compared})")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv=None) -> int:
    sets = article_sets()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", type=int, default=30, help="missed / extra relations to list (default 30)")
    parser.add_argument("--keep", type=Path, help="keep each set's store and export in this folder")
    parser.add_argument("--set", choices=sorted(sets) + ["all"], default="heldout",
                        help="which article set, or all of them (default heldout)")
    parser.add_argument("--relations-only", action="store_true", help="score the relations, skip the questions")
    args = parser.parse_args(argv)
    if not SCORER.exists():
        print(f"bench/heldout.py needs the shared scorer at {SCORER.resolve()}", file=sys.stderr)
        return 2
    names = sorted(sets) if args.set == "all" else [args.set]
    summaries = [measure(name, sets[name], args.show, args.keep, not args.relations_only) for name in names]
    print()
    for line in summaries:
        print(line)
    return 0

if __name__ == "__main__":
    sys.exit(main())
