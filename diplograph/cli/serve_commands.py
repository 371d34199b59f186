"""The ``serve`` command: the local web app, on a loopback address of this computer."""

from __future__ import annotations

import click

from diplograph.cli.main import cli
from diplograph.errors import DiplographError


@cli.command()
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="The port to listen on (0: any free port).")
@click.option("--host", default="127.0.0.1", show_default=True, metavar="ADDRESS",
              help="A loopback address (127.0.0.1, ::1 or localhost); the app is never served to other computers.")
@click.option("--open/--no-open", "open_browser", default=True, show_default=True,
              help="Open the page in the default browser.")
@click.option("--read-only", is_flag=True, help="Do not let the page record reviews.")
@click.option("--analyst", metavar="NAME", default="",
              help="Whose reviews the page records [default: $DIPLOGRAPH_ANALYST, else your login].")
@click.pass_obj
def serve(settings, port, host, open_browser, read_only, analyst):
    """Explore the graph in a browser: search an actor, expand its neighbours, find how two
    actors are connected, ask questions, filter by actor type, relation and date, read the
    evidence behind every relation and its source, and review claims.

    The graph is read as the store is when the server starts: restart it to see sources loaded
    since. Questions read only the rows they need, so a store of millions of relations opens in
    seconds (the whole-graph index is built first if the store changed since it was last built).
    The page and its JSON API (see docs/webapp.md) answer this computer only. Reviews made in
    the page need the token in the address printed (a new one at each start), as in Jupyter.

    \b
    Examples:
      diplograph serve
      diplograph serve --port 9000 --no-open
      diplograph serve --read-only
      diplograph --backend neo4j serve
    """
    from diplograph.webapp.server import serving_view

    graph = settings.graph
    with serving_view(graph, announce=lambda message: click.echo(f"{message} ...", err=True)) as view:
        serve_view(graph, view, port, host, open_browser, read_only, analyst)


def serve_view(graph, view, port, host, open_browser, read_only, analyst) -> None:
    from diplograph.queries.lookup import graph_index
    from diplograph.webapp.server import make_server

    index = graph_index(view)
    actors, relations = (index.n_nodes, index.n_relations) if index is not None else (
        view.number_of_nodes(), view.number_of_edges())
    if actors == 0:
        raise DiplographError(f"the graph at {graph.backend!r} is empty; load sources first with `diplograph ingest`")
    server = make_server(view, host=host, port=port, graph=None if read_only else graph, analyst=analyst)
    click.echo(f"Serving {actors} actors and {relations} relations at {server.launch_url}")
    if server.desk is not None:
        click.echo(f"Reviews are recorded as {server.desk.analyst!r}; they need the token in this address.")
    click.echo("Press Ctrl+C to stop.")
    if open_browser:
        import webbrowser

        webbrowser.open(server.launch_url)
    try:
        server.serve_forever()  # until Ctrl+C: uvicorn finishes the requests under way, then stops
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    click.echo("Stopped.")
