"""The ``viz`` command: write the interactive map of the graph, or of a part of it."""

from __future__ import annotations

from pathlib import Path

import click

from diplograph.cli.main import cli
from diplograph.errors import OntologyError
from diplograph.graph.dates import PartialDate


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return PartialDate.parse(value).iso
    except ValueError as error:
        raise click.BadParameter(str(error), ctx=ctx, param=param) from None


@cli.command()
@click.option("--focus", metavar="ACTOR", help="Only this actor and those within --depth relations of it "
              "(a name, alias, demonym, capital or id).")
@click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True,
              help="How many relations away from --focus to go.")
@click.option("--predicate", "-p", "predicates", multiple=True, metavar="P",
              help="Only relations with this predicate, e.g. ARMS_TRANSFER (repeat, or separate with "
                   "commas; an unknown name lists the valid ones).")
@click.option("--since", callback=_date, metavar="DATE", help="Only relations with a claim on or after DATE "
              "(YYYY, YYYY-MM or YYYY-MM-DD); undated claims are kept.")
@click.option("--until", callback=_date, metavar="DATE", help="Only relations with a claim on or before DATE.")
@click.option("--title", help="Title shown on the map [default: from the focus].")
@click.option("--layout", type=click.Choice(["auto", "fixed", "physics"]), default="auto", show_default=True,
              help="auto: placed in Python, settled by browser physics only up to 300 actors; "
                   "fixed: never physics; physics: all placement in the browser (slow above a few hundred).")
@click.option("--isolated", is_flag=True, help="Also draw actors that have no relation on the map.")
@click.option("--out", "-o", required=True, type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="The HTML file to write (replaced atomically if it exists).")
@click.pass_obj
def viz(settings, focus, depth, predicates, since, until, title, layout, isolated, out):
    """Write the interactive map: one HTML file that works offline.

    Actors are coloured by type and sized by their number of relations; relations are
    coloured by family (cooperation, conflict, standing facts). Hover over an actor or a
    relation for its dates, modality, sources and evidence; click to pin the details.

    Filters combine: predicates and dates first, then the neighbourhood of --focus over
    what is left. A relation is kept by --since/--until when any of its claims overlaps
    the window; claims without a date are always kept. Actors without a relation on the map
    are left out unless --isolated; a map of more than 300 actors gets a warning with a
    --focus to try. Several relations between two actors are drawn apart, each clickable.

    \b
    Examples:
      diplograph viz --out map.html
      diplograph viz --focus Tajikistan --depth 2 --out tajikistan.html
      diplograph viz -p ARMS_TRANSFER -p CO_PRODUCTION --since 2020 --out arms.html
      diplograph viz --focus Iran --until 2022-06 --title "Iran before June 2022" --out iran.html
    """
    from diplograph.explore.page import map_page

    if not out.resolve().parent.is_dir():
        raise click.BadParameter(f"the folder {out.parent} does not exist; create it first", param_hint="'--out'")
    try:
        page = map_page(settings.graph, focus=focus, depth=depth, predicates=predicates, since=since, until=until,
                        title=title, layout=layout, isolated=isolated)
    except OntologyError as error:
        raise click.BadParameter(str(error), param_hint="'--predicate'") from None
    except ValueError as error:  # a window that ends before it starts
        raise click.BadParameter(str(error), param_hint="'--since' / '--until'") from None
    path = page.save(out)
    hidden = f" ({page.hidden} without relations left out; --isolated draws them)" if page.hidden else ""
    click.echo(f"Wrote {path}: {page.actors} actors, {page.relations} relations{hidden}.")
    if page.warning:
        click.echo(f"warning: {page.warning}", err=True)
