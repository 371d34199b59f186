"""Commands for the Neo4j backend: push (copy the embedded store into Neo4j) and cypher.

Both connect with the global Neo4j options (``--neo4j-uri`` ... or ``DIPLOGRAPH_NEO4J_*``);
see ``docs/neo4j.md``. Every other command reaches Neo4j with ``--backend neo4j``.
"""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from diplograph.cli.main import cli
from diplograph.graph.model import Batch

ROWS_PER_BATCH = 2_000


def _neo4j(settings):
    from diplograph.graph.backends.neo4j import Neo4jBackend

    return Neo4jBackend.from_settings(**settings.neo4j)


def push_store(source, target, *, replace: bool = False, progress: Progress | None = None):
    """Copy every actor, source, claim, merge and curation record and publisher grade of ``source`` into ``target`` (a
    Neo4jBackend, or any backend with ``record_merges`` when ``source`` has merges).

    Idempotent: ids are deterministic, so pushing twice leaves ``target`` as after the first
    push. Returns the rejected claims (claims the current ontology no longer accepts).

    >>> import os, tempfile
    >>> from diplograph.graph.backends.embedded import EmbeddedBackend
    >>> from diplograph.graph.model import Actor, Claim
    >>> folder = tempfile.mkdtemp()
    >>> a, b = EmbeddedBackend(os.path.join(folder, "a.db")), EmbeddedBackend(os.path.join(folder, "b.db"))
    >>> _ = a.write(Batch([Actor.new("A", "state"), Actor.new("B", "state")], [], [Claim("state:a", "BORDERS", "state:b", "s")]))
    >>> push_store(a, b)
    []
    >>> b.counts() == a.counts()
    True
    """
    if replace:
        target.clear()
    merges = source.merges()
    if merges:  # first, so that anything written meanwhile is redirected too
        target.record_merges(merges)
    for publisher, grade in source.publisher_grades().items():
        target.grade_publisher(publisher, grade)
    actors, sources = source.actors(), source.sources()
    task = progress.add_task("push", total=len(actors) + len(sources) + source.counts().claims) if progress else None
    rejected = []
    for kind, chunks in (("actors", _chunked(actors)), ("sources", _chunked(sources)),
                         ("claims", _claims_by_relation(source))):
        if progress:
            progress.update(task, description=f"pushing {kind}")
        for chunk in chunks:
            report = target.write(Batch(**{kind: chunk}), strict=False)
            rejected.extend(report.rejected)
            if progress:
                progress.update(task, advance=len(chunk))
    curations = source.curations()
    if curations:  # the analysts' records, undone ones too: Neo4j applies them on every read
        target.record_curations(curations)
    return rejected


def _chunked(items: list, size: int = ROWS_PER_BATCH):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _claims_by_relation(source):
    """The claims of ``source`` in lists of :data:`ROWS_PER_BATCH`, those of one relation one
    after the other where the store can give them so (the embedded store: its pair index).
    Each batch then touches a relation once, mostly: Neo4j's writer reads a relation's stored
    claims and sets its relationship again for every batch that adds to it, and claims in id
    order (random) spread every relation over all the batches."""
    in_order = getattr(source, "claims_in_relation_order", None)
    if in_order is None:
        yield from _chunked(source.claims())
    else:
        yield from in_order(ROWS_PER_BATCH)


@cli.command()
@click.option("--replace", is_flag=True, help="Empty the Neo4j graph first (diplograph's nodes only; with --bulk, "
                                               "the whole database).")
@click.option("--bulk", is_flag=True, help="Load a big store fast with neo4j-admin's import tool: the server is "
                                           "stopped, the database rebuilt from the store, the server started again.")
@click.pass_obj
def push(settings, replace, bulk):
    """Copy the embedded store into Neo4j.

    Reads the store given by --store (or DIPLOGRAPH_STORE) and writes every actor, source,
    claim, merge and curation record (diplograph review) into the Neo4j server of the
    --neo4j-* options. Pushing again changes
    nothing; --replace first deletes what diplograph stored in Neo4j.

    --bulk is for an empty database (or, with --replace, one to overwrite whole) on the server
    that scripts/neo4j.sh runs on this computer: the store is written as CSV files beside it,
    `neo4j-admin database import full` builds the database from them, and the server comes back
    with the same graph an incremental push gives, in a fraction of the time past a few hundred
    thousand claims.

    \b
    Examples:
      diplograph push
      diplograph --store team.db --neo4j-uri bolt://127.0.0.1:7687 push --replace
      diplograph --store events.db push --bulk
    """
    from diplograph.graph.backends.embedded import EmbeddedBackend

    if bulk:
        _push_bulk(settings, replace)
        return
    source = EmbeddedBackend(settings.store, busy_timeout=settings.busy_timeout)
    target = _neo4j(settings)
    err = Console(stderr=True, highlight=False)
    try:
        columns = (TextColumn("{task.description:<16}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns, console=err, disable=not err.is_terminal, transient=True) as progress:
            rejected = push_store(source, target, replace=replace, progress=progress)
        counts = target.counts()
    finally:
        source.close()
        target.close()
    for claim, reason in rejected:
        click.echo(f"rejected: {claim.subject} {claim.predicate} {claim.object}: {reason}", err=True)
    click.echo(f"Pushed {source.path} to {target.uri}: Neo4j holds {counts.actors} actors, "
               f"{counts.relations} relations, {counts.claims} claims, {counts.sources} sources.")


def _push_bulk(settings, replace: bool) -> None:
    """``push --bulk``: export, import (server stopped and started again), then schema and records."""
    import shutil
    import time

    from diplograph.errors import BackendError
    from diplograph.graph.backends.embedded import EmbeddedBackend
    from diplograph.graph.bulk import export_csv, run_import

    target = _neo4j(settings)
    try:
        [row] = target._read("MATCH (n) RETURN count(n) AS n")
    finally:
        target.close()
    if row["n"] and not replace:
        raise BackendError(f"push --bulk builds the whole database anew and Neo4j holds {row['n']} nodes: "
                           "add --replace to overwrite them all, or push without --bulk")
    source = EmbeddedBackend(settings.store, busy_timeout=settings.busy_timeout)
    err = Console(stderr=True, highlight=False)
    timings = {}
    try:
        started = time.perf_counter()
        total = source.counts().claims
        columns = (TextColumn("{task.description:<16}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns, console=err, disable=not err.is_terminal, transient=True) as progress:
            task = progress.add_task("writing CSV", total=total)
            report = export_csv(source, source.path.with_name(source.path.name + ".bulk"),
                                progress=lambda n: progress.update(task, advance=n))
        timings["export"] = time.perf_counter() - started
        merges, curations, grades = source.merges(), source.curations(), source.publisher_grades()
    finally:
        source.close()
    started = time.perf_counter()
    err.print("importing: the Neo4j server stops, the database is rebuilt, the server starts again")
    timings["import tool"] = run_import(report)
    timings["import and restart"] = time.perf_counter() - started
    started = time.perf_counter()
    target = _neo4j(settings)  # creates the constraints and indexes, and waits for them
    try:
        if merges:
            target.record_merges(merges)
        for publisher, grade in grades.items():
            target.grade_publisher(publisher, grade)
        if curations:
            target.record_curations(curations)
        counts = _imported_counts(target)
    finally:
        target.close()
    timings["indexes and records"] = time.perf_counter() - started
    shutil.rmtree(report.folder, ignore_errors=True)
    for claim, reason in report.rejected:
        click.echo(f"rejected: {claim.subject} {claim.predicate} {claim.object}: {reason}", err=True)
    click.echo(f"Pushed {source.path} to {target.uri} in bulk: Neo4j holds {counts.actors} actors, "
               f"{counts.relations} relations, {counts.claims} claims, {counts.sources} sources.")
    click.echo("Took " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in timings.items()) + ".")


def _imported_counts(target):
    """What an imported database holds, from Neo4j's count store (no scan): the import wrote one
    typed relationship between actors per relation, so counting those counts the relations
    (``counts()`` reads every claim for them: a minute at a million claims)."""
    from diplograph.graph.model import Counts

    [row] = target._read("CALL () { MATCH (a:Actor) RETURN count(a) AS actors } "
                         "CALL () { MATCH (s:Source) RETURN count(s) AS sources } "
                         "CALL () { MATCH (c:Claim) RETURN count(c) AS claims } "
                         "CALL () { MATCH (:Actor)-[r]->() RETURN count(r) AS relations } "
                         "RETURN actors, sources, claims, relations")
    return Counts(actors=row["actors"], relations=row["relations"], claims=row["claims"], sources=row["sources"])


def _param(ctx, option, values):
    parameters = {}
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name.isidentifier():
            raise click.BadParameter(f"{value!r}: use NAME=VALUE (VALUE is read as JSON if it parses, else as text)")
        try:
            parameters[name] = json.loads(text)
        except ValueError:
            parameters[name] = text
    return parameters


@cli.command()
@click.argument("query")
@click.option("--param", "-p", "parameters", multiple=True, callback=_param, metavar="NAME=VALUE",
              help="A query parameter ($NAME in the query); repeat for more.")
@click.option("--write", is_flag=True, help="Allow a query that writes (refused otherwise).")
@click.option("--allow-load", is_flag=True, help="Allow LOAD CSV and procedures that read files on the server "
              "or fetch URLs, such as apoc.load.json (refused otherwise).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_obj
def cypher(settings, query, parameters, write, allow_load, fmt):
    """Run a Cypher query on the Neo4j graph and print the rows.

    Read-only by default: the server plans the query first and a query that would write is
    refused unless --write is given; one that would read files or URLs (LOAD CSV, apoc.load.*)
    unless --allow-load is given. Pass values as parameters rather than pasting them in.

    \b
    Examples:
      diplograph cypher "MATCH (a:State)-[r:ARMS_TRANSFER]->(b) RETURN a.name, b.name, r.n_sources"
      diplograph cypher "MATCH (a:Actor {name: \\$name})--(b) RETURN b.name" -p name=Iran --format json
    """
    backend = _neo4j(settings)
    try:
        result = backend.query(query, parameters, write=write, allow_load=allow_load)
    finally:
        backend.close()
    if fmt == "json":
        rows = [dict(zip(result.keys, (plain(v) for v in row))) for row in result.rows]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    table = Table(*result.keys, show_lines=False)
    for row in result.rows:
        # Text() keeps database strings literal: "[bold]" in a name is not console markup
        table.add_row(*(Text(_cell(value)) for value in row))
    out = Console(highlight=False, soft_wrap=False)
    if result.keys:
        out.print(table)
    changes = {k: v for k, v in vars(result.counters).items() if isinstance(v, int) and v and not k.startswith("_")}
    summary = f"{len(result.rows)} row(s)" + (", " + ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in changes.items())
                                               if changes else "")
    click.echo(summary, err=True)


def plain(value):
    """A query result value as JSON-ready Python: nodes and relationships become dicts."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"labels": sorted(value.labels), "properties": {k: plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"type": value.type, "start": value.start_node.get("id") if value.start_node else None,
                "end": value.end_node.get("id") if value.end_node else None,
                "properties": {k: plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return {"nodes": [plain(n) for n in value.nodes], "relationships": [plain(r) for r in value.relationships]}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)  # temporal and spatial values


def _cell(value) -> str:
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)
