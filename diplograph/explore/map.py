"""The interactive map: one self-contained HTML file that works offline.

pyvis builds the node and edge records that vis-network draws; the page itself comes from
our own template, because names and evidence come from untrusted sources and pyvis's
template neither escapes them nor keeps them out of ``innerHTML``. Here:

* the page is rendered by Jinja2 with autoescaping on;
* the graph travels as JSON inside ``<script type="application/json">``, with ``<``, ``>``,
  ``&``, U+2028 and U+2029 written as ``\\uXXXX`` so no text can close the element;
* tooltips and the details panel are built with ``textContent``, never ``innerHTML``;
* vis-network (Apache-2.0 or MIT, shipped inside pyvis) is inlined, and a Content Security
  Policy allows only the page's own scripts (by hash) and no network access at all.

Colours and shapes come from the ontology. Above :data:`PHYSICS_LIMIT` actors the layout is
computed in Python (:mod:`diplograph.explore.layout`) and physics is off, since vis-network's
physics is quadratic in the number of actors.

>>> from diplograph.graph.model import Actor, Claim
>>> from diplograph.graph.view import build_view
>>> g = build_view([Actor.new("A <b>", "state"), Actor.new("B", "state")],
...                [Claim("state:a-b", "BORDERS", "state:b", "s1")])
>>> page = render_map(g, title="Borders")
>>> "A <b>" in page, "A \\\\u003cb\\\\u003e" in page, "http://" in page.split("<script")[0]
(False, True, False)
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import tempfile
from collections import Counter
from functools import cache
from importlib import resources
from pathlib import Path

import jinja2
import networkx as nx
from markupsafe import Markup

from diplograph.explore.layout import spread_layout
from diplograph.exports import output_mode
from diplograph.graph.ontology import load_ontology
from diplograph.graph.view import edge_grade

PHYSICS_LIMIT = 300
LAYOUTS = ("auto", "fixed", "physics")
LABEL_CHARS = 40
VIS_DIR = "lib/vis-9.1.2"

# Legend swatches drawn in a 14 x 14 SVG box, one per vis-network shape the ontology may name.
SWATCH_POINTS = {
    "diamond": "7,1 13,7 7,13 1,7",
    "triangle": "7,1 13,12 1,12",
    "triangleDown": "1,2 13,2 7,13",
    "square": "2,2 12,2 12,12 2,12",
    "box": "1,3 13,3 13,11 1,11",
    "star": " ".join(
        f"{7 + r * math.sin(i * math.pi / 5):.1f},{7 - r * math.cos(i * math.pi / 5):.1f}"
        for i, r in zip(range(10), [6.5, 2.8] * 5)
    ),
}


def render_map(view: nx.MultiDiGraph, *, title: str = "diplograph map", caption: str = "",
               layout: str = "auto", seed: int = 7) -> str:
    """The map of ``view`` as one HTML page.

    ``layout``: ``"auto"`` places actors in Python and lets vis-network's physics settle
    them only when there are at most :data:`PHYSICS_LIMIT` actors; ``"fixed"`` never runs
    physics; ``"physics"`` leaves all placement to the browser, as pyvis does (minutes for
    a thousand actors). ``caption`` is a line of text under the title (e.g. the filters).
    """
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}, not {layout!r}")
    onto = load_ontology()
    n = view.number_of_nodes()
    physics = n > 0 and (layout == "physics" or (layout == "auto" and n <= PHYSICS_LIMIT))
    positions = {} if layout == "physics" else spread_layout(view, seed=seed)
    nodes, edges, sources = _records(view, positions, onto)
    payload = {
        "nodes": nodes,
        "edges": edges,
        "sources": sources,
        "physics": physics,
        "options": vis_options(n, physics, from_scratch=layout == "physics", seed=seed),
    }
    script, style = _asset("map.js"), _asset("map.css")
    vis_js, vis_css = vis_asset("vis-network.min.js"), vis_asset("vis-network.css")
    type_counts = Counter(data.get("type") for _, data in view.nodes(data=True))
    family_counts = Counter(data["family"] for _, _, data in view.edges(data=True))
    return _template().render(
        title=title,
        caption=caption,
        n_actors=n,
        n_relations=view.number_of_edges(),
        actor_types=[(t, type_counts[t.name], SWATCH_POINTS.get(t.shape, ""))
                     for t in onto.actor_types.values() if type_counts[t.name]],
        families=[(f, family_counts[f.name]) for f in onto.families.values() if family_counts[f.name]],
        weak_modalities=[m.name for m in onto.modalities.values() if not m.answers],
        data_json=script_json(payload),
        vis_js=vis_js,
        vis_css=vis_css,
        map_js=script,
        map_css=style,
        csp=Markup(
            "default-src 'none'; "
            f"script-src {_csp_hash(vis_js)} {_csp_hash(script)}; "
            f"style-src {_csp_hash(vis_css)} {_csp_hash(style)}; "
            "img-src data:; base-uri 'none'; form-action 'none'"
        ),
    )


def write_map(view: nx.MultiDiGraph, path: str | Path, **options) -> Path:
    """Write the map of ``view`` to ``path`` (UTF-8) and return the path.

    The page is written to a temporary file beside ``path`` and moved over it, so a reader
    never sees half a map and a failure leaves any earlier map intact. Takes the options of
    :func:`render_map`.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "empty.html"
    >>> write_map(nx.MultiDiGraph(), target) == target, target.read_text(encoding="utf-8").startswith("<!doctype html>")
    (True, True)
    """
    path = Path(path)
    page = render_map(view, **options)
    folder = path.parent if str(path.parent) else Path(".")
    handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="\n", dir=folder,
                                         prefix=f".{path.name}.", suffix=".tmp", delete=False)
    try:
        with handle:
            handle.write(page)
            handle.flush()
            os.fsync(handle.fileno())
        # NamedTemporaryFile is private (0600); a map is a document meant to be shared.
        os.chmod(handle.name, output_mode(path))
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    return path


def script_json(value) -> Markup:
    """JSON that is safe inside a ``<script>`` element: the characters that could end the
    element, open a comment or end a JavaScript line are written as escapes.

    >>> str(script_json({"name": "</script><!--\\u2028"}))
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003c!--\\\\u2028"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return Markup(text)


def node_style(actor_type: str | None) -> dict:
    """How an actor of this type is drawn: vis-network ``shape`` and ``color`` from the ontology
    (a grey dot for a type the ontology does not know).

    >>> node_style("state")["shape"], node_style("no such type")
    ('dot', {'shape': 'dot', 'color': '#999999'})
    """
    spec = load_ontology().actor_types.get(actor_type or "")
    return {"shape": spec.shape, "color": spec.color} if spec else {"shape": "dot", "color": "#999999"}


def edge_style(predicate: str, modality: str | None = None) -> dict:
    """How a relation is drawn: the colour of its predicate's family, dashed when its strongest
    modality does not make an answer (unconfirmed, speculative, denied), no arrow when the
    predicate is symmetric.

    >>> edge_style("BORDERS", "denied")["dashes"], edge_style("BORDERS")["arrows"]
    (True, {'to': {'enabled': False}})
    """
    onto = load_ontology()
    spec = onto.predicate(predicate)
    style = {"color": onto.families[spec.family].color, "dashes": not onto.modality(modality or "asserted").answers}
    if spec.symmetric:
        style["arrows"] = {"to": {"enabled": False}}
    return style


def _records(view, positions, onto) -> tuple[list[dict], list[dict], dict]:
    """Node and edge records for vis-network (built with pyvis), with the plain-text details
    the page shows on hover, and the sources the claims cite."""
    from pyvis.edge import Edge
    from pyvis.network import Network

    net = Network(directed=True)
    degree = dict(view.degree())
    for node, data in view.nodes(data=True):
        name = str(data.get("name") or node)
        actor_type = onto.actor_types.get(data.get("type"))
        extra = {"x": positions[node][0], "y": positions[node][1]} if node in positions else {}
        net.add_node(
            node,
            label=name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1] + "…",
            **node_style(data.get("type")),
            value=degree[node] or 0.5,
            kind=data.get("type", ""),
            info={"name": name, "type": actor_type.label if actor_type else str(data.get("type", "")),
                  "id": node, "aliases": list(data.get("aliases") or [])[:20], "degree": degree[node]},
            **extra,
        )
    cited: set[str] = set()
    parallel: Counter = Counter()
    for number, (u, v, key, data) in enumerate(view.edges(keys=True, data=True)):
        predicate = onto.predicate(data.get("predicate", key))
        family = onto.families[predicate.family]
        pair = tuple(sorted((u, v)))
        bend = parallel[pair]  # the 2nd, 3rd ... relation between two actors curves away from the 1st
        parallel[pair] += 1
        claims = []
        for claim in data.get("claims", ()):
            cited.add(claim.source_id)
            claims.append({"date": claim.date, "end_date": claim.end_date, "modality": claim.modality,
                           "evidence": claim.evidence, "source": claim.source_id})
        # Network.add_edge would first look both ends up in a list (O(n) per edge, most of the
        # time for a large map); they come from the view, so build pyvis's Edge record directly.
        net.edges.append(Edge(
            u, v, directed=True,
            id=f"e{number}",
            **edge_style(predicate.name, data.get("modality")),
            value=data.get("n_sources", 1),
            family=family.name,
            info={"subject": view.nodes[u].get("name", u), "object": view.nodes[v].get("name", v),
                  "label": predicate.label, "predicate": predicate.name, "family": family.label,
                  "first_date": data.get("first_date", ""), "last_date": data.get("last_date", ""),
                  "modality": data.get("modality", ""), "n_sources": data.get("n_sources", len(claims)),
                  "grade": str(edge_grade(view, data)),
                  "symmetric": predicate.symmetric, "claims": claims},
            **({"smooth": {"enabled": True, "type": "curvedCW", "roundness": 0.2 * bend}} if bend else {}),
        ).options)
    known = view.graph.get("sources", {})
    trust = view.graph.get("trust")
    sources = {sid: {"title": known[sid].title, "url": known[sid].url, "publisher": known[sid].publisher,
                     "published": known[sid].published,
                     "reliability": trust.reliability.get(sid, "F") if trust else "F"}
               for sid in sorted(cited) if sid in known}
    return net.nodes, net.edges, sources


def vis_options(n: int, physics: bool, *, from_scratch: bool, seed: int) -> dict:
    """vis-network options for a drawing of ``n`` actors: label and width scaling, arrows, and
    physics off, settling already placed actors, or placing them ``from_scratch``.

    >>> vis_options(10, True, from_scratch=False, seed=7)["physics"]["solver"]
    'barnesHut'
    """
    large = n > PHYSICS_LIMIT
    if not physics:
        physics_options = {"enabled": False}
    elif from_scratch:  # vis-network's own defaults, which is what pyvis pages run
        physics_options = {"enabled": True, "stabilization": {"enabled": True, "iterations": 1000, "fit": True}}
    else:  # positions are already good: a short settle is enough
        physics_options = {"enabled": True, "solver": "barnesHut",
                           "barnesHut": {"springLength": 140, "avoidOverlap": 0.2},
                           "stabilization": {"enabled": True, "iterations": 150, "fit": True}}
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": seed},
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 14, "color": "#1d2327", "strokeWidth": 3, "strokeColor": "#ffffff"},
            # labels scale with the node and vanish when zoomed out far, which keeps big maps fast
            "scaling": {"min": 8, "max": 32, "label": {"enabled": True, "min": 12, "max": 26, "drawThreshold": 6}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "scaling": {"min": 1, "max": 6},
            "smooth": False if large else {"enabled": True, "type": "continuous"},
            "selectionWidth": 2,
        },
        "interaction": {"hover": True, "tooltipDelay": 80, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large,
                        "multiselect": False},
        "physics": physics_options,
    }


@cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("diplograph.explore", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("map.html")


@cache
def _asset(name: str) -> Markup:
    return _inline_safe(resources.files("diplograph.explore").joinpath("templates", name).read_text(encoding="utf-8"), name)


@cache
def vis_asset(name: str) -> Markup:
    """A file of the vis-network build shipped inside pyvis (``vis-network.min.js`` or
    ``vis-network.css``), checked to be safe to inline.

    >>> "vis" in vis_asset("vis-network.min.js")[:2000]
    True
    """
    return _inline_safe(resources.files("pyvis").joinpath(VIS_DIR, name).read_text(encoding="utf-8"), f"pyvis/{VIS_DIR}/{name}")


def _inline_safe(text: str, origin: str) -> Markup:
    """Code pasted into a ``<script>`` or ``<style>`` element must not contain what ends it."""
    lowered = text.lower()
    for marker in ("</script", "</style", "<!--"):
        if marker in lowered:
            raise RuntimeError(f"{origin} contains {marker!r} and cannot be inlined; reinstall diplograph and pyvis")
    return Markup(text)


def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
