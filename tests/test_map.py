"""The interactive map, read as a file: offline, escaped, styled by the ontology, filtered.

These tests read the HTML that ``diplograph viz`` writes without a browser;
``test_map_browser.py`` opens it in headless Chromium.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from html.parser import HTMLParser
from importlib import resources

import networkx as nx
import pytest
from click.testing import CliRunner

from diplograph.cli.main import cli
from diplograph.core import DiploGraph
from diplograph.errors import OntologyError
from diplograph.explore import map as map_module
from diplograph.explore.map import PHYSICS_LIMIT, render_map, write_map
from diplograph.explore.subgraph import neighbourhood, select, with_predicates, within_dates
from diplograph.graph.model import Actor, Claim, Source
from diplograph.graph.ontology import load_ontology
from diplograph.graph.view import build_view

HOSTILE_NAMES = [
    "<img src=x onerror=alert(1)> href",
    "</script><script>alert(2)</script>",
    '"><svg onload=alert(3)>',
    "Line\u2028Separator\u2029Front",
]
HOSTILE_EVIDENCE = "They said </script><script>alert(4)</script> and <!-- then\u2028<img src=y onerror=alert(5)>"

FACTS = [
    {"subject": "Iran", "predicate": "CO_PRODUCTION", "object": "Tajikistan", "date": "2022-05-17",
     "evidence": "Iran opened a drone plant in Dushanbe.", "source": "https://example.org/plant"},
    {"subject": "Turkey", "predicate": "ARMS_TRANSFER", "object": "Kyrgyzstan", "date": "2021-10"},
    {"subject": "Kyrgyzstan", "predicate": "ARMED_CLASH", "object": "Tajikistan", "date": "2022-09",
     "end_date": "2022-09-17"},
    {"subject": "Kyrgyzstan", "predicate": "BORDERS", "object": "Tajikistan"},
    {"subject": "Afghanistan", "predicate": "BORDERS", "object": "Tajikistan"},
    {"subject": "Russia", "predicate": "MILITARY_PRESENCE", "object": "Tajikistan", "date": "2019"},
]


@pytest.fixture
def graph(tmp_path):
    with DiploGraph.open(store=tmp_path / "g.db") as g:
        g.ingest_facts(FACTS)
        yield g


@pytest.fixture
def hostile_view():
    """Actors, evidence and a source written by an attacker, straight into a view."""
    iran = Actor.new("Iran", "state", external_ids={"iso3": "IRN"})
    actors = [Actor.new(name, "organization") for name in HOSTILE_NAMES]
    source = Source(id="src:evil", title='<b onmouseover="alert(6)">Report</b>', url="javascript:alert(7)")
    claims = [Claim(a.id, "CRITICISM", iran.id, source.id, evidence=HOSTILE_EVIDENCE) for a in actors]
    return build_view([iran, *actors], claims, [source])


class Page(HTMLParser):
    """The elements of a page, their attributes, and the text of each script and style."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self.styles: list[str] = []
        self._open: str | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._open = tag
            self._attrs = dict(attrs)
            self._text = []

    def handle_data(self, data):
        if self._open:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == self._open:
            text = "".join(self._text)
            if tag == "script":
                self.scripts.append((self._attrs, text))
            else:
                self.styles.append(text)
            self._open = None

    def data(self) -> dict:
        [island] = [text for attrs, text in self.scripts if attrs.get("type") == "application/json"]
        return json.loads(island)


def names_in(view):
    return {view.nodes[n]["name"] for n in view}


# -- offline -------------------------------------------------------------------------------

def test_the_map_loads_nothing_from_the_network(graph):
    html = render_map(graph.nx)
    page = Page(html)
    for tag, attrs in page.elements:
        for name in ("src", "href", "action", "formaction", "data", "poster", "srcset", "xlink:href", "background"):
            assert name not in attrs, f"<{tag} {name}=...> would load a resource"
    assert not [tag for tag, _ in page.elements if tag in ("link", "iframe", "img", "object", "embed", "base")]
    for style in page.styles:
        assert "@import" not in style
        assert all(url.startswith(("data:", '"data:', "'data:")) for url in re.findall(r"url\(\s*([^)]*)", style))
    csp = next(attrs["content"] for tag, attrs in page.elements if attrs.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    # the citation URL is in the page, as data
    assert any(s["url"] == "https://example.org/plant" for s in page.data()["sources"].values())


def test_vis_network_is_inlined_from_pyvis(graph):
    page = Page(render_map(graph.nx))
    library = resources.files("pyvis").joinpath("lib/vis-9.1.2/vis-network.min.js").read_text(encoding="utf-8")
    inline = [text for attrs, text in page.scripts if "src" not in attrs and "type" not in attrs]
    assert library in inline
    assert "Apache 2.0" in library and "MIT" in library  # the licence that lets us ship it travels with it


# -- untrusted text never becomes markup ------------------------------------------------------

def test_hostile_names_and_evidence_do_not_appear_unescaped(hostile_view):
    html = render_map(hostile_view, title="</title><script>alert(8)</script>")
    for text in [*HOSTILE_NAMES, HOSTILE_EVIDENCE, "<b onmouseover", "</title><script>alert(8)"]:
        assert text not in html
    for fragment in ("<img src=x", "<img src=y", "<svg onload", "<script>alert", "\u2028", "\u2029", "<!-- then"):
        assert fragment not in html
    page = Page(html)
    assert len(page.scripts) == 3  # the data island, vis-network and the page's own script
    assert not [(tag, name) for tag, attrs in page.elements for name in attrs if name.startswith("on")]
    assert not [tag for tag, _ in page.elements if tag in ("img", "iframe", "object", "a")]


def test_hostile_text_survives_intact_as_data(hostile_view):
    data = Page(render_map(hostile_view)).data()
    assert {n["info"]["name"] for n in data["nodes"]} == set(HOSTILE_NAMES) | {"Iran"}
    assert {c["evidence"] for e in data["edges"] for c in e["info"]["claims"]} == {HOSTILE_EVIDENCE}
    assert data["sources"]["src:evil"]["url"] == "javascript:alert(7)"


def test_records_carry_no_title_so_vis_never_builds_html_popups(hostile_view):
    # vis-network (and pyvis, when a title contains "href") would render a title as HTML.
    data = Page(render_map(hostile_view)).data()
    assert not [r for r in data["nodes"] + data["edges"] if "title" in r]


def test_the_page_title_is_escaped():
    html = render_map(nx.MultiDiGraph(), title='Iran & "allies" <b>')
    assert "<title>Iran &amp; &#34;allies&#34; &lt;b&gt;</title>" in html


# -- styling comes from the ontology ------------------------------------------------------------

def test_colours_and_shapes_come_from_the_ontology(graph, monkeypatch):
    real = load_ontology()
    recoloured = dataclasses.replace(
        real,
        actor_types={k: dataclasses.replace(t, color=f"#0000{i:02d}", shape="square")
                     for i, (k, t) in enumerate(real.actor_types.items())},
        families={k: dataclasses.replace(f, color=f"#00{i:02d}00") for i, (k, f) in enumerate(real.families.items())},
    )
    monkeypatch.setattr(map_module, "load_ontology", lambda: recoloured)
    page = Page(render_map(graph.nx))
    data = page.data()
    for node in data["nodes"]:
        assert node["color"] == recoloured.actor_types[node["kind"]].color
        assert node["shape"] == "square"
    for edge in data["edges"]:
        assert edge["color"] == recoloured.families[edge["family"]].color
    fills = {attrs.get("fill") for tag, attrs in page.elements if tag in ("circle", "polygon")}
    assert fills == {recoloured.actor_types["state"].color}


def test_the_legend_lists_the_actor_types_and_families_present(graph):
    page = Page(render_map(graph.nx))
    kinds = {attrs["data-kind"] for tag, attrs in page.elements if "data-kind" in attrs}
    families = {attrs["data-family"] for tag, attrs in page.elements if "data-family" in attrs}
    assert kinds == {"state"}
    assert families == {"material_cooperation", "material_conflict", "structural"}


def test_nodes_are_sized_by_degree_and_relations_carry_their_details(graph):
    data = Page(render_map(graph.nx)).data()
    values = {n["id"]: n["value"] for n in data["nodes"]}
    assert values["state:TJK"] == 5 and values["state:IRN"] == 1
    [plant] = [e for e in data["edges"] if e["info"]["predicate"] == "CO_PRODUCTION"]
    info = plant["info"]
    assert (info["label"], info["first_date"], info["modality"], info["n_sources"]) == (
        load_ontology().predicate("CO_PRODUCTION").label, "2022-05-17", "asserted", 1)
    assert info["claims"][0]["evidence"] == "Iran opened a drone plant in Dushanbe."
    [borders] = [e for e in data["edges"] if e["info"]["predicate"] == "BORDERS" and e["from"] == "state:KGZ"]
    assert borders["arrows"] == {"to": {"enabled": False}}  # symmetric: no direction to show


# -- layout: physics only where the browser can afford it -----------------------------------------

def test_small_maps_settle_with_capped_physics_and_large_ones_are_placed_in_python():
    def path_view(n):
        actors = [Actor.new(f"Actor {i}", "state") for i in range(n)]
        return build_view(actors, [Claim(a.id, "BORDERS", b.id, "s") for a, b in zip(actors, actors[1:])])

    small = Page(render_map(path_view(20))).data()
    assert small["physics"] and small["options"]["physics"]["stabilization"]["iterations"] <= 200
    large = Page(render_map(path_view(PHYSICS_LIMIT + 1))).data()
    assert not large["physics"] and large["options"]["physics"] == {"enabled": False}
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in large["nodes"])
    assert len({(n["x"], n["y"]) for n in large["nodes"]}) == PHYSICS_LIMIT + 1  # no two actors stacked
    browser_only = Page(render_map(path_view(20), layout="physics")).data()
    assert browser_only["physics"] and not [n for n in browser_only["nodes"] if "x" in n]


# -- writing ---------------------------------------------------------------------------------------

def test_write_map_writes_utf8_and_leaves_no_temporary_file(tmp_path, hostile_view):
    target = tmp_path / "map.html"
    assert write_map(hostile_view, target, title="Türkiye’s drones") == target
    text = target.read_bytes().decode("utf-8")
    assert "Türkiye’s drones" in text
    assert os.listdir(tmp_path) == ["map.html"]


def test_a_failed_write_keeps_the_previous_map(tmp_path, graph, monkeypatch):
    folder = tmp_path / "maps"
    folder.mkdir()
    target = folder / "map.html"
    write_map(graph.nx, target, title="first")
    before = target.read_text(encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(map_module.os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_map(graph.nx, target, title="second")
    assert target.read_text(encoding="utf-8") == before
    assert os.listdir(folder) == ["map.html"]


# -- choosing what to draw ---------------------------------------------------------------------------

def test_focus_and_depth_follow_relations_either_way(graph):
    iran = graph.actor("Iran").id
    assert names_in(neighbourhood(graph.nx, iran, depth=0)) == {"Iran"}
    assert names_in(neighbourhood(graph.nx, iran, depth=1)) == {"Iran", "Tajikistan"}
    assert names_in(neighbourhood(graph.nx, iran, depth=2)) == {"Iran", "Tajikistan", "Kyrgyzstan", "Afghanistan", "Russia"}
    assert len(neighbourhood(graph.nx, iran, depth=3)) == 6


def test_predicate_filter_checks_names_against_the_ontology(graph):
    arms = with_predicates(graph.nx, ["arms_transfer"])
    assert [k for _, _, k in arms.edges(keys=True)] == ["ARMS_TRANSFER"]
    with pytest.raises(OntologyError, match="ARMS_TRANSFER, ATTACK"):
        with_predicates(graph.nx, ["GUNS"])


def test_date_window_keeps_overlapping_and_undated_relations(graph):
    def kept(**window):
        return sorted(k for _, _, k in within_dates(graph.nx, **window).edges(keys=True))

    assert kept(since="2022") == ["ARMED_CLASH", "BORDERS", "BORDERS", "CO_PRODUCTION"]
    assert kept(until="2021-12") == ["ARMS_TRANSFER", "BORDERS", "BORDERS", "MILITARY_PRESENCE"]
    assert "ARMED_CLASH" in kept(since="2022-09-10", until="2022-09-12")  # inside the clash's span
    assert "ARMED_CLASH" not in kept(since="2022-09-18")
    with pytest.raises(ValueError, match="before it starts"):
        within_dates(graph.nx, since="2023", until="2022")


def test_select_filters_relations_before_walking_from_the_focus(graph):
    tajikistan = graph.actor("Dushanbe").id
    part = select(graph.nx, focus=tajikistan, depth=2, predicates=["BORDERS"])
    assert names_in(part) == {"Tajikistan", "Kyrgyzstan", "Afghanistan"}
    assert names_in(select(graph.nx, predicates=["ARMS_TRANSFER"])) == {"Turkey", "Kyrgyzstan"}
    assert len(select(graph.nx)) == 6


# -- the command -----------------------------------------------------------------------------------------

def run(graph, *args):
    return CliRunner().invoke(cli, ["--store", str(graph.backend.path), *args], catch_exceptions=False)


def test_viz_writes_the_map_and_says_what_it_drew(graph, tmp_path):
    out = tmp_path / "tajikistan.html"
    result = run(graph, "viz", "--focus", "Dushanbe", "--depth", "1", "-p", "BORDERS,ARMED_CLASH", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert f"Wrote {out}: 3 actors, 3 relations." in result.output
    data = Page(out.read_text(encoding="utf-8")).data()
    assert {n["info"]["name"] for n in data["nodes"]} == {"Tajikistan", "Kyrgyzstan", "Afghanistan"}


def test_viz_errors_say_what_to_do(graph, tmp_path):
    out = str(tmp_path / "x.html")
    unknown = run(graph, "viz", "--focus", "Tadjikistan", "--out", out)
    assert unknown.exit_code == 1 and "Did you mean: Tajikistan?" in unknown.output
    bad_date = run(graph, "viz", "--since", "2022-13", "--out", out)
    assert bad_date.exit_code == 2 and "'--since'" in bad_date.output and "month 13" in bad_date.output
    bad_predicate = run(graph, "viz", "-p", "GUNS", "--out", out)
    assert bad_predicate.exit_code == 2 and "ARMS_TRANSFER" in bad_predicate.output
    nothing = run(graph, "viz", "-p", "ATTACK", "--out", out)
    assert nothing.exit_code == 1 and "no relation matches" in nothing.output
    nowhere = run(graph, "viz", "--out", str(tmp_path / "missing" / "x.html"))
    assert nowhere.exit_code == 2 and "does not exist" in nowhere.output
    assert not os.path.exists(out)


def test_viz_help_shows_examples():
    result = CliRunner().invoke(cli, ["viz", "--help"])
    assert result.exit_code == 0
    assert "diplograph viz --focus Tajikistan --depth 2 --out tajikistan.html" in result.output
