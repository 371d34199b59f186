"""How fast relations load into Neo4j: batched UNWIND writes against one query per relation.

    scripts/neo4j.sh start
    DIPLOGRAPH_NEO4J_PASSWORD=diplograph-dev .venv/bin/python bench/neo4j_ingest.py

Loads synthetic relations (default 100,000: one claim each, between 2,000 states, over the
predicates the ontology allows between states) into Neo4j in one run, two ways:

1. batched: ``Neo4jBackend.write`` with batches of ``--batch`` relations (UNWIND, one managed
   transaction per batch), the way ``diplograph ingest`` and ``push`` write;
2. one query per relation: a single statement building the same nodes and relationships, in
   its own managed transaction, for ``--sample`` further relations (default 5,000); the time
   for 100,000 is EXTRAPOLATED from that sample, and the output says so.

The two alternate (a batch, then a slice of the single queries), so that both meet the same
load when the machine is shared. The same batches are also timed into the embedded SQLite
store, and the plainest possible write (UNWIND + CREATE of claim-sized nodes, nothing else)
on the same server shows what this machine allows any loader.

It prints relations per second for each and the ratio batched / per-relation. Targets:
batched at least 20x faster and at least 20,000 relations/s. It empties diplograph's nodes
in the configured Neo4j database (DIPLOGRAPH_NEO4J_URI, _USER, _PASSWORD, _DATABASE) first.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from diplograph.graph.backends.embedded import EmbeddedBackend
from diplograph.graph.backends.neo4j import Neo4jBackend, actor_label, relationship_type
from diplograph.graph.model import Actor, Batch, Claim, Source
from diplograph.graph.ontology import load_ontology

TARGET_RATIO = 20
TARGET_RATE = 20_000


def synthetic(n_relations: int, n_states: int, seed: int = 7) -> tuple[list[Actor], list[Source], list[Claim]]:
    """``n_relations`` distinct (subject, predicate, object) relations between states."""
    onto = load_ontology()
    predicates = sorted(p.name for p in onto.predicates.values() if p.allows("state", "state"))
    actors = [Actor.new(f"Synthetic State {i:05d}", "state") for i in range(n_states)]
    sources = [Source(f"src:bench-{i}", title=f"Bench source {i}", kind="dataset") for i in range(10)]
    rng = random.Random(seed)
    claims: dict[str, Claim] = {}
    seen: set[tuple[str, str, str]] = set()
    while len(claims) < n_relations:
        s, o = rng.sample(actors, 2)
        predicate = rng.choice(predicates)
        claim = Claim(s.id, predicate, o.id, rng.choice(sources).id, date=f"{rng.randint(1990, 2024)}",
                      confidence=round(rng.random(), 3)).normalised(onto)
        key = (claim.subject, claim.predicate, claim.object)
        if key not in seen:
            seen.add(key)
            claims[claim.id] = claim
    return actors, sources, list(claims.values())


def chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def write_one_by_one(backend: Neo4jBackend, actors: dict[str, Actor], claims: list[Claim]) -> None:
    """One statement per relation, in its own transaction: actors, source, claim, links and the
    typed relationship, the same shape as the batched writer produces."""
    label = actor_label("state")
    with backend._session() as session:
        for claim in claims:
            query = (f"MERGE (s:Actor {{id: $s}}) ON CREATE SET s:{label}, s.name = $s_name, s.type = 'state', "
                     "s.aliases = [], s.external_ids_json = '{}' "
                     f"MERGE (o:Actor {{id: $o}}) ON CREATE SET o:{label}, o.name = $o_name, o.type = 'state', "
                     "o.aliases = [], o.external_ids_json = '{}' "
                     "MERGE (src:Source {id: $source}) "
                     "MERGE (c:Claim {id: $id}) SET c += $values "
                     "MERGE (c)-[:SUBJECT]->(s) MERGE (c)-[:OBJECT]->(o) MERGE (c)-[:FROM]->(src) "
                     f"MERGE (s)-[r:{relationship_type(claim.predicate)}]->(o) SET r += $relation")
            values = {k: v for k, v in claim.to_dict().items() if k not in ("id", "properties")}
            parameters = {"s": claim.subject, "o": claim.object, "s_name": actors[claim.subject].name,
                          "o_name": actors[claim.object].name, "source": claim.source_id, "id": claim.id,
                          "values": {**values, "properties_json": "{}"},
                          "relation": {"n_claims": 1, "n_sources": 1, "first_date": claim.date,
                                       "last_date": claim.date, "modality": claim.modality}}
            session.execute_write(lambda tx: tx.run(query, parameters).consume())


def load_interleaved(backend, actors, sources, batched: list[Claim], single: list[Claim], size: int):
    """Load ``batched`` in batches and ``single`` one query at a time, alternating a batch with a
    slice of single queries, so that both meet the same load on a shared machine. Returns the
    seconds spent on each."""
    started = time.perf_counter()
    backend.write(Batch(list(actors), list(sources), []))
    batched_time = time.perf_counter() - started
    by_id = {a.id: a for a in actors}
    batches = list(chunks(batched, size))
    per_batch = -(-len(single) // len(batches))
    single_time = 0.0
    for batch, sample in zip(batches, [*chunks(single, per_batch), *[[]] * len(batches)]):
        started = time.perf_counter()
        backend.write(Batch([], [], batch))
        batched_time += time.perf_counter() - started
        started = time.perf_counter()
        write_one_by_one(backend, by_id, sample)
        single_time += time.perf_counter() - started
    return batched_time, single_time


def load_embedded(actors, sources, claims, size: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        store = EmbeddedBackend(Path(folder) / "bench.db")
        started = time.perf_counter()
        store.write(Batch(list(actors), list(sources), []))
        for batch in chunks(claims, size):
            store.write(Batch([], [], batch))
        elapsed = time.perf_counter() - started
        assert store.counts().relations == len(claims)
        store.close()
    return elapsed


def bare_create_rate(backend: Neo4jBackend, claims: list[Claim], size: int) -> float:
    """Claim-sized nodes per second that this server takes with nothing else to do: a plain
    UNWIND ... CREATE, no index, no relationship, no read. The ceiling any loader can reach here."""
    rows = [{k: v for k, v in c.to_dict().items() if k != "properties"} for c in claims]
    started = time.perf_counter()
    with backend._session() as session:
        for start in range(0, len(rows), size):
            session.execute_write(lambda tx, chunk=rows[start:start + size]: tx.run(
                "UNWIND $rows AS row CREATE (c:DiplographBenchScratch) SET c = row", rows=chunk).consume())
    elapsed = time.perf_counter() - started
    with backend._session() as session:
        while session.execute_write(lambda tx: tx.run(
                "MATCH (c:DiplographBenchScratch) WITH c LIMIT 10000 DELETE c RETURN count(*) AS n").single()["n"]):
            pass
    return len(rows) / elapsed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--relations", type=int, default=100_000)
    parser.add_argument("--states", type=int, default=2_000)
    parser.add_argument("--batch", type=int, default=5_000, help="relations per batched write (one transaction)")
    parser.add_argument("--sample", type=int, default=5_000, help="relations loaded one query at a time")
    args = parser.parse_args(argv)
    sample_size = min(args.sample, args.relations)

    actors, sources, claims = synthetic(args.relations + sample_size, args.states)
    batched, single = claims[:args.relations], claims[args.relations:]
    print(f"{len(batched):,} synthetic relations between {len(actors):,} states, one claim each, loaded in "
          f"batches of {args.batch:,}; interleaved with them, {len(single):,} other relations loaded one "
          "query (one transaction) at a time")

    backend = Neo4jBackend.from_settings()
    try:
        backend.clear()
        batched_time, single_time = load_interleaved(backend, actors, sources, batched, single, args.batch)
        counts = backend.counts()
        assert counts.relations == counts.claims == len(claims), counts
        backend.clear()
        ceiling = bare_create_rate(backend, batched, args.batch)
    finally:
        backend.close()
    embedded_time = load_embedded(actors, sources, batched, args.batch)

    batched_rate, single_rate = len(batched) / batched_time, len(single) / single_time
    print(f"neo4j, batched UNWIND writes:   {batched_time:8.1f} s  {batched_rate:10,.0f} relations/s")
    note = "" if len(single) == len(batched) else (
        f"  (measured on {len(single):,}; {len(batched):,} would take about "
        f"{len(batched) / single_rate:,.0f} s: EXTRAPOLATED)")
    print(f"neo4j, one query per relation:  {single_time:8.1f} s  {single_rate:10,.0f} relations/s{note}")
    print(f"embedded SQLite, same batches:  {embedded_time:8.1f} s  {len(batched) / embedded_time:10,.0f} relations/s")
    print(f"neo4j ceiling on this machine now: a bare UNWIND CREATE of claim-sized nodes (no index, no "
          f"relationship) runs at {ceiling:,.0f} nodes/s")
    ratio = batched_rate / single_rate
    print(f"batched / one query per relation: {ratio:.1f}x (target >= {TARGET_RATIO}x: "
          f"{'met' if ratio >= TARGET_RATIO else 'MISSED'}); batched {batched_rate:,.0f} relations/s "
          f"(target >= {TARGET_RATE:,}: {'met' if batched_rate >= TARGET_RATE else 'MISSED'})")
    return 0 if ratio >= TARGET_RATIO and batched_rate >= TARGET_RATE else 1


if __name__ == "__main__":
    sys.exit(main())
