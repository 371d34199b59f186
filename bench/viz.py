"""How long a map takes to become usable in headless Chromium, by size.

For synthetic graphs of 250, 1,000 and 2,000 actors (scale-free, mixed actor types,
predicates the ontology allows, dated claims) it writes the map as ``diplograph viz`` does
and opens it offline in Chromium, timing from navigation to the page's first usable frame
(the ``diplograph:drawn`` event: after stabilisation when physics runs). It also times one
redraw after a zoom, which is what panning and hovering cost.

Baseline, measured in the same run: the same maps (by default the smallest and the largest)
laid out by vis-network's physics in the browser, which is what pyvis pages do
(``layout="physics"``), capped at ``--timeout`` seconds. The target is a 2,000-actor map
usable within 5 s.

    .venv/bin/python bench/viz.py            # 250, 1000, 2000 actors, baseline capped at 120 s
    .venv/bin/python bench/viz.py --sizes 500 5000 --timeout 60
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from browser import chromium, missing_browser, offline_page, wait_until_drawn  # noqa: E402

from diplograph.explore.map import write_map  # noqa: E402
from diplograph.graph.model import Actor, Claim, Source  # noqa: E402
from diplograph.graph.ontology import load_ontology  # noqa: E402
from diplograph.graph.view import build_view  # noqa: E402

TYPES = ["state"] * 6 + ["organization", "armed_group", "company", "person"]
TARGET_S = 5.0


def synthetic_view(n: int, seed: int = 1) -> nx.MultiDiGraph:
    """A scale-free graph of ``n`` actors whose relations all pass the ontology's type rules."""
    onto = load_ontology()
    rng = random.Random(seed)
    actors = [Actor.new(f"Actor {i}", rng.choice(TYPES)) for i in range(n)]
    sources = [Source(id=f"src:{i}", title=f"Report {i}", url=f"https://example.org/report/{i}") for i in range(50)]
    claims = []
    for u, v in nx.barabasi_albert_graph(n, 2, seed=seed).edges():
        a, b = actors[u], actors[v]
        allowed = [p.name for p in onto.predicates.values() if p.allows(a.type, b.type)]
        if not allowed:
            a, b = b, a
            allowed = [p.name for p in onto.predicates.values() if p.allows(a.type, b.type)]
        if not allowed:
            continue
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            claims.append(Claim(a.id, rng.choice(allowed), b.id, rng.choice(sources).id,
                                date=f"{rng.randint(2000, 2024)}-{rng.randint(1, 12):02d}",
                                modality=rng.choice(["asserted", "asserted", "reported", "unconfirmed"]),
                                evidence=f"Sentence {len(claims)} says that {a.name} and {b.name} are linked."))
    return build_view(actors, claims, sources)


def time_to_usable(browser, path: Path, timeout_s: float) -> tuple[float | None, float | None, int]:
    """Seconds from navigation to the first usable frame (None past the timeout), the
    milliseconds of one redraw after a zoom, and the number of actors drawn."""
    with offline_page(browser, None) as visit:
        page = visit.page
        start = time.perf_counter()
        page.goto(path.resolve().as_uri(), timeout=timeout_s * 1000)
        try:
            wait_until_drawn(page, timeout_s=max(0.1, timeout_s - (time.perf_counter() - start)))
        except Exception as error:  # playwright's TimeoutError
            if "Timeout" not in type(error).__name__:
                raise
            return None, None, 0
        usable = time.perf_counter() - start
        redraw_ms = page.evaluate("""() => new Promise(done => {
            const net = window.diplographMap.network;
            const t0 = performance.now();
            net.once("afterDrawing", () => done(performance.now() - t0));
            net.moveTo({scale: net.getScale() * 1.5});
        })""")
        drawn = page.evaluate("window.diplographMap.nodes.length")
        if visit.requests:
            raise SystemExit(f"the map tried to reach the network: {visit.requests[:3]}")
        return usable, redraw_ms, drawn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 1000, 2000])
    parser.add_argument("--baseline-sizes", type=int, nargs="*", help="sizes to time with browser physics "
                        "[default: the smallest and the largest of --sizes]")
    parser.add_argument("--timeout", type=float, default=120.0, help="cap for the physics baseline, seconds")
    args = parser.parse_args()
    if reason := missing_browser():
        raise SystemExit(reason)
    folder = Path(tempfile.mkdtemp(prefix="diplograph-bench-"))
    baseline_sizes = args.baseline_sizes or [min(args.sizes), max(args.sizes)]
    rows, baselines = {}, {}
    with chromium() as browser:
        for n in sorted(set(args.sizes) | set(baseline_sizes)):
            view = synthetic_view(n)
            start = time.perf_counter()
            path = write_map(view, folder / f"map-{n}.html", title=f"{n} actors")
            write_s = time.perf_counter() - start
            usable, redraw_ms, drawn = time_to_usable(browser, path, timeout_s=60)
            rows[n] = (view.number_of_edges(), write_s, usable, redraw_ms, drawn, path.stat().st_size)
            if n in baseline_sizes:
                physics = write_map(view, folder / f"map-{n}-physics.html", title=f"{n} actors", layout="physics")
                baselines[n] = time_to_usable(browser, physics, timeout_s=args.timeout)[0]

    print(f"{'actors':>7} {'relations':>9} {'write s':>8} {'usable s':>9} {'redraw ms':>10} {'drawn':>6} {'MB':>5}")
    for n, (m, write_s, usable, redraw_ms, drawn, size) in sorted(rows.items()):
        shown = f"{usable:9.2f}" if usable is not None else f"{'>60':>9}"
        redraw = f"{redraw_ms:10.0f}" if redraw_ms is not None else f"{'-':>10}"
        print(f"{n:7d} {m:9d} {write_s:8.2f} {shown} {redraw} {drawn:6d} {size / 1e6:5.1f}")
    print("baseline: the same maps laid out by browser physics, as pyvis pages do")
    for n, baseline in sorted(baselines.items()):
        ours = rows[n][2]
        if ours is None:
            print(f"{n:7d} actors: ours did not draw within 60 s")
        elif baseline is None:
            print(f"{n:7d} actors: not usable within {args.timeout:.0f} s; ratio >= {args.timeout / ours:.0f}x")
        else:
            print(f"{n:7d} actors: {baseline:.2f} s; ratio {baseline / ours:.1f}x")
    largest = max(args.sizes)
    ours = rows[largest][2]
    verdict = "meets" if ours is not None and ours <= TARGET_S else "misses"
    print(f"{largest} actors usable in {ours if ours is None else round(ours, 2)} s: {verdict} the {TARGET_S:.0f} s target")

if __name__ == "__main__":
    main()
