"""How fast the analyst's queries run on graphs of 10k, 100k and 1M relations.

    .venv/bin/python bench/queries.py                      # 10k, 100k and 1M relations
    .venv/bin/python bench/queries.py --sizes 10k,100k --queries 100

For each size it builds (once, cached in --workdir) a synthetic embedded store, then in a fresh
process opens it, builds the networkx view the queries use (time and peak memory reported),
and times three queries on random actors: neighbourhood to depth 2, shortest path, suppliers.
It prints the median and 95th percentile latency of each, and, measured in the same run on the
same machine, the same walk done by plain networkx on the raw edge list (an undirected
nx.Graph for the first two, a DiGraph with the predicate on each edge for suppliers), with the
ratio ours / plain. Our queries do more (filters on modality and dates, typed results with
evidence and sources), so the ratio is the price of that.

Target on the embedded store at 1M relations: median <= 50 ms for neighbourhood and path.

The synthetic graph: one actor per ten relations (states, and one in five a company), endpoints
drawn uniformly (average degree 20; no giant hubs), predicates drawn among those the ontology
allows between the two types, 20% of relations with a second claim from another source, 10% of
claims unconfirmed, dates over 2000-2024, a weapon named on supply claims.

Neo4j: when DIPLOGRAPH_NEO4J_URI is set and a server answers there, the stores up to
--neo4j-max relations are pushed into it (REPLACING what that database holds) and the same
queries run on the view of the Neo4j backend; otherwise that part is skipped, and says why.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_MS = 50.0
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}


# -- building the synthetic store -----------------------------------------------------------------

def build_store(path: Path, n_relations: int, seed: int) -> float:
    """Write the synthetic graph into a new embedded store at ``path``; seconds taken."""
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
    supply = {"ARMS_TRANSFER", "CO_PRODUCTION"}
    started = time.perf_counter()
    graph = DiploGraph.open(store=path)
    graph.write(Batch(actors=actors, sources=sources))
    seen: set[tuple[int, str, int]] = set()
    claims: list[Claim] = []
    while len(seen) < n_relations:
        a, b = rng.randrange(n_actors), rng.randrange(n_actors)
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
            props = {"weapon": rng.choice(weapons)} if predicate in supply else {}
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


# -- measuring, in a fresh process ----------------------------------------------------------------

def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(calls) -> list[float]:
    """Milliseconds of each call (after two untimed warm-up calls)."""
    for call in calls[:2]:
        call()
    times = []
    for call in calls:
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return times


def measure(store: str, backend: str, n_queries: int, seed: int) -> dict:
    import networkx as nx

    from diplograph.core import DiploGraph
    from diplograph.queries import neighbourhood, shortest_path, suppliers

    before = _resident_mb()
    started = time.perf_counter()
    if backend == "neo4j":
        from diplograph.graph.backends.neo4j import Neo4jBackend

        graph = DiploGraph(Neo4jBackend.from_settings(**_neo4j_settings()))
    else:
        graph = DiploGraph.open(store=store)
    view = graph.nx
    load_s = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    view_mb = _resident_mb() - before
    rng = random.Random(seed)
    nodes = sorted(view.nodes)
    singles = [rng.choice(nodes) for _ in range(n_queries)]
    pairs = [tuple(rng.sample(nodes, 2)) for _ in range(n_queries)]

    plain = nx.Graph()
    plain.add_edges_from((u, v) for u, v in view.edges())
    typed = nx.DiGraph()
    typed.add_edges_from((u, v, {"predicate": k}) for u, v, k in view.edges(keys=True))
    supply = {"ARMS_TRANSFER", "CO_PRODUCTION"}

    results = {
        "neighbourhood": (timed([lambda n=n: neighbourhood(view, n, depth=2) for n in singles]),
                          timed([lambda n=n: nx.single_source_shortest_path_length(plain, n, cutoff=2)
                                 for n in singles])),
        "shortest path": (timed([lambda a=a, b=b: shortest_path(view, a, b) for a, b in pairs]),
                          timed([lambda a=a, b=b: _plain_path(nx, plain, a, b) for a, b in pairs])),
        "suppliers": (timed([lambda n=n: suppliers(view, n) for n in singles]),
                      timed([lambda n=n: [u for u, _, p in typed.in_edges(n, data="predicate") if p in supply]
                             for n in singles])),
    }
    graph.close()
    degrees = [d for _, d in view.degree()]
    return {
        "actors": view.number_of_nodes(), "relations": view.number_of_edges(),
        "mean_degree": sum(degrees) / len(degrees), "max_degree": max(degrees),
        "load_s": load_s, "peak_mb": peak_kb / 1024, "view_mb": view_mb,
        "queries": {name: {"ours": _stats(ours), "plain": _stats(base)} for name, (ours, base) in results.items()},
    }


def _resident_mb() -> float:
    """Resident memory now (Linux /proc), in MB; the peak comes from getrusage."""
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


def _stats(times: list[float]) -> dict:
    return {"median_ms": statistics.median(times), "p95_ms": percentile(times, 0.95)}


def _neo4j_settings() -> dict:
    keys = {"uri": "DIPLOGRAPH_NEO4J_URI", "user": "DIPLOGRAPH_NEO4J_USER",
            "password": "DIPLOGRAPH_NEO4J_PASSWORD", "database": "DIPLOGRAPH_NEO4J_DATABASE"}
    return {k: os.environ[v] for k, v in keys.items() if os.environ.get(v)}


def neo4j_unavailable() -> str | None:
    """Why Neo4j cannot be benchmarked, or None when it can."""
    if not os.environ.get("DIPLOGRAPH_NEO4J_URI"):
        return "DIPLOGRAPH_NEO4J_URI is not set"
    try:
        import neo4j

        s = _neo4j_settings()
        with neo4j.GraphDatabase.driver(s["uri"], auth=(s.get("user", "neo4j"), s.get("password", "")),
                                        connection_timeout=5) as driver:
            driver.verify_connectivity()
    except Exception as error:  # any failure to connect means: no server to measure
        return f"no Neo4j server usable at {os.environ['DIPLOGRAPH_NEO4J_URI']} ({type(error).__name__})"
    return None


def push_to_neo4j(store: Path) -> float:
    from diplograph.cli.neo4j_commands import push_store
    from diplograph.graph.backends.embedded import EmbeddedBackend
    from diplograph.graph.backends.neo4j import Neo4jBackend

    started = time.perf_counter()
    source, target = EmbeddedBackend(store), Neo4jBackend.from_settings(**_neo4j_settings())
    try:
        push_store(source, target, replace=True)
    finally:
        source.close()
        target.close()
    return time.perf_counter() - started


def run_measure(store: Path, backend: str, n_queries: int, seed: int) -> dict:
    done = subprocess.run([sys.executable, __file__, "--measure", str(store), "--backend", backend,
                           "--queries", str(n_queries), "--seed", str(seed)], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"measuring {store} on {backend} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- report ---------------------------------------------------------------------------------------

def report(label: str, result: dict) -> None:
    print(f"\n{label}: {result['actors']:,} actors, {result['relations']:,} relations "
          f"(mean degree {result['mean_degree']:.1f}, max {result['max_degree']})")
    print(f"  load (open store + build view): {result['load_s']:.1f} s, peak memory {result['peak_mb']:.0f} MB "
          f"(the view holds {result['view_mb']:.0f} MB once built)")
    print(f"  {'query':<15}{'median':>10}{'p95':>10}   {'plain nx median':>16}{'p95':>10}   ours/plain")
    for name, q in result["queries"].items():
        ours, plain = q["ours"], q["plain"]
        ratio = ours["median_ms"] / plain["median_ms"] if plain["median_ms"] else float("inf")
        print(f"  {name:<15}{ours['median_ms']:>8.2f}ms{ours['p95_ms']:>8.2f}ms   "
              f"{plain['median_ms']:>14.3f}ms{plain['p95_ms']:>8.3f}ms   {ratio:>8.1f}x")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10k,100k,1m", help="comma list of 10k, 100k, 1m")
    parser.add_argument("--queries", type=int, default=200, help="random queries per kind and size")
    parser.add_argument("--workdir", default=str(Path(tempfile.gettempdir()) / "diplograph-bench"),
                        help="where the synthetic stores are kept between runs")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--neo4j-max", default="100k", help="largest size pushed to Neo4j")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--backend", default="embedded", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure, args.backend, args.queries, args.seed)))
        return 0

    sizes = [s.strip().lower() for s in args.sizes.split(",") if s.strip()]
    unknown = [s for s in sizes if s not in SIZES]
    if unknown or args.queries < 3:
        parser.error(f"sizes must be among {', '.join(SIZES)} and --queries at least 3")
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    why_not_neo4j = neo4j_unavailable()
    failed = False
    for size in sizes:
        n = SIZES[size]
        store = workdir / f"queries-{size}-seed{args.seed}.db"
        marker = store.with_suffix(".done")
        if not marker.exists():
            for stale in workdir.glob(store.name + "*"):
                stale.unlink()
            seconds = build_store(store, n, args.seed)
            marker.write_text(f"{seconds:.1f}\n")
            print(f"\nbuilt {store} in {seconds:.1f} s ({n / seconds:,.0f} relations/s through DiploGraph.write)")
        else:
            print(f"\nusing {store} (built in {marker.read_text().strip()} s)")
        result = run_measure(store, "embedded", args.queries, args.seed)
        report(f"embedded store, {size}", result)
        if size == "1m":
            for name in ("neighbourhood", "shortest path"):
                median = result["queries"][name]["ours"]["median_ms"]
                verdict = "meets" if median <= TARGET_MS else "MISSES"
                failed |= median > TARGET_MS
                print(f"  target: {name} median <= {TARGET_MS:.0f} ms at 1M relations: {verdict} ({median:.1f} ms)")
        if why_not_neo4j is None and n <= SIZES[args.neo4j_max]:
            print(f"  pushed to Neo4j in {push_to_neo4j(store):.1f} s")
            report(f"neo4j backend, {size}", run_measure(store, "neo4j", args.queries, args.seed))
    if why_not_neo4j:
        print(f"\nNeo4j skipped: {why_not_neo4j}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
