"""How soon the web app answers after `diplograph serve` starts, on a small and a large store.

    .venv/bin/python bench/webapp.py                                  # powerlaw-10k (baseline) and powerlaw-1m
    .venv/bin/python bench/webapp.py --stores queries-10k,queries-1m  # the uniform stores
    .venv/bin/python bench/webapp.py --stores powerlaw-10k,gdelt-10m

Each store is one built by ``bench/queries.py`` (power-law and uniform) or ``bench/ingest.py``
(GDELT-shaped) in --workdir. For each, a fresh ``diplograph --store S serve --port 0 --no-open
--read-only`` process is started and asked, over HTTP as the page asks it:

* ``/api/stats`` at once, then ``/api/search`` of an actor with about 20 relations (what the page
  asks first: its time from the process's start is the **time to first answer**);
* that actor's ``/api/actor/<id>`` and ``/api/neighbours`` (depth 1 and 2), the biggest hub's
  ``/api/actor/<id>`` (its first 300 relations) and neighbours (depth 1 and 2, the page's default
  limit of 150 actors) and a path between two actors.

Reported: seconds from the start to the URL being printed and to each answer (wall), the
server's CPU seconds and peak memory (VmHWM) once all are answered, and for every store after
the first the ratio of its time to first answer to the first store's (the baseline, measured in
the same run). Target (issue 14): the app's start does not grow with the store (it did: 49 s and
1.4 GB at 1M relations, the whole networkx view).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from queries import pick_actors  # noqa: E402  (bench/queries.py: the same actors its CLI questions ask about)

DIPLOGRAPH = str(Path(sys.executable).with_name("diplograph"))
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def store_file(workdir: Path, name: str) -> Path:
    kind, size = name.rsplit("-", 1)
    return workdir / (f"{name}-seed1.db" if kind != "uniform" else f"queries-{size}-seed1.db")


def process_usage(pid: int) -> tuple[float, float]:
    """CPU seconds (user + system) and peak resident MB of a running process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    status = Path(f"/proc/{pid}/status").read_text()
    peak_kb = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:"))
    return cpu, peak_kb / 1024


def get(url: str, path: str, params: dict | None = None, timeout: float = 600) -> dict:
    query = f"?{urllib.parse.urlencode(params, doseq=True)}" if params else ""
    with urllib.request.urlopen(url.rstrip("/") + path + query, timeout=timeout) as answer:
        return json.loads(answer.read())


def measure(store: Path, chosen: dict, timeout: float) -> dict:
    """Start the app on ``store``, ask it the page's questions, and stop it."""
    started = time.perf_counter()
    process = subprocess.Popen([DIPLOGRAPH, "--store", str(store), "serve", "--port", "0", "--no-open", "--read-only"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    timings: dict[str, float] = {}
    try:
        url = None
        while url is None:
            line = process.stdout.readline()
            if not line:
                raise SystemExit(f"diplograph serve stopped on {store}:\n{process.stderr.read()}")
            if line.startswith("Serving "):
                url = line.split(" at ", 1)[1].strip()
        timings["URL printed"] = time.perf_counter() - started
        actor, hub = chosen["actor"], chosen["hub"]
        questions = [
            ("stats", "/api/stats", None),
            ("search", "/api/search", {"q": chosen["name"]}),
            ("actor", f"/api/actor/{urllib.parse.quote(actor, safe='')}", None),
            ("neighbours", "/api/neighbours", {"id": actor}),
            ("neighbours depth 2", "/api/neighbours", {"id": actor, "depth": "2"}),
            ("hub actor", f"/api/actor/{urllib.parse.quote(hub, safe='')}", None),
            ("hub neighbours", "/api/neighbours", {"id": hub}),
            ("hub neighbours depth 2", "/api/neighbours", {"id": hub, "depth": "2"}),
            ("path", "/api/path", {"from": actor, "to": chosen["other"]}),
        ]
        answers = {}
        for label, path, params in questions:
            asked = time.perf_counter()
            answers[label] = get(url, path, params, timeout)
            timings[label] = time.perf_counter() - asked
            if label == "search":
                timings["first answer"] = time.perf_counter() - started
                first_cpu, first_peak = process_usage(process.pid)
        cpu, peak = process_usage(process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    stats = answers["stats"]
    return {"timings": timings, "cpu_s": cpu, "peak_mb": peak, "first_cpu_s": first_cpu,
            "first_peak_mb": first_peak, "actors": stats["actors"],
            "relations": stats["relations"], "claims": stats["claims"],
            "hub_shown": f"{len(answers['hub neighbours depth 2']['nodes'])} of "
                         f"{answers['hub neighbours depth 2']['total']['nodes']} actors, "
                         f"{len(answers['hub neighbours depth 2']['edges'])} of "
                         f"{answers['hub neighbours depth 2']['total']['edges']} relations"}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stores", default="powerlaw-10k,powerlaw-1m",
                        help="comma-separated KIND-SIZE (uniform, powerlaw, gdelt); the first is the baseline")
    parser.add_argument("--workdir", default=str(Path(tempfile.gettempdir()) / "diplograph-bench"))
    parser.add_argument("--timeout", type=float, default=900, help="seconds one answer may take")
    args = parser.parse_args(argv)
    workdir = Path(args.workdir)
    baseline = None
    for name in args.stores.split(","):
        store = store_file(workdir, name.strip())
        if not store.with_suffix(".done").exists():
            print(f"{store} is missing: build it with bench/queries.py (or bench/ingest.py for gdelt)")
            return 1
        chosen = pick_actors(store, 1)
        result = measure(store, chosen, args.timeout)
        t = result["timings"]
        print(f"\n{name}: {result['actors']:,} actors, {result['relations']:,} relations, {result['claims']:,} claims; "
              f"actor {chosen['actor']} ({chosen['degree']} relations), hub {chosen['hub']} "
              f"({chosen['hub_degree']:,} relations)")
        for label, seconds in t.items():
            print(f"  {label:<24} {seconds:8.2f} s")
        print(f"  server CPU at the first answer {result['first_cpu_s']:.2f} s (peak {result['first_peak_mb']:.0f} MB), "
              f"after all {result['cpu_s']:.2f} s (peak {result['peak_mb']:.0f} MB); "
              f"hub at depth 2: {result['hub_shown']}")
        if baseline is None:
            baseline = (name, t["first answer"], result["first_cpu_s"])
        else:
            print(f"  time to first answer / {baseline[0]}'s: wall {t['first answer'] / baseline[1]:.2f}x "
                  f"({t['first answer']:.2f} s / {baseline[1]:.2f} s), CPU {result['first_cpu_s'] / baseline[2]:.2f}x "
                  f"({result['first_cpu_s']:.2f} s / {baseline[2]:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
