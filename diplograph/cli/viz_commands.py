"""The ``viz`` command: write the interactive map of the graph, or of a part of it."""

from __future__ import annotations

from pathlib import Path

import click

from diplograph.cli.main import cli
from diplograph.errors import DiplographError, OntologyError
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
@click.option("--out", "-o", required=True, type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="The HTML file to write (replaced atomically if it exists).")
@click.pass_obj
def viz(settings, focus, depth, predicates, since, until, title, layout, out):
    """Write the interactive map: one HTML file that works offline.

    Actors are coloured by type and sized by their number of relations; relations are
    coloured by family (cooperation, conflict, standing facts). Hover over an actor or a
    relation for its dates, modality, sources and evidence; click to pin the details.

    Filters combine: predicates and dates first, then the neighbourhood of --focus over
    what is left. A relation is kept by --since/--until when any of its claims overlaps
    the window; claims without a date are always kept.

    \b
    Examples:
      diplograph viz --out map.html
      diplograph viz --focus Tajikistan --depth 2 --out tajikistan.html
      diplograph viz -p ARMS_TRANSFER -p CO_PRODUCTION --since 2020 --out arms.html
      diplograph viz --focus Iran --until 2022-06 --title "Iran before June 2022" --out iran.html
    """
    from diplograph.explore.map import write_map
    from diplograph.explore.subgraph import select

    if not out.resolve().parent.is_dir():
        raise click.BadParameter(f"the folder {out.parent} does not exist; create it first", param_hint="'--out'")
    graph = settings.graph
    names = [p.strip() for value in predicates for p in value.split(",") if p.strip()]
    focus_actor = graph.actor(focus) if focus else None
    view = graph.nx
    if view.number_of_nodes() == 0:
        raise DiplographError(f"the graph at {graph.backend!r} is empty; load sources first with `diplograph ingest`")
    try:
        part = select(view, focus=focus_actor.id if focus_actor else None, depth=depth,
                      predicates=names, since=since, until=until)
    except OntologyError as error:
        raise click.BadParameter(str(error), param_hint="'--predicate'") from None
    except ValueError as error:  # a window that ends before it starts
        raise click.BadParameter(str(error), param_hint="'--since' / '--until'") from None
    if part.number_of_edges() == 0 and (names or since or until):
        raise DiplographError("no relation matches these filters; widen --depth, --predicate, --since or --until")
    if part.number_of_edges() == 0 and focus_actor:
        raise DiplographError(f"{focus_actor.name} has no relations in the graph yet")
    filters = [f"within {depth} of {focus_actor.name}" if focus_actor else "",
               "predicates: " + ", ".join(n.upper() for n in names) if names else "",
               f"since {since}" if since else "", f"until {until}" if until else ""]
    path = write_map(part, out, title=title or (f"{focus_actor.name}: relations" if focus_actor else "diplograph map"),
                     caption=" · ".join(f for f in filters if f), layout=layout)
    click.echo(f"Wrote {path}: {part.number_of_nodes()} actors, {part.number_of_edges()} relations.")
