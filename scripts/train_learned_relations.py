"""Label, train and measure the learned relation reader (diplograph/loaders/articles/learned.py).

    PYTHONPATH=. .venv/bin/python scripts/train_learned_relations.py collect   [--cache DIR]
    PYTHONPATH=. .venv/bin/python scripts/train_learned_relations.py evaluate  [--cache DIR]
    PYTHONPATH=. .venv/bin/python scripts/train_learned_relations.py unseen    [--cache DIR]
    PYTHONPATH=. .venv/bin/python scripts/train_learned_relations.py write --out FILE [--precision 0.85]
    PYTHONPATH=. .venv/bin/python scripts/train_learned_relations.py misses [--show 40] [--shapes] [--why]

Training data is the team's own gold only: the development sets ``tests/devset*/`` except those in
``NEVER`` (``devset16``, ``devset23``, ``heldout``: add any new set kept unseen there), and never the shared
sample and broad sets. ``collect`` runs the article pipeline on every article of those sets and,
for each sentence, takes every ordered pair of distinct actors it names (``learned.candidates``). A
pair is labelled with a gold predicate when a gold relation of that article joins the two actors (the
pipeline's actors mapped to gold actors by name and alias, as ``../shared/eval/score.py`` does, in
the gold's direction; both ways for a symmetric predicate) and one of its evidence fragments lies in
the sentence; else NONE. It caches one JSON line per pair, and per set the triples the rules export.

``evaluate`` is leave-one-set-out cross-validation: train on all sets but one, predict the pairs of
that one the rules left unrelated, and count the added relations the scorer would count right (a
required gold triple the export lacks), wrong (a triple not in the gold) or neutral (optional, or
already exported), per predicate and threshold. ``unseen`` trains on every training set and counts
the same on the sets never trained on (counts only: their misses are not to be read). ``write`` keeps
the predicates and thresholds at which the additions' pooled held-out precision reaches
``--precision`` with at least ``--support`` right additions, trains on every set and writes the
weights as JSON (deterministic: fixed order, fixed seed). ``misses`` counts, on the development
sets, the gold relations the rules miss between two actors named in one sentence, by kind (is a
trigger word of the predicate on the path between the names?) and predicate, and lists them with
``--show``. docs/extraction.md gives the figures.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT / ".." / "shared" / "eval" / "score.py"
NEVER = ("devset16", "devset23", "heldout")  # kept for evaluation: never trained on
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
MIN_COUNT = 2  # a feature seen fewer times in training is dropped
EPOCHS, RATE, DECAY, SEED = 8, 0.2, 1e-5, 26


def training_sets() -> list[Path]:
    folders = sorted((ROOT / "tests").glob("devset*"), key=lambda p: (len(p.name), p.name))
    return [f for f in folders if (f / "gold.yaml").exists() and f.name not in NEVER]


def scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fragments(evidence: str) -> list[str]:
    return [f.strip() for f in str(evidence or "").split("...") if len(f.strip()) > 3]


def _spans(text: str, fragment: str) -> list[tuple[int, int]]:
    pattern = r"\s+".join(re.escape(w) for w in fragment.split())
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def labels_for(s: str | None, o: str | None, start: int, end: int, stated: list, symmetric: set) -> list:
    """The gold predicates (with whether each is optional) that the gold actors ``s`` and ``o``, in
    that order, hold in the sentence at [``start``, ``end``): ``stated`` pairs each gold relation of
    the article with the spans of its evidence fragments in the text."""
    labels = set()
    for g, spans in stated:
        if s is None or o is None or not any(a < end and start < b for a, b in spans):
            continue
        p = str(g["p"]).upper()
        if (g["s"], g["o"]) == (s, o) or p in symmetric and (g["o"], g["s"]) == (s, o):
            labels.add((p, bool(g.get("optional"))))
    return sorted(labels)


def _actor(actor) -> dict:
    return {"id": actor.id, "name": actor.name, "aliases": list(actor.aliases), "type": actor.type}


def collect(cache: Path, folders: list[Path]) -> None:
    from diplograph.loaders.articles.learned import candidates
    from diplograph.loaders.articles.pipeline import ArticleExtractor
    from diplograph.loaders.articles.read import read_document

    score = scorer()
    rows: list[dict] = []

    class Collecting(ArticleExtractor):
        def _read(self, sent, in_sentence, context, relations, offset):
            found = super()._read(sent, in_sentence, context, relations, offset)
            for c in candidates(sent, in_sentence, found, self.lexicon):
                rows.append({"start": offset + sent.start_char, "end": offset + sent.end_char, "text": sent.text,
                             "first": _actor(c.first.actor), "second": _actor(c.second.actor),
                             "features": c.features})
            return found

    extractor = Collecting()
    cache.mkdir(parents=True, exist_ok=True)
    for folder in folders:
        gold = score.Gold(folder / "gold.yaml", ROOT / ".." / "shared" / "eval" / "ontology.yaml")
        spec = score.load_yaml(folder / "gold.yaml")
        symmetric = {p for p, s in gold.predicates.items() if s.get("symmetric")}
        out, exported = [], set()
        for key, doc in sorted(spec["docs"].items()):
            path = folder / "articles" / doc["file"]
            document = read_document(path)
            rows.clear()
            batch = extractor.extract(document, lenient=True)  # as ingest reads: a failing sentence is left out
            actors = {a.id: a for a in batch.actors}
            for c in batch.claims:
                s, o = (gold.resolve(_actor(actors[x])) if x in actors else None for x in (c.subject, c.object))
                if s and o:
                    exported.add(gold.key(s, c.predicate, o, False))
            stated = [g for g in gold.relations if key in map(str, g.get("doc", []))]
            where = [(g, [span for f in _fragments(g.get("evidence")) for span in _spans(document.text, f)])
                     for g in stated]
            for row in rows:
                s, o = gold.resolve(row["first"]), gold.resolve(row["second"])
                out.append({"set": folder.name, "doc": key, "s": s, "o": o, "start": row["start"],
                            "text": row["text"], "labels": labels_for(s, o, row["start"], row["end"], where, symmetric),
                            "features": row["features"]})
            print(f"{folder.name} {key}: {len(rows)} pairs", flush=True)
        with open(cache / f"{folder.name}.jsonl", "w", encoding="utf-8") as handle:
            for row in out:
                handle.write(json.dumps(row) + "\n")
        with open(cache / f"{folder.name}.exported.json", "w", encoding="utf-8") as handle:
            json.dump(sorted(exported), handle)


def load(cache: Path, folders: list[Path] | None = None) -> dict[str, tuple[list[dict], set]]:
    data = {}
    for folder in folders or training_sets():
        with open(cache / f"{folder.name}.jsonl", encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle]
        with open(cache / f"{folder.name}.exported.json", encoding="utf-8") as handle:
            exported = {tuple(k) for k in json.load(handle)}
        data[folder.name] = (rows, exported)
    return data


def train(rows: list[dict]) -> dict:
    """Multinomial logistic regression by stochastic gradient descent, in a fixed order."""
    counts = Counter(f for r in rows for f in r["features"])
    vocabulary = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocabulary)}
    classes = ["NONE"] + sorted({p for r in rows for p, _ in r["labels"]})
    position = {c: i for i, c in enumerate(classes)}
    weights = np.zeros((len(vocabulary), len(classes)))
    bias = np.zeros(len(classes))
    examples = []
    for r in rows:
        target = np.zeros(len(classes))
        names = sorted({p for p, _ in r["labels"]}) or ["NONE"]
        for name in names:
            target[position[name]] = 1 / len(names)
        examples.append((np.array([index[f] for f in r["features"] if f in index], dtype=int), target))
    order = np.random.default_rng(SEED).permutation(len(examples))
    for epoch in range(EPOCHS):
        rate = RATE / (1 + epoch)
        for n in order:
            features, target = examples[n]
            scores = weights[features].sum(axis=0) + bias
            scores = np.exp(scores - scores.max())
            gradient = scores / scores.sum() - target
            weights[features] -= rate * (gradient + DECAY * weights[features])
            bias -= rate * gradient
    return {"classes": classes, "bias": [round(float(b), 4) for b in bias],
            "weights": {f: {c: round(float(w), 4) for c, w in zip(classes, weights[i]) if abs(w) >= 1e-3}
                        for f, i in index.items() if np.abs(weights[i]).max() >= 1e-3}}


def additions(model, rows: list[dict], gold_keys, exported: set, symmetric: set):
    """(predicate, probability, triple, verdict) for each pair the rules left unrelated in its
    sentence; verdict "right", "wrong" or "neutral" (optional gold, already exported, unmapped)."""
    from diplograph.loaders.articles.learned import LearnedModel

    reader = LearnedModel(model)
    required, optional = gold_keys
    out = []
    for r in rows:
        if "rules=none" not in r["features"] or r["s"] is None or r["o"] is None:
            continue
        for predicate, p in reader.probabilities(r["features"]).items():
            if predicate == "NONE" or p < min(THRESHOLDS):
                continue
            s, o = (r["s"], r["o"])
            if predicate in symmetric and o < s:
                s, o = o, s
            key = (s, predicate, o)
            verdict = "neutral" if key in exported or key in optional and key not in required else \
                "right" if key in required else "wrong"
            out.append((predicate, p, key, verdict))
    return out


def _gold_keys(score, folder: Path):
    gold = score.Gold(folder / "gold.yaml", ROOT / ".." / "shared" / "eval" / "ontology.yaml")
    required = {gold.key(g["s"], g["p"], g["o"], False) for g in gold.relations if not g.get("optional")}
    optional = {gold.key(g["s"], g["p"], g["o"], False) for g in gold.relations}
    return (required, optional), {p for p, s in gold.predicates.items() if s.get("symmetric")}


def _tally(table: dict, model: dict, held: str, rows: list[dict], exported: set, score) -> None:
    """Count the additions ``model`` makes on one set's pairs, each triple once at its best probability."""
    keys, symmetric = _gold_keys(score, ROOT / "tests" / held)
    best: dict[tuple, tuple[float, str]] = {}
    for _, p, key, verdict in additions(model, rows, keys, exported, symmetric):
        if key not in best or best[key][0] < p:
            best[key] = (p, verdict)
    for (_, predicate, _), (p, verdict) in best.items():
        for threshold in THRESHOLDS:
            if p >= threshold:
                table[(predicate, threshold)][verdict] += 1


def cross_validate(cache: Path) -> dict:
    """Leave one set out: per predicate and threshold, the held-out additions right, wrong and neutral."""
    score = scorer()
    data = load(cache)
    table: dict[tuple[str, float], Counter] = defaultdict(Counter)
    for held in data:
        model = train([r for name, (rows, _) in data.items() if name != held for r in rows])
        _tally(table, model, held, *data[held], score)
        print(f"held out {held}", flush=True)
    return table


def unseen(cache: Path) -> dict:
    """The final check: trained on every training set, the additions on the sets never trained on
    (tests/heldout, tests/devset16), counted only (their misses are not to be read)."""
    score = scorer()
    folders = [ROOT / "tests" / name for name in NEVER if (ROOT / "tests" / name / "gold.yaml").exists()]
    collect(cache / "unseen", folders)
    data = load(cache / "unseen", folders)
    model = train([r for rows, _ in load(cache).values() for r in rows])
    table: dict[tuple[str, float], Counter] = defaultdict(Counter)
    for held, (rows, exported) in data.items():
        _tally(table, model, held, rows, exported, score)
    return table


def miss_kind(features: list[str], predicate: str) -> str:
    """Why the rules may have missed ``predicate`` between a pair with these features: they related
    the two otherwise (another predicate, or the other way), a word the lexicon reads as a trigger of
    it joins the two names (a construction the rules lack), stands between them off the path joining
    them, or no such word is there (a wording the lexicon lacks)."""
    have = set(features)
    if "rules=none" not in have:
        return "the rules related them otherwise (another predicate or direction)"
    if {f"lcalex={predicate}", f"plex={predicate}"} & have:
        return "a trigger of it joins the two names"
    if f"blex={predicate}" in have:
        return "a trigger of it stands between them, off the path"
    return "no trigger word of it"


CLAUSE_LINKS = ("relcl", "ccomp", "xcomp", "advcl", "acl", "parataxis")


def path_shape(features: list[str]) -> str:
    """The construction joining a pair's two names, from the dependency path between them: the clause links
    it crosses ("relcl", "acl>ccomp": a relative clause, a participle and a complement), a clause joined to
    another by "and" counting as "conj" (not a list of names at either end), or, inside one clause, how many
    prepositional phrases deep it goes and whether an apposition or a possessive is on it."""
    path = next((f.split("=", 1)[1] for f in features if f.startswith("path=")), "")
    if not path:
        return "no path"
    arcs = [a.rstrip("^").split("_")[0] for a in path.split("|")]
    links = {a for a in arcs if a in CLAUSE_LINKS}
    inner = arcs[1:-1]
    if "conj" in inner and not all(a == "conj" for a in arcs[:arcs.index("conj")]):
        links.add("conj")
    if links:
        return ">".join(sorted(links))
    depth = sum(a == "prep" for a in arcs)
    return "one clause" + (" +appos" if "appos" in arcs else "") + (" +poss" if "poss" in arcs else "") + \
        (f" +{depth} phrase(s)" if depth else "")


def drop_reason(dropped: list[str]) -> str:
    """Why the patterns of a trigger died, from its ``--trace`` lines (patterns limited to other lemmas
    aside): no actor for the subject role, none for the object role, a pair short of two, the thing acted on
    of another kind, the context, or the patterns' lemmas alone."""
    reasons = set()
    for line in dropped:
        if "does not apply to this use" in line:
            continue
        if "no actor for the subject role" in line:
            reasons.add("no subject")
        elif "no actor for the object role" in line:
            reasons.add("no object")
        elif "two needed" in line:
            reasons.add("pair short of two")
        elif " is not " in line or "no predicate for what it acts on" in line or "of a known kind" in line:
            reasons.add("thing acted on of another kind")
        elif "context did not fit" in line:
            reasons.add("context")
        else:
            reasons.add("other")
    return "+".join(sorted(reasons)) or "patterns for other lemmas only"


def why_missed(rows: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """For each (sentence, predicate), why no trigger of the predicate matched in the sentence kept it, the
    sentence read alone with a trace (:func:`drop_reason`), or that none matched."""
    from diplograph.loaders.articles.lexicon import load_lexicon
    from diplograph.loaders.articles.pipeline import ArticleExtractor
    from diplograph.loaders.articles.trace import Trace

    lexicon, extractor, traced, out = load_lexicon(), ArticleExtractor(), {}, {}
    gives = defaultdict(set)
    for t in (*lexicon.verb_triggers, *lexicon.noun_triggers):
        gives[t.name] |= {p for ps in t.predicates.values() for p in ps} | {p for a in t.args for p in a.predicates}
    for text, predicate in rows:
        if text not in traced:
            trace = Trace()
            extractor.extract_text(text, trace=trace)
            traced[text] = [(name, [d for d in s.dropped if f"({name})" in d])
                            for s in trace.sentences for trig in s.triggers
                            for name in re.findall(r"\(([\w_]+)\)$", trig)]
        dropped = [d for name, ds in traced[text] if predicate in gives[name] for d in ds]
        fired = any(predicate in gives[name] for name, _ in traced[text])
        out[(text, predicate)] = drop_reason(dropped) if fired else "no trigger of it matched"
    return out


def misses(cache: Path, show: int, shapes: bool = False, why: bool = False) -> None:
    """The required gold relations the rules miss although the pipeline names both actors in a
    sentence of the relation's evidence, by kind and predicate (development sets only); with
    ``shapes``, by the construction joining the two names (:func:`path_shape`) and kind, with the
    sets each row comes from (a construction worth building recurs across sets, not in one); with
    ``why``, those with a trigger of the predicate in the sentence by construction and by why the
    trigger's patterns died (:func:`why_missed`; this runs the pipeline on each such sentence)."""
    score = scorer()
    kinds, predicates, shown = Counter(), Counter(), []
    by_shape, shape_sets = Counter(), defaultdict(Counter)
    triggered = []
    for name, (rows, exported) in load(cache).items():
        (required, _), symmetric = _gold_keys(score, ROOT / "tests" / name)
        seen = set()
        for r in rows:
            for predicate, _ in r["labels"]:
                s, o = sorted((r["s"], r["o"])) if predicate in symmetric else (r["s"], r["o"])
                key = (s, predicate, o)
                if key in required and key not in exported and key not in seen:
                    seen.add(key)
                    kind = miss_kind(r["features"], predicate)
                    kinds[kind] += 1
                    predicates[predicate] += 1
                    row = (path_shape(r["features"]), kind)
                    by_shape[row] += 1
                    shape_sets[row][name] += 1
                    if kind.startswith("a trigger"):
                        triggered.append((name, row[0], " ".join(r.get("text", "").split()), predicate))
                    shown.append(f"  {name} {' '.join(key)}: {' '.join(r.get('text', '').split())[:160]}")
    print(f"{sum(predicates.values())} missed relations between two actors named in one sentence of their evidence")
    for kind, n in kinds.most_common():
        print(f"  {n:4d} {kind}")
    print("  by predicate: " + ", ".join(f"{p} {n}" for p, n in predicates.most_common()))
    if shapes:
        print("by construction and kind (count, sets, per set):")
        for (shape, kind), n in by_shape.most_common():
            sets = shape_sets[(shape, kind)]
            print(f"  {n:4d} {len(sets):2d}  {shape:24s} {kind[:40]:40s} "
                  + " ".join(f"{s}:{c}" for s, c in sorted(sets.items(), key=lambda x: (len(x[0]), x[0]))))
    if why:
        reasons = why_missed([(text, predicate) for _, _, text, predicate in triggered])
        table, sets = Counter(), defaultdict(Counter)
        for name, shape, text, predicate in triggered:
            for key in ((shape, reasons[(text, predicate)]), ("(any construction)", reasons[(text, predicate)])):
                table[key] += 1
                sets[key][name] += 1
        print(f"the {len(triggered)} with a trigger of the predicate, by construction and why it died (count, sets):")
        for (shape, reason), n in table.most_common():
            print(f"  {n:4d} {len(sets[(shape, reason)]):2d}  {shape:24s} {reason}")
    print("\n".join(shown[:show]))


def chosen(table: dict, precision: float, support: int) -> dict[str, float]:
    """The lowest threshold per predicate whose pooled held-out additions are precise enough."""
    out = {}
    for (predicate, threshold), counts in sorted(table.items()):
        right, wrong = counts["right"], counts["wrong"]
        if right >= support and right / (right + wrong) >= precision and predicate not in out:
            out[predicate] = threshold
    return out


def report(table: dict, title: str) -> None:
    print(f"\n{title}\npredicate              threshold  right wrong neutral")
    for (predicate, threshold), counts in sorted(table.items()):
        print(f"  {predicate:22s} {threshold:.2f}: {counts['right']:5d} {counts['wrong']:5d} {counts['neutral']:5d}")
    for threshold in THRESHOLDS:
        pooled = sum((c for (_, t), c in table.items() if t == threshold), Counter())
        right, wrong = pooled["right"], pooled["wrong"]
        print(f"  all predicates {threshold:.2f}: right {right}, wrong {wrong}, neutral {pooled['neutral']}, "
              f"precision {right / (right + wrong) if right + wrong else 0:.3f}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=("collect", "evaluate", "unseen", "write", "misses"))
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache" / "learned")
    parser.add_argument("--precision", type=float, default=0.85)
    parser.add_argument("--support", type=int, default=5)
    parser.add_argument("--out", type=Path, help="where `write` puts the weights (JSON)")
    parser.add_argument("--show", type=int, default=0, help="`misses`: list the first N, with their sentence")
    parser.add_argument("--shapes", action="store_true",
                        help="`misses`: count them by the construction joining the two names, per set")
    parser.add_argument("--why", action="store_true",
                        help="`misses`: why the triggers of those with one in their sentence died (runs the pipeline)")
    args = parser.parse_args(argv)
    if args.step == "collect":
        collect(args.cache, training_sets())
        return 0
    if args.step == "misses":
        misses(args.cache, args.show, args.shapes, args.why)
        return 0
    if args.step == "unseen":
        report(unseen(args.cache), "additions on the sets never trained on (trained on every training set)")
        return 0
    table = cross_validate(args.cache)
    report(table, "additions on the held-out set of each fold, pooled")
    thresholds = chosen(table, args.precision, args.support)
    print(f"\npredicates whose additions reach precision {args.precision} with {args.support}+ right: "
          f"{thresholds or 'none'}")
    if args.step == "write":
        if args.out is None:
            parser.error("write needs --out")
        data = load(args.cache)
        model = train([r for rows, _ in data.values() for r in rows])
        model["thresholds"] = thresholds
        model["trained_on"] = sorted(data)
        with open(args.out, "w", encoding="utf-8") as handle:
            json.dump(model, handle, sort_keys=True, separators=(",", ":"))
            handle.write("\n")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
