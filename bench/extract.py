"""Article ingest speed and memory, measured against spaCy's own pipeline in the same run.

    .venv/bin/python bench/extract.py                 # 5 MB synthetic folder (a few minutes)
    .venv/bin/python bench/extract.py --mb 50         # the 50 MB folder of the acceptance check
    .venv/bin/python bench/extract.py --folder DIR    # your own articles (.txt/.md/.html/.pdf)

It writes a folder of generated news-style articles (our own template sentences about random
states, firms and weapons; nothing downloaded), then

1. runs spaCy alone (``nlp.pipe`` over the same texts) on a sample and counts words per second;
2. runs the whole ingest (read, extract, write to a fresh store) on the same sample;
3. prints the ratio ingest / spaCy (the target is at least 0.6: the extraction rules, the store
   and the reader together cost at most two thirds of what the parser itself costs), in wall time
   and in CPU time (on a machine shared with other work, the CPU ratio is the steadier one);
   "spaCy alone" is the pipeline as ingest loads it, with our own components (the tree repairs
   and the rest, ``diplograph_*``) in it; a second CPU ratio sets the ingest against spaCy's own
   components only, which counts the work of ours as extraction;
4. ingests the whole folder and samples the process's resident memory while it runs, printing
   the peak and the memory at each quarter: documents are streamed one at a time, so memory
   should stay flat however large the folder is.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

STATES = ["Turkey", "Iran", "Russia", "China", "Pakistan", "India", "Ethiopia", "Egypt", "Nigeria", "Poland",
          "Kazakhstan", "Azerbaijan", "Armenia", "Ukraine", "Mali", "Serbia", "Qatar", "Morocco", "Algeria",
          "Vietnam", "Japan", "Brazil", "Kenya", "Somalia", "Greece", "Israel", "Saudi Arabia", "Indonesia"]
DEMONYMS = {"Turkey": "Turkish", "Iran": "Iranian", "Russia": "Russian", "China": "Chinese", "India": "Indian",
            "Pakistan": "Pakistani", "Israel": "Israeli", "Poland": "Polish", "Egypt": "Egyptian"}
WEAPONS = ["Bayraktar TB2 drones", "Shahed-136 drones", "Wing Loong II drones", "K2 tanks", "Rafale jets",
           "Anka drones", "Mohajer-6 drones", "S-400 systems", "Javelin missiles", "Akinci drones"]
FIRMS = ["Baykar", "Aselsan", "Norinco", "Roketsan", "Turkish Aerospace"]
PEOPLE = ["Amina Yusuf", "Carlos Mendes", "Olga Petrova", "Rashid Karimov", "Lena Fischer", "Tomas Novak"]
TEMPLATES = [
    "{a} delivered {w} to {b} in {year}.",
    "{b} purchased {w} from {a} on {day} {month} {year}.",
    "{a} and {b} signed a defence agreement in {month} {year}.",
    "According to officials, {a} plans to buy {dem} drones.",
    "The {a}-{b} border remained tense after the clashes last {month}.",
    "{dem} Defence Minister {p} met {b}'s foreign minister in the capital.",
    "{a} accused {b} of violating the ceasefire.",
    "{firm}, a leading {dem} drone maker, opened a factory in {b}.",
    "Analysts say {b} might seek {dem} missiles.",
    "{a} has a military base in {b}, and the two countries held talks in {year}.",
    "The war between {a} and {b} ended in {year}, but tensions remain.",
    "{b} denied that it had received weapons from {a}.",
    "Unconfirmed reports suggest {a} supplied {w} to {b}.",
    "{p}, director of the Institute for Strategic Studies, criticised the sale.",
    "Markets in the region were calm, and the weather was mild for the season.",
    "Trade between the two sides grew by 12 percent, the statistics office said.",
]
MONTHS = ["January", "March", "May", "June", "September", "November"]
ROUNDS = 4


def synthesise(folder: Path, megabytes: float, seed: int = 7) -> list[Path]:
    """Write about ``megabytes`` of generated articles (about 6 KB each) into ``folder``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths, total, n = [], 0, 0
    while total < megabytes * 1_000_000:
        a, b = rng.sample(STATES, 2)
        lines = [f"{a} and {b}: a regional brief", "", f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 2024", ""]
        for _ in range(rng.randint(35, 55)):
            a, b = rng.sample(STATES, 2)
            lines.append(rng.choice(TEMPLATES).format(
                a=a, b=b, w=rng.choice(WEAPONS), dem=DEMONYMS.get(a, "Turkish"), p=rng.choice(PEOPLE),
                firm=rng.choice(FIRMS), year=rng.randint(2015, 2024), day=rng.randint(1, 28),
                month=rng.choice(MONTHS)))
        text = "\n".join(lines) + "\n"
        path = folder / f"article_{n:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        total += len(text.encode("utf-8"))
        n += 1
    return paths


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class MemorySampler(threading.Thread):
    def __init__(self, every: float = 0.25):
        super().__init__(daemon=True)
        self.every, self.samples, self.done = every, [], threading.Event()

    def run(self):
        while not self.done.is_set():
            self.samples.append((time.perf_counter(), rss_mb()))
            time.sleep(self.every)

    def stop(self):
        self.done.set()
        self.join()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=5.0, help="size of the synthetic folder (default 5)")
    parser.add_argument("--folder", type=Path, help="measure these articles instead of synthetic ones")
    parser.add_argument("--sample-words", type=int, default=150_000, help="words in the speed sample")
    parser.add_argument("--keep", action="store_true", help="keep the synthetic folder and the store")
    args = parser.parse_args(argv)

    from diplograph.core import DiploGraph
    from diplograph.loaders.articles import extractor
    from diplograph.loaders.articles.read import read_document

    work = Path(tempfile.mkdtemp(prefix="diplograph-bench-"))
    try:
        if args.folder:
            files = sorted(p for p in args.folder.rglob("*") if p.suffix.lower() in (".txt", ".md", ".html", ".htm", ".pdf"))
        else:
            t0 = time.perf_counter()
            files = synthesise(work / "articles", args.mb)
            print(f"synthesised {len(files)} articles, {args.mb:.0f} MB, in {time.perf_counter() - t0:.1f} s")
        baseline_rss = rss_mb()
        nlp = extractor().nlp  # load once, outside every timing
        loaded_rss = rss_mb()

        # 1-2. speed on a sample: spaCy alone, then the whole ingest, on the same texts
        sample, words = [], 0
        for path in files:
            sample.append(path)
            words += len(read_document(path).text.split())
            if words >= args.sample_words:
                break
        # spaCy and the ingest take turns on slices of the sample, so that load from other
        # processes on the machine falls on both alike
        texts = {p: read_document(p).text for p in sample}
        nlp.pipe(list(texts.values())[:1]).__next__()  # warm up
        spacy_seconds = ingest_seconds = spacy_cpu = ingest_cpu = own_cpu = 0.0
        report_claims = 0
        slices = [sample[i::ROUNDS] for i in range(ROUNDS)]
        ours = [name for name in nlp.pipe_names if name.startswith("diplograph_")]
        with DiploGraph.open(store=work / "sample.db") as graph:
            for part in slices:
                t0, c0 = time.perf_counter(), time.process_time()
                for _ in nlp.pipe([texts[p] for p in part], batch_size=32):
                    pass
                spacy_seconds += time.perf_counter() - t0
                spacy_cpu += time.process_time() - c0
                c0 = time.process_time()
                with nlp.select_pipes(disable=ours):
                    for _ in nlp.pipe([texts[p] for p in part], batch_size=32):
                        pass
                own_cpu += time.process_time() - c0
                t0, c0 = time.perf_counter(), time.process_time()
                report_claims += graph.ingest(*part).claims
                ingest_seconds += time.perf_counter() - t0
                ingest_cpu += time.process_time() - c0
        spacy_wps, ingest_wps = words / spacy_seconds, words / ingest_seconds
        print(f"sample: {len(sample)} documents, {words} words, {report_claims} claims")
        print(f"spaCy alone (nlp.pipe):   {spacy_wps:8.0f} words/s   ({words / spacy_cpu:.0f} per CPU second)")
        print(f"whole ingest:             {ingest_wps:8.0f} words/s   ({words / ingest_cpu:.0f} per CPU second)")
        print(f"ratio ingest/spaCy:       {ingest_wps / spacy_wps:8.2f}   (target >= 0.6; "
              f"in CPU time, which other work on the machine does not inflate: {spacy_cpu / ingest_cpu:.2f})")
        print(f"spaCy's own components:   {words / own_cpu:8.0f} words per CPU second; ratio ingest/spaCy's own "
              f"in CPU time {own_cpu / ingest_cpu:.2f} (our pipeline components counted as extraction)", flush=True)

        # 3-4. the whole folder, with memory sampled while it streams through
        if not args.folder or len(files) > len(sample):
            sampler = MemorySampler()
            sampler.start()
            t0 = time.perf_counter()
            documents, errors, step = 0, 0, max(1, len(files) // 20)
            with DiploGraph.open(store=work / "all.db") as graph:
                for first in range(0, len(files), step):  # one folder, fed in slices to print progress
                    part = graph.ingest(*files[first:first + step])
                    documents += part.documents
                    errors += len(part.errors)
                    print(f"  {documents:6d} documents  {time.perf_counter() - t0:7.0f} s  RSS {rss_mb():5.0f} MB",
                          flush=True)
                counts = graph.counts()
            seconds = time.perf_counter() - t0
            sampler.stop()
            samples = [mb for _, mb in sampler.samples] or [rss_mb()]
            quarters = [samples[min(len(samples) - 1, int(len(samples) * q))] for q in (0.25, 0.5, 0.75)] + [samples[-1]]
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"folder: {documents} documents in {seconds:.0f} s ({documents / seconds:.1f} docs/s), "
                  f"{counts.actors} actors, {counts.relations} relations, {errors} errors")
            print(f"memory: {baseline_rss:.0f} MB before, {loaded_rss:.0f} MB with the model loaded; during the "
                  f"ingest at 25/50/75/100%: {' / '.join(f'{q:.0f}' for q in quarters)} MB; "
                  f"peak RSS {peak:.0f} MB")
            growth = quarters[-1] - quarters[0]
            print(f"memory growth from the first to the last quarter: {growth:+.0f} MB "
                  f"({'flat: documents are streamed' if growth < 100 else 'GROWING'})")
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
