"""How fast a store gets into Neo4j: ``push --bulk`` (neo4j-admin's import tool) against ``push``.

    scripts/neo4j.sh start
    DIPLOGRAPH_NEO4J_PASSWORD=diplograph-dev .venv/bin/python bench/neo4j_bulk.py              # 100k relations
    DIPLOGRAPH_NEO4J_PASSWORD=diplograph-dev .venv/bin/python bench/neo4j_bulk.py --size 1m
    DIPLOGRAPH_NEO4J_PASSWORD=diplograph-dev .venv/bin/python bench/neo4j_bulk.py --no-bulk --before /tmp/base

On one synthetic store (bench/queries.py's uniform store of --size relations, built once in
--workdir), in one run:

1. ``diplograph push --bulk --replace``: CSV export, the import tool (its own time, as it
   reports it: relations per second), the server's restart, then constraints, indexes and records;
2. ``diplograph push --replace``, the incremental push through Bolt into the database emptied
   beforehand (the emptying is not timed), timed whole;
3. the plainest write the server allows (UNWIND + CREATE of claim-sized nodes), as a ceiling;
4. ``show`` of a few actors on the embedded store and on Neo4j after the bulk push, compared
   byte for byte.

It prints the ratios: incremental / bulk (target >= 10), import relations/s (target >= 100,000),
and incremental claims/s against the bare CREATE ceiling (target >= 0.5). With ``--no-bulk``, only
the incremental push (and, with ``--before``, another checkout's, right after) and the ceiling;
``--store`` benchmarks another store (a GDELT-shaped one: its relations have many claims each).
The Neo4j database is REPLACED: run it against a server for benchmarks, not one holding work.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import queries  # noqa: E402  (bench/queries.py: the synthetic stores)

DIPLOGRAPH = str(Path(sys.executable).with_name("diplograph"))
TARGETS = {"speedup": 10.0, "import_rate": 100_000, "ceiling_share": 0.5}


def run(*args: str, code: Path | None = None) -> tuple[float, str, float]:
    """Wall seconds, output and CPU seconds (of the client process: the server's are not in it)
    of one ``diplograph`` command; with ``code``, that checkout's code runs it."""
    command, env = [DIPLOGRAPH, *args], None
    if code is not None:  # -P: the working directory does not come before PYTHONPATH
        command, env = [sys.executable, "-P", "-m", "diplograph", *args], {**os.environ, "PYTHONPATH": str(code)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"diplograph {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return seconds, done.stdout, cpu


def bare_create(n_nodes: int) -> float:
    """Nodes per second of the plainest write: UNWIND + CREATE of claim-sized nodes, 5,000 a
    transaction, then deleted."""
    import neo4j

    settings = queries_settings()
    rows = [{"id": f"bench:{i}", "subject": f"state:S{i % 500}", "predicate": "COOPERATION",
             "object": f"state:T{i % 499}", "source_id": "src:bench", "date": "2020", "modality": "asserted",
             "evidence": f"bare claim {i}", "method": "bench", "confidence": 1.0} for i in range(n_nodes)]
    with neo4j.GraphDatabase.driver(settings["uri"], auth=(settings["user"], settings["password"])) as driver:
        with driver.session(database=settings.get("database")) as session:
            started = time.perf_counter()
            for start in range(0, n_nodes, 5000):
                session.execute_write(lambda tx, chunk=rows[start:start + 5000]: tx.run(
                    "UNWIND $rows AS row CREATE (c:BenchBare) SET c = row", rows=chunk).consume())
            seconds = time.perf_counter() - started
            session.run("MATCH (c:BenchBare) CALL (c) { DELETE c } IN TRANSACTIONS OF 10000 ROWS").consume()
    return n_nodes / seconds


def empty_database() -> float:
    """Delete every node of the database under test; seconds taken."""
    import neo4j

    from diplograph.graph.backends.neo4j import Neo4jBackend

    settings = queries_settings()
    with neo4j.GraphDatabase.driver(settings["uri"], auth=(settings["user"], settings["password"])) as driver:
        started = time.perf_counter()
        Neo4jBackend(driver, settings.get("database")).clear()  # in transactions of bounded size
        return time.perf_counter() - started


def queries_settings() -> dict:
    keys = {"uri": "DIPLOGRAPH_NEO4J_URI", "user": "DIPLOGRAPH_NEO4J_USER",
            "password": "DIPLOGRAPH_NEO4J_PASSWORD", "database": "DIPLOGRAPH_NEO4J_DATABASE"}
    found = {k: os.environ[v] for k, v in keys.items() if os.environ.get(v)}
    found.setdefault("uri", "bolt://127.0.0.1:7687")
    found.setdefault("user", "neo4j")
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="100k", choices=["10k", "100k", "1m"])
    parser.add_argument("--workdir", default=str(Path(tempfile.gettempdir()) / "diplograph-bench"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--bare", type=int, default=50_000, help="nodes written by the bare CREATE ceiling")
    parser.add_argument("--store", type=Path, help="benchmark this store instead of the synthetic uniform one")
    parser.add_argument("--no-bulk", action="store_true",
                        help="only the incremental push and the ceiling (no push --bulk, no show parity)")
    parser.add_argument("--before", type=Path, metavar="CHECKOUT",
                        help="also run the incremental push with the diplograph code in this checkout, right after")
    args = parser.parse_args(argv)
    if not os.environ.get("DIPLOGRAPH_NEO4J_PASSWORD"):
        parser.error("set DIPLOGRAPH_NEO4J_PASSWORD (and DIPLOGRAPH_NEO4J_URI) for the server to benchmark")
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    store = args.store or queries.ensure_store(workdir, "uniform", args.size, args.seed)
    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    n_claims = db.execute("SELECT count(*) FROM claims").fetchone()[0]
    n_relations = db.execute("SELECT count(*) FROM (SELECT DISTINCT subject, predicate, object FROM claims)").fetchone()[0]
    sample = [r[0] for r in db.execute("SELECT id FROM actors ORDER BY id")]
    db.close()
    shown = random.Random(args.seed).sample(sample, 5)
    print(f"store {store}: {n_relations:,} relations, {n_claims:,} claims")

    if args.no_bulk:
        return incremental_only(store, n_claims, args)
    bulk_s, bulk_out, bulk_cpu = run("--store", str(store), "push", "--bulk", "--replace")
    tool_s = float(re.search(r"import tool ([\d.]+) s", bulk_out).group(1))
    print(f"\npush --bulk: {bulk_s:.1f} s in all, {bulk_cpu:.1f} s CPU in the client and the import tool "
          f"(not the server's) ({bulk_out.strip().splitlines()[-1]})")
    print(f"  import tool: {tool_s:.1f} s -> {n_relations / tool_s:,.0f} relations/s, {n_claims / tool_s:,.0f} claims/s")
    same = 0
    for actor in shown:
        _, embedded, _ = run("--store", str(store), "show", actor, "--format", "json")
        _, on_neo4j, _ = run("--backend", "neo4j", "show", actor, "--format", "json")
        same += embedded == on_neo4j
    print(f"  show parity, embedded vs Neo4j after the bulk push: {same} of {len(shown)} actors byte-identical")

    emptied_s = empty_database()  # not counted: the incremental push starts from an empty database too
    push_s, _, push_cpu = run("--store", str(store), "push", "--replace")
    print(f"\npush (incremental, through Bolt, into the emptied database; emptying it took {emptied_s:.1f} s "
          f"before): {push_s:.1f} s ({push_cpu:.1f} s CPU in the client) -> {n_claims / push_s:,.0f} claims/s")
    ceiling = bare_create(args.bare)
    print(f"bare UNWIND + CREATE ceiling: {ceiling:,.0f} nodes/s")

    speedup = push_s / bulk_s
    rate = n_relations / tool_s
    share = (n_claims / push_s) / ceiling
    print("\nratios measured in this run:")
    print(f"  push / push --bulk:                        {speedup:6.1f}x   (target >= {TARGETS['speedup']:.0f}x)")
    print(f"  import tool, relations/s:             {rate:11,.0f}   (target >= {TARGETS['import_rate']:,})")
    print(f"  incremental claims/s / bare CREATE nodes/s: {share:5.2f}    (target >= {TARGETS['ceiling_share']})")
    misses = [name for name, ok in (("speedup", speedup >= TARGETS["speedup"]), ("import rate", rate >= TARGETS["import_rate"]),
                                    ("ceiling share", share >= TARGETS["ceiling_share"]), ("parity", same == len(shown)))
              if not ok]
    print("targets: " + ("all met" if not misses else "MISSED: " + ", ".join(misses)))
    return 1 if misses else 0


def incremental_only(store: Path, n_claims: int, args) -> int:
    """``--no-bulk``: the incremental push (and with ``--before`` the other checkout's, right
    after) against the bare CREATE ceiling measured between them."""
    timed = {}
    for label, code in (("ours", None), ("before", args.before)):
        if label == "before" and code is None:
            continue
        emptied_s = empty_database()
        push_s, _, push_cpu = run("--store", str(store), "push", "--replace", code=code)
        timed[label] = push_s
        print(f"push ({label}, incremental, into the emptied database; emptying took {emptied_s:.1f} s): "
              f"{push_s:.1f} s wall ({push_cpu:.1f} s CPU in the client) -> {n_claims / push_s:,.0f} claims/s")
        if label == "ours":
            ceiling = bare_create(args.bare)
            print(f"bare UNWIND + CREATE ceiling: {ceiling:,.0f} nodes/s")
    share = (n_claims / timed["ours"]) / ceiling
    print(f"\nincremental claims/s / bare CREATE nodes/s: {share:5.2f}    (target >= {TARGETS['ceiling_share']})")
    if "before" in timed:
        print(f"before / now, incremental push: {timed['before'] / timed['ours']:.2f}x faster")
    return 0 if share >= TARGETS["ceiling_share"] else 1


if __name__ == "__main__":
    sys.exit(main())
