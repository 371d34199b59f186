"""The desk in a real browser: the path finder and the ask box, driven as an analyst would,
with hostile names in what they show (see ``served.py``). One server and one browser for the
module; each test opens a fresh page."""

from __future__ import annotations

import pytest
from pages import BAIT, NODE_IDS, PAGE_SCRIPTS_ONLY, act, app_page, edge_on_screen, open_actor, screenshot
from served import ARTICLE_TEXT, ARTICLE_TITLE, CLASH_SENTENCE, IMG, SCRIPT

pytestmark = pytest.mark.browser


def test_the_path_finder_lists_the_chains_and_draws_them_on_the_canvas(browser, app):
    with app_page(browser, app) as visit:
        page = visit.page
        page.fill("#path-from", IMG)
        page.fill("#path-to", "Russia")
        act(page, lambda: page.click("#path-go"))
        panel = page.locator("#panel-body")
        assert panel.locator(".title").first.text_content() == f"Paths from {IMG} to Russia"
        chains = panel.locator(".paths > li > .title").all_text_contents()
        assert chains[0] == f"{IMG} → Tajikistan → Iran → Russia"
        assert panel.locator(".hop .ends").first.text_content() == f"{IMG} — Tajikistan"
        assert set(page.evaluate(NODE_IDS)) >= {BAIT, "state:TJK", "state:IRN", "state:RUS"}
        screenshot(page, "path")
        # a filter redraws the path: without the threat, the bait is cut off
        act(page, lambda: page.locator("input[data-family=verbal_conflict]").uncheck())
        assert "no chain of relations links" in panel.locator("p.meta").text_content()
        assert page.evaluate(NODE_IDS) == [BAIT, "state:RUS"]
        # a relation of a hop opens its evidence
        act(page, lambda: page.locator("input[data-family=verbal_conflict]").check())
        act(page, lambda: panel.locator(".hop .relations button").first.click())
        assert panel.locator(".title").text_content() == f"{IMG} threatens Tajikistan"
        assert panel.locator("img, svg, script").count() == 0


# Fetches a change event on the element ``selector`` starts (the page's requests all go through fetch).
FETCHES_ON_CHANGE = """selector => {
    let calls = 0;
    const real = window.fetch;
    window.fetch = (...args) => { calls += 1; return real(...args); };
    try { document.querySelector(selector).dispatchEvent(new Event("change", {bubbles: true})); }
    finally { window.fetch = real; }
    return calls;
}"""


def test_editing_the_path_finder_redraws_nothing_until_paths_are_asked_for(browser, app):
    with app_page(browser, app) as visit:
        page = visit.page
        page.fill("#path-from", IMG)
        page.fill("#path-to", "Russia")
        act(page, lambda: page.click("#path-go"))
        # the boxes sit among the filters, whose changes redraw the path; their own do not
        assert page.evaluate(FETCHES_ON_CHANGE, "#path-from") == 0
        assert page.evaluate(FETCHES_ON_CHANGE, "#path-k") == 0
        redraws = []
        act(page, lambda: redraws.append(page.evaluate(FETCHES_ON_CHANGE, "input[data-family=verbal_conflict]")))
        assert redraws[0] >= 1


def test_the_ask_box_lists_answers_with_evidence_and_draws_them(browser, app):
    with app_page(browser, app) as visit:
        page = visit.page
        page.fill("#ask", "Who criticises Iran?")
        act(page, lambda: page.press("#ask", "Enter"))
        panel = page.locator("#panel-body")
        assert panel.locator(".reading").text_content().startswith("Read as: CRITICISM relations of Iran")
        assert panel.locator(".answers button").all_text_contents() == [SCRIPT + " organization"]
        assert "condemned" in panel.locator("blockquote.evidence").text_content()
        assert page.evaluate(NODE_IDS) == ["organization:script-script-alert-2-script", "state:IRN"]
        assert page.evaluate(PAGE_SCRIPTS_ONLY)  # the page's own
        screenshot(page, "ask")
        # an answer opens that actor
        act(page, lambda: panel.locator(".answers button").first.click())
        assert panel.locator(".title").text_content() == SCRIPT


def test_a_question_not_understood_offers_forms_that_are(browser, app):
    with app_page(browser, app) as visit:
        page = visit.page
        page.fill("#ask", "What is the weather in Paris?")
        act(page, lambda: page.click("#ask-go"))
        suggestions = page.locator("#panel-body .suggested button")
        assert suggestions.count() >= 1
        form = suggestions.first.text_content()
        act(page, lambda: suggestions.first.click())
        assert page.input_value("#ask") == form
        assert page.locator("#panel-body h2.title").text_content() == form


def test_the_source_reader_shows_the_document_with_the_sentence_marked_and_in_view(browser, app):
    with app_page(browser, app) as visit:
        page = visit.page
        open_actor(page, "Tajik", "state:TJK")
        act(page, lambda: page.mouse.click(*edge_on_screen(page, "state:KGZ|ARMED_CLASH|state:TJK")))
        claim = page.locator("#panel-body li.claim").filter(has_text=CLASH_SENTENCE)
        act(page, lambda: claim.locator("button.read-source").click())
        panel = page.locator("#panel-body")
        assert panel.locator("h2.title").text_content() == ARTICLE_TITLE
        assert "Valley Monitor · 2022-09-15 · article" in panel.locator(".meta").first.text_content()
        document = panel.locator(".document")
        assert document.text_content() == ARTICLE_TEXT  # markup in the text stays text
        assert panel.locator("mark.current").text_content() == CLASH_SENTENCE
        box, mark = document.bounding_box(), panel.locator("mark.current").bounding_box()
        assert box["y"] <= mark["y"] and mark["y"] + mark["height"] <= box["y"] + box["height"], "not scrolled into view"
        assert panel.locator(".source-claims li").count() == 2
        assert panel.locator("img, svg, script, a").count() == 0  # no URL: no link
        screenshot(page, "source")
        # another claim of the document moves the mark
        act(page, lambda: panel.locator(".source-claims li button.linkish").last.click())
        assert panel.locator("mark.current").text_content() == "The two states share a long border."


EDGES = "() => window.diplographMap.edges.get().map(e => e.predicate).sort()"


def test_the_time_slider_filters_the_canvas_and_play_steps_through_the_years(browser, app):
    with app_page(browser, app) as visit:
        page = visit.page
        open_actor(page, "Tajik", "state:TJK")
        assert "THREAT" in page.evaluate(EDGES)
        months = page.evaluate("() => window.diplographApp.time.months()")
        assert (months[0], months[-1]) == ("2019-01", "2023-01")
        act(page, lambda: page.locator("#time-slider").fill(str(months.index("2022-06"))))
        assert page.input_value("#until") == "2022-06"
        assert page.locator("#time-label").text_content() == "known up to 2022-06"
        shown = page.evaluate(EDGES)
        assert "CO_PRODUCTION" in shown and not {"THREAT", "ARMED_CLASH", "CONSULTATION"} & set(shown)
        screenshot(page, "time")
        act(page, lambda: page.locator("#time-slider").fill("0"))
        before = int(page.get_attribute("html", "data-done"))
        page.select_option("#time-step", "12")
        page.click("#time-play")  # 2020-01, 2021-01, 2022-01, 2023-01: four steps, then it stops
        page.wait_for_selector(f"html[data-done='{before + 4}']", state="attached")
        page.wait_for_selector("#time-play[aria-pressed=false]", timeout=10_000)
        assert page.locator("#time-label").text_content() == "all dates" and page.input_value("#until") == ""
        assert "THREAT" in page.evaluate(EDGES)


def test_the_relation_list_sorts_by_date_and_by_sources(browser, app):
    with app_page(browser, app) as visit:
        page = visit.page
        open_actor(page, "Tajik", "state:TJK")
        metas = "#panel-body .relations li .meta"
        act(page, lambda: page.select_option("#panel-body select.sort-relations", "newest"))
        assert "1 source · 2023-01" in page.locator(metas).first.text_content()
        act(page, lambda: page.select_option("#panel-body select.sort-relations", "oldest"))
        assert "2022-05-17" in page.locator(metas).first.text_content()
        act(page, lambda: page.select_option("#panel-body select.sort-relations", "sources"))
        assert "2 sources" in page.locator(metas).first.text_content()
        assert page.locator("#panel-body select.sort-relations").input_value() == "sources"
