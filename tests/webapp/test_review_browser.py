"""Reviewing in a real browser: the page opened with the launch token records acts and shows
them (hostile text as text), without it it cannot, and another site's page cannot either,
whatever it tries (CSRF). Each test has its own store and server, since reviews change them."""

from __future__ import annotations

import pytest
from browser import PATIENCE_MS
from pages import BAIT, NODE_IDS, act, app_page, edge_on_screen, open_actor, screenshot
from served import HOSTILE_SENTENCE, IMG, build_hostile_graph, running_server

pytestmark = pytest.mark.browser

THREAT = f"{BAIT}|THREAT|state:TJK"


@pytest.fixture
def desk(tmp_path):
    graph = build_hostile_graph(tmp_path / "g.db")
    with running_server(graph.nx, graph) as server:
        yield server, graph
    graph.close()


def claim_item(page, sentence: str):
    return page.locator("#panel-body li.claim").filter(has_text=sentence)


def test_reject_undo_and_correct_from_the_page(browser, desk):
    server, graph = desk
    with app_page(browser, server, address=server.launch_url) as visit:
        page = visit.page
        assert "token" not in page.url  # taken out of the address bar, kept for the tab
        open_actor(page, "Tajik", "state:TJK")
        act(page, lambda: page.mouse.click(*edge_on_screen(page, THREAT)))
        threat = claim_item(page, HOSTILE_SENTENCE)
        threat.locator("details.review summary").click()
        threat.locator("input.why").fill(f"no such group {IMG}")
        act(page, lambda: threat.locator("button.reject").click())
        assert "Rejected (cur:" in page.locator("#saved").text_content()
        rejected = page.locator("#panel-body ul.rejected li")
        assert rejected.locator("blockquote.evidence").text_content() == HOSTILE_SENTENCE
        assert "✗ rejected · test analyst · " in rejected.locator(".mark").text_content()
        assert rejected.locator(".mark").text_content().endswith(f"no such group {IMG}Undo")
        assert [r.act for r in graph.backend.curations()] == ["reject"]
        assert BAIT not in page.evaluate(NODE_IDS)  # the canvas reads the graph as reviewed
        screenshot(page, "review")
        act(page, lambda: rejected.locator("button.undo").click())
        assert "Undone: reject" in page.locator("#saved").text_content()
        assert BAIT in page.evaluate(NODE_IDS) and not graph.curations.active
        # a correction of the factory claim
        act(page, lambda: page.mouse.click(*edge_on_screen(page, "state:IRN|CO_PRODUCTION|state:TJK")))
        factory = page.locator("#panel-body li.claim").first
        factory.locator("details.review summary").click()
        factory.locator("select").nth(1).select_option("reported")
        act(page, lambda: factory.locator("button.correct").click())
        assert "✎ corrected modality=reported" in page.locator("#panel-body li.claim .mark").first.text_content()
        assert "reported" in page.locator("#panel-body li.claim .meta").first.text_content()
        assert page.locator("#panel-body img, #panel-body script, #panel-body svg").count() == 0


def test_a_note_and_a_merge_on_an_actor(browser, desk):
    server, graph = desk
    with app_page(browser, server, address=server.launch_url) as visit:
        page = visit.page
        open_actor(page, "onerror", BAIT)
        page.locator("#panel-body details.review summary").click()
        page.locator("#panel-body details.review textarea").fill(f"seen in {IMG}")
        act(page, lambda: page.locator("#panel-body button.note").click())
        assert page.locator("#panel-body .marks .mark").first.text_content().startswith(f"note: seen in {IMG}")
        page.locator("#panel-body details.review summary").click()
        page.locator("#panel-body input.into").fill("Kyrgyzstan")
        act(page, lambda: page.locator("#panel-body button.merge").click())
        assert page.locator("#panel-body .title").first.text_content() == "Kyrgyzstan"
        assert BAIT not in page.evaluate(NODE_IDS)
        assert [r.act for r in graph.curations.active] == ["note", "merge"]


def test_without_the_token_the_page_cannot_review(browser, desk):
    server, graph = desk
    with app_page(browser, server, unauthorised=1) as visit:  # the address without ?token=
        page = visit.page
        open_actor(page, "Tajik", "state:TJK")
        act(page, lambda: page.mouse.click(*edge_on_screen(page, THREAT)))
        threat = claim_item(page, HOSTILE_SENTENCE)
        threat.locator("details.review summary").click()
        act(page, lambda: threat.locator("button.confirm").click())
        assert "needs the token of this launch" in page.locator("#status").text_content()
        assert graph.backend.curations() == []


EVIL_PAGE = """<!doctype html><title>cute cats</title>
<form id="f" method="POST" enctype="text/plain" action="{app}api/review">
<input name='{{"act":"reject","target":"{claim}","x":"' value='"}}'></form>
<script>
const body = JSON.stringify({{act: "reject", target: "{claim}"}});
const tries = [
  fetch("{app}api/review", {{method: "POST", mode: "no-cors", headers: {{"Content-Type": "text/plain"}}, body}}),
  fetch("{app}api/review", {{method: "POST", headers: {{"Content-Type": "application/json",
                                                      "X-Diplograph-Token": "guess"}}, body}}),
  fetch("{app}api/undo", {{method: "POST", mode: "no-cors", body: JSON.stringify({{id: "cur:x"}})}}),
];
Promise.allSettled(tries).then(() => {{ document.title = "tried"; document.getElementById("f").submit(); }});
</script>"""


def test_another_sites_page_cannot_review_however_it_tries(browser, desk):
    server, graph = desk
    claim = next(c.id for c in graph.backend.claims() if c.predicate == "THREAT")
    seen = []
    context = browser.new_context()
    context.set_default_timeout(PATIENCE_MS)
    try:
        def evil(route):
            route.fulfill(status=200, content_type="text/html", body=EVIL_PAGE.format(app=server.url, claim=claim))

        context.route("http://evil.example/**", evil)
        page = context.new_page()
        page.on("request", lambda r: seen.append((r.method, r.url)) if r.url.startswith(server.url) else None)
        with page.expect_navigation(url=f"{server.url}api/review"):
            page.goto("http://evil.example/cats")  # the form posts last, after the fetches
        assert "writes are accepted from the app's own page only" in page.content()
    finally:
        context.close()
    assert ("POST", f"{server.url}api/review") in seen  # the attempts did reach the server
    assert graph.backend.curations() == []


def test_a_claim_about_another_actor_of_the_same_name_is_split_off(browser, desk):
    server, graph = desk
    with app_page(browser, server, address=server.launch_url) as visit:
        page = visit.page
        open_actor(page, "Tajik", "state:TJK")
        act(page, lambda: page.mouse.click(*edge_on_screen(page, THREAT)))
        threat = claim_item(page, HOSTILE_SENTENCE)
        threat.locator("details.review summary").click()
        threat.locator("select.split-end").select_option(BAIT)
        threat.locator("input.split-name").fill(f"{IMG} (the other one)")
        act(page, lambda: threat.locator("button.split-go").click())
        assert "Split off (cur:" in page.locator("#saved").text_content()
        [record] = graph.curations.active
        assert (record.act, record.target, record.fields["name"], record.fields["type"]) == \
            ("split", BAIT, f"{IMG} (the other one)", "armed_group")
        assert page.locator("#panel-body .title").first.text_content() == f"{IMG} (the other one)"
        assert record.fields["new_id"] in page.evaluate(NODE_IDS) and graph.nx.degree(BAIT) == 0
