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
@click.pass_obj
def serve(settings, port, host, open_browser):
    """Explore the graph in a browser: search an actor, expand its neighbours, filter by actor
    type, relation and date, and read the evidence behind every relation.

    The graph is read once, when the server starts: restart it to see sources loaded since.
    The page and its JSON API (see docs/webapp.md) answer this computer only.

    \b
    Examples:
      diplograph serve
      diplograph serve --port 9000 --no-open
      diplograph --backend neo4j serve
    """
    from diplograph.webapp.server import make_server

    graph = settings.graph
    view = graph.nx  # read here, in the thread that owns the store's connection
    if view.number_of_nodes() == 0:
        raise DiplographError(f"the graph at {graph.backend!r} is empty; load sources first with `diplograph ingest`")
    server = make_server(view, host=host, port=port)
    click.echo(f"Serving {view.number_of_nodes()} actors and {view.number_of_edges()} relations at {server.url}")
    click.echo("Press Ctrl+C to stop.")
    if open_browser:
        import webbrowser

        webbrowser.open(server.url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("Stopped.")
    finally:
        server.server_close()
