"""The web app in a real browser: headless Chromium, with every request that is not for the
app itself refused and written down.

The page is driven as an analyst would: type in the search box, click a suggestion, click
actors and relations on the canvas (at the pixels where vis-network drew them), tick the
filters. The page bumps ``<html data-done>`` each time an action has finished drawing; the
tests wait on that attribute, since polling a script would need ``eval``, which the page's
Content Security Policy forbids.

Needs Chromium at /usr/bin/chromium (see ``tests/browser.py``). Without it these tests fail,
unless DIPLOGRAPH_ALLOW_NO_BROWSER=1 says to skip them.
"""

from __future__ import annotations

import os
from contextlib import contextmanager

import pytest
from browser import ON_ATTRIBUTES, node_on_screen, offline_page
from served import FACTORY_SENTENCE, FACTORY_URL, HOSTILE_SENTENCE, IMG, JS_URL, MEETING_SENTENCE, SCRIPT

pytestmark = pytest.mark.browser

BAIT = "armed_group:img-src-x-onerror-alert-1"
NODE_IDS = "() => window.diplographMap.nodes.getIds().sort()"
SHOWN_IDS = "() => window.diplographMap.nodes.get({filter: n => !n.hidden}).map(n => n.id).sort()"



@contextmanager
def app_page(browser, app, *, refused: int = 0):
    """The app's page, loaded and ready, in a context that may reach the app and nothing else.
    ``refused``: how many requests the test expects the API to answer with a 400 (Chromium
    logs each one as a console error)."""
    with offline_page(browser) as visit:
        # A page route wins over the context's, which refuses (and records) everything else.
        visit.page.route(f"{app.url}**", lambda route: route.continue_())
        visit.page.goto(app.url)
        visit.page.wait_for_selector("html[data-ready=true]", state="attached")
        yield visit
        assert outside(visit, app) == [], "the page tried to reach beyond the app"
        bad_requests = [e for e in visit.errors if "status of 400 (Bad Request)" in e]
        assert len(bad_requests) == refused
        assert [e for e in visit.errors if e not in bad_requests] == []
        assert visit.csp_violations() == []
        assert not visit.pwned(), f"injected code ran (dialogs: {visit.dialogs})"
        assert visit.page.evaluate(ON_ATTRIBUTES) == []


def outside(visit, app) -> list[str]:
    return [url for url in visit.requests if not url.startswith(app.url)]


def act(page, action) -> None:
    """Do ``action`` and wait until the page has finished what it started."""
    before = int(page.get_attribute("html", "data-done"))
    action()
    page.wait_for_selector(f"html[data-done='{before + 1}']", state="attached", timeout=30_000)


def open_actor(page, text: str, actor_id: str) -> None:
    """Type ``text`` in the search box and click the suggestion for ``actor_id``."""
    act(page, lambda: page.fill("#search", text))
    act(page, lambda: page.click(f"#suggestions li[data-id='{actor_id}']"))


def edge_on_screen(page, edge_id: str) -> tuple[float, float]:
    """Page coordinates of a point on a drawn edge that is on no node and on no other edge."""
    point = page.evaluate("""id => {
        const net = window.diplographMap.network;
        const curve = net.body.edges[id].edgeType;  // where vis-network drew the (curved) edge
        for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75]) {
          const dom = net.canvasToDOM(curve.getPoint(t));
          if (net.getNodeAt(dom) === undefined && net.getEdgeAt(dom) === id) {
            const box = document.getElementById("map").getBoundingClientRect();
            return [box.left + dom.x, box.top + dom.y];
          }
        }
        return null;
    }""", edge_id)
    assert point, f"no free point on {edge_id} to click"
    return tuple(point)


def test_search_then_click_a_result_puts_the_actor_and_its_neighbours_on_the_canvas(browser, app):
    with app_page(browser, app) as visit:
        page = visit.page
        assert page.evaluate(NODE_IDS) == []
        act(page, lambda: page.fill("#search", "dushanbe"))  # an alias
        suggestions = page.locator("#suggestions li[data-id]")
        assert suggestions.count() == 1 and suggestions.first.locator(".name").text_content() == "Tajikistan"
        act(page, lambda: suggestions.first.click())
        assert page.evaluate(NODE_IDS) == sorted(["state:TJK", "state:IRN", "state:KGZ", BAIT])
        assert page.locator("#panel-body .title").text_content() == "Tajikistan"
        assert page.locator("#panel-body .relations li").count() == 5
        assert page.is_hidden("#empty")


def test_clicking_an_actor_expands_its_neighbours_into_the_view(browser, app):
    with app_page(browser, app) as visit:
        page = visit.page
        open_actor(page, "Tajik", "state:TJK")
        assert "state:RUS" not in page.evaluate(NODE_IDS)
        act(page, lambda: page.mouse.click(*node_on_screen(page, "state:IRN")))
        shown = page.evaluate(NODE_IDS)
        assert "state:RUS" in shown and "organization:script-script-alert-2-script" in shown  # Iran's neighbours
        assert {"state:TJK", "state:KGZ", BAIT} <= set(shown)  # merged, not replaced
        assert page.locator("#panel-body .title").text_content() == "Iran"
        assert page.evaluate("() => [...window.diplographMap.expanded.keys()]") == ["state:TJK", "state:IRN"]


def test_unticking_an_actor_type_hides_those_actors_and_ticking_it_brings_them_back(browser, app):
    with app_page(browser, app) as visit:
        page = visit.page
        open_actor(page, "Tajik", "state:TJK")
        assert BAIT in page.evaluate(SHOWN_IDS)
        act(page, lambda: page.locator("input[data-type=armed_group]").uncheck())
        assert page.evaluate(SHOWN_IDS) == ["state:IRN", "state:KGZ", "state:TJK"]
        assert [r for r in page.locator("#panel-body .relations li").all_text_contents() if "threatens" in r] == []
        act(page, lambda: page.locator("input[data-type=armed_group]").check())
        assert BAIT in page.evaluate(SHOWN_IDS)


def test_relation_and_date_filters_redraw_the_expanded_view(browser, app):
    with app_page(browser, app, refused=1) as visit:
        page = visit.page
        open_actor(page, "Tajik", "state:TJK")
        edges = "() => window.diplographMap.edges.get().map(e => e.predicate).sort()"
        act(page, lambda: page.locator("input[data-family=structural]").uncheck())
        assert "BORDERS" not in page.evaluate(edges)
        act(page, lambda: page.locator("input[data-family=structural]").check())
        page.fill("#since", "2022-06")
        act(page, lambda: page.press("#since", "Enter"))
        assert page.evaluate(edges) == ["ARMED_CLASH", "BORDERS", "CONSULTATION", "THREAT"]
        page.fill("#since", "2022-99")
        act(page, lambda: page.press("#since", "Enter"))
        assert "not a valid date" in page.locator("#status").text_content()


def test_clicking_a_relation_shows_its_evidence_as_text_with_web_sources_as_safe_links(browser, app, tmp_path):
    with app_page(browser, app) as visit:
        page = visit.page
        open_actor(page, "Tajik", "state:TJK")
        act(page, lambda: page.mouse.click(*edge_on_screen(page, "state:IRN|CO_PRODUCTION|state:TJK")))
        panel = page.locator("#panel-body")
        assert panel.locator(".title").text_content() == "Iran sets up production in Tajikistan"
        assert panel.locator("blockquote.evidence").all_text_contents() == [FACTORY_SENTENCE]
        assert "2022-05-17 · asserted" in panel.locator(".claim .meta").first.text_content()
        link = panel.locator("a.url")
        assert link.get_attribute("href") == FACTORY_URL and link.text_content() == FACTORY_URL
        assert link.get_attribute("rel") == "noopener noreferrer" and link.get_attribute("target") == "_blank"
        page.screenshot(path=os.environ.get("DIPLOGRAPH_WEBAPP_SCREENSHOT", str(tmp_path / "webapp.png")))


def test_hostile_names_and_evidence_stay_text_and_a_javascript_url_is_no_link(browser, app):
    with app_page(browser, app) as visit:
        page = visit.page
        act(page, lambda: page.fill("#search", "onerror"))
        assert page.locator("#suggestions li .name").all_text_contents() == [IMG]
        act(page, lambda: page.click(f"#suggestions li[data-id='{BAIT}']"))
        assert page.locator("#panel-body .title").text_content() == IMG

        act(page, lambda: page.mouse.click(*edge_on_screen(page, f"{BAIT}|THREAT|state:TJK")))
        panel = page.locator("#panel-body")
        assert panel.locator("blockquote.evidence").text_content() == HOSTILE_SENTENCE
        assert panel.locator("img, svg, script, iframe").count() == 0

        act(page, lambda: page.mouse.click(*node_on_screen(page, "state:TJK")))
        act(page, lambda: page.mouse.click(*node_on_screen(page, "state:IRN")))
        assert page.locator("#panel-body .relations").get_by_text(SCRIPT, exact=False).count() == 1
        act(page, lambda: page.mouse.click(*edge_on_screen(page, "state:IRN|CONSULTATION|state:TJK")))
        assert panel.locator("blockquote.evidence").text_content() == MEETING_SENTENCE
        assert panel.locator("span.url").text_content() == JS_URL
        assert "<svg onload=alert(7)>" in panel.locator(".source").text_content()
        hrefs = page.evaluate("() => [...document.querySelectorAll('a')].map(a => a.getAttribute('href'))")
        assert all(h.startswith(("http://", "https://")) for h in hrefs) and JS_URL not in hrefs
        # the page's own elements only: nothing the data named became markup
        assert page.locator("img, iframe, object, embed").count() == 0
        assert page.locator("script").count() == 3
