"""How fast relations load into Neo4j: batched UNWIND writes against one query per relation.

    scripts/neo4j.sh start
    DIPLOGRAPH_NEO4J_PASSWORD=diplograph-dev .venv/bin/python bench/neo4j_ingest.py

Loads the same synthetic relations (default 100,000: one claim each, between 2,000 states,
over the predicates the ontology allows between states) three ways, in one run:

1. batched: ``Neo4jBackend.write`` with batches of ``--batch`` relations (UNWIND + MERGE,
   one managed transaction per batch), the way ``diplograph ingest`` and ``push`` write;
2. one query per relation: one statement building the same nodes and relationships, in its
   own managed transaction, for a sample of ``--sample`` relations; the time for all of them
   is extrapolated from that sample (and said so in the output) unless ``--sample`` equals
   ``--relations``;
3. the embedded SQLite store, with the same batches, as a reference.

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


def batches(actors, sources, claims, size: int):
    yield Batch(list(actors), list(sources), [])
    for start in range(0, len(claims), size):
        yield Batch([], [], claims[start:start + size])


def load_batched(backend, actors, sources, claims, size: int) -> float:
    started = time.perf_counter()
    for batch in batches(actors, sources, claims, size):
        backend.write(batch)
    return time.perf_counter() - started


def load_one_by_one(backend: Neo4jBackend, actors: dict[str, Actor], claims: list[Claim]) -> float:
    """One statement per relation, in its own transaction: actors, source, claim, links and the
    typed relationship, the same shape as the batched writer produces."""
    label = actor_label("state")
    started = time.perf_counter()
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
    return time.perf_counter() - started


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--relations", type=int, default=100_000)
    parser.add_argument("--states", type=int, default=2_000)
    parser.add_argument("--batch", type=int, default=5_000, help="relations per batched write (one transaction)")
    parser.add_argument("--sample", type=int, default=5_000, help="relations loaded one query at a time")
    args = parser.parse_args(argv)
    sample_size = min(args.sample, args.relations)

    actors, sources, claims = synthetic(args.relations, args.states)
    by_id = {a.id: a for a in actors}
    print(f"{len(claims):,} synthetic relations between {len(actors):,} states, one claim each")

    backend = Neo4jBackend.from_settings()
    try:
        backend.clear()
        batched = load_batched(backend, actors, sources, claims, args.batch)
        counts = backend.counts()
        assert counts.relations == len(claims), counts
        batched_rate = len(claims) / batched
        print(f"neo4j, batched ({args.batch:,} per transaction): {batched:8.1f} s  {batched_rate:10,.0f} relations/s")

        backend.clear()
        one_by_one = load_one_by_one(backend, by_id, claims[:sample_size])
        assert backend.counts().claims == sample_size
        single_rate = sample_size / one_by_one
        if sample_size < len(claims):
            print(f"neo4j, one query per relation: {one_by_one:8.1f} s for a sample of {sample_size:,}"
                  f"  {single_rate:10,.0f} relations/s  (EXTRAPOLATED: {len(claims) / single_rate:,.0f} s "
                  f"for all {len(claims):,})")
        else:
            print(f"neo4j, one query per relation: {one_by_one:8.1f} s  {single_rate:10,.0f} relations/s")
        backend.clear()
    finally:
        backend.close()

    with tempfile.TemporaryDirectory() as folder:
        embedded = EmbeddedBackend(Path(folder) / "bench.db")
        embedded_time = load_batched(embedded, actors, sources, claims, args.batch)
        assert embedded.counts().relations == len(claims)
        embedded.close()
    print(f"embedded SQLite, same batches:  {embedded_time:8.1f} s  {len(claims) / embedded_time:10,.0f} relations/s")

    ratio = batched_rate / single_rate
    print(f"batched / one query per relation: {ratio:.1f}x "
          f"(target >= {TARGET_RATIO}x: {'met' if ratio >= TARGET_RATIO else 'MISSED'}); "
          f"batched {batched_rate:,.0f} relations/s (target >= {TARGET_RATE:,}: "
          f"{'met' if batched_rate >= TARGET_RATE else 'MISSED'})")
    return 0 if ratio >= TARGET_RATIO and batched_rate >= TARGET_RATE else 1


if __name__ == "__main__":
    sys.exit(main())
