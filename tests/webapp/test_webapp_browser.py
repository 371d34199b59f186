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

import pytest
from browser import node_on_screen
from pages import (BAIT, NODE_IDS, PAGE_SCRIPTS_ONLY, SHOWN_IDS, act, app_page, edge_on_screen, open_actor,
                   screenshot)
from served import FACTORY_SENTENCE, FACTORY_URL, HOSTILE_SENTENCE, IMG, JS_URL, MEETING_SENTENCE, SCRIPT

pytestmark = pytest.mark.browser

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


def test_clicking_a_relation_shows_its_evidence_as_text_with_web_sources_as_safe_links(browser, app):
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
        screenshot(page, "evidence")


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
        assert page.evaluate(PAGE_SCRIPTS_ONLY)
