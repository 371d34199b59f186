"""How well extraction and question answering carry over to articles we did not tune on.

    .venv/bin/python bench/heldout.py [--set heldout|devset|devset2|...] [--show 30] [--keep DIR]

``--set devset`` measures ``tests/devset/`` instead (six articles of our own on other regions,
which rules may be written for, see tests/devset/README.md), with its 20 development questions
(``tests/devset/questions.yaml``, which ``ask`` may be tuned on); the summary line starts with
``devset``. ``--set devset2`` does the same for ``tests/devset2/`` (other topics and styles, see
tests/devset2/README.md) with its 25 questions (``tests/devset2/questions.yaml``); any further
``tests/devset*/`` folder with a ``gold.yaml`` is a set of its own name. A set without a
``questions.yaml`` has only its relations scored.

Ingests ``tests/heldout/articles/`` (eight articles the team wrote, see tests/heldout/README.md)
into a fresh temporary store with the product's own CLI, exports the graph as JSON Lines and
scores it with the shared scorer against ``tests/heldout/gold.yaml``; then asks every question
of ``tests/heldout/questions.yaml`` through ``diplograph ask --format json`` and scores the
answers. It prints both reports, then how often the exported modality agrees with the gold's on
the relations that were found (score.py matches triples only), and a summary:

    heldout strict-f1 0.412  lenient-f1 0.530  question-score 0.377  modality-agreement 0.81 (34/42)

Use the numbers to measure generalisation. Never tune rules to these articles sentence by
sentence: then they stop measuring anything. Needs ``../shared/eval/score.py`` beside the repo.
A step that fails (an unfinished loader or ``ask`` command) is reported and scores zero; the
run goes on.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = {"heldout": ROOT / "tests" / "heldout",
        **{folder.name: folder for folder in sorted((ROOT / "tests").glob("devset*")) if (folder / "gold.yaml").exists()}}
SCORER = ROOT / ".." / "shared" / "eval" / "score.py"


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


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", type=int, default=30, help="missed / extra relations to list (default 30)")
    parser.add_argument("--keep", type=Path, help="keep the store and export in this folder")
    parser.add_argument("--set", choices=sorted(SETS), default="heldout", help="which article set (default heldout)")
    args = parser.parse_args(argv)
    folder = SETS[args.set]
    if not SCORER.exists():
        print(f"bench/heldout.py needs the shared scorer at {SCORER.resolve()}", file=sys.stderr)
        return 2

    work = Path(tempfile.mkdtemp(prefix="diplograph-heldout-"))
    try:
        store, export = work / f"{args.set}.db", work / f"{args.set}.jsonl"
        cli = diplograph_command() + ["--store", str(store)]
        gold = folder / "gold.yaml"
        run("ingest", cli + ["ingest", str(folder / "articles")])
        exported = run("export", cli + ["export", "--format", "jsonl", "--out", str(export)])
        if exported.returncode != 0 or not export.exists():
            export.write_text("", encoding="utf-8")  # score an empty graph rather than stop
        relations = run("relations", [sys.executable, str(SCORER), "--gold", str(gold), "relations",
                                      str(export), "--show", str(args.show)])
        asked = folder / "questions.yaml"
        questions = run("questions", [sys.executable, str(SCORER), "--gold", str(gold), "questions",
                                      "--questions", str(asked),
                                      "--cmd", shlex.join(cli + ["ask", "--format", "json"])]) if asked.exists() else None
        agreeing, compared = modality_agreement(export, gold)

        strict = number_after("strict-f1", relations.stdout)
        lenient = re.search(r"lenient\s.*?f1\s+([0-9.]+)", relations.stdout)
        answered = number_after("question-score", questions.stdout) if questions is not None else None
        recall = re.search(r"strict\s.*?recall\s+([0-9.]+)", relations.stdout)
        ratio = f"{agreeing / compared:.2f}" if compared else "n/a"
        shown = lambda value: "n/a" if value is None else f"{value:.3f}"  # noqa: E731
        print(f"\n{args.set} strict-f1 {shown(strict)}"
              f"  strict-recall {shown(float(recall.group(1)) if recall else None)}"
              f"  lenient-f1 {shown(float(lenient.group(1)) if lenient else None)}"
              f"  question-score {shown(answered)}"
              f"  modality-agreement {ratio} ({agreeing}/{compared})")
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for path in (store, export):
                if path.exists():
                    shutil.copy2(path, args.keep / path.name)
            print(f"store and export kept in {args.keep}")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
