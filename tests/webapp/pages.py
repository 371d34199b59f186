"""What the browser tests of the web app share: the page opened with nothing but the app
reachable, actions that wait until the page has drawn, where things are on the canvas, and
screenshots for docs/webapp.md.

Set ``DIPLOGRAPH_SCREENSHOTS`` to a folder (``docs/images``) to keep the screenshots the tests
take; otherwise they go to a temporary folder and are thrown away.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import TimeoutError as PlaywrightTimeout

from browser import ON_ATTRIBUTES, offline_page

BAIT = "armed_group:img-src-x-onerror-alert-1"
NODE_IDS = "() => window.diplographMap.nodes.getIds().sort()"
# Every script on the page is one of the app's own files, or its settings (JSON, not run).
PAGE_SCRIPTS_ONLY = """() => [...document.scripts].every(s => s.src ? new URL(s.src).pathname.startsWith("/static/")
                                                  : s.type === "application/json" && s.id === "app-settings")"""
SHOWN_IDS = "() => window.diplographMap.nodes.get({filter: n => !n.hidden}).map(n => n.id).sort()"


@contextmanager
def app_page(browser, app, *, refused: int = 0, address: str | None = None, unauthorised: int = 0):
    """The app's page, loaded and ready, in a context that may reach the app and nothing else.
    ``refused``: how many requests the test expects the API to answer with a 400 (Chromium
    logs each one as a console error); ``unauthorised``: with a 401. ``address``: where to open
    the app (default: its address without a token)."""
    with offline_page(browser) as visit:
        # A page route wins over the context's, which refuses (and records) everything else.
        visit.page.route(f"{app.url}**", lambda route: route.continue_())
        visit.page.goto(address or app.url)
        visit.page.wait_for_selector("html[data-ready=true]", state="attached")
        yield visit
        assert outside(visit, app) == [], "the page tried to reach beyond the app"
        bad_requests = [e for e in visit.errors if "status of 400 (Bad Request)" in e]
        assert len(bad_requests) == refused
        denied = [e for e in visit.errors if "status of 401 (Unauthorized)" in e]
        assert len(denied) == unauthorised
        bad_requests += denied
        assert [e for e in visit.errors if e not in bad_requests] == [], visit.errors
        assert visit.csp_violations() == []
        assert not visit.pwned(), f"injected code ran (dialogs: {visit.dialogs})"
        assert visit.page.evaluate(ON_ATTRIBUTES) == []


def outside(visit, app) -> list[str]:
    return [url for url in visit.requests if not url.startswith(app.url)]


def act(page, action) -> None:
    """Do ``action`` and wait until the page has finished what it started. A wait that runs out
    says what the page showed then, so that a rare hang (seen twice in full runs, never alone)
    can be read from the CI log."""
    before = int(page.get_attribute("html", "data-done"))
    action()
    try:
        page.wait_for_selector(f"html[data-done='{before + 1}']", state="attached")
    except PlaywrightTimeout as timeout:
        shown = page.evaluate("""() => ({done: document.documentElement.dataset.done,
            status: (document.getElementById("status") || {}).textContent,
            panel: (document.getElementById("panel-body") || {}).textContent})""")
        raise AssertionError(f"the page did not finish (data-done was {before}): {shown!r}") from timeout


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


def screenshot(page, name: str) -> Path:
    """A screenshot of the page as ``NAME.png`` in ``$DIPLOGRAPH_SCREENSHOTS`` (or a temporary folder)."""
    folder = Path(os.environ.get("DIPLOGRAPH_SCREENSHOTS") or Path(tempfile.gettempdir()) / "diplograph-screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"webapp-{name}.png"
    page.screenshot(path=str(path))
    return path
