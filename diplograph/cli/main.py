"""The command group, global options and error handling shared by every command."""

from __future__ import annotations

import importlib
import os
import sqlite3
import sys

import click

from diplograph.cleantext import printable
from diplograph.errors import DiplographError

EPILOG = """\b
Examples:
  diplograph demo                         build the example graph and its map
  diplograph ingest briefs/ facts.csv     load articles and curated facts
  diplograph show Tajikistan              relations with evidence and sources
  diplograph viz --focus Iran --depth 2 --out iran.html
  diplograph export --format jsonl --out graph.jsonl
  diplograph grade "Example Policy Center" B   a publisher's reliability (A-F)
  diplograph --min-grade B2 suppliers Tajikistan    only relations graded B2 or better

The embedded store is $DIPLOGRAPH_STORE, else ~/.local/share/diplograph/graph.db.
"""


class Settings:
    """Global options, and the graph they open (lazily: --help never touches a store)."""

    def __init__(self, store, backend, neo4j, busy_timeout=None, min_grade=None):
        self.store, self.backend, self._neo4j = store, backend, neo4j
        self.busy_timeout = busy_timeout
        self.min_grade = min_grade
        self._graph = None

    @property
    def neo4j(self) -> dict:
        """The Neo4j options; the password asked for on the terminal when no option or variable gives it."""
        if "password" not in self._neo4j and sys.stdin.isatty():
            self._neo4j["password"] = click.prompt(f"Neo4j password for {self._neo4j.get('user', 'neo4j')}",
                                                   hide_input=True, err=True)
        return self._neo4j

    @property
    def graph(self):
        if self._graph is None:
            from diplograph.core import DiploGraph

            options = self.neo4j if self.backend == "neo4j" else {"busy_timeout": self.busy_timeout}
            self._graph = DiploGraph.open(store=self.store, backend=self.backend, **options)
            self._graph.min_grade = self.min_grade
        return self._graph

    def close(self):
        if self._graph is not None:
            self._graph.close()


# The modules of diplograph.cli that define commands, and the commands each registers on `cli`
# when imported. A command's module is imported when the command runs (every module for --help
# or a name no module has): `ingest` then starts without networkx, numpy and the query modules,
# which took 0.3 s of CPU at every start. tests/test_cli.py checks this against the modules.
COMMAND_MODULES = {
    "graph_commands": ("actors", "demo", "export", "ingest", "merge", "show", "stats"),
    "query_commands": ("adversaries", "ask", "blocs", "brokers", "changes", "concentration", "contradictions",
                       "evidence", "members", "neighbours", "partners", "path", "proxies", "recipients",
                       "suppliers", "timeline"),
    "neo4j_commands": ("cypher", "push"),
    "trust_commands": ("brief", "grade", "sources"),
    "review_commands": ("review",),
    "viz_commands": ("viz",),
    "extract_commands": ("extract",),
    "serve_commands": ("serve",),
}
_MODULE_OF = {command: module for module, commands in COMMAND_MODULES.items() for command in commands}


def import_command_modules(names=COMMAND_MODULES) -> None:
    for name in names:
        importlib.import_module(f"diplograph.cli.{name}")


class DiplographGroup(click.Group):
    """Turns diplograph's own errors into one clear line and exit status 1, no traceback;
    imports a command's module when the command is asked for (:data:`COMMAND_MODULES`)."""

    def get_command(self, ctx, cmd_name):
        if cmd_name not in self.commands:
            module = _MODULE_OF.get(cmd_name)
            import_command_modules([module] if module else COMMAND_MODULES)  # unknown: all, for "did you mean"
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx):
        import_command_modules()
        return super().list_commands(ctx)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except DiplographError as error:
            raise click.ClickException(printable(str(error))) from error
        except sqlite3.OperationalError as error:  # a read the store could not serve in time
            if "locked" not in str(error) and "busy" not in str(error):
                raise
            raise click.ClickException("the store is busy: another diplograph is writing to it; "
                                       "try again when it has finished") from error


def _check_grade(ctx, param, value):
    if value is None:
        return None
    from diplograph.graph.trust import Grade

    try:
        return str(Grade.parse(value))
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


@click.group(cls=DiplographGroup, epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--store", type=click.Path(dir_okay=False), envvar="DIPLOGRAPH_STORE",
              help="Embedded store file [env DIPLOGRAPH_STORE; default ~/.local/share/diplograph/graph.db].")
@click.option("--backend", type=click.Choice(["embedded", "neo4j"]), envvar="DIPLOGRAPH_BACKEND",
              default="embedded", show_default=True, help="Where the graph lives [env DIPLOGRAPH_BACKEND].")
@click.option("--busy-timeout", type=click.FloatRange(0, 1e6), envvar="DIPLOGRAPH_BUSY_TIMEOUT", metavar="SECONDS",
              help="How long a command that writes waits while another diplograph writes to the same "
                   "store [env DIPLOGRAPH_BUSY_TIMEOUT; default 60]. Reading never waits.")
@click.option("--min-grade", metavar="GRADE", callback=_check_grade, envvar="DIPLOGRAPH_MIN_GRADE",
              help="Only relations graded GRADE or better, such as B2: source reliability A-B and credibility "
                   "1-2 (see `diplograph grade`) [env DIPLOGRAPH_MIN_GRADE].")
@click.option("--neo4j-uri", envvar="DIPLOGRAPH_NEO4J_URI", help="Bolt URI [env DIPLOGRAPH_NEO4J_URI].")
@click.option("--neo4j-user", envvar="DIPLOGRAPH_NEO4J_USER", help="[env DIPLOGRAPH_NEO4J_USER]")
@click.option("--neo4j-password", envvar="DIPLOGRAPH_NEO4J_PASSWORD", metavar="TEXT",
              help="Visible to other users of this computer (in its process list): prefer the variable "
                   "DIPLOGRAPH_NEO4J_PASSWORD, or leave both out to be asked on the terminal.")
@click.option("--neo4j-database", envvar="DIPLOGRAPH_NEO4J_DATABASE", help="[env DIPLOGRAPH_NEO4J_DATABASE]")
@click.version_option(package_name="diplograph")
@click.pass_context
def cli(ctx, store, backend, busy_timeout, min_grade, neo4j_uri, neo4j_user, neo4j_password, neo4j_database):
    """diplograph: a diplomatic-relations knowledge graph.

    Load articles and datasets into a graph of states, organisations, armed groups,
    companies, people and weapons; see who is tied to whom, how, since when and
    according to whom.
    """
    neo4j = {k: v for k, v in dict(uri=neo4j_uri, user=neo4j_user, password=neo4j_password,
                                    database=neo4j_database).items() if v}
    settings = Settings(store, backend, neo4j, busy_timeout, min_grade)
    ctx.obj = settings
    ctx.call_on_close(settings.close)


def main(argv=None):
    try:
        cli.main(args=argv, prog_name="diplograph")
    except BrokenPipeError:  # `diplograph export | head` is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        sys.exit(0)


