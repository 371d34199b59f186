"""How fast the analyst's questions answer on stores of 10k to 1M relations, with and without hubs.

    .venv/bin/python bench/queries.py                                  # uniform and power-law, 10k and 1m
    .venv/bin/python bench/queries.py --stores powerlaw-10k,powerlaw-1m --runs 5
    .venv/bin/python bench/queries.py --stores gdelt-10m               # after bench/ingest.py --gdelt 10m

Stores (built once, kept in --workdir, default /tmp/diplograph-bench):

* ``uniform-SIZE``: one actor per ten relations (states, and one in five a company), endpoints
  drawn uniformly (mean degree 20, no hubs);
* ``powerlaw-SIZE``: the same, endpoints drawn with Zipf weights (exponent 1.1): a few actors
  hold most relations, the biggest about 10^5 at 1M, as in event data;
* ``gdelt-10m``: the store ``bench/ingest.py --gdelt 10m`` writes (10M GDELT-shaped event
  claims between ~200 states, loaded through ``diplograph ingest``).

For every store it measures, each as the median of --runs:

* **cold**: the CLI as an analyst runs it, a fresh process per question (``show``, ``suppliers``,
  ``ask "Who supplies arms to X?"``, ``neighbours``, ``path``) about an actor with about 20
  relations, and ``show`` of the biggest hub; wall time, CPU time and peak memory of the
  process. Baselines in the same run: ``diplograph --version`` (starting Python and the CLI),
  and the same questions on the smallest store of the same kind (the targets are ratios: 1M at
  most 3x 10k);
* **warm**: in one process, the whole-graph index loaded (time and memory), then the median and
  95th percentile of neighbourhood (depth 2, the CLI's limit of 200 actors), shortest path and
  suppliers over random actors, the biggest hubs included; and, as the baseline, the same walk
  done by plain networkx on the raw edge list (an undirected nx.Graph, a DiGraph for suppliers).

Targets (issue 14): cold suppliers/ask at 1M <= 3x at 10k, <= 1.5 s, <= 500 MB; index load
<= 15 s and <= 1 GB; warm path and neighbourhood medians <= 50 ms on the power-law 1M store.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000, "10m": 10_000_000}
KINDS = ("uniform", "powerlaw", "gdelt")
SUPPLY = ("ARMS_TRANSFER", "CO_PRODUCTION")
DIPLOGRAPH = str(Path(sys.executable).with_name("diplograph"))
TARGETS = {"cold_s": 1.5, "cold_ratio": 3.0, "cold_mb": 500, "index_load_s": 15, "index_mb": 1000, "warm_ms": 50}


# -- building the synthetic stores ----------------------------------------------------------------

def store_path(workdir: Path, kind: str, size: str, seed: int) -> Path:
    if kind == "uniform":  # the name the first version of this benchmark gave it: stores built then serve
        return workdir / f"queries-{size}-seed{seed}.db"
    if kind == "gdelt":
        return workdir / f"gdelt-{size}-seed{seed}.db"
    return workdir / f"{kind}-{size}-seed{seed}.db"


def build_store(path: Path, kind: str, n_relations: int, seed: int) -> float:
    """Write a synthetic graph into a new embedded store at ``path`` through DiploGraph.write;
    seconds taken."""
    from diplograph.core import DiploGraph
    from diplograph.graph.model import Actor, Batch, Claim, Source
    from diplograph.graph.ontology import load_ontology

    onto = load_ontology()
    rng = random.Random(seed)
    n_actors = max(50, n_relations // 10)
    actors = [Actor.new(f"Synthetic Company {i:07d}", "company") if i % 5 == 4
              else Actor.new(f"Synthetic State {i:07d}", "state") for i in range(n_actors)]
    allowed = {(s, o): sorted(p.name for p in onto.predicates.values() if p.allows(s, o))
               for s in ("state", "company") for o in ("state", "company")}
    sources = [Source(f"src:bench-{i}", f"Bench report {i}", f"https://example.org/{i}", f"Publisher {i % 40}",
                      f"{2000 + i % 25}-{1 + i % 12:02d}-01", kind="dataset") for i in range(5000)]
    weapons = [f"Drone Model {i}" for i in range(50)]
    if kind == "powerlaw":
        weights = 1.0 / np.arange(1, n_actors + 1) ** 1.1
        order = np.random.default_rng(seed).permutation(n_actors)  # hubs anywhere in id order
        draw = np.random.default_rng(seed + 1)
        pending: list[int] = []

        def endpoint() -> int:
            if not pending:
                pending.extend(order[draw.choice(n_actors, size=100_000, p=weights / weights.sum())].tolist())
            return pending.pop()
    else:
        def endpoint() -> int:
            return rng.randrange(n_actors)
    started = time.perf_counter()
    graph = DiploGraph.open(store=path)
    graph.write(Batch(actors=actors, sources=sources))
    seen: set[tuple[int, str, int]] = set()
    claims: list[Claim] = []
    while len(seen) < n_relations:
        a, b = endpoint(), endpoint()
        if a == b:
            continue
        choices = allowed[(actors[a].type, actors[b].type)]
        if not choices:
            continue
        predicate = rng.choice(choices)
        if onto.predicates[predicate].symmetric and b < a:
            a, b = b, a
        if (a, predicate, b) in seen:
            continue
        seen.add((a, predicate, b))
        for extra in range(2 if rng.random() < 0.2 else 1):
            props = {"weapon": rng.choice(weapons)} if predicate in SUPPLY else {}
            year = rng.randrange(2000, 2025)
            date = f"{year}-{rng.randrange(1, 13):02d}" if rng.random() < 0.5 else str(year)
            modality = "unconfirmed" if rng.random() < 0.1 else ("reported" if rng.random() < 0.2 else "asserted")
            claims.append(Claim(actors[a].id, predicate, actors[b].id, rng.choice(sources).id, date=date,
                                modality=modality, evidence=f"bench claim {len(seen)}.{extra}", method="bench",
                                properties=props))
        if len(claims) >= 50_000:
            graph.write(Batch(claims=claims))
            claims = []
    if claims:
        graph.write(Batch(claims=claims))
    graph.close()
    return time.perf_counter() - started


def ensure_store(workdir: Path, kind: str, size: str, seed: int) -> Path | None:
    store = store_path(workdir, kind, size, seed)
    marker = store.with_suffix(".done")
    if marker.exists():
        print(f"using {store} (built in {marker.read_text().strip()} s)")
        return store
    if kind == "gdelt":
        print(f"{store} is missing: build it with  .venv/bin/python bench/ingest.py --gdelt {size}")
        return None
    for stale in workdir.glob(store.name + "*"):
        stale.unlink() if stale.is_file() else None
    seconds = build_store(store, kind, SIZES[size], seed)
    marker.write_text(f"{seconds:.1f}\n")
    print(f"built {store} in {seconds:.1f} s ({SIZES[size] / seconds:,.0f} relations/s through DiploGraph.write)")
    return store


# -- choosing the actors asked about --------------------------------------------------------------

def pick_actors(store: Path, seed: int) -> dict:
    """An actor with about 20 relations that has suppliers, a second one (the far end of a
    path), and the biggest hub; straight from SQLite, so that no diplograph code is trusted."""
    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    marks = ",".join("?" * len(SUPPLY))
    candidates = [r[0] for r in db.execute(
        f"SELECT DISTINCT object FROM claims WHERE predicate IN ({marks}) LIMIT 3000", SUPPLY)]
    rng = random.Random(seed)
    rng.shuffle(candidates)

    def degree(actor: str) -> int:
        return db.execute("SELECT count(*) FROM (SELECT DISTINCT subject, predicate, object FROM claims "
                          "WHERE subject=? OR object=?)", (actor, actor)).fetchone()[0]

    scored = sorted(((abs(degree(a) - 20), a) for a in candidates[:300]), key=lambda x: (x[0], x[1]))
    actor, other = scored[0][1], scored[1][1]
    hub, hub_claims = db.execute("SELECT subject, count(*) FROM claims GROUP BY subject "
                                 "ORDER BY 2 DESC LIMIT 1").fetchone()
    name = lambda a: db.execute("SELECT name FROM actors WHERE id=?", (a,)).fetchone()[0]  # noqa: E731
    found = {"actor": actor, "name": name(actor), "degree": degree(actor), "other": other, "hub": hub,
             "hub_name": name(hub), "hub_degree": degree(hub), "hub_claims_as_subject": hub_claims}
    db.close()
    return found


# -- cold: a fresh process per question -----------------------------------------------------------

def run_cli(args: list[str]) -> dict:
    """Wall and CPU seconds and peak memory (MB) of one ``diplograph`` process."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen([DIPLOGRAPH, *args], stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        text = out.read().decode("utf-8", "replace")
        if process.returncode not in (0,):
            raise SystemExit(f"diplograph {' '.join(args)} failed ({process.returncode}):\n{err.read().decode()}")
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024,
            "lines": text.count("\n")}


def cold_questions(store: Path, chosen: dict) -> dict[str, list[str]]:
    base = ["--store", str(store)]
    return {
        "show": base + ["show", chosen["actor"]],
        "suppliers": base + ["suppliers", chosen["actor"]],
        "ask suppliers": base + ["ask", f"Who supplies arms to {chosen['name']}?"],
        "neighbours": base + ["neighbours", chosen["actor"]],
        "path": base + ["path", chosen["actor"], chosen["other"]],
        "show hub": base + ["show", chosen["hub"]],
    }


def measure_cold(store: Path, chosen: dict, runs: int) -> dict:
    first = run_cli(["--store", str(store), "path", chosen["actor"], chosen["other"]])  # builds the index if stale
    results = {"first path (index built if stale)": first, "--version": _median(run_cli(["--version"])
                                                                                 for _ in range(runs))}
    for name, args in cold_questions(store, chosen).items():
        results[name] = _median(run_cli(args) for _ in range(runs))
    return results


def _median(samples) -> dict:
    samples = list(samples)
    return {key: statistics.median(s[key] for s in samples) for key in samples[0]}


# -- warm: one process, many questions ------------------------------------------------------------

def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(calls) -> list[tuple[float, float]]:
    """Milliseconds of each call, wall and CPU of this process (after two untimed warm-up calls).
    On a machine shared with other work the wall time includes waiting for a core: the CPU time
    is what the query itself costs."""
    for call in calls[:2]:
        call()
    times = []
    for call in calls:
        start, cpu = time.perf_counter(), time.process_time()
        call()
        times.append(((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000))
    return times


def measure_warm(store: str, n_queries: int, seed: int) -> dict:
    import networkx as nx

    from diplograph.core import DiploGraph
    from diplograph.queries import neighbourhood, shortest_path, suppliers
    from diplograph.queries.lookup import graph_index

    graph = DiploGraph.open(store=store)
    view = graph.nx
    before = _resident_mb()
    started = time.perf_counter()
    index = graph_index(view)
    load_s = time.perf_counter() - started
    index_mb = _resident_mb() - before
    degrees = index.degrees()
    hubs = [index.nodes[i] for i in np.argsort(-degrees)[:3].tolist()]
    rng = random.Random(seed)
    singles = hubs + [rng.choice(index.nodes) for _ in range(n_queries - len(hubs))]
    pairs = [(hub, rng.choice(index.nodes)) for hub in hubs]
    pairs += [tuple(rng.sample(index.nodes, 2)) for _ in range(n_queries - len(pairs))]

    plain = nx.Graph()
    plain.add_nodes_from(index.nodes)
    plain.add_edges_from(zip((index.nodes[i] for i in index.rel_u.tolist()), (index.nodes[i] for i in index.rel_v.tolist())))
    typed = nx.DiGraph()
    typed.add_nodes_from(index.nodes)
    typed.add_edges_from((index.nodes[u], index.nodes[v], {"predicate": index.predicates[p]})
                         for u, v, p in zip(index.rel_u.tolist(), index.rel_v.tolist(), index.rel_pred.tolist()))
    results = {
        "neighbourhood": (timed([lambda n=n: neighbourhood(view, n, depth=2, limit=200) for n in singles]),
                          timed([lambda n=n: nx.single_source_shortest_path_length(plain, n, cutoff=2)
                                 for n in singles])),
        "shortest path": (timed([lambda a=a, b=b: shortest_path(view, a, b) for a, b in pairs]),
                          timed([lambda a=a, b=b: _plain_path(nx, plain, a, b) for a, b in pairs])),
        "suppliers": (timed([lambda n=n: suppliers(view, n) for n in singles]),
                      timed([lambda n=n: [u for u, _, p in typed.in_edges(n, data="predicate") if p in SUPPLY]
                             for n in singles])),
    }
    graph.close()
    return {
        "actors": index.n_nodes, "relations": index.n_relations, "claims": int(index.claim_start[-1]),
        "mean_degree": float(degrees.mean()), "max_degree": int(degrees.max()),
        "index_load_s": load_s, "index_mb": index_mb,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "queries": {name: {"ours": _stats(ours), "plain": _stats(base)} for name, (ours, base) in results.items()},
    }


def _resident_mb() -> float:
    """Resident memory now (Linux /proc), in MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _plain_path(nx, graph, a, b):
    try:
        return nx.bidirectional_shortest_path(graph, a, b)
    except nx.NetworkXNoPath:
        return None


def _stats(times: list[tuple[float, float]]) -> dict:
    wall, cpu = [t[0] for t in times], [t[1] for t in times]
    return {"median_ms": statistics.median(wall), "p95_ms": percentile(wall, 0.95),
            "cpu_median_ms": statistics.median(cpu), "cpu_p95_ms": percentile(cpu, 0.95)}


def run_warm(store: Path, n_queries: int, seed: int) -> dict:
    done = subprocess.run([sys.executable, __file__, "--warm", str(store), "--queries", str(n_queries),
                           "--seed", str(seed)], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"measuring {store} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- report ---------------------------------------------------------------------------------------

def report_cold(label: str, chosen: dict, cold: dict, baseline: dict | None) -> list[str]:
    print(f"\n{label}: cold CLI, a fresh process per question (median of runs)")
    print(f"  actor {chosen['actor']} ({chosen['degree']} relations); hub {chosen['hub']} "
          f"({chosen['hub_degree']:,} relations)")
    print(f"  {'question':<36}{'wall':>9}{'cpu':>9}{'peak MB':>9}   {'/ --version':>11}"
          + (f"   {'/ smallest store, wall':>22} {'cpu':>6}" if baseline else ""))
    version = cold["--version"]["wall_s"]
    misses = []
    for name, r in cold.items():
        line = (f"  {name:<36}{r['wall_s']:>8.2f}s{r['cpu_s']:>8.2f}s{r['peak_mb']:>9.0f}   "
                f"{r['wall_s'] / version:>10.1f}x")
        if baseline and name in baseline:
            ratio = r["wall_s"] / baseline[name]["wall_s"]
            line += f"   {ratio:>15.2f}x {r['cpu_s'] / baseline[name]['cpu_s']:>6.2f}x"
            if name in ("suppliers", "ask suppliers") and ratio > TARGETS["cold_ratio"]:
                misses.append(f"{label} {name}: {ratio:.2f}x the smallest store")
        print(line)
        if name in ("suppliers", "ask suppliers") and r["peak_mb"] > TARGETS["cold_mb"]:
            misses.append(f"{label} {name}: peak {r['peak_mb']:.0f} MB")
        if name in ("suppliers", "ask suppliers") and r["wall_s"] > TARGETS["cold_s"]:
            misses.append(f"{label} {name}: {r['wall_s']:.2f} s ({r['cpu_s']:.2f} s CPU; --version "
                          f"{version:.2f} s, {cold['--version']['cpu_s']:.2f} s CPU)")
    return misses


def report_warm(label: str, result: dict) -> list[str]:
    print(f"\n{label}: warm, one process: {result['actors']:,} actors, {result['relations']:,} relations, "
          f"{result['claims']:,} claims (mean degree {result['mean_degree']:.1f}, max {result['max_degree']:,})")
    print(f"  whole-graph index loaded in {result['index_load_s']:.2f} s, {result['index_mb']:.0f} MB "
          f"(process peak {result['peak_mb']:.0f} MB)")
    print(f"  {'query':<15}{'median':>10}{'p95':>10}{'cpu median':>12}{'p95':>10}   {'plain nx median':>16}"
          f"{'p95':>10}   ours/plain")
    for name, q in result["queries"].items():
        ours, plain = q["ours"], q["plain"]
        ratio = ours["median_ms"] / plain["median_ms"] if plain["median_ms"] else float("inf")
        print(f"  {name:<15}{ours['median_ms']:>8.2f}ms{ours['p95_ms']:>8.2f}ms{ours['cpu_median_ms']:>10.2f}ms"
              f"{ours['cpu_p95_ms']:>8.2f}ms   {plain['median_ms']:>14.3f}ms{plain['p95_ms']:>8.3f}ms   {ratio:>8.1f}x")
    misses = []
    if result["index_load_s"] > TARGETS["index_load_s"] or result["index_mb"] > TARGETS["index_mb"]:
        misses.append(f"{label}: index load {result['index_load_s']:.1f} s, {result['index_mb']:.0f} MB")
    for name in ("neighbourhood", "shortest path"):
        ours = result["queries"][name]["ours"]
        if ours["median_ms"] > TARGETS["warm_ms"]:
            misses.append(f"{label} {name}: median {ours['median_ms']:.1f} ms ({ours['cpu_median_ms']:.1f} ms CPU)")
    return misses


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stores", default="uniform-10k,uniform-1m,powerlaw-10k,powerlaw-1m",
                        help="comma list of KIND-SIZE: uniform, powerlaw (10k, 100k, 1m), gdelt (10m)")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per cold question")
    parser.add_argument("--queries", type=int, default=100, help="random queries per kind in the warm part")
    parser.add_argument("--workdir", default=str(Path(tempfile.gettempdir()) / "diplograph-bench"),
                        help="where the synthetic stores are kept between runs")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-warm", action="store_true", help="only the cold CLI questions")
    parser.add_argument("--no-cold", action="store_true", help="only the warm queries")
    parser.add_argument("--warm", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.warm:
        print(json.dumps(measure_warm(args.warm, args.queries, args.seed)))
        return 0

    wanted = [s.strip().lower() for s in args.stores.split(",") if s.strip()]
    for name in wanted:
        kind, _, size = name.partition("-")
        if kind not in KINDS or size not in SIZES:
            parser.error(f"{name!r}: use KIND-SIZE with KIND in {', '.join(KINDS)} and SIZE in {', '.join(SIZES)}")
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    smallest: dict[str, dict] = {}
    misses: list[str] = []
    for name in sorted(wanted, key=lambda n: (n.partition("-")[0], SIZES[n.partition("-")[2]])):
        kind, _, size = name.partition("-")
        store = ensure_store(workdir, kind, size, args.seed)
        if store is None:
            continue
        if not args.no_cold:
            chosen = pick_actors(store, args.seed)
            cold = measure_cold(store, chosen, args.runs)
            misses += report_cold(name, chosen, cold, smallest.get(kind))
            smallest.setdefault(kind, cold)
        if not args.no_warm:
            misses += report_warm(name, run_warm(store, args.queries, args.seed))
    print("\ntargets: " + ("all met" if not misses else "MISSED: " + "; ".join(misses)))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
