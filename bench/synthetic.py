"""Synthetic inputs for the benchmarks: curated CSV facts and GDELT-shaped event exports.

Both are drawn from a seeded generator, so a run reproduces the same files. States come from
the gazetteer (so the loaders resolve them as they resolve real data), chosen with Zipf weights:
a few states hold most of the rows, as in event data.

    .venv/bin/python bench/synthetic.py curated 200000 /tmp/facts.csv
    .venv/bin/python bench/synthetic.py gdelt 1000000 /tmp/gdelt/    # files of 250,000 events
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ROWS_PER_GDELT_FILE = 250_000


def states(limit: int = 200) -> list[tuple[str, str]]:
    """(ISO alpha-3 code, name) of up to ``limit`` states of the gazetteer, in a fixed order."""
    from diplograph.gazetteer import load_gazetteer

    found = {}
    for entry in load_gazetteer():
        iso3 = (entry.external_ids or {}).get("iso3") if entry.type == "state" else None
        if iso3 and iso3 not in found:
            found[iso3] = entry.name
    first = [code for code in HUBS if code in found]  # the most reported states lead, as in the news
    return [(code, found[code]) for code in first + sorted(set(found) - set(first))][:limit]


HUBS = ("USA", "CHN", "RUS", "GBR", "FRA", "IND", "IRN", "ISR", "TUR", "UKR", "DEU", "JPN", "PAK", "SAU")


def zipf_choices(rng: np.random.Generator, n_items: int, size: int, exponent: float = 1.1) -> np.ndarray:
    """``size`` indexes in range(n_items), item i drawn with weight 1 / (i + 1) ** exponent."""
    weights = 1.0 / np.arange(1, n_items + 1) ** exponent
    return rng.choice(n_items, size=size, p=weights / weights.sum())


# -- curated CSV ----------------------------------------------------------------------------------

CURATED_PREDICATES = ("COOPERATION", "ARMS_TRANSFER", "CRITICISM", "CONSULTATION", "AGREEMENT", "DISPUTE",
                      "THREAT", "SANCTION", "AID", "VISIT")


def write_curated(path: Path, n_rows: int, seed: int = 1) -> Path:
    """A curated facts file of ``n_rows`` rows between gazetteer states and named companies."""
    from diplograph.graph.ontology import load_ontology

    onto = load_ontology()
    predicates = [p for p in CURATED_PREDICATES if p in onto.predicates]
    rng = np.random.default_rng(seed)
    pool = [name for _, name in states()]
    subjects, objects = zipf_choices(rng, len(pool), n_rows), zipf_choices(rng, len(pool), n_rows)
    chosen = rng.integers(0, len(predicates), n_rows)
    years, months = rng.integers(1995, 2025, n_rows), rng.integers(1, 13, n_rows)
    modality = rng.random(n_rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["subject", "predicate", "object", "date", "modality", "source", "evidence", "weapon"])
        for i in range(n_rows):
            s, o = int(subjects[i]), int(objects[i])
            if s == o:
                o = (o + 1) % len(pool)
            predicate = predicates[chosen[i]]
            out.writerow([pool[s], predicate, pool[o], f"{years[i]}-{months[i]:02d}",
                          "reported" if modality[i] < 0.2 else "asserted",
                          f"https://example.org/report/{i % 5000}", f"Synthetic fact number {i}.",
                          f"Drone Model {i % 40}" if predicate == "ARMS_TRANSFER" else ""])
    return path


# -- GDELT 2.0 event exports ----------------------------------------------------------------------

def gdelt_codes() -> list[str]:
    """CAMEO event codes that the loader maps to a predicate between states."""
    from diplograph.loaders.datasets.cameo import load_cameo

    cameo = load_cameo()
    wanted = ("036", "040", "042", "043", "046", "051", "057", "061", "071", "111", "112", "120", "130",
              "138", "163", "172", "190", "193", "195")
    return [code for code in wanted if cameo.is_code(code) and cameo.mapping(code) is not None]


def write_gdelt(folder: Path, n_rows: int, seed: int = 1) -> list[Path]:
    """GDELT 2.0 export files (61 tab-separated columns, no header) holding ``n_rows`` events
    between states in all, every one of which the loader turns into a claim."""
    from diplograph.loaders.datasets.gdelt import LAYOUTS

    columns = LAYOUTS[61]
    where = {name: i for i, name in enumerate(columns)}
    codes = gdelt_codes()
    pool = states()
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    event_id = 100_000_000
    for number, start in enumerate(range(0, n_rows, ROWS_PER_GDELT_FILE)):
        size = min(ROWS_PER_GDELT_FILE, n_rows - start)
        first, second = zipf_choices(rng, len(pool), size), zipf_choices(rng, len(pool), size)
        second = np.where(first == second, (second + 1) % len(pool), second)
        chosen = rng.integers(0, len(codes), size)
        days = rng.integers(0, 3650, size)
        sector = rng.integers(0, 3, size)
        path = folder / f"2019{number:06d}.export.CSV"
        with open(path, "w", encoding="utf-8") as handle:
            row = [""] * len(columns)
            for i in range(size):
                event_id += 1
                day = np.datetime64("2015-01-01") + int(days[i])
                sqldate = str(day).replace("-", "")
                (c1, n1), (c2, n2) = pool[first[i]], pool[second[i]]
                code = codes[chosen[i]]
                row[where["GLOBALEVENTID"]], row[where["SQLDATE"]] = str(event_id), sqldate
                row[where["MonthYear"]], row[where["Year"]] = sqldate[:6], sqldate[:4]
                row[where["FractionDate"]] = f"{int(sqldate[:4]) + 0.5:.4f}"
                row[where["Actor1Code"]] = c1 + ("GOV" if sector[i] == 1 else "")
                row[where["Actor1Name"]], row[where["Actor1CountryCode"]] = n1.upper(), c1
                row[where["Actor1Type1Code"]] = "GOV" if sector[i] == 1 else ""
                row[where["Actor2Code"]] = c2 + ("MIL" if sector[i] == 2 else "")
                row[where["Actor2Name"]], row[where["Actor2CountryCode"]] = n2.upper(), c2
                row[where["Actor2Type1Code"]] = "MIL" if sector[i] == 2 else ""
                row[where["IsRootEvent"]], row[where["EventCode"]] = "1", code
                row[where["EventBaseCode"]], row[where["EventRootCode"]] = code, code[:2]
                row[where["QuadClass"]], row[where["GoldsteinScale"]] = "1", "3.0"
                row[where["NumMentions"]] = row[where["NumSources"]] = row[where["NumArticles"]] = "2"
                row[where["AvgTone"]] = "-1.5"
                row[where["DATEADDED"]] = sqldate + "120000"
                row[where["SOURCEURL"]] = f"https://news.example.org/{sqldate}/{event_id}"
                handle.write("\t".join(row) + "\n")
        paths.append(path)
    return paths


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in ("curated", "gdelt"):
        print(__doc__)
        return 2
    kind, rows, where = argv[0], int(argv[1]), Path(argv[2])
    made = write_curated(where, rows) if kind == "curated" else write_gdelt(where, rows)
    print(made)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
