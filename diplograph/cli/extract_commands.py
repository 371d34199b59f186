"""``diplograph extract``: what the article pipeline reads in one file, without storing it."""

from __future__ import annotations

import json
from pathlib import Path

import click

from diplograph.cli.main import cli
from diplograph.names import plain


def _terminal(line: str) -> str:
    """A trace line as the terminal may show it: its indentation kept, control characters out."""
    indent = line[:len(line) - len(line.lstrip(' '))]
    return indent + plain(line)


@cli.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--trace", is_flag=True,
              help="Show, sentence by sentence, the mentions, the triggers, the relations kept and every "
                   "candidate dropped with its reason.")
@click.option("--all-sentences", is_flag=True, help="With --trace: also the sentences where nothing happened.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output as text or as JSON.")
def extract(path, trace, all_sentences, fmt):
    """Extract the relations of one article (.txt .md .html .pdf) and print them; the store is
    not touched.

    With --trace, print why each candidate relation was kept or dropped ("no actor for the
    object role 'recipient'", "the ontology allows none of ARMS_TRANSFER from person to
    state", ...): the way to find the construction a missed relation needs.

    \b
    Examples:
      diplograph extract report.txt
      diplograph extract report.html --trace
      diplograph extract report.md --trace --format json | jq '.trace.sentences[0]'
    """
    from diplograph.loaders import articles
    from diplograph.loaders.articles.read import read_document
    from diplograph.loaders.articles.trace import Trace

    if not articles.accepts(path):
        raise click.UsageError(f"{path}: not an article (expected one of {', '.join(sorted(articles.SUFFIXES))})")
    record = Trace() if trace else None
    document = read_document(path)
    batch = articles.extractor().extract(document, record, lenient=True)
    for unread in document.unread:
        click.echo(f"warning: {plain(str(path))}: {plain(unread)}", err=True)
    names = {a.id: a.name for a in batch.actors}
    rows = [{"subject": names.get(c.subject, c.subject), "predicate": c.predicate,
             "object": names.get(c.object, c.object), "modality": c.modality, "date": c.date,
             "end_date": c.end_date, "method": c.method, "evidence": c.evidence} for c in batch.claims]
    if fmt == "json":
        out = {"path": str(path), "relations": rows}
        if record is not None:
            out["trace"] = record.to_dict()
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    if record is not None:
        for line in record.lines(everything=all_sentences):
            click.echo(_terminal(line))
        click.echo("")
    click.echo(f"{len(rows)} relation(s) in {plain(str(path))}:")
    for row in rows:
        when = ", ".join(x for x in (row["modality"], row["date"]) if x)
        click.echo(plain(f"  {row['subject']} {row['predicate']} {row['object']} ({when})"))
