"""A bigger GDELT-shaped store in minutes: the events of an ingested one, repeated years apart.

    .venv/bin/python bench/gdelt_repeat.py /tmp/diplograph-bench/gdelt-10m-seed1.db \\
        /tmp/diplograph-bench/gdelt-repeated.db --times 3

Loading 10M GDELT events through ``diplograph ingest`` takes hours on a shared two-core machine
(``bench/ingest.py``); a question about the biggest hub of such a store only needs the store's
shape. This copies a store written by ``bench/ingest.py --gdelt ... --keep`` (its actors, sources,
names and claims) and adds ``--times - 1`` copies of every claim, each dated 4, 8, ... years
later (leap days stay valid) under a new claim id: the same actors and relations, each with
``--times`` as many claims, as GDELT's hubs gather over the years. The claims are written
without the store's indexes of claims, which are built once at the end. Then, for example:

    /usr/bin/time .venv/bin/diplograph --store /tmp/diplograph-bench/gdelt-repeated.db show state:CHN
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def shifted(date: str, years: int) -> str:
    return f"{int(date[:4]) + years:04d}{date[4:]}" if date and date[:4].isdigit() else date


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path, help="a store written by bench/ingest.py --gdelt SIZE --keep")
    parser.add_argument("target", type=Path, help="the new store (must not exist)")
    parser.add_argument("--times", type=int, default=3, help="claims per claim of the source store")
    args = parser.parse_args(argv)
    if args.target.exists():
        raise SystemExit(f"{args.target} exists: remove it first")
    from diplograph.graph.backends.embedded import EmbeddedBackend

    started, cpu = time.perf_counter(), time.process_time()
    EmbeddedBackend(args.target).close()  # the schema
    db = sqlite3.connect(args.target, isolation_level=None)
    db.execute("PRAGMA cache_size=-1000000")  # 1 GB: the id index of 10M claims stays in memory
    db.execute("ATTACH ? AS old", (str(args.source),))
    db.execute("BEGIN")
    for table in ("actors", "sources", "names", "publisher_grades"):  # table names are constants
        db.execute(f"INSERT INTO {table} SELECT * FROM old.{table}")
    indexes = db.execute("SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name='claims' "
                         "AND sql IS NOT NULL").fetchall()  # the store's own: built again at the end
    for name, _ in indexes:
        db.execute(f'DROP INDEX "{name}"')
    total = 0
    cursor = db.execute("SELECT * FROM old.claims")
    while rows := cursor.fetchmany(50_000):
        for copy in range(args.times):
            if copy == 0:
                batch = rows
            else:
                batch = [("claim:" + hashlib.sha256(f"{r[0]}/{copy}".encode()).hexdigest()[:16], *r[1:5],
                          shifted(r[5], 4 * copy), shifted(r[6], 4 * copy), *r[7:]) for r in rows]
            db.executemany(f"INSERT INTO claims VALUES ({','.join('?' * len(rows[0]))})", batch)
            total += len(batch)
        print(f"\r{total:,} claims", end="", flush=True)
    print(f"\nbuilding the indexes of claims ({', '.join(name for name, _ in indexes)}) ...", flush=True)
    for _, sql in indexes:
        db.execute(sql)
    db.execute("INSERT INTO meta VALUES ('generation', '1') ON CONFLICT(key) DO UPDATE SET value = value + 1")
    db.execute("COMMIT")
    db.execute("DETACH old")
    db.close()
    print(f"{args.target}: {total:,} claims in {time.perf_counter() - started:.0f} s "
          f"({time.process_time() - cpu:.0f} s CPU)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
