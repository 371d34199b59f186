"""``diplograph review``: confirm, reject or correct claims, note, merge and split actors, undo.

Each act is a curation record kept in the store (see :mod:`diplograph.graph.curation`): it
applies to every command from then on, holds when the same sources are loaded again, travels
with ``push`` and exports, and can be undone.
"""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from diplograph.cli.main import cli
from diplograph.graph.curation import CORRECTABLE

WHO = click.option("--by", "who", metavar="NAME", help="Who is acting [default: $DIPLOGRAPH_ANALYST, else your login].")
WHY = click.option("--why", default="", metavar="TEXT", help="Why: kept with the record.")


def _done(record) -> None:
    click.echo(f"Recorded {record.id}: {record.describe()} on {record.target} by {record.who} at {record.at}.")
    click.echo(f"Undo with: diplograph review undo {record.id}")


@cli.group(epilog="""\b
Examples:
  diplograph evidence Iran any Tajikistan          the claim ids, in the first column
  diplograph review reject claim:433066cdfccb04aa --why "the sentence says Turkey, not Iran"
  diplograph review correct claim:433066cdfccb04aa --predicate CO_PRODUCTION --date 2022-05
  diplograph review confirm claim:433066cdfccb04aa
  diplograph review note Tajikistan "Check the 2023 deliveries against SIPRI."
  diplograph review merge "Turkish Aerospace" TUSAS
  diplograph review split Georgia --name "Georgia (US state)" --type organization --claim claim:...
  diplograph review list
  diplograph review undo cur:1a2b3c4d5e6f7a8b""")
def review():
    """Curate the graph: each act is recorded (who, when, why), applies to every read, survives
    loading the same sources again, and can be undone."""


@review.command()
@click.argument("claim")
@WHO
@WHY
@click.pass_obj
def confirm(settings, claim, who, why):
    """Mark CLAIM (a claim id) as checked and right."""
    _done(settings.graph.review("confirm", claim, who=who, why=why))


@review.command()
@click.argument("claim")
@WHO
@WHY
@click.pass_obj
def reject(settings, claim, who, why):
    """Leave CLAIM (a claim id) out of every query, map and export."""
    _done(settings.graph.review("reject", claim, who=who, why=why))


@review.command()
@click.argument("claim")
@click.option("--predicate", "-p", metavar="NAME", help="The right predicate (e.g. CO_PRODUCTION).")
@click.option("--modality", "-m", metavar="NAME", help="The right modality (asserted, reported, denied ...).")
@click.option("--date", "-d", metavar="DATE", help="The right date (YYYY, YYYY-MM, YYYY-MM-DD; \"\" for none).")
@WHO
@WHY
@click.pass_obj
def correct(settings, claim, predicate, modality, date, who, why):
    """Correct CLAIM's predicate, modality or date; the claim keeps its id and its evidence."""
    fields = {k: v for k, v in zip(CORRECTABLE, (predicate, modality, date)) if v is not None}
    _done(settings.graph.review("correct", claim, who=who, why=why, **fields))


@review.command()
@click.argument("target")
@click.argument("text")
@WHO
@click.pass_obj
def note(settings, target, text, who):
    """Attach TEXT to TARGET: a claim id, or an actor (name or id)."""
    _done(settings.graph.review("note", target, who=who, text=text))


@review.command()
@click.argument("keep")
@click.argument("drop")
@WHO
@WHY
@click.pass_obj
def merge(settings, keep, drop, who, why):
    """Read actor DROP as actor KEEP (its relations and names go to KEEP), undoably.

    Unlike `diplograph merge`, nothing in the store changes: undo brings DROP back."""
    _done(settings.graph.review("merge", drop, who=who, why=why, into=keep))


@review.command()
@click.argument("actor")
@click.option("--name", required=True, help="The name of the new actor.")
@click.option("--type", "actor_type", metavar="TYPE", help="Its actor type [default: ACTOR's].")
@click.option("--claim", "claims", multiple=True, required=True, metavar="ID",
              help="A claim of ACTOR that is about the new actor (repeatable).")
@WHO
@WHY
@click.pass_obj
def split(settings, actor, name, actor_type, claims, who, why):
    """Give the claims listed of ACTOR to a new actor: two actors the loaders took for one."""
    _done(settings.graph.review("split", actor, who=who, why=why, name=name, type=actor_type, claims=list(claims)))


@review.command()
@click.argument("record")
@WHO
@WHY
@click.pass_obj
def undo(settings, record, who, why):
    """Undo the act recorded as RECORD (a cur:... id); the record stays, marked undone."""
    undone = settings.graph.undo(record, who=who, why=why)
    click.echo(f"Undone {undone.id} ({undone.describe()} on {undone.target}) by {undone.undone_by}.")


@review.command("list")
@click.option("--all", "everything", is_flag=True, help="Undone records too.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_obj
def list_records(settings, everything, fmt):
    """The curation records, oldest first."""
    records = [r for r in settings.graph.backend.curations() if everything or r.active]
    records.sort(key=lambda r: (r.at, r.id))
    if fmt == "json":
        click.echo(json.dumps([r.to_dict() for r in records], ensure_ascii=False, indent=2))
        return
    if not records:
        click.echo("No curation records." + ("" if everything else " (--all shows undone ones)"))
        return
    table = Table("record", "when", "who", "act", "on", "why", *(["undone"] if everything else []))
    for r in records:
        row = [r.id, r.at, r.who, r.describe(), r.target, r.why]
        if everything:
            row.append(f"{r.undone_at} by {r.undone_by}" if r.undone_at else "")
        table.add_row(*(Text(value) for value in row))  # Text(): names are not console markup
    Console(highlight=False).print(table)
