"""Commands over the stored graph: demo, ingest, actors, show, merge, stats, export."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from diplograph.cli.main import cli
from diplograph.cleantext import printable
from diplograph.exports import FORMATS, export_text, relation_record, write_export
from diplograph.graph.model import RelationSummary
from diplograph.graph.ontology import load_ontology
from diplograph.graph.trust import Grade
from diplograph.loaders.budget import MAX_CHARS, TIME_BUDGET, Limits

FORMAT_OPTION = click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
                             show_default=True, help="Output as a table or as JSON.")


def console() -> Console:
    return Console(highlight=False, soft_wrap=True)



@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--quiet", "-q", is_flag=True, help="Print only errors and warnings.")
@click.option("--max-chars", type=click.IntRange(min=1), envvar="DIPLOGRAPH_MAX_CHARS", metavar="N",
              help=f"Read at most N characters of one article [env DIPLOGRAPH_MAX_CHARS; default {MAX_CHARS:,}].")
@click.option("--time-budget", type=click.FloatRange(min=0, min_open=True), envvar="DIPLOGRAPH_TIME_BUDGET",
              metavar="SECONDS", help="Stop reading one article after SECONDS [env DIPLOGRAPH_TIME_BUDGET; "
                                      f"default {TIME_BUDGET:g}].")
@click.option("--follow-links", is_flag=True, help="Follow symbolic links that lead out of a folder given "
              "(by default they are reported and not read).")
@click.pass_obj
def ingest(settings, paths, quiet, max_chars, time_budget, follow_links):
    """Load articles, curated facts and datasets into the graph.

    PATHS are files or folders (read recursively; hidden files, and symbolic links that lead
    out of the folder, are left out). Articles: .txt .md .html .pdf.
    Curated facts: .csv (header: subject,predicate,object[,date,end_date,modality,source,
    evidence,subject_type,object_type,confidence,weapon,role]) or .yaml (see docs/curated.md).

    A curated file with one bad row is rejected whole; a bad file never stops the others.
    Loading the same file twice changes nothing.

    A folder's manifest (an INDEX.md table, or a CSV or YAML file, with a `file` column and
    title, author, publisher, date, url or reliability columns) describes the files beside it;
    it is read as metadata, never as an article (see `diplograph sources`).

    Each article has a budget: past --max-chars characters or --time-budget seconds the rest
    of it is not read, and a warning names it (see docs/limits.md).

    \b
    Examples:
      diplograph ingest facts.csv
      diplograph ingest reports/ briefs/iran.md
      diplograph ingest --time-budget 600 --max-chars 2000000 long-report.pdf
    """
    graph = settings.graph
    before = graph.counts()
    limits = Limits(max_chars or MAX_CHARS, time_budget or TIME_BUDGET)
    report = graph.ingest(*paths, progress=not quiet and sys.stderr.isatty(), limits=limits, follow_links=follow_links)
    after = graph.counts()
    for error in report.errors:  # file names are anyone's text: printed with their escapes visible
        click.echo(f"error: {printable(error)}", err=True)
    for warning in report.warnings:
        click.echo(f"warning: {printable(warning)}", err=True)
    if not quiet:
        for skipped in report.skipped:
            click.echo(f"skipped: {printable(skipped)}", err=True)
        for note in report.notes:
            click.echo(f"note: {printable(note)}", err=True)
        for described in report.manifests:
            click.echo(printable(f"Metadata from {described}: read as a manifest, not as an article."))
        reasons: dict[str, int] = {}
        for _, reason in report.rejected:
            reasons[reason] = reasons.get(reason, 0) + 1
        click.echo(f"Read {report.documents} document(s) from {report.files} file(s): "
                   f"{after.actors - before.actors:+d} actors, {after.relations - before.relations:+d} relations, "
                   f"{report.claims} new claim(s), {after.sources - before.sources:+d} sources.")
        if reasons:
            click.echo(f"Rejected {len(report.rejected)} claim(s):")
            for reason, count in sorted(reasons.items(), key=lambda kv: -kv[1]):
                click.echo(f"  {count:4d} x {reason}")
        click.echo(f"Graph: {after.actors} actors, {after.relations} relations, {after.sources} sources.")
    if report.errors:
        sys.exit(1)


@cli.command()
@click.option("--type", "type_", type=click.Choice(sorted(load_ontology().actor_types)), help="Only this actor type.")
@click.option("--search", "-s", help="Only actors whose name or alias contains this text.")
@FORMAT_OPTION
@click.pass_obj
def actors(settings, type_, search, fmt):
    """List actors, with their type, relation count and aliases.

    \b
    Examples:
      diplograph actors --type state
      diplograph actors --search bayraktar --format json
    """
    graph = settings.graph
    found = graph.actors(type=type_, search=search)
    degree = graph.degrees()
    if fmt == "json":
        click.echo(json.dumps([{**a.to_dict(), "relations": degree.get(a.id, 0)} for a in found],
                              ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{len(found)} actor(s)")
    for column in ("name", "type", "relations", "id", "aliases"):
        table.add_column(column, overflow="fold")
    for a in sorted(found, key=lambda a: (-degree.get(a.id, 0), a.name)):
        table.add_row(_escape(a.name), a.type, str(degree.get(a.id, 0)), _escape(a.id),
                      _escape(", ".join(a.aliases[:6]) + (" …" if len(a.aliases) > 6 else "")))
    console().print(table)


@cli.command()
@click.argument("actor")
@click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True,
              help="Relations shown (0: all of them).")
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
              help="Relations passed over first: --offset 100 shows the second page of 100.")
@click.option("--claims", "claims_shown", type=click.IntRange(min=0), default=20, show_default=True,
              help="Claims listed under each relation, the oldest first (0: all of them).")
@FORMAT_OPTION
@click.pass_obj
def show(settings, actor, limit, offset, claims_shown, fmt):
    """Show an actor's relations, each with its evidence, sources and modality.

    ACTOR is a name, alias, demonym, capital or id ("Tajikistan", "Dushanbe", "state:TJK").
    An actor with many relations (a state in event data) is shown a page at a time, each
    relation with its first claims and the counts of all of them.

    Each relation has its Admiralty grade: the reliability of its best source (A-F, see
    `diplograph grade`) and the credibility of the information (1 confirmed by independent
    sources ... 6 cannot be judged); each claim the reliability of its source.

    \b
    Examples:
      diplograph show Tajikistan
      diplograph show "Human Rights Watch" --format json
      diplograph show "United States" --offset 100 --claims 3     the second page of a hub
    """
    graph = settings.graph
    found = graph.actor(actor)
    total, relations = graph.relations_page(found.id, offset=offset, limit=limit or None, claims=claims_shown or None)
    curations = graph.curations
    actors_by_id, sources = graph.records_of(relations)
    trust = graph.trust()
    records = [relation_record(r, actors_by_id, sources, curations, trust) for r in relations]
    for record, relation in zip(records, relations):
        record.update({"n_claims": relation.n_claims} if isinstance(relation, RelationSummary) else {})
    if graph.min_grade:  # --min-grade: the relations graded that or better
        records = [r for r in records if Grade.parse(r["grade"]).meets(Grade.parse(graph.min_grade))]
    page = {"relations": total, "offset": offset, "shown": len(relations)} if len(relations) < total else None
    rejected = [(c, r) for c, r in curations.rejected if found.id in (curations.resolve(c.subject), curations.resolve(c.object))]
    if fmt == "json":
        cited = sorted({c["source_id"] for r in records for c in r["claims"]} & set(sources))
        payload = {"actor": found.to_dict(), "relations": records,
                   "rejected": [{"claim_id": c.id, "subject": c.subject, "predicate": c.predicate, "object": c.object,
                                 "evidence": c.evidence, "curation": r.id, "who": r.who, "at": r.at, "why": r.why}
                                for c, r in rejected],
                   "notes": [r.to_dict() for r in curations.notes.get(found.id, [])],
                   "sources": {sid: {**sources[sid].to_dict(), "label": sources[sid].label,
                                     "reliability": trust.reliability[sid], "group": trust.group(sid)}
                               for sid in cited}}
        for described in payload["sources"].values():
            described.pop("fingerprint")
        if page:
            payload["page"] = page
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True))
        return
    onto = load_ontology()
    out = console()
    out.print(f"[bold]{_escape(found.name)}[/bold] ({found.type}, {_escape(found.id)})")
    if found.aliases:
        out.print(f"also: {_escape(', '.join(found.aliases))}")
    for note in curations.notes.get(found.id, []):
        out.print(f"[yellow]note[/yellow] ({_escape(note.who)}, {note.at[:10]}): {_escape(note.fields['text'])}")
    if not records:
        out.print("No relations yet.")
        return
    for record in records:
        label = onto.predicate(record["predicate"]).label
        out.print(f"\n[bold]{_escape(record['subject']['name'])}[/bold] {label} "
                  f"[bold]{_escape(record['object']['name'])}[/bold]"
                  f"  [dim]{record['predicate']} · {record['modality']} · grade {record['grade']} · "
                  f"{record['n_sources']} independent source(s)"
                  f"{' · ' + record['date'] if record['date'] else ''}[/dim]")
        for claim in record["claims"]:
            source = sources.get(claim["source_id"])
            cite = source.label if source else claim["source_id"]
            when = f" {claim['date']}" if claim["date"] else ""
            covered = f" · data end {source.coverage_end}" if source and source.coverage_end else ""
            out.print(f"  [dim]- {claim['modality']}{when} · {trust.reliability.get(claim['source_id'], 'F')} · {_escape(cite)}{covered}"
                      f"{' · ' + _escape(source.url) if source and source.url and source.url != cite else ''}[/dim]")
            if claim["evidence"]:
                out.print(f"    “{_escape(claim['evidence'])}”")
            for mark in claim.get("curation", []):
                out.print(f"    [yellow]{_escape(review_mark(mark))}[/yellow]")
        if record.get("n_claims", 0) > len(record["claims"]):
            out.print(f"  [dim]… and {record['n_claims'] - len(record['claims']):,} more claim(s) "
                      f"(--claims 0 lists them all)[/dim]")
    if page:
        last = offset + len(records)
        out.print(f"\n[dim]relations {offset + 1:,}–{last:,} of {total:,}"
                  + (f"; the next page: --offset {last}" if last < total else "") + "; all: --limit 0[/dim]")
    if rejected:
        out.print(f"\n[dim]{len(rejected)} rejected claim(s) left out; `diplograph review list` shows them[/dim]")


def review_mark(record: dict) -> str:
    """One line on an analyst's act, for the claims ``show`` and ``evidence`` print:
    '✓ confirmed by ana 2026-01-05', '✎ corrected predicate=CO_PRODUCTION by ana 2026-01-05: a factory'."""
    act, fields = record["act"], record.get("fields") or {}
    what = {"confirm": "✓ confirmed", "reject": "✗ rejected", "note": "note"}.get(act) or (
        "✎ corrected " + ", ".join(f"{k}={v or '(none)'}" for k, v in sorted(fields.items())))
    if act == "note":
        what = f"note: {fields.get('text', '')}"
    why = f": {record['why']}" if record.get("why") else ""
    return f"{what} by {record['who']} {record['at'][:10]}{why} [{record['id']}]"


@cli.command()
@click.argument("keep")
@click.argument("drop")
@click.pass_obj
def merge(settings, keep, drop):
    """Merge actor DROP into actor KEEP (its relations and names move to KEEP).

    The merge is recorded in the store, so it holds when the same sources are loaded again.

    \b
    Example:
      diplograph merge "Turkish Aerospace" "TUSAS"
    """
    kept, dropped = settings.graph.merge(keep, drop)
    click.echo(printable(f"Merged {dropped.name} ({dropped.id}) into {kept.name} ({kept.id})."))


@cli.command()
@FORMAT_OPTION
@click.pass_obj
def stats(settings, fmt):
    """Counts of actors, relations, claims and sources, by type and predicate."""
    graph = settings.graph
    counts = graph.counts()
    by_type, by_predicate = graph.census()
    payload = {**counts.to_dict(), "actor_types": dict(sorted(by_type.items())),
               "predicates": dict(sorted(by_predicate.items())), "backend": repr(graph.backend)}
    if fmt == "json":
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    click.echo(f"{graph.backend!r}")
    click.echo(f"{counts.actors} actors, {counts.relations} relations ({counts.claims} claims), {counts.sources} sources")
    for title, mapping in (("actor types", by_type), ("predicates", by_predicate)):
        table = Table(title=title)
        table.add_column("name")
        table.add_column("count", justify="right")
        for name, count in sorted(mapping.items(), key=lambda kv: (-kv[1], kv[0])):
            table.add_row(name, str(count))
        console().print(table)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: standard output).")
@click.option("--raw-csv", is_flag=True,
              help="CSV: write cells exactly as stored, formulas included (for programs, not spreadsheets).")
@click.pass_obj
def export(settings, fmt, out, raw_csv):
    """Export the whole graph: JSON Lines, GraphML, GEXF, CSV or a Cypher script.

    CSV cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a
    carriage return, like =HYPERLINK(...) quoted from a source) get a leading apostrophe, so
    they open as text; numbers are untouched. `ingest` removes the apostrophe again, so the
    file still round-trips; --raw-csv writes the cells as stored.

    \b
    Examples:
      diplograph export --format jsonl --out graph.jsonl
      diplograph export --format gexf --out graph.gexf      # for Gephi
      diplograph export --format csv > facts.csv             # opens in a spreadsheet; loads again with `ingest`
      diplograph export --format cypher --out graph.cypher  # then: cypher-shell -f graph.cypher
    """
    if out:
        path = write_export(settings.graph, fmt, out, spreadsheet_safe=not raw_csv)
        click.echo(f"Wrote {path}", err=True)
    else:
        sys.stdout.write(export_text(settings.graph, fmt, spreadsheet_safe=not raw_csv))


@cli.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("diplograph-demo"),
              show_default=True, help="Folder for the demo store and map.")
@click.pass_context
def demo(ctx, out_dir):
    """Build the example graph of Central Asian drone diplomacy, write its map, print a summary.

    Uses only data bundled with diplograph (curated facts and short analyst briefs, each
    citing its public sources) and writes a fresh store each time.

    \b
    Example:
      diplograph demo --out /tmp/demo && diplograph --store /tmp/demo/graph.db show Iran
    """
    from diplograph.core import DiploGraph
    from diplograph.explore.map import write_map

    out_dir.mkdir(parents=True, exist_ok=True)
    store = out_dir / "graph.db"
    for leftover in (store, Path(f"{store}-wal"), Path(f"{store}-shm")):
        leftover.unlink(missing_ok=True)
    examples = resources.files("diplograph.examples")
    with resources.as_file(examples) as folder, DiploGraph.open(store=store) as graph:
        report = graph.ingest(folder / "central_asia_drones.csv", folder / "briefs", progress=sys.stderr.isatty())
        map_path = write_map(graph.nx, out_dir / "map.html", title="Central Asian drone diplomacy (diplograph demo)")
        counts = graph.counts()
        degree = sorted(graph.nx.degree(), key=lambda kv: (-kv[1], kv[0]))[:5]
        names = [f"{graph.nx.nodes[n]['name']} ({d})" for n, d in degree]
    for error in report.errors:
        click.echo(f"warning: {printable(error)}", err=True)
    click.echo("diplograph demo: Central Asian drone diplomacy")
    click.echo(f"  actors:    {counts.actors}")
    click.echo(f"  relations: {counts.relations} ({counts.claims} claims)")
    click.echo(f"  sources:   {counts.sources}")
    click.echo(f"  most connected: {', '.join(names)}")
    click.echo(f"  store: {store}")
    click.echo(f"  map:   {map_path.resolve()}")
    click.echo(f"Next: diplograph --store {store} show Tajikistan")


def _escape(text: str) -> str:
    """Rich markup is interpreted in printed strings; names from sources must print as text, and
    a control character in them (a terminal escape sequence) as its escape code."""
    from rich.markup import escape

    return escape(printable(str(text)))
