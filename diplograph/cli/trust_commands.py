"""Commands about sources and how far to trust them: ``sources``, ``grade``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click

from diplograph.cli.query_commands import FORMATS, emit, graph_command
from diplograph.errors import InputError
from diplograph.graph.trust import RELIABILITY
from diplograph.tables import Table


@graph_command("sources", epilog="""\b
Examples:
  diplograph sources
  diplograph sources --kind article --format json""")
@click.option("--kind", type=click.Choice(["article", "curated", "dataset"]), help="Only sources of this kind.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="Print a table, JSON or CSV.")
def sources_command(graph, kind, fmt):
    """List the sources: title, publisher, date, kind, how many claims and relations each gives,
    web address and file.

    Titles, authors, publishers and dates come from the files themselves (headlines, bylines,
    meta tags, front matter, PDF metadata) or from a manifest beside them (an INDEX.md table,
    a CSV or YAML listing each file), which wins where both say something.
    """
    from diplograph.queries.catalogue import catalogue

    found = catalogue(graph.nx, kind=kind)
    emit(fmt, [s.to_dict() for s in found], Table(found, title=f"{len(found)} source(s)"), empty="no sources yet")


@graph_command("grade", epilog="""\b
Examples:
  diplograph grade                                 the table, and what the grades mean
  diplograph grade "Caspian Policy Center" B
  diplograph grade example.org D                   a site, for facts that cite its URLs
  diplograph grade "Caspian Policy Center" --forget
  diplograph grade --file publishers.csv           columns: publisher, reliability""")
@click.argument("publisher", required=False)
@click.argument("reliability", required=False)
@click.option("--forget", is_flag=True, help="Remove PUBLISHER from the table (its sources become F).")
@click.option("--file", "table_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Grade every publisher listed in a CSV file with publisher and reliability columns.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def grade_command(graph, publisher, reliability, forget, table_file, fmt):
    """Keep the reliability grade of publishers, A (completely reliable) to E (unreliable).

    Every source a publisher publishes takes its grade, unless a folder's manifest grades the
    source itself (a reliability column). A source nobody graded is F: reliability cannot be
    judged. Relations are then graded on the Admiralty scale, reliability and credibility:

    \b
      A completely reliable      1 confirmed by independent sources
      B usually reliable         2 probably true (one source states it)
      C fairly reliable          3 possibly true (reported, or disputed by fewer)
      D not usually reliable     4 doubtful (only hedged, or as many deny it)
      E unreliable               5 improbable (only denied)
      F cannot be judged         6 cannot be judged

    A relation's grade is its best source's reliability with its credibility ("B2"); filter
    any command with `diplograph --min-grade B2 ...`. Names match ignoring case and accents.
    """
    if table_file is not None:
        for line, name, letter in _graded_rows(table_file):
            try:
                graph.grade_publisher(name, letter)
            except ValueError as error:
                raise InputError(table_file, str(error), line) from None
        click.echo(f"Graded the publishers in {table_file}.", err=True)
    elif publisher is not None:
        if forget:
            graph.grade_publisher(publisher, None)
            click.echo(f"Forgot the grade of {publisher}.", err=True)
        elif reliability is None:
            raise click.UsageError("give a grade A-F after the publisher, or --forget")
        else:
            try:
                graph.grade_publisher(publisher, reliability)
            except ValueError as error:
                raise click.BadParameter(str(error), param_hint="RELIABILITY") from None
    table = graph.backend.publisher_grades()
    if fmt == "json":
        click.echo(json.dumps([{"publisher": p, "reliability": g, "meaning": RELIABILITY[g]}
                               for p, g in table.items()], ensure_ascii=False, indent=2))
        return
    if not table:
        click.echo("No publisher graded yet: every source is F (reliability cannot be judged).")
    for name, letter in table.items():
        click.echo(f"{letter}  {name}  ({RELIABILITY[letter]})")


def _graded_rows(path: Path):
    """(line, publisher, grade) for each row of a CSV of publishers and their reliability."""
    text = path.read_text(encoding="utf-8-sig")
    first = text.split("\n", 1)[0]
    reader = csv.DictReader(io.StringIO(text), delimiter=";" if first.count(";") > first.count(",") else ",")
    fields = {f.strip().lower(): f for f in reader.fieldnames or []}
    name_field = next((fields[k] for k in ("publisher", "outlet", "source", "site") if k in fields), None)
    grade_field = next((fields[k] for k in ("reliability", "grade") if k in fields), None)
    if name_field is None or grade_field is None:
        raise InputError(path, "the header needs a publisher column and a reliability column", 1)
    for row in reader:
        if (row.get(name_field) or "").strip():
            yield reader.line_num, row[name_field].strip(), (row.get(grade_field) or "").strip()


@graph_command("brief", epilog="""\b
Examples:
  diplograph brief --since 2023-01-01
  diplograph brief --since 2024-06 --focus Kyrgyzstan --depth 2
  diplograph brief --since 2024-06 --format html --out brief.html   one offline page
  diplograph --min-grade B2 brief --since 2024                     only relations graded B2 or better""")
@click.option("--since", required=True, metavar="DATE", help="The date of the last briefing (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Up to this date (default: everything since).")
@click.option("--focus", metavar="ACTOR", help="Only the relations around this actor.")
@click.option("--depth", type=click.IntRange(1, 6), default=1, show_default=True,
              help="With --focus, how many hops out.")
@click.option("--format", "fmt", type=click.Choice(["md", "html", "json"]), default="md", show_default=True,
              help="Markdown, one offline HTML page, or JSON.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: standard output).")
def brief_command(graph, since, until, focus, depth, fmt, out):
    """What appeared, changed and ended since a date, by actor and family, with citations.

    New: relations whose every dated claim is on or after --since. Changed: relations known
    before whose modality changed, that an independent source confirmed, or whose grade moved
    since. Ended: relations a claim says ended since, or that a source has denied since. A
    claim without a date of its own is placed at its source's publication date (standing facts
    such as borders without a date are not news). Each line cites its sources, listed at the
    end with their date and reliability.
    """
    from diplograph.exports import atomic_write
    from diplograph.queries.briefing import briefing
    from diplograph.reports import brief_html, brief_markdown

    found = briefing(graph.nx, since, until=until, focus=graph.actor(focus).id if focus else None, depth=depth)
    if fmt == "json":
        text = json.dumps(found.to_dict(), ensure_ascii=False, indent=2) + "\n"
    else:
        text = brief_html(found) if fmt == "html" else brief_markdown(found)
    if out is None:
        click.echo(text, nl=False)
    else:
        atomic_write(out, text)
        click.echo(f"Wrote {out}: {len(found.items)} relation(s), {len(found.sources)} source(s) cited.", err=True)
