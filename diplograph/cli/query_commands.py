"""Commands that question the graph: one per query of :mod:`diplograph.queries`, and ``ask``.

Every command resolves names with ``graph.actor`` (aliases, demonyms, capitals), runs the
query on the networkx view of the backend, and prints a table, JSON or CSV. Text from
sources is printed as plain text, never as markup.
"""

from __future__ import annotations

import functools
import json
import sys

import click
from rich.console import Console
from rich.table import Table as RichTable
from rich.text import Text

from diplograph.cleantext import printable
from diplograph.cli.main import cli
from diplograph.queries.results import Share
from diplograph.tables import COLUMNS, Table, snippet, who

FORMATS = ("table", "json", "csv")


WIDE = 240  # columns for tables written to a file or a pipe, where nothing wraps them again


def _console() -> Console:
    console = Console(highlight=False, soft_wrap=False)
    if not console.is_terminal:
        console = Console(highlight=False, soft_wrap=False, width=WIDE)
    return console


# -- shared options -------------------------------------------------------------------------------

def format_option(func):
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                        help="Print a table, JSON (with every claim and source) or CSV.")(func)


def window_options(func):
    """Date window, modality and source-count options shared by most queries."""
    options = [
        click.option("--since", metavar="DATE", help="Only claims dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--until", metavar="DATE", help="Only claims dated on or before DATE."),
        click.option("--as-of", "as_of", metavar="DATE", help="The graph as it stood at DATE (not with --since/--until)."),
        click.option("--all-modalities", is_flag=True,
                     help="Count unconfirmed, speculative and denied claims too (shown as unconfirmed ties)."),
        click.option("--min-sources", type=click.IntRange(min=1), default=1, show_default=True,
                     help="Only relations backed by at least this many distinct sources."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def relation_options(func):
    options = [
        click.option("--predicate", "-p", "predicates", multiple=True, metavar="NAME",
                     help="Only this predicate (repeatable; comma lists accepted), e.g. ARMS_TRANSFER."),
        click.option("--family", "-f", "families", multiple=True, metavar="NAME",
                     help="Only predicates of this family (repeatable), e.g. verbal_conflict."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def type_option(help_text: str = "Only actors of this type (repeatable): state, organization, person ..."):
    return click.option("--type", "-t", "actor_types", multiple=True, metavar="TYPE", help=help_text)


def _window(since, until, as_of, all_modalities, min_sources) -> dict:
    return dict(since=since, until=until, as_of=as_of, all_modalities=all_modalities, min_sources=min_sources)


def _relations(predicates, families) -> dict:
    return dict(predicates=list(predicates) or None, families=list(families) or None)


def _types(actor_types):
    return list(actor_types) or None


def _id(graph, name: str) -> str:
    return graph.actor(name).id


def graph_command(*args, **kwargs):
    """A command that gets the opened graph as its first argument."""
    def wrap(func):
        @cli.command(*args, **kwargs)
        @click.pass_obj
        @functools.wraps(func)
        def command(settings, *a, **kw):
            return func(settings.graph, *a, **kw)
        return command
    return wrap


# -- output ---------------------------------------------------------------------------------------

def emit(fmt: str, payload, table: Table, empty: str = "nothing found"):
    """Print ``payload`` as JSON, or ``table`` (see :mod:`diplograph.tables`) as a table or CSV."""
    if fmt == "json":
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        click.echo(table.to_csv(), nl=False)
        return
    console = _console()
    if not table.records:
        console.print(Text(printable(f"{table.title}: {empty}" if table.title else empty)))
        return
    shown = RichTable(title=Text(printable(table.title)) if table.title else None, show_lines=False,
                      title_justify="left")
    for header in table.headers:
        shown.add_column(Text(header), overflow="fold")
    for row in table.rows:
        shown.add_row(*(Text(value) for value in row))
    console.print(shown)


def emit_ties(fmt: str, found, title: str):
    emit(fmt, [t.to_dict() for t in found], Table(found, title=title))


# -- the commands ---------------------------------------------------------------------------------

@graph_command("neighbours", epilog="""\b
Examples:
  diplograph neighbours Tajikistan
  diplograph neighbours Iran --depth 2 --family material_cooperation --since 2021
  diplograph neighbours Kyrgyzstan -p ARMED_CLASH -p DISPUTE --format json
  diplograph neighbours "United States" --limit 50        a hub: its 50 nearest, most connected actors""")
@click.argument("actor")
@click.option("--depth", "-d", type=int, default=1, show_default=True, help="How many hops out (1 to 6).")
@click.option("--direction", type=click.Choice(["both", "out", "in"]), default="both", show_default=True,
              help="Follow relations where ACTOR's side is the subject (out), the object (in), or either.")
@click.option("--limit", type=click.IntRange(min=0), default=200, show_default=True,
              help="List at most this many actors, the nearest and most connected first (0: all of them).")
@relation_options
@type_option()
@window_options
@format_option
def neighbours_command(graph, actor, depth, direction, limit, predicates, families, actor_types, since, until, as_of,
                       all_modalities, min_sources, fmt):
    """Actors around ACTOR, to a depth, with the relations walked."""
    from diplograph.queries import neighbourhood

    hood = neighbourhood(graph.nx, _id(graph, actor), depth, direction=direction, **_relations(predicates, families),
                         actor_types=_types(actor_types), **_window(since, until, as_of, all_modalities, min_sources),
                         limit=limit or None)
    title = f"{hood.center.name}: {len(hood.actors) - 1} actors within {depth} hop(s)"
    if hood.left_out:
        title += f" (the nearest and most connected; {hood.left_out} more: --limit 0 lists all)"
    if hood.links_left_out:
        title += f"; the best-sourced relations among them ({hood.links_left_out} more: --limit 0 lists all)"
    emit(fmt, hood.to_dict(), Table(hood, title=title))


@graph_command("path", epilog="""\b
Examples:
  diplograph path Israel Tajikistan
  diplograph path Iran Kyrgyzstan -k 3 --family material_cooperation
  diplograph path Turkey Armenia --all-modalities --format json""")
@click.argument("source")
@click.argument("target")
@click.option("-k", "k", type=int, default=1, show_default=True, help="How many shortest paths (simple paths, up to 50).")
@relation_options
@type_option("Only pass through actors of this type (repeatable); the two ends are exempt.")
@window_options
@format_option
def path_command(graph, source, target, k, predicates, families, actor_types, since, until, as_of, all_modalities,
                 min_sources, fmt):
    """How SOURCE is connected to TARGET: the shortest chains of relations, hop by hop."""
    from diplograph.queries import k_shortest_paths

    found = k_shortest_paths(graph.nx, _id(graph, source), _id(graph, target), k, **_relations(predicates, families),
                             actor_types=_types(actor_types), **_window(since, until, as_of, all_modalities, min_sources))
    emit(fmt, [p.to_dict() for p in found], Table(found, title=f"paths from {source} to {target}"),
         empty="no path through relations that pass the filters")


def _supply_command(name: str, role: str, epilog: str):
    @graph_command(name, epilog=epilog)
    @click.argument("actor")
    @click.option("--weapon", "-w", metavar="NAME", help="Only claims naming this weapon (name or alias).")
    @click.option("--predicate", "-p", "predicates", multiple=True, metavar="NAME",
                  help="Only this supply predicate (ARMS_TRANSFER or CO_PRODUCTION; repeatable).")
    @type_option(f"Only {role} of this type (repeatable).")
    @window_options
    @format_option
    def command(graph, actor, weapon, predicates, actor_types, since, until, as_of, all_modalities, min_sources, fmt):
        from diplograph.queries import recipients, suppliers

        query = suppliers if name == "suppliers" else recipients
        found = query(graph.nx, _id(graph, actor), weapon=weapon, predicates=list(predicates) or None,
                      actor_types=_types(actor_types), **_window(since, until, as_of, all_modalities, min_sources))
        emit_ties(fmt, found, f"{role} of {graph.actor(actor).name}" + (f" ({weapon})" if weapon else ""))
    return command


suppliers_command = _supply_command("suppliers", "suppliers", """\b
Examples:
  diplograph suppliers Tajikistan
  diplograph suppliers Kyrgyzstan --weapon "Bayraktar TB2" --since 2021
  diplograph suppliers Kazakhstan -p CO_PRODUCTION --format csv""")
suppliers_command.help = "Who supplies ACTOR: arms transfers and co-production, by weapon and period."
recipients_command = _supply_command("recipients", "recipients", """\b
Examples:
  diplograph recipients Turkey
  diplograph recipients Turkey --type state --until 2022
  diplograph recipients Iran -p CO_PRODUCTION        where Iran set up production""")
recipients_command.help = "Whom ACTOR supplies: arms transfers and production hosts, by weapon and period."


@graph_command("concentration", epilog="""\b
Examples:
  diplograph concentration Tajikistan
  diplograph concentration Uzbekistan --basis claims --since 2020

The share of a supplier is its number of distinct supply relations with the recipient
(--basis relations) or of distinct claims behind them (--basis claims); HHI = 10,000 x the
sum of squared shares (10,000 = a single supplier).""")
@click.argument("recipient")
@click.option("--basis", type=click.Choice(["relations", "claims"]), default="relations", show_default=True,
              help="What a supplier's share counts.")
@click.option("--weapon", "-w", metavar="NAME", help="Only claims naming this weapon.")
@window_options
@format_option
def concentration_command(graph, recipient, basis, weapon, since, until, as_of, all_modalities, min_sources, fmt):
    """Supplier concentration of RECIPIENT (Herfindahl–Hirschman index)."""
    from diplograph.queries import supplier_concentration

    result = supplier_concentration(graph.nx, _id(graph, recipient), basis=basis, weapon=weapon,
                                    **_window(since, until, as_of, all_modalities, min_sources))
    title = (f"{result.recipient.name}: HHI {result.hhi:g} over {len(result.shares)} suppliers "
             f"(like {result.equivalent_suppliers:g} equal suppliers; basis: {basis})")
    columns = [(basis if header == "count" else header, get) for header, get in COLUMNS[Share]]
    emit(fmt, result.to_dict(), Table(result, columns, title))


def _alignment_command(name: str, epilog: str, help_text: str):
    @graph_command(name, epilog=epilog, help=help_text)
    @click.argument("actor")
    @type_option()
    @window_options
    @format_option
    def command(graph, actor, actor_types, since, until, as_of, all_modalities, min_sources, fmt):
        from diplograph.queries import adversaries, partners

        query = partners if name == "partners" else adversaries
        found = query(graph.nx, _id(graph, actor), actor_types=_types(actor_types),
                      **_window(since, until, as_of, all_modalities, min_sources))
        emit_ties(fmt, found, f"{name} of {graph.actor(actor).name}")
    return command


partners_command = _alignment_command("partners", """\b
Examples:
  diplograph partners Tajikistan
  diplograph partners Iran --type state --min-sources 2""",
    "Actors with cooperative relations to ACTOR (either direction), with distinct sources.")
adversaries_command = _alignment_command("adversaries", """\b
Examples:
  diplograph adversaries Tajikistan
  diplograph adversaries Kyrgyzstan --since 2022 --format json""",
    "Actors with conflictual relations to ACTOR (either direction), with distinct sources.")


@graph_command("proxies", epilog="""\b
Examples:
  diplograph proxies
  diplograph proxies --actor Turkey --format json""")
@click.option("--actor", metavar="NAME", help="Only matches that involve this actor.")
@window_options
@format_option
def proxies_command(graph, actor, since, until, as_of, all_modalities, min_sources, fmt):
    """Rival suppliers arming two sides: A arms X, B arms Y, X and Y clash or dispute, A and B are rivals."""
    from diplograph.queries import proxy_patterns

    found = proxy_patterns(graph.nx, actor=_id(graph, actor) if actor else None,
                           **_window(since, until, as_of, all_modalities, min_sources))
    emit(fmt, [m.to_dict() for m in found], Table(found, title="proxy patterns"))


@graph_command("brokers", epilog="""\b
Examples:
  diplograph brokers
  diplograph brokers --top 5 --family material_cooperation""")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="How many brokers.")
@relation_options
@window_options
@format_option
def brokers_command(graph, top, predicates, families, since, until, as_of, all_modalities, min_sources, fmt):
    """Actors that bridge the cooperation graph (betweenness centrality)."""
    from diplograph.queries import brokers

    found = brokers(graph.nx, top, **_relations(predicates, families),
                    **_window(since, until, as_of, all_modalities, min_sources))
    emit(fmt, [b.to_dict() for b in found], Table(found, title="brokers of the cooperation graph"))


@graph_command("blocs", epilog="""\b
Examples:
  diplograph blocs
  diplograph blocs --resolution 1.5 --seed 7 --format json""")
@click.option("--resolution", type=float, default=1.0, show_default=True,
              help="Louvain resolution: above 1 gives more, smaller blocs.")
@click.option("--seed", type=int, default=42, show_default=True, help="Random seed (same seed, same blocs).")
@relation_options
@window_options
@format_option
def blocs_command(graph, resolution, seed, predicates, families, since, until, as_of, all_modalities, min_sources, fmt):
    """Blocs: communities of the cooperation graph (Louvain)."""
    from diplograph.queries import blocs

    found = blocs(graph.nx, resolution=resolution, seed=seed, **_relations(predicates, families),
                  **_window(since, until, as_of, all_modalities, min_sources))
    emit(fmt, [b.to_dict() for b in found], Table(found, title="blocs of the cooperation graph"))


@graph_command("timeline", epilog="""\b
Examples:
  diplograph timeline Tajikistan
  diplograph timeline Iran --family material_cooperation --since 2021 --format csv""")
@click.argument("actor")
@relation_options
@type_option("Only relations with actors of this type (repeatable).")
@window_options
@format_option
def timeline_command(graph, actor, predicates, families, actor_types, since, until, as_of, all_modalities,
                     min_sources, fmt):
    """ACTOR's relations, claim by claim, oldest first (undated claims take their source's date)."""
    from diplograph.queries import timeline

    found = timeline(graph.nx, _id(graph, actor), **_relations(predicates, families), actor_types=_types(actor_types),
                     **_window(since, until, as_of, all_modalities, min_sources))
    emit(fmt, [e.to_dict() for e in found], Table(found, title=f"timeline of {graph.actor(actor).name}"))


@graph_command("changes", epilog="""\b
Examples:
  diplograph changes --from 2021 --to 2023
  diplograph changes --from 2022-01 --to 2025 --actor Tajikistan --family material_cooperation""")
@click.option("--from", "start", required=True, metavar="DATE", help="The earlier date.")
@click.option("--to", "end", required=True, metavar="DATE", help="The later date.")
@click.option("--actor", metavar="NAME", help="Only relations of this actor.")
@relation_options
@type_option("Only relations whose two ends are of this type (repeatable).")
@click.option("--all-modalities", is_flag=True, help="A relation counts as present with any modality.")
@format_option
def changes_command(graph, start, end, actor, predicates, families, actor_types, all_modalities, fmt):
    """Relations that appeared, disappeared or changed modality between two dates."""
    from diplograph.queries import changes

    found = changes(graph.nx, start, end, actor=_id(graph, actor) if actor else None,
                    **_relations(predicates, families), actor_types=_types(actor_types), all_modalities=all_modalities)
    emit(fmt, [c.to_dict() for c in found], Table(found, title=f"changes from {start} to {end}"))


@graph_command("evidence", epilog="""\b
Examples:
  diplograph evidence Iran CO_PRODUCTION Tajikistan
  diplograph evidence Turkey ARMS_TRANSFER Uzbekistan --format json
  diplograph evidence Kyrgyzstan any Tajikistan        every relation between the two""")
@click.argument("subject")
@click.argument("predicate")
@click.argument("object")
@click.option("--since", metavar="DATE", help="Only claims dated on or after DATE.")
@click.option("--until", metavar="DATE", help="Only claims dated on or before DATE.")
@click.option("--confirmed-only", is_flag=True, help="Leave out unconfirmed, speculative and denied claims.")
@format_option
def evidence_command(graph, subject, predicate, object, since, until, confirmed_only, fmt):
    """Every claim behind SUBJECT PREDICATE OBJECT: source, date, modality, sentence.

    PREDICATE "any" shows every relation between the two actors.
    """
    from diplograph.queries import evidence

    wanted = None if predicate.lower() in ("any", "*", "-") else predicate
    a, b = _id(graph, subject), _id(graph, object)
    found = evidence(graph.nx, a, wanted, b, since=since, until=until, all_modalities=not confirmed_only)
    empty = "no claim"
    if not found and wanted is not None and evidence(graph.nx, b, wanted, a, since=since, until=until):
        empty = f"no claim in that direction; try: diplograph evidence {object!r} {predicate} {subject!r}"
    # the claim ids, for `diplograph review`; curated claims carry the analysts' marks, and the
    # rejected claims of this pair are listed apart
    from diplograph.cli.graph_commands import review_mark
    from diplograph.graph.ontology import load_ontology
    from diplograph.queries.results import Evidence

    curations = graph.nx.graph.get("curations")
    columns = [("claim", lambda e: e.claim_id), *COLUMNS[Evidence]]
    rejected = []
    if curations:
        columns.append(("review", lambda e: "; ".join(review_mark(r.to_dict()) for r in curations.marks(e.claim_id))))
        rejected = [(c, r) for c, r in curations.rejected
                    if {curations.resolve(c.subject), curations.resolve(c.object)} == {a, b}
                    and (wanted is None or c.predicate == load_ontology().predicate(wanted).name)]
    payload = [e.to_dict() for e in found]
    if curations:
        for row, e in zip(payload, found):
            if curations.marks(e.claim_id):
                row.update(review=curations.status(e.claim_id), curation=[r.to_dict() for r in curations.marks(e.claim_id)])
        payload += [{"claim_id": c.id, "subject": c.subject, "predicate": c.predicate, "object": c.object,
                     "sentence": c.evidence, "review": "rejected", "curation": [r.to_dict()]} for c, r in rejected]
    emit(fmt, payload, Table(found, columns=columns, title=f"evidence: {subject} {predicate} {object}"), empty=empty)
    if fmt != "json":
        for c, r in rejected:
            click.echo(f"rejected: {c.subject} {c.predicate} {c.object} “{c.evidence}” ({review_mark(r.to_dict())})")


@graph_command("contradictions", epilog="""\b
Examples:
  diplograph contradictions
  diplograph contradictions --actor Uzbekistan --kind denial --format json
  diplograph contradictions --kind polarity             cooperation and conflict at once""")
@click.option("--actor", metavar="NAME", help="Only disputes that involve this actor.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(["denial", "value", "polarity"]),
              help="Only this kind of disagreement (repeatable; default denial and value).")
@click.option("--since", metavar="DATE", help="Only claims dated on or after DATE.")
@click.option("--until", metavar="DATE", help="Only claims dated on or before DATE.")
@format_option
def contradictions_command(graph, actor, kinds, since, until, fmt):
    """Where independent sources disagree, side by side with each source's reliability.

    denial: one source affirms a relation (asserted, reported or planned) and another denies
    it. value: they give one fact different values (how many weapons in one deal, when a
    membership began, who held a head office at the time). polarity, when asked for: one calls
    a pair cooperative and another conflictual at the same time. A source that only hedges
    (unconfirmed, speculative) contradicts no one, and copies of one story agree with it.
    """
    from diplograph.queries import contradictions

    found = contradictions(graph.nx, actor=_id(graph, actor) if actor else None, kinds=list(kinds) or
                           ("denial", "value"), since=since, until=until)
    emit(fmt, [c.to_dict() for c in found], Table(found, title="contradictions"))


@graph_command("members", epilog="""\b
Examples:
  diplograph members CSTO
  diplograph members NATO --at 2010 --format csv""")
@click.argument("organization")
@click.option("--at", metavar="DATE", help="Members at this date (default: now; former members listed apart).")
@type_option("Only members of this type (repeatable).")
@click.option("--all-modalities", is_flag=True, help="List unconfirmed, speculative and denied memberships too.")
@format_option
def members_command(graph, organization, at, actor_types, all_modalities, fmt):
    """Members of ORGANIZATION (MEMBER_OF), then applicants and former members."""
    from diplograph.queries import members

    found = members(graph.nx, _id(graph, organization), at=at, actor_types=_types(actor_types),
                    all_modalities=all_modalities)
    title = f"members of {graph.actor(organization).name}" + (f" at {at}" if at else "")
    emit(fmt, [m.to_dict() for m in found], Table(found, title=title))


@cli.command("ask", epilog="""\b
Examples:
  diplograph ask "Who supplies drones to Tajikistan?"
  diplograph ask "Which countries buy drones from Turkey?" --format json
  diplograph ask "How is Israel connected to Tajikistan?"
  diplograph ask "Which Iranian officials are mentioned?"
  diplograph ask "Did Turkey sell drones to Kazakhstan?"          (a verdict: yes, no or disputed)
  diplograph ask "When did Sweden join NATO?"                      (dates)
  diplograph ask "How many Central Asian countries buy Turkish drones since 2020?"
  diplograph ask "Who is Ukraine's biggest arms supplier?"          (ranked: SIPRI value, else claims)
  diplograph ask "What's the Kenya-Haiti relationship?"             (every relation between them)
  diplograph ask "Could Egypt strike the RSF?"                      (happened, planned or speculated)

Answers are actors backed by asserted, reported or planned claims; actors backed only by
unconfirmed, speculative or denied claims are listed apart, flagged. A question no form reads
but that names one actor and one relation word ("In which countries does Russia keep troops?")
is read loosely, and "Read as" says how; any other is read by its parts (actors, relation words,
weapon categories, time phrases, region words), and "Read as" names what it left unread. A
question that is not understood gets the closest forms that are, and exit status 2.""")
@click.argument("question", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Text with evidence, or JSON: answers, flagged, query, evidence.")
@click.pass_obj
def ask_command(settings, question, fmt):
    """Answer a question typed as an analyst would ask it, offline, from the graph."""
    from diplograph.queries.ask import ask
    from diplograph.queries.unread import check_question

    text = check_question(" ".join(question))
    graph = settings.graph
    answer = ask(graph.nx, text, resolve=lambda name: graph.actor(name).id)
    if fmt == "json":
        click.echo(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_answer(answer)
    if not answer.understood:
        sys.exit(2)


def _print_answer(answer) -> None:
    def line(text: str = "") -> None:
        click.echo(printable(text))

    if not answer.understood:
        line(answer.message)
        for example in answer.suggestions:
            line(f"  {example}")
        return
    line(f"Read as: {answer.reading}")
    if answer.message:
        line(answer.message)
    by_actor = {}
    for e in answer.evidence:
        for ref in (e.subject, e.object):
            by_actor.setdefault(ref.id, []).append(e)
    line(f"Answers ({len(answer.answers)}):" if answer.answers else "No answer in the graph.")
    for actor in answer.answers:
        line(f"  {actor.name} ({actor.type})")
        _print_evidence(line, by_actor.get(actor.id, []))
    if answer.flagged:
        line("Flagged, not counted as answers:")
        for flag in answer.flagged:
            line(f"  {flag.actor.name} ({flag.actor.type}): {flag.why}")
            _print_evidence(line, by_actor.get(flag.actor.id, []))
    for detail in answer.details:
        line(f"  {detail}")


def _print_evidence(line, evidence, limit: int = 3) -> None:
    for e in evidence[:limit]:
        when = e.date or e.source.published
        where = ", ".join(x for x in (who(e), when) if x)
        quote = f'"{snippet([e])}" ' if e.sentence else ""
        line(f"      {e.subject.name} {e.predicate} {e.object.name} [{e.modality}] {quote}({where})")
    if len(evidence) > limit:
        line(f"      ... and {len(evidence) - limit} more claim(s) (--format json shows all)")
