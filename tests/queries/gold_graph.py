"""A graph built from the hand-written gold relations of shared/eval/seeds.gold.yaml.

The article loader will build the real graph from shared/corpus/; until then (and to test the
queries apart from extraction) this loads the gold actors (with their aliases and types) and
relations (one claim per document that states it, with its modality, date and sentence, the
document as source) through ``DiploGraph.write(Batch(...))``, like any loader would.

Run it to make a store to score ``diplograph ask`` against:

    .venv/bin/python tests/queries/gold_graph.py /tmp/gold.db
    python ../shared/eval/score.py questions --cmd '.venv/bin/diplograph --store /tmp/gold.db ask --format json'
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from diplograph.core import DiploGraph
from diplograph.gazetteer import load_gazetteer
from diplograph.graph.dates import normalise_date
from diplograph.graph.model import Actor, Batch, Claim, Source

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
GOLD = SHARED / "eval" / "seeds.gold.yaml"
QUESTIONS = SHARED / "eval" / "questions.dev.yaml"


def gold_batch(path: Path = GOLD, include_optional: bool = True) -> tuple[Batch, dict[str, str]]:
    """The gold as one batch, and the map from gold actor keys to graph ids."""
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    gazetteer = load_gazetteer()
    actors, ids = [], {}
    for key, spec in gold["actors"].items():
        aliases = [str(a) for a in spec.get("aliases") or [key]]
        entry = gazetteer.lookup(aliases[0], type=spec["type"])
        external = dict(entry.external_ids) if entry else {}
        actor = Actor.new(aliases[0], spec["type"], aliases[1:], external)
        actors.append(actor)
        ids[key] = actor.id
    sources = {}
    for doc, spec in gold["docs"].items():
        sources[str(doc)] = Source(id=f"src:gold-{doc}", title=spec.get("title", ""), publisher=spec.get("publisher", ""),
                                   published=normalise_date(str(spec.get("date", ""))), path=spec.get("file", ""),
                                   kind="article")
    names = {key: a.name for key, a in zip(gold["actors"], actors)}
    claims = []
    for rel in gold["relations"]:
        if rel.get("optional") and not include_optional:
            continue
        properties = {}
        if rel.get("weapon"):
            properties["weapon"] = names.get(rel["weapon"], str(rel["weapon"]))
        if rel.get("role"):
            properties["role"] = str(rel["role"])
        for doc in rel.get("doc") or []:
            claims.append(Claim(ids[rel["s"]], rel["p"], ids[rel["o"]], sources[str(doc)].id,
                                date=normalise_date(str(rel["date"])) if rel.get("date") else "",
                                modality=rel.get("modality", "asserted"), evidence=rel.get("evidence", ""),
                                method="gold", properties=properties))
    return Batch(actors, list(sources.values()), claims), ids


def build_gold_store(store: Path, include_optional: bool = True) -> DiploGraph:
    graph = DiploGraph.open(store=store)
    batch, _ = gold_batch(include_optional=include_optional)
    graph.write(batch)
    return graph


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: gold_graph.py STORE  (a new file; the gold graph is written into it)")
    target = Path(sys.argv[1])
    if target.exists():
        sys.exit(f"{target} exists: give a new file name")
    with build_gold_store(target) as built:
        print(f"{target}: {built.counts()}")
