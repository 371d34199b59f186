"""How well ``diplograph ask`` answers when extraction is perfect: the questions on a gold store.

    .venv/bin/python bench/goldstore.py [--set NAME|all] [--keep DIR]

For each article set of ``bench/heldout.py`` (``sample``, ``broad``, ``heldout``, ``devset*``), this
writes the set's ``gold.yaml`` as a curated YAML file (``docs/curated.md``: one fact per gold
relation and document, with the gold actors' types and aliases, the document as the source, the
relation's date, modality, weapon and role), ingests it into a fresh temporary store with the
product's own CLI, and scores the set's questions on that store with ``../shared/eval/score.py``,
exactly as ``bench/heldout.py`` scores them on the store the article loader builds. Its summary:

    broad gold-store question-score 0.913  (heldout.py on the articles: 0.80)

What a question loses on the article store but not here is lost by extraction; what it loses
here is lost by ``ask``. Optional gold relations are written too (they are true, and an article
store may hold them); the scorer does not count them as answers either way.

Nothing from the gold is kept: the curated file lives in a temporary folder (``--keep`` copies
the file and the store elsewhere for a look).
"""

from __future__ import annotations

import argparse
import importlib.util
import shlex
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _heldout():
    spec = importlib.util.spec_from_file_location("bench_heldout", ROOT / "bench" / "heldout.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


HELDOUT = _heldout()


def allowed(relation: dict, actors: dict) -> bool:
    """Whether the product's ontology takes the gold relation (the evaluation kit's ontology is
    looser in a few places: a person ATTACKs a state there); the ones it refuses are left out, and
    ``main`` says how many."""
    from diplograph.errors import OntologyError
    from diplograph.graph.ontology import load_ontology

    try:
        predicate = load_ontology().predicate(relation["p"])
    except OntologyError:
        return False
    s, o = actors[relation["s"]]["type"], actors[relation["o"]]["type"]
    return relation["s"] != relation["o"] and (predicate.allows(s, o) or (predicate.symmetric and predicate.allows(o, s)))


def curated_facts(gold: dict) -> list[dict]:
    """One curated fact per gold relation and document it is stated in.

    >>> gold = {"docs": {"1": {"title": "T", "url": "https://example.org/t"}},
    ...         "actors": {"a": {"type": "state", "aliases": ["Aland", "Alandic"]},
    ...                    "k": {"type": "weapon", "aliases": ["K-2"]},
    ...                    "b": {"type": "state", "aliases": ["Borvia"]}},
    ...         "relations": [{"s": "a", "p": "ARMS_TRANSFER", "o": "b", "doc": ["1"], "date": "2021",
    ...                        "modality": "reported", "weapon": "k", "evidence": "..."}]}
    >>> fact = curated_facts(gold)[0]
    >>> fact["subject"], fact["subject_aliases"], fact["object"], fact["weapon"], fact["source"], fact["date"]
    ('Aland', ['Alandic'], 'Borvia', 'K-2', 'https://example.org/t', '2021')
    """
    actors = gold["actors"]
    docs = {str(k): v or {} for k, v in (gold.get("docs") or {}).items()}

    def names(key: str) -> list[str]:
        return [str(a) for a in (actors[key].get("aliases") or [key])]

    facts = []
    for relation in gold["relations"]:
        if not allowed(relation, actors):
            continue
        for doc in relation.get("doc") or [None]:
            spec = docs.get(str(doc), {}) if doc is not None else {}
            fact = {
                "subject": names(relation["s"])[0], "subject_type": actors[relation["s"]]["type"],
                "subject_aliases": names(relation["s"])[1:],
                "predicate": relation["p"],
                "object": names(relation["o"])[0], "object_type": actors[relation["o"]]["type"],
                "object_aliases": names(relation["o"])[1:],
                "modality": relation.get("modality", "asserted"),
                "evidence": str(relation.get("evidence", "")),
            }
            if relation.get("date"):
                fact["date"] = str(relation["date"])
            if relation.get("end_date"):
                fact["end_date"] = str(relation["end_date"])
            if relation.get("weapon"):
                weapon = relation["weapon"]
                fact["weapon"] = names(weapon)[0] if weapon in actors else str(weapon)
            if relation.get("role"):
                fact["role"] = str(relation["role"])
            citation = spec.get("url") or spec.get("title") or (f"gold document {doc}" if doc is not None else "")
            if citation:
                fact["source"] = str(citation)
            facts.append(fact)
    return facts


def measure(name: str, articles, keep: Path | None) -> str:
    work = Path(tempfile.mkdtemp(prefix=f"goldstore-{name}-"))
    try:
        gold = yaml.safe_load(articles.gold.read_text(encoding="utf-8"))
        refused = [r for r in gold["relations"] if not allowed(r, gold["actors"])]
        if refused:
            print(f"\n{name}: {len(refused)} gold relation(s) the product's ontology refuses, left out: "
                  + "; ".join(f"{r['s']} {r['p']} {r['o']}" for r in refused[:10]))
        facts = work / f"{name}.gold-facts.yaml"
        facts.write_text(yaml.safe_dump({"facts": curated_facts(gold)}, allow_unicode=True, sort_keys=False),
                         encoding="utf-8")
        store = work / f"{name}.gold.db"
        cli = HELDOUT.diplograph_command() + ["--store", str(store)]
        HELDOUT.run(f"{name}: ingest the gold as curated facts", cli + ["ingest", "--quiet", str(facts)])
        answered = None
        if articles.questions.exists():
            done = HELDOUT.run(f"{name}: questions on the gold store", [
                sys.executable, str(HELDOUT.SCORER), "--gold", str(articles.gold), "questions",
                "--questions", str(articles.questions), "--cmd", shlex.join(cli + ["ask", "--format", "json"])])
            answered = HELDOUT.number_after("question-score", done.stdout)
        if keep:
            keep.mkdir(parents=True, exist_ok=True)
            for path in (facts, store):
                if path.exists():
                    shutil.copy2(path, keep / path.name)
        return f"{name} gold-store question-score {'n/a' if answered is None else f'{answered:.3f}'}"
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv=None) -> int:
    sets = HELDOUT.article_sets()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=sorted(sets) + ["all"], default="all")
    parser.add_argument("--keep", type=Path, help="keep each set's curated file and store in this folder")
    args = parser.parse_args(argv)
    if not HELDOUT.SCORER.exists():
        print(f"bench/goldstore.py needs the shared scorer at {HELDOUT.SCORER.resolve()}", file=sys.stderr)
        return 2
    names = sorted(sets) if args.set == "all" else [args.set]
    summaries = [measure(name, sets[name], args.keep) for name in names]
    print()
    for line in summaries:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
