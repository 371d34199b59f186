"""Commands about sources and how far to trust them: ``sources``."""

from __future__ import annotations

import click

from diplograph.cli.query_commands import FORMATS, emit, graph_command
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
