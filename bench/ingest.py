"""How fast files load: curated CSV facts, and GDELT-shaped event exports streamed in.

    .venv/bin/python bench/ingest.py                       # 200,000 curated rows, 1M GDELT events
    .venv/bin/python bench/ingest.py --curated 200k --gdelt 10m
    .venv/bin/python bench/ingest.py --gdelt 10m --keep    # keeps the store for bench/queries.py

Each load is ``diplograph ingest`` in a fresh process into a new store, as an analyst runs it;
its wall time, CPU time and peak memory are reported, with rows per second. Baselines measured
in the same run, on the same files:

* reading them: Python's csv module over the curated file, splitting lines on tabs for the
  GDELT files (what any loader must at least do);
* writing them: the same number of claim rows inserted by bare ``executemany`` into a fresh
  SQLite file with the store's schema (no parsing, no validation, no ids to compute), once with
  the claims' indexes in place and once with them built after the inserts (as diplograph's
  first load into an empty store writes).

With ``--before CHECKOUT`` (another checkout of diplograph, e.g. ``git worktree add --detach
/tmp/base main``), each load is also run with that code (``python -m diplograph`` with it first
on PYTHONPATH) into another new store, right after ours, and the ratio of the two is printed:
before/after measured in the same run, on the same files and the same machine load; and the two
stores are compared row by row (every table but the store's random id, in a fixed order): a
change that only makes loading faster must store the very same rows.

Targets (issue 14): curated CSV >= 50,000 rows/s; streaming event ingest >= 100,000 rows/s with
bounded memory (peak memory must not grow with the number of rows: compare two sizes).

The input files are made once by bench/synthetic.py and kept in --workdir.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import synthetic  # noqa: E402

SIZES = {"10k": 10_000, "100k": 100_000, "200k": 200_000, "1m": 1_000_000, "10m": 10_000_000}
DIPLOGRAPH = str(Path(sys.executable).with_name("diplograph"))
TARGETS = {"curated": 50_000, "gdelt": 100_000}


def run(args: list[str], code: Path | None = None) -> dict:
    """Wall and CPU seconds and peak memory (MB) of one process, and what it printed; with
    ``code``, a ``diplograph`` command runs that checkout's code instead."""
    env = None
    if code is not None and args[0] == DIPLOGRAPH:
        # -P: without it ``-m`` puts the working directory first on the path, before PYTHONPATH,
        # and run from a checkout's root "the code before" was that checkout's code
        args = [sys.executable, "-P", "-m", "diplograph", *args[1:]]
        env = {**os.environ, "PYTHONPATH": str(code)}
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{text}")
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024,
            "output": text.strip()}


def fresh(store: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{store}{suffix}").unlink(missing_ok=True)
    index = store.with_name(store.name + ".index")
    if index.exists():
        import shutil

        shutil.rmtree(index)
    return store


def store_digest(store: Path) -> str:
    """A hash of every row the store holds, table by table in a fixed order (the store's random
    id and the index's whereabouts aside): two loads that stored the same rows have the same."""
    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    digest = hashlib.sha256()
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    for table in tables:  # names read from the store's own schema
        width = len(db.execute(f'SELECT * FROM "{table}" LIMIT 0').description)
        order = ", ".join(str(i) for i in range(1, width + 1))
        where = " WHERE key != 'store_id'" if table == "meta" else ""
        digest.update(f"\x00{table}\x00".encode())
        for row in db.execute(f'SELECT * FROM "{table}"{where} ORDER BY {order}'):
            digest.update(repr(row).encode("utf-8"))
    db.close()
    return digest.hexdigest()


def read_baseline(paths: list[Path], tabs: bool) -> tuple[float, float]:
    """Seconds (wall, CPU) to read every row of ``paths`` (csv module, or a split on tabs)."""
    started, cpu = time.perf_counter(), time.process_time()
    rows = 0
    for path in paths:
        with open(path, encoding="utf-8", newline="") as handle:
            if tabs:
                for line in handle:
                    line.rstrip("\r\n").split("\t")
                    rows += 1
            else:
                for _ in csv.reader(handle):
                    rows += 1
    return time.perf_counter() - started, time.process_time() - cpu


def insert_baseline(n_rows: int, workdir: Path, indexes_after: bool = False) -> tuple[float, float]:
    """Seconds (wall, CPU) to insert ``n_rows`` claim rows (ids random like claim ids) with the store's
    schema, by bare executemany in transactions of 50,000: the ceiling of any SQLite writer. With
    ``indexes_after``, the claims' pair indexes are dropped first and built after the inserts (as
    a first load into an empty store does), their building timed too."""
    from diplograph.graph.backends.embedded import EmbeddedBackend

    store = fresh(workdir / "baseline-insert.db")
    EmbeddedBackend(store).close()  # the schema, indexes included
    db = sqlite3.connect(store, isolation_level=None)
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA cache_size=-65536")
    indexes = []
    if indexes_after:
        indexes = db.execute("SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name='claims' "
                             "AND sql IS NOT NULL").fetchall()
        for name, _ in indexes:
            db.execute(f'DROP INDEX "{name}"')
    started, cpu = time.perf_counter(), time.process_time()
    for start in range(0, n_rows, 50_000):
        rows = [(f"claim:{os.urandom(8).hex()}", f"state:S{i % 200:03d}", "COOPERATION", f"state:T{i % 197:03d}",
                 "src:x", "2020-01-01", "", "reported", 1.0, f"event {i}", None, None, "dataset:gdelt", "{}")
                for i in range(start, min(n_rows, start + 50_000))]
        db.execute("BEGIN")
        db.executemany(f"INSERT INTO claims VALUES ({','.join('?' * 14)})", rows)
        db.execute("COMMIT")
    if indexes:
        db.execute("BEGIN")
        for _, statement in indexes:
            db.execute(statement)
        db.execute("COMMIT")
    seconds = time.perf_counter() - started, time.process_time() - cpu
    db.close()
    fresh(store)
    return seconds


def report(label: str, rows: int, ours: dict, read_s: tuple, insert_s: tuple, target: int,
           before: dict | None = None, insert_after_s: tuple | None = None) -> str | None:
    """``read_s``, ``insert_s`` and ``insert_after_s`` (indexes built after the inserts): (wall,
    CPU) seconds of the baselines. On a machine shared with other work the wall times include
    waiting for a core; the CPU times do not."""
    rate = rows / ours["wall_s"]
    cpu_rate = rows / ours["cpu_s"]
    print(f"\n{label}: {rows:,} rows")
    print(f"  diplograph ingest: {ours['wall_s']:.1f} s wall, {ours['cpu_s']:.1f} s CPU, peak {ours['peak_mb']:.0f} MB"
          f" -> {rate:,.0f} rows/s ({cpu_rate:,.0f} rows per CPU second)")
    baselines = [("reading the rows:    ", read_s), ("bare SQLite inserts: ", insert_s)]
    if insert_after_s is not None:
        baselines.append(("bare inserts, indexes built after:", insert_after_s))
    for name, (wall, cpu) in baselines:
        print(f"  baseline, {name} {wall:.1f} s wall, {cpu:.1f} s CPU -> {rows / wall:,.0f} rows/s, "
              f"{rows / cpu:,.0f} per CPU second   (ours takes {ours['wall_s'] / wall:.1f}x wall, "
              f"{ours['cpu_s'] / cpu:.1f}x CPU)")
    print(f"  {ours['output'].splitlines()[-2] if len(ours['output'].splitlines()) > 1 else ours['output']}")
    differs = None
    if before is not None:
        print(f"  the code before (--before), same files, right after: {before['wall_s']:.1f} s wall, "
              f"{before['cpu_s']:.1f} s CPU, peak {before['peak_mb']:.0f} MB -> {rows / before['cpu_s']:,.0f} rows per "
              f"CPU second; now / before: {before['cpu_s'] / ours['cpu_s']:.2f}x faster in CPU, "
              f"{before['wall_s'] / ours['wall_s']:.2f}x in wall time")
        same = ours["digest"] == before["digest"]
        print(f"  stored rows, ours and before: {'identical' if same else 'DIFFERENT'} (sha256 of every table's rows: "
              f"{ours['digest'][:16]}{'' if same else ' against ' + before['digest'][:16]})")
        if not same:
            differs = f"{label}: the stored rows differ from the code before's"
    verdict = "meets" if rate >= target else "MISSES"
    print(f"  target >= {target:,} rows/s: {verdict} (per CPU second: {'meets' if cpu_rate >= target else 'MISSES'})")
    return differs or (None if rate >= target else f"{label}: {rate:,.0f} rows/s ({cpu_rate:,.0f} per CPU second)")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--curated", default="200k", help="rows of curated CSV (0: skip)")
    parser.add_argument("--gdelt", default="1m", help="GDELT events (0: skip)")
    parser.add_argument("--workdir", default=str(Path(tempfile.gettempdir()) / "diplograph-bench"))
    parser.add_argument("--before", type=Path, metavar="CHECKOUT",
                        help="also run each load with the diplograph code in this checkout, for before/after ratios")
    parser.add_argument("--keep", action="store_true",
                        help="keep the GDELT store as gdelt-SIZE-seed1.db, for bench/queries.py")
    args = parser.parse_args(argv)
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    misses = []
    if args.curated not in ("0", ""):
        rows = SIZES[args.curated]
        facts = workdir / f"curated-{args.curated}.csv"
        if not facts.exists():
            synthetic.write_curated(facts, rows)
        store = fresh(workdir / f"ingest-curated-{args.curated}.db")
        ours = run([DIPLOGRAPH, "--store", str(store), "ingest", str(facts)])
        before = None
        if args.before:
            ours["digest"] = store_digest(store)
            fresh(store)
            before = run([DIPLOGRAPH, "--store", str(store), "ingest", str(facts)], args.before)
            before["digest"] = store_digest(store)
        misses.append(report(f"curated CSV ({facts.name})", rows, ours, read_baseline([facts], tabs=False),
                             insert_baseline(rows, workdir), TARGETS["curated"], before,
                             insert_baseline(rows, workdir, indexes_after=True)))
        fresh(store)
    if args.gdelt not in ("0", ""):
        rows = SIZES[args.gdelt]
        folder = workdir / f"gdelt-{args.gdelt}-files"
        marker = folder / ".complete"
        if not marker.exists():
            synthetic.write_gdelt(folder, rows)
            marker.write_text("done\n")
        files = sorted(folder.glob("*.export.CSV"))
        store = fresh(workdir / (f"gdelt-{args.gdelt}-seed1.db" if args.keep else f"ingest-gdelt-{args.gdelt}.db"))
        ours = run([DIPLOGRAPH, "--store", str(store), "ingest", str(folder)])
        before = None
        if args.before:
            other = fresh(workdir / f"ingest-gdelt-{args.gdelt}-before.db")
            before = run([DIPLOGRAPH, "--store", str(other), "ingest", str(folder)], args.before)
            ours["digest"], before["digest"] = store_digest(store), store_digest(other)
            fresh(other)
        measured = min(rows, 1_000_000)  # past a million rows the bare inserts are timed on 1M and scaled
        misses.append(report(f"GDELT 2.0 events ({len(files)} files)", rows, ours, read_baseline(files, tabs=True),
                             tuple(t * rows / measured for t in insert_baseline(measured, workdir)),
                             TARGETS["gdelt"], before,
                             tuple(t * rows / measured for t in insert_baseline(measured, workdir, indexes_after=True))))
        if args.keep:
            store.with_suffix(".done").write_text(f"{ours['wall_s']:.1f}\n")
        else:
            fresh(store)
    misses = [m for m in misses if m]
    print("\ntargets: " + ("all met" if not misses else "MISSED: " + "; ".join(misses)))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
