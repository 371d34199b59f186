"""How well ``diplograph ask`` reads questions typed by analysts who never saw its grammar.

    .venv/bin/python bench/askset.py [--questions FILE] [--source NAME|all] [--gold] [--keep DIR] [--reuse DIR] [--timeout 120]

The questions are ``tests/askset/questions.yaml`` (see the README beside it): about sixty, over six
stores; ``--questions tests/askset/blind2.yaml`` asks the second blind set instead (75, over
devset2, devset4, devset5, the sample corpus and SIPRI+COW), ``--questions tests/askset/blind3.yaml``
the third (86, over devset4-6, the broad set, the sample corpus, SIPRI+COW and ICEWS),
``--questions tests/askset/blind4.yaml`` the fourth (60, over devset7-8, the broad set, the sample corpus
and SIPRI+COW), ``--questions tests/askset/blind5.yaml`` the fifth (64, over devset9, the broad set, the
sample corpus and SIPRI+COW), ``--questions tests/askset/blind6.yaml`` the sixth (59, over devset10-11,
the broad set, the sample corpus and SIPRI+COW), ``--questions tests/askset/blind7.yaml`` the seventh (57, over
devset7-8, heldout, the broad set, the sample corpus and SIPRI+COW), ``--questions tests/askset/blind8.yaml``
the eighth (58, over devset12, devset9-11, devset2, the broad set, the sample corpus and SIPRI+COW),
``--questions tests/askset/blind9.yaml`` the ninth (50, over devset13, heldout, devset6-7, the broad set, the
sample corpus and SIPRI+COW), ``--questions tests/askset/blind10.yaml`` the tenth (50, over devset12, heldout,
devset10-11, the broad set, the sample corpus and SIPRI+COW), ``--questions tests/askset/blind11.yaml`` the eleventh
(50, over devset5, devset7, devset9, devset13, heldout, the broad set, the sample corpus and SIPRI+COW),
``--questions tests/askset/blind12.yaml`` the twelfth (50, over devset2, devset6, devset8, devset10, devset12, the
broad set, the sample corpus and SIPRI+COW), ``--questions tests/askset/blind13.yaml`` the thirteenth (50, over devset4,
devset5, devset7, devset9, devset11, devset13, the broad set and SIPRI+COW), ``--questions tests/askset/blind14.yaml``
the fourteenth (50, over devset2, devset6, devset8, devset10, devset12, the sample corpus, the broad set and
SIPRI+COW), ``--questions tests/askset/blind15.yaml`` the fifteenth (50, over devset4, devset5, devset7, devset9,
devset11, devset13, the sample corpus, the broad set and SIPRI+COW), ``--questions tests/askset/blind16.yaml`` the
sixteenth (50, over devset6, devset8, devset10, devset12, devset2, devset, the sample corpus, the broad set and
SIPRI+COW), ``--questions tests/askset/blind17.yaml`` the seventeenth (50, over devset5, devset7, devset9, devset11,
devset13, devset4, the sample corpus, the broad set and SIPRI+COW), ``--questions tests/askset/blind18.yaml`` the
eighteenth (50, over devset14, devset15, devset6, devset8, devset10, devset12, the sample corpus, the broad set and
SIPRI+COW), ``--questions tests/askset/blind19.yaml`` the nineteenth (50, over devset16, devset13, devset11, devset9,
devset2, heldout, the sample corpus, the broad set and SIPRI+COW), ``--questions tests/askset/blind20.yaml`` the
twentieth (50, over devset17, devset15, devset12, devset10, devset8, devset5, heldout, the sample corpus, the broad
set and SIPRI+COW), ``--questions tests/askset/blind21.yaml`` the twenty-first (50, over devset18, devset17, devset14,
devset11, devset9, devset6, heldout, the sample corpus, the broad set and SIPRI+COW), ``--questions
tests/askset/blind22.yaml`` the twenty-second (50, over devset19, devset15, devset13, devset12, devset10, devset8, devset5,
heldout, the sample corpus, the broad set and SIPRI+COW), ``--questions tests/askset/blind23.yaml`` the twenty-third (50,
over devset20, devset18, devset17, devset14, devset11, devset9, devset6, heldout, the sample corpus, the broad set and
SIPRI+COW), ``--questions tests/askset/blind24.yaml`` the twenty-fourth (50, over devset21, devset19, devset15, devset13,
devset10, devset8, devset5, devset4, heldout, the sample corpus, the broad set and SIPRI+COW), ``--questions
tests/askset/blind25.yaml`` the twenty-fifth (50, over devset22, devset20, devset18, devset14, devset12, devset11, devset9,
devset7, devset2, heldout, the sample corpus, the broad set and SIPRI+COW). For each
source this builds a fresh temporary store with the product's own CLI,

- ``sample``: ``diplograph --store S ingest ../shared/corpus``; ``broad``: ``../shared/eval/broad/articles``;
- ``devset``, ``devset2``, ``devset4`` to ``devset23``, ``heldout``: ``ingest tests/<name>/articles``;
- ``sipri_cow``: ``ingest`` the SIPRI trade register (all years, 2025-03), the COW Formal Alliances
  dyad-years and the COW IGO igo-year file from ``../shared/data/real/``;
- ``icews``: ``ingest`` the decoded ICEWS 2014 Central Asia/Afghanistan extract from there;

or, with ``--gold``, the article sources from their gold relations instead (as ``bench/goldstore.py``
writes them: one curated fact per gold relation and document), so that what a question loses on the
article store but not on the gold store is lost by extraction, and what it loses on both by ``ask``;

then runs ``diplograph --store S ask --format json QUESTION`` for each of its questions and
scores the JSON with the conventions of ``../shared/eval/score.py`` (``answers``: names or objects
with ``name``, resolved to gold actors through the gold's aliases with score.py's own ``Gold``):

- ``answers``: the F1 of the answer set against the expected set;
- ``expect: yes|no|disputed``: 1 when the verdict is right. The JSON has no yes/no field, so a
  non-empty ``answers`` list is *yes*; *no* needs the question understood and ``answers`` empty;
  *disputed* needs something under ``flagged`` (what the product shows apart as unconfirmed,
  speculative or denied): answers with flags count for *yes* or *disputed*, flags that are all
  ``denied`` (and no answers) for *no* or *disputed*. An explicit ``verdict``/``answer`` field,
  if one appears, is used first;
- ``expect_date``: 1 when a date in the answers, evidence or details starts with the expected
  date, 0.5 when only its year is there, else 0;
- ``expect_predicates``: the F1 of the relation types (``predicate``) in the answers, evidence and
  details, hedged ones (unconfirmed, speculative, denied) left out, against the expected set;
- ``moot``: names or predicates that only optional planned gold relations support, left out of both sides.

A question the command cannot answer (no JSON, a crash, a timeout) scores 0. It prints one line a
question, then one summary line a source and one overall:

    askset heldout question-score 0.231 (13 questions)
    askset all question-score 0.198 (59 questions)

``--keep DIR`` copies each store into DIR; ``--reuse DIR`` asks on the store DIR already holds for a
source (as ``--keep`` left it) and builds and keeps the others there, to measure again quickly.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
SCORER = SHARED / "eval" / "score.py"
ONTOLOGY = SHARED / "eval" / "ontology.yaml"
ASKSET = ROOT / "tests" / "askset"
REAL = SHARED / "data" / "real"

SOURCES = {
    "sample": ([SHARED / "corpus"], SHARED / "eval" / "seeds.gold.yaml"),
    "devset": ([ROOT / "tests" / "devset" / "articles"], ROOT / "tests" / "devset" / "gold.yaml"),
    "devset2": ([ROOT / "tests" / "devset2" / "articles"], ROOT / "tests" / "devset2" / "gold.yaml"),
    "devset4": ([ROOT / "tests" / "devset4" / "articles"], ROOT / "tests" / "devset4" / "gold.yaml"),
    "devset5": ([ROOT / "tests" / "devset5" / "articles"], ROOT / "tests" / "devset5" / "gold.yaml"),
    "devset6": ([ROOT / "tests" / "devset6" / "articles"], ROOT / "tests" / "devset6" / "gold.yaml"),
    "devset7": ([ROOT / "tests" / "devset7" / "articles"], ROOT / "tests" / "devset7" / "gold.yaml"),
    "devset8": ([ROOT / "tests" / "devset8" / "articles"], ROOT / "tests" / "devset8" / "gold.yaml"),
    "devset9": ([ROOT / "tests" / "devset9" / "articles"], ROOT / "tests" / "devset9" / "gold.yaml"),
    "devset10": ([ROOT / "tests" / "devset10" / "articles"], ROOT / "tests" / "devset10" / "gold.yaml"),
    "devset11": ([ROOT / "tests" / "devset11" / "articles"], ROOT / "tests" / "devset11" / "gold.yaml"),
    "devset12": ([ROOT / "tests" / "devset12" / "articles"], ROOT / "tests" / "devset12" / "gold.yaml"),
    "devset13": ([ROOT / "tests" / "devset13" / "articles"], ROOT / "tests" / "devset13" / "gold.yaml"),
    "devset14": ([ROOT / "tests" / "devset14" / "articles"], ROOT / "tests" / "devset14" / "gold.yaml"),
    "devset15": ([ROOT / "tests" / "devset15" / "articles"], ROOT / "tests" / "devset15" / "gold.yaml"),
    "devset16": ([ROOT / "tests" / "devset16" / "articles"], ROOT / "tests" / "devset16" / "gold.yaml"),
    "devset17": ([ROOT / "tests" / "devset17" / "articles"], ROOT / "tests" / "devset17" / "gold.yaml"),
    "devset18": ([ROOT / "tests" / "devset18" / "articles"], ROOT / "tests" / "devset18" / "gold.yaml"),
    "devset19": ([ROOT / "tests" / "devset19" / "articles"], ROOT / "tests" / "devset19" / "gold.yaml"),
    "devset20": ([ROOT / "tests" / "devset20" / "articles"], ROOT / "tests" / "devset20" / "gold.yaml"),
    "devset21": ([ROOT / "tests" / "devset21" / "articles"], ROOT / "tests" / "devset21" / "gold.yaml"),
    "devset22": ([ROOT / "tests" / "devset22" / "articles"], ROOT / "tests" / "devset22" / "gold.yaml"),
    "devset23": ([ROOT / "tests" / "devset23" / "articles"], ROOT / "tests" / "devset23" / "gold.yaml"),
    "broad": ([SHARED / "eval" / "broad" / "articles"], SHARED / "eval" / "broad" / "broad.gold.yaml"),
    "heldout": ([ROOT / "tests" / "heldout" / "articles"], ROOT / "tests" / "heldout" / "gold.yaml"),
    "sipri_cow": ([REAL / "sipri_trade_register" / "sipri_trade_register_all_years_2025-03-13.csv",
                   REAL / "cow_alliances_v4.1" / "cow_alliance_v4.1_directed_dyad_year_peacesciencer.csv",
                   REAL / "cow_igo_v3" / "igo_year_formatv3_from_igoR.csv"], None),
    "icews": ([REAL / "icews14_tkg" / "icews14_central_asia_afghanistan_decoded.tsv"], None),
}
HEDGED = {"unconfirmed", "speculative", "denied"}
PARTS = ("answers", "evidence", "details")


def load_module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def diplograph_command() -> list[str]:
    """The CLI installed beside this interpreter (the project's .venv), else ``python -m diplograph``."""
    script = Path(sys.executable).parent / "diplograph"
    return [str(script)] if script.exists() else [sys.executable, "-m", "diplograph"]


def gold_for(source: str, questions: list[dict], work: Path, score):
    """score.py's ``Gold`` for a source: the set's gold file, or for a dataset source (SIPRI+COW,
    ICEWS) a gold-style table of the expected names and their other spellings (``tests/askset/sipri_cow.py``)."""
    gold_path = SOURCES[source][1]
    if gold_path is None:
        names = load_module("askset_sipri_cow", ASKSET / "sipri_cow.py")
        gold_path = work / f"{source}.gold.yaml"
        gold_path.write_text(yaml.safe_dump({"actors": names.gold_actors(questions), "relations": []},
                                            allow_unicode=True), encoding="utf-8")
    return score.Gold(gold_path, ONTOLOGY)


def items(payload: dict):
    """Every dict found (at any depth) under the payload's answers, evidence and details."""
    stack = [payload.get(part) for part in PARTS]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            yield value
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)


def f1(got: set, expected: set, score) -> float:
    _, _, f = score.prf(len(got & expected), len(got - expected), len(expected - got))
    return f


def verdict(payload: dict) -> str | None:
    """yes / no / disputed as the JSON says it (see the module's docstring)."""
    for key in ("verdict", "answer"):
        value = payload.get(key)
        if isinstance(value, str) and value.strip().lower() in ("yes", "no", "disputed"):
            return value.strip().lower()
        if isinstance(value, bool):
            return "yes" if value else "no"
    flagged = payload.get("flagged") or []
    if payload.get("answers"):
        return "yes+flagged" if flagged else "yes"
    if flagged:
        reasons = {word.strip() for item in flagged if isinstance(item, dict)
                   for word in str(item.get("why", "")).replace(";", ",").split(",") if word.strip()}
        return "denied" if reasons == {"denied"} else "disputed"
    return "no" if payload.get("understood", True) else None


# A verdict is right for these expectations: answers and flags together are a yes that someone
# doubts; only denied claims are a no that someone disputed.
RIGHT = {"yes": {"yes"}, "no": {"no"}, "disputed": {"disputed"},
         "yes+flagged": {"yes", "disputed"}, "denied": {"no", "disputed"}}


def grade(question: dict, payload: dict, gold, score) -> tuple[float, str]:
    """(score, what was got) for one question's JSON."""
    if "answers" in question:
        got = {gold.resolve(n) or score.norm(n if isinstance(n, str) else n.get("name", ""))
               for n in payload.get("answers", [])}
        # a dataset answer spelt two ways in one question file (COW's "Turkey", SIPRI's "Turkiye") is
        # one actor of the table gold_for builds: expected names go through it as the answers do
        expected = {n if n in gold.actors else gold.resolve(n) or n for n in question["answers"]}
        moot = {n if n in gold.actors else gold.resolve(n) or n for n in question.get("moot", ())}
        return f1(got - moot, expected - moot, score), str(sorted(got))
    if "expect" in question:
        said = verdict(payload)
        expected = question["expect"]
        return float(expected in RIGHT.get(said, set())), str(said)
    if "expect_date" in question:
        expected = str(question["expect_date"])
        dates = {str(v) for item in items(payload) for k, v in item.items() if "date" in k and v}
        dates |= {a for a in payload.get("answers", []) if isinstance(a, str)}
        if any(d.startswith(expected) for d in dates):
            return 1.0, str(sorted(dates))
        return (0.5 if any(d[:4] == expected[:4] for d in dates) else 0.0), str(sorted(dates))
    got = {str(item["predicate"]).upper() for item in items(payload)
           if item.get("predicate") and str(item.get("modality", "")).lower() not in HEDGED}
    moot = set(question.get("moot", ()))
    return f1(got - moot, set(question["expect_predicates"]) - moot, score), str(sorted(got))


def ask(cli: list[str], question: str, timeout: float) -> dict | None:
    try:
        done = subprocess.run(cli + ["ask", "--format", "json", question], capture_output=True, text=True,
                              timeout=timeout, cwd=ROOT)
        payload = json.loads(done.stdout)
        return payload if isinstance(payload, dict) else None
    except (subprocess.TimeoutExpired, json.JSONDecodeError, OSError):
        return None


def gold_facts(source: str, work: Path) -> Path:
    """The source's gold relations written as a curated YAML file (``bench/goldstore.py``)."""
    goldstore = load_module("bench_goldstore", ROOT / "bench" / "goldstore.py")
    gold = yaml.safe_load(SOURCES[source][1].read_text(encoding="utf-8"))
    facts = work / f"{source}.gold-facts.yaml"
    facts.write_text(yaml.safe_dump({"facts": goldstore.curated_facts(gold)}, allow_unicode=True, sort_keys=False),
                     encoding="utf-8")
    return facts


def measure(source: str, questions: list[dict], score, timeout: float, keep: Path | None,
            from_gold: bool = False, reuse: Path | None = None) -> list[float]:
    """Build the source's store, ask its questions, print one line each; return the scores."""
    work = Path(tempfile.mkdtemp(prefix=f"askset-{source}-"))
    try:
        from_gold = from_gold and SOURCES[source][1] is not None
        store = work / f"{source}{'.gold' if from_gold else ''}.db"
        kept = reuse / store.name if reuse else None
        if kept is not None and kept.exists():
            shutil.copy2(kept, store)
            print(f"\n== {source}: the store kept in {reuse}", flush=True)
        cli = diplograph_command() + ["--store", str(store)]
        paths = [str(gold_facts(source, work))] if from_gold else [str(p) for p in SOURCES[source][0]]
        if not store.exists():
            print(f"\n== {source}: ingest {len(paths)} path(s)" + (" (its gold relations)" if from_gold else ""),
                  flush=True)
            done = subprocess.run(cli + ["ingest", "--quiet", *paths], capture_output=True, text=True, cwd=ROOT)
            if done.returncode != 0:
                print(f"[ingest: exit status {done.returncode}] {done.stderr.strip()[-2000:]}")
            if reuse:
                reuse.mkdir(parents=True, exist_ok=True)
                shutil.copy2(store, kept)
        gold = gold_for(source, questions, work, score)
        scores = []
        for q in questions:
            payload = ask(cli, q["question"], timeout)
            if payload is None:
                value, got, reading = 0.0, "no usable answer", ""
            else:
                value, got = grade(q, payload, gold, score)
                reading = (f"\n        read as  {payload.get('reading')}" if payload.get("understood", True)
                           else "  NOT UNDERSTOOD")
            expected = next(str(q[k]) for k in ("answers", "expect", "expect_date", "expect_predicates") if k in q)
            print(f"[{q['id']}] {value:.2f}  {q['question']!r}{reading}\n        expected {expected}\n        got      {got}",
                  flush=True)
            scores.append(value)
        if keep:
            keep.mkdir(parents=True, exist_ok=True)
            shutil.copy2(store, keep / store.name)
        return scores
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", default="all", choices=[*SOURCES, "all"])
    parser.add_argument("--questions", default=str(ASKSET / "questions.yaml"),
                        help="the question file (default: tests/askset/questions.yaml; also blind2.yaml to blind25.yaml there)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds for one ask")
    parser.add_argument("--keep", type=Path, help="copy each store into this folder")
    parser.add_argument("--reuse", type=Path, help="ask on the stores this folder holds; build and keep the others there")
    parser.add_argument("--gold", action="store_true",
                        help="build the article sources' stores from their gold relations (extraction left out)")
    args = parser.parse_args(argv)
    if not SCORER.exists():
        print(f"the shared scorer is not at {SCORER}", file=sys.stderr)
        return 2
    score = load_module("shared_score", SCORER)
    questions = yaml.safe_load(Path(args.questions).read_text(encoding="utf-8"))["questions"]
    sources = list(SOURCES) if args.source == "all" else [args.source]
    results: dict[str, list[float]] = {}
    for source in sources:
        mine = [q for q in questions if q["source"] == source]
        missing = [p for p in SOURCES[source][0] if not p.exists()]
        if not mine or missing:
            print(f"\n== {source}: skipped ({'no questions' if not mine else f'missing {missing[0]}'})")
            continue
        results[source] = measure(source, mine, score, args.timeout, args.keep, args.gold, args.reuse)
    print()
    stem = Path(args.questions).stem
    label = "askset" + ("" if stem == "questions" else f"-{stem}") + ("-gold" if args.gold else "")
    for source, scores in results.items():
        print(f"{label} {source} question-score {sum(scores) / len(scores):.3f} ({len(scores)} questions)")
    every = [s for scores in results.values() for s in scores]
    if every:
        print(f"{label} all question-score {sum(every) / len(every):.3f} ({len(every)} questions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
