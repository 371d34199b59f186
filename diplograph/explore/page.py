"""The map of a graph, or of a part of it, as one page: what ``diplograph viz`` writes and what
a notebook shows inline (``DiploGraph.map``).

>>> import os, tempfile
>>> from diplograph.core import DiploGraph
>>> g = DiploGraph.open(store=os.path.join(tempfile.mkdtemp(), "g.db"))
>>> _ = g.ingest_facts([("Iran", "CO_PRODUCTION", "Tajikistan"), ("Kyrgyzstan", "ARMED_CLASH", "Tajikistan")])
>>> page = map_page(g, focus="Iran")
>>> page.actors, page.relations, page.title
(2, 1, 'Iran: relations')
>>> page._repr_html_().startswith('<iframe srcdoc="&lt;!doctype html&gt;')
True
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from diplograph.errors import DiplographError

NOTEBOOK_HEIGHT = 640  # pixels of a map shown in a notebook cell
READABLE_ACTORS = 300  # past this many actors a map is a hairball: say so, and how to narrow it


@dataclass(frozen=True)
class MapPage:
    """One map: the HTML page and what it holds. A notebook shows it inline."""

    html: str
    title: str
    actors: int
    relations: int
    hidden: int = 0  # actors left out for having no relation on the map (see ``isolated``)
    warning: str = ""  # what to do when the map is too large to read

    def save(self, path: str | Path) -> Path:
        """Write the page to ``path`` (atomically, UTF-8) and return the path."""
        from diplograph.exports import atomic_write

        return atomic_write(Path(path), self.html)

    def _repr_html_(self) -> str:
        # The page goes in as an attribute value, escaped; the sandbox lets its own (hashed,
        # CSP-checked) scripts run but gives it no access to the notebook around it.
        return (f'<iframe srcdoc="{html.escape(self.html, quote=True)}" sandbox="allow-scripts" '
                f'title="{html.escape(self.title, quote=True)}" '
                f'style="width: 100%; height: {NOTEBOOK_HEIGHT}px; border: 1px solid #ddd"></iframe>')


def map_page(graph, *, focus: str | None = None, depth: int = 1, predicates: Iterable[str] = (),
             since: str | None = None, until: str | None = None, title: str | None = None,
             layout: str = "auto", isolated: bool = False) -> MapPage:
    """The map of ``graph`` (a DiploGraph), or of the actors within ``depth`` relations of
    ``focus`` (any name the graph knows), keeping only ``predicates`` and relations with a
    claim between ``since`` and ``until`` when given (see :func:`diplograph.explore.subgraph.select`).
    Actors with no relation on the map are left out (``hidden`` counts them) unless
    ``isolated``; a map of more than :data:`READABLE_ACTORS` actors carries a ``warning`` that
    suggests a ``--focus``.

    Raises DiplographError when there is nothing to draw, OntologyError for an unknown
    predicate and ValueError for a window that ends before it starts.
    """
    from diplograph.explore.map import render_map
    from diplograph.explore.subgraph import select, without_isolated

    names = [p.strip() for value in predicates for p in value.split(",") if p.strip()]
    focus_actor = graph.actor(focus) if focus else None
    view = graph.nx
    if view.number_of_nodes() == 0:
        raise DiplographError(f"the graph at {graph.backend!r} is empty; load sources first with `diplograph ingest`")
    part = select(view, focus=focus_actor.id if focus_actor else None, depth=depth,
                  predicates=names, since=since, until=until)
    if part.number_of_edges() == 0 and (names or since or until):
        raise DiplographError("no relation matches these filters; widen the depth, the predicates or the dates")
    if part.number_of_edges() == 0 and focus_actor:
        raise DiplographError(f"{focus_actor.name} has no relations in the graph yet")
    hidden = 0
    if not isolated:
        kept = without_isolated(part, keep=[focus_actor.id] if focus_actor else [])
        hidden, part = part.number_of_nodes() - kept.number_of_nodes(), kept
    filters = [f"within {depth} of {focus_actor.name}" if focus_actor else "",
               "predicates: " + ", ".join(n.upper() for n in names) if names else "",
               f"since {since}" if since else "", f"until {until}" if until else ""]
    title = title or (f"{focus_actor.name}: relations" if focus_actor else "diplograph map")
    page = render_map(part, title=title, caption=" · ".join(f for f in filters if f), layout=layout)
    return MapPage(page, title, part.number_of_nodes(), part.number_of_edges(), hidden, _too_large(part, focus_actor))


def _too_large(part, focus_actor) -> str:
    """What to do about a map with more actors than anyone can read, or ''."""
    n = part.number_of_nodes()
    if n <= READABLE_ACTORS:
        return ""
    hub = max(part.degree(), key=lambda item: (item[1], item[0]))[0]
    name = str(part.nodes[hub].get("name") or hub)
    around = f"--focus {_shell_word(name)} --depth 1"
    return (f"the map has {n} actors, more than can be read at once (about {READABLE_ACTORS}); "
            f"narrow it, e.g. {around}" + (" or a smaller --depth" if focus_actor else "")
            + ", --predicate or --since/--until")


def _shell_word(text: str) -> str:
    import shlex

    return shlex.quote(text)
