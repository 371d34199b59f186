"""``diplograph push --bulk`` against the test Neo4j server: the import tool builds the same
database, node for node and property for property, as the incremental push, and every actor
shows the same.

These tests stop and start the server that ``scripts/neo4j.sh`` runs (the import needs the
database stopped); they are skipped when the server under test is not that one.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.graph.backends.embedded import EmbeddedBackend
from diplograph.graph.curation import new_record
from diplograph.graph.model import Actor, Claim, Source
from diplograph.graph.trust import fingerprint
from diplograph.queries.example import example_actors, example_claims, example_sources

pytestmark = pytest.mark.neo4j
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "neo4j.sh"


@pytest.fixture
def managed(empty_neo4j):
    """The test server, if scripts/neo4j.sh runs it (the bulk import stops and starts it)."""
    status = subprocess.run(["bash", str(SCRIPT), "status"], capture_output=True, text=True)
    port = os.environ.get("DIPLOGRAPH_NEO4J_BOLT_PORT", "7687")
    if status.returncode != 0 or f"127.0.0.1:{port}" not in empty_neo4j["uri"]:
        pytest.skip("the Neo4j under test is not the server scripts/neo4j.sh runs here")
    return empty_neo4j


@pytest.fixture
def store(tmp_path, sample):
    """The sample graph and the example graph in one store, with a merge and a curation record."""
    path = tmp_path / "graph.db"
    backend = EmbeddedBackend(path)
    short = Actor.new("S. Mirzo", "person")
    batch = sample.batch()
    batch.actors += [short, *example_actors()]
    batch.sources += example_sources()
    batch.claims += [Claim(short.id, "SUPPORT", "state:IRN", sample.dataset.id, evidence='a "quoted"\nline'),
                     *example_claims()]
    story = fingerprint(" ".join(f"word{i} about drones and borders number {i}" for i in range(40)))
    copies = [Source(f"src:copy-{i}", title=f"Copy {i}", fingerprint=story) for i in (1, 2)]  # one story twice
    batch.sources += copies
    batch.claims += [Claim("state:IRN", "ARMS_TRANSFER", "state:TJK", s.id, date="2023") for s in copies]
    backend.write(batch)
    backend.merge(sample.minister.id, short.id)
    claim = backend.claims()[0]
    backend.record_curations([new_record("note", claim.id, {"text": "checked"}, who="ana", claim=claim)])
    backend.grade_publisher("Example Wire", "B")
    backend.close()
    return path


def run(settings, *args):
    options = ["--neo4j-uri", settings["uri"], "--neo4j-user", settings["user"],
               "--neo4j-password", settings["password"], "--neo4j-database", settings["database"]]
    return CliRunner().invoke(cli, [*options, *args])


def database(settings) -> dict:
    """Every node (labels, properties) and relationship (type, ends, properties) of the database."""
    import neo4j

    with neo4j.GraphDatabase.driver(settings["uri"], auth=(settings["user"], settings["password"])) as driver:
        with driver.session(database=settings["database"]) as session:
            nodes = session.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props").data()
            links = session.run("MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS props, "
                                "coalesce(a.id, a.drop_id) AS a, coalesce(b.id, b.drop_id) AS b").data()
    clean = lambda props: {k: v for k, v in props.items() if k not in ("merged_at", "graded_at") and v != []}  # noqa: E731
    return {"nodes": sorted(json.dumps([sorted(n["labels"]), clean(n["props"])], sort_keys=True) for n in nodes),
            "links": sorted(json.dumps([l["type"], l["a"], l["b"], l["props"]], sort_keys=True) for l in links)}


def test_a_bulk_push_builds_the_database_an_incremental_push_builds(managed, store):
    bulk = run(managed, "--store", str(store), "push", "--bulk")
    assert bulk.exit_code == 0, bulk.output
    assert "in bulk: Neo4j holds" in bulk.output and "import tool" in bulk.output
    embedded = EmbeddedBackend(store)
    actors = [a.id for a in embedded.actors()]
    embedded.close()
    shown = {a: run(managed, "--backend", "neo4j", "show", a, "--format", "json").output for a in actors}
    after_bulk = database(managed)

    copied = [json.loads(l) for l in after_bulk["links"] if l.startswith('["ARMS_TRANSFER", "state:IRN", "state:TJK"')]
    assert [(l[3]["n_claims"], l[3]["n_sources"]) for l in copied] == [(2, 1)]  # copies of one story: one source

    incremental = run(managed, "--store", str(store), "push", "--replace")
    assert incremental.exit_code == 0, incremental.output
    assert database(managed) == after_bulk
    for actor in actors:
        on_embedded = CliRunner().invoke(cli, ["--store", str(store), "show", actor, "--format", "json"]).output
        assert shown[actor] == on_embedded, actor


def test_a_bulk_push_refuses_to_overwrite_a_database_that_holds_nodes(managed, store):
    assert run(managed, "--store", str(store), "push").exit_code == 0
    refused = run(managed, "--store", str(store), "push", "--bulk")
    assert refused.exit_code == 1
    assert "add --replace to overwrite them all, or push without --bulk" in refused.output
