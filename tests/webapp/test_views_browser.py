"""Views that last, in a real browser: the address holds the view and opening it draws the
view again (a hostile address only ever feeds the API), and the view exports as PNG, GraphML
and CSV built in the page."""

from __future__ import annotations

import json
from urllib.parse import quote, unquote

import networkx as nx
import pytest
from browser import node_on_screen
from pages import BAIT, NODE_IDS, act, app_page, open_actor, screenshot
from served import IMG, SCRIPT

pytestmark = pytest.mark.browser


def test_the_address_holds_the_view_and_opening_it_draws_it_again(browser, app):
    with app_page(browser, app) as visit:
        page = visit.page
        open_actor(page, "Tajik", "state:TJK")
        act(page, lambda: page.mouse.click(*node_on_screen(page, "state:IRN")))
        act(page, lambda: page.locator("input[data-type=organization]").uncheck())
        page.fill("#since", "2020")
        act(page, lambda: page.press("#since", "Enter"))
        shown, address = page.evaluate(NODE_IDS), page.url
        view = json.loads(unquote(address.split("#view=", 1)[1]))
        assert view["expanded"] == [["state:TJK", 1], ["state:IRN", 1]] and view["selected"] == ["actor", "state:IRN"]
        assert "organization" not in view["types"] and view["since"] == "2020"
    with app_page(browser, app, address=address) as visit:
        page = visit.page
        page.wait_for_selector("html[data-restored=true]", state="attached")
        assert page.evaluate(NODE_IDS) == shown
        assert page.locator("#panel-body .title").first.text_content() == "Iran"
        assert page.input_value("#since") == "2020" and not page.locator("input[data-type=organization]").is_checked()
        assert page.url == address


def test_a_shared_question_is_asked_again_and_a_hostile_address_stays_data(browser, app):
    view = {"shown": {"kind": "ask", "q": f"Who threatens Tajikistan? {SCRIPT}"},
            "selected": ["actor", BAIT], "types": [f"{IMG}", "state", "armed_group"], "since": IMG,
            "expanded": [[BAIT, 1], [f"x\"]{IMG}", 9], "not a pair"]}
    address = app.url + "#view=" + quote(json.dumps(view))
    with app_page(browser, app, address=address) as visit:
        page = visit.page
        page.wait_for_selector("html[data-restored=true]", state="attached")
        assert page.input_value("#ask") == f"Who threatens Tajikistan? {SCRIPT}"
        assert page.input_value("#since") == IMG
        assert page.locator("#status").text_content().startswith("Dates are a year")  # checked before any request
        assert page.evaluate("() => [...window.diplographMap.expanded.keys()]") == [BAIT]  # the odd entries dropped
        assert page.locator("img, iframe, object, embed").count() == 0


def test_the_view_exports_as_png_graphml_and_csv(browser, app, tmp_path):
    with app_page(browser, app) as visit:
        page = visit.page
        open_actor(page, "Tajik", "state:TJK")
        files = {}
        for kind in ("png", "graphml", "csv"):
            with page.expect_download() as download:
                act(page, lambda: page.click(f"#export-{kind}"))
            files[kind] = tmp_path / download.value.suggested_filename
            download.value.save_as(files[kind])
        assert files["png"].read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
        graph = nx.read_graphml(files["graphml"])
        assert sorted(graph.nodes) == page.evaluate(NODE_IDS)
        assert graph.nodes[BAIT]["name"] == IMG and "<img" not in files["graphml"].read_text(encoding="utf-8")
        assert {d["predicate"] for _, _, d in graph.edges(data=True)} >= {"THREAT", "CO_PRODUCTION", "BORDERS"}
        rows = files["csv"].read_text(encoding="utf-8").splitlines()
        assert rows[0].startswith('"subject","predicate","object"') and len(rows) == 1 + graph.number_of_edges()
        assert f'"{IMG}","THREAT","Tajikistan"' in "\n".join(rows)
        screenshot(page, "views")
