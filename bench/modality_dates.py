"""How often the modality and the date of matched relations agree with the gold.

    .venv/bin/python bench/modality_dates.py /tmp/eval.jsonl [--gold ../shared/eval/seeds.gold.yaml] [--show]

Reads a JSON Lines export (``diplograph export --format jsonl``) and the gold relations. A gold
relation is *matched* when the export has the same subject, predicate and object (names mapped
through the gold aliases; symmetric predicates in either order), as the strict score counts it.
For the matched ones it prints:

* modality agreement: the export's modality (the strongest of its claims) equals the gold's;
* date agreement, over gold relations that have a date: the export's first date, cut to the
  gold's precision (a gold "2022" accepts "2022-05-17"), equals the gold date; and, more
  leniently, whether any claim of the relation carries that date.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / ".." / "shared" / "eval" / "seeds.gold.yaml"
DEFAULT_ONTOLOGY = ROOT / "diplograph" / "schema" / "ontology.yaml"


def key(name: str) -> str:
    text = unicodedata.normalize("NFKD", str(name).replace("ı", "i"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = " ".join(text.replace("’", "'").replace("–", "-").replace("_", " ").split())
    return text[4:] if text.startswith("the ") else text


def agreement(export_path: Path, gold_path: Path, ontology_path: Path = DEFAULT_ONTOLOGY) -> dict:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    symmetric = {name for name, spec in yaml.safe_load(ontology_path.read_text(encoding="utf-8"))["predicates"].items()
                 if spec.get("symmetric")}
    alias = {}
    for actor_id, spec in gold["actors"].items():
        for name in [actor_id, *spec.get("aliases", [])]:
            alias.setdefault(key(name), actor_id)

    def resolve(end):
        """An exported end is a name, or an actor with ``name`` and ``aliases``; the first that
        the gold knows decides, as in the shared scorer."""
        names = [end] if isinstance(end, str) else [end.get("name"), *end.get("aliases", [])]
        return next((alias[key(n)] for n in names if n and key(n) in alias), None)

    def triple(s, p, o):
        return (o, p, s) if p in symmetric and o < s else (s, p, o)

    exported = {}
    for line in export_path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else {}
        if row.get("kind") != "relation":
            continue
        s, o = resolve(row["subject"]), resolve(row["object"])
        if s and o:
            exported[triple(s, row["predicate"], o)] = row
    rows = []
    for g in gold["relations"]:
        row = exported.get(triple(g["s"], g["p"], g["o"]))
        if row is None:
            continue
        gold_date = str(g.get("date") or "")
        first = (row.get("date") or "")[: len(gold_date)]
        claim_dates = {(c.get("date") or "")[: len(gold_date)] for c in row.get("claims", [])}
        rows.append({
            "relation": f"{g['s']} {g['p']} {g['o']}",
            "gold_modality": g.get("modality", "asserted"), "modality": row.get("modality"),
            "gold_date": gold_date, "date": row.get("date") or "",
            "date_ok": bool(gold_date) and first == gold_date,
            "any_date_ok": bool(gold_date) and gold_date in claim_dates,
        })
    dated = [r for r in rows if r["gold_date"]]
    return {
        "matched": len(rows),
        "modality_agree": sum(r["modality"] == r["gold_modality"] for r in rows),
        "dated": len(dated),
        "date_agree": sum(r["date_ok"] for r in dated),
        "any_date_agree": sum(r["any_date_ok"] for r in dated),
        "rows": rows,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("export", type=Path)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--show", action="store_true", help="list the disagreements")
    args = parser.parse_args(argv)
    if not args.gold.exists():
        print(f"no gold file at {args.gold}; pass --gold", file=sys.stderr)
        return 2
    result = agreement(args.export, args.gold)
    matched, dated = result["matched"] or 1, result["dated"] or 1
    print(f"matched gold relations: {result['matched']}")
    print(f"modality agrees: {result['modality_agree']}/{result['matched']} ({result['modality_agree'] / matched:.0%})")
    print(f"date agrees (first date, at the gold's precision): {result['date_agree']}/{result['dated']} "
          f"({result['date_agree'] / dated:.0%}); some claim has the gold date: "
          f"{result['any_date_agree']}/{result['dated']} ({result['any_date_agree'] / dated:.0%})")
    if args.show:
        for r in result["rows"]:
            if r["modality"] != r["gold_modality"]:
                print(f"  modality {r['relation']}: {r['modality']} (gold {r['gold_modality']})")
        for r in result["rows"]:
            if r["gold_date"] and not r["date_ok"]:
                print(f"  date {r['relation']}: {r['date'] or '-'} (gold {r['gold_date']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
