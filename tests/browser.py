"""Headless Chromium for the map's browser tests and benchmark, with the network cut off.

Pages open with every request that is not a local file refused and written down, dialogs
(``alert``, ``confirm``, ``prompt``) dismissed and written down, and Content Security
Policy violations collected, so a test can say "nothing went out, nothing ran".
"""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = os.environ.get("DIPLOGRAPH_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
INSTALL_HINT = ("the browser tests need Debian's Chromium at /usr/bin/chromium and the playwright "
                "package: run `apt-get install chromium` (scripts/test.sh does it) and "
                "`.venv/bin/pip install -e .[test]`")

# Runs before any script of the page: traps the ways injected code would show itself.
_TRAPS = """
window.__pwned = false;
window.__cspViolations = [];
for (const name of ["alert", "confirm", "prompt"]) {
  const original = window[name];
  window[name] = function (...args) { window.__pwned = true; return original.apply(this, args); };
}
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(e.violatedDirective + " " + (e.blockedURI || "inline"));
});
"""


# Every element attribute whose name starts with "on": injected markup would show up here.
ON_ATTRIBUTES = """() => [...document.querySelectorAll("*")].flatMap(e =>
    [...e.attributes].filter(a => a.name.startsWith("on")).map(a => e.tagName + " " + a.name))"""


def missing_browser() -> str | None:
    """Why Chromium cannot be driven here, or None when it can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return f"the playwright package is not installed; {INSTALL_HINT}"
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        return f"no Chromium at {CHROMIUM}; {INSTALL_HINT}"
    return None


@contextmanager
def chromium():
    """A headless Chromium browser, closed on exit."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Visit:
    """What happened while a page was open."""

    page: object
    requests: list[str] = field(default_factory=list)  # every non-file URL the page tried to load
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # uncaught exceptions and console errors

    def csp_violations(self) -> list[str]:
        return self.page.evaluate("window.__cspViolations")

    def pwned(self) -> bool:
        return bool(self.page.evaluate("window.__pwned")) or bool(self.dialogs)


PATIENCE_MS = 120_000


@contextmanager
def offline_page(browser, path: str | Path | None = None, *, width: int = 1400, height: int = 900):
    """A page in a fresh context that cannot reach any network, showing the file at ``path``
    (or blank, for the caller to ``goto`` and time)."""
    context = browser.new_context(viewport={"width": width, "height": height}, service_workers="block")
    # Playwright's 30-second default fails pages that are merely slow when other work loads the
    # machine's cores; a page that never gets there still fails, only later.
    context.set_default_timeout(PATIENCE_MS)
    visit = Visit(page=None)

    def refuse(route):
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            visit.requests.append(url)
            route.abort()

    context.route("**/*", refuse)
    context.add_init_script(_TRAPS)
    page = context.new_page()
    visit.page = page
    page.on("dialog", lambda dialog: (visit.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: visit.errors.append(str(error)))
    page.on("console", lambda message: visit.errors.append(message.text) if message.type == "error" else None)
    page.on("request", lambda request: None if request.url.startswith(("file:", "data:"))
            or request.url in visit.requests else visit.requests.append(request.url))
    try:
        if path is not None:
            page.goto(Path(path).resolve().as_uri())
        yield visit
    finally:
        context.close()


def wait_until_drawn(page, timeout_s: float = PATIENCE_MS / 1000) -> None:
    """Wait for the map's first usable frame (see ``diplograph/explore/templates/map.js``).

    Waits on the attribute the page sets, not with ``wait_for_function``: polling a script
    needs ``eval``, which the page's Content Security Policy rightly forbids."""
    page.wait_for_selector("html[data-drawn=true]", state="attached", timeout=timeout_s * 1000)


def node_on_screen(page, node_id: str) -> tuple[float, float]:
    """Page coordinates of a node's centre, for moving the mouse onto it."""
    return tuple(page.evaluate(
        """id => {
             const net = window.diplographMap.network;
             const at = net.canvasToDOM(net.getPosition(id));
             const box = document.getElementById("map").getBoundingClientRect();
             return [box.left + at.x, box.top + at.y];
           }""", node_id))
