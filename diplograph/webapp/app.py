"""The web app as an ASGI application (Starlette): the page, its scripts, and the JSON API.

Every request first passes the checks of :class:`Guarded`, and every answer, errors included,
leaves through it with the security headers (a Content Security Policy that allows the page's
own scripts and requests to the server itself, nothing else):

* the ``Host`` header must name the server, ``127.0.0.1:PORT`` or ``localhost:PORT``, so that
  a web page elsewhere cannot reach it through a DNS name it points at 127.0.0.1 (DNS
  rebinding); a read carrying an ``Origin`` of another site is refused;
* reads are GET and HEAD, of a fixed list of paths: no file is ever looked up from a request;
* writes (an analyst's review, ``POST /api/review`` and ``POST /api/undo``) exist only when the
  site has a :class:`Desk`, and are accepted only from the app's own page (an ``Origin`` of this
  server, no other site's ``Sec-Fetch-Site``), with the per-launch token that ``diplograph
  serve`` puts in the address it opens, as Jupyter does, and a JSON body; one at a time, each
  followed by a fresh view for the requests after it.

Errors are JSON (``{"error": ..., "status": ...}``), never a page with request data in it.

>>> from diplograph.queries.example import example_view
>>> site = Site(DeskAPI(example_view()), port=8765)
>>> sorted(site.allowed_hosts), site.launch_url
(['127.0.0.1:8765', 'localhost:8765'], 'http://127.0.0.1:8765/')
"""

from __future__ import annotations

import hmac
import json
import logging
import secrets
import threading
from functools import cache
from importlib import resources
from urllib.parse import parse_qs

import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from diplograph.errors import ActorNotFound, DiplographError
from diplograph.explore.map import script_json, vis_asset, vis_options
from diplograph.webapp.api import MAX_DEPTH, MAX_NODES, ApiError
from diplograph.webapp.desk import DeskAPI

MAX_TARGET_CHARS = 4096  # longest path and query string accepted
MAX_FIELDS = 100  # query parameters per request
MAX_BODY_BYTES = 64 * 1024  # one review act

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Server": "diplograph",  # no framework or Python version
}
JSON_TYPE = "application/json; charset=utf-8"
TOKEN_HEADER = "X-Diplograph-Token"
WRITE_PATHS = ("/api/review", "/api/undo")
READ_METHODS = ("GET", "HEAD")
KNOWN_METHODS = ("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT")

# What /static/ serves: name -> (content type, where the text comes from). A fixed table, so
# that no part of a request is ever used as a file path.
STATIC = {
    "app.js": ("text/javascript; charset=utf-8", "webapp"),
    "desk.js": ("text/javascript; charset=utf-8", "webapp"),
    "review.js": ("text/javascript; charset=utf-8", "webapp"),
    "timeline.js": ("text/javascript; charset=utf-8", "webapp"),
    "hubs.js": ("text/javascript; charset=utf-8", "webapp"),
    "views.js": ("text/javascript; charset=utf-8", "webapp"),
    "app.css": ("text/css; charset=utf-8", "webapp"),
    "vis-network.min.js": ("text/javascript; charset=utf-8", "vis"),
    "vis-network.css": ("text/css; charset=utf-8", "vis"),
}

log = logging.getLogger(__name__)


class Site:
    """What the app serves and whom it answers: the API over the current view, the desk that
    writes (None: read-only), the names this server answers to, and this launch's token."""

    def __init__(self, api: DeskAPI, *, port: int, host: str = "127.0.0.1", desk: "Desk | None" = None):
        self.api, self.desk, self.port = api, desk, port
        shown = f"[{host}]" if ":" in host else host
        self.url = f"http://{shown}:{port}/"
        self.allowed_hosts = {f"127.0.0.1:{port}", f"localhost:{port}", f"{shown}:{port}"}
        self.token = secrets.token_urlsafe(32)  # for this launch only: printed, never stored
        self.launch_url = f"{self.url}?token={self.token}" if desk else self.url


class Desk:
    """What lets the app write: the graph (a DiploGraph), who is at the desk, and one write at a
    time, each followed by a new API over the view as it now reads."""

    def __init__(self, graph, analyst: str):
        self.graph, self.analyst = graph, analyst
        self.lock = threading.Lock()

    def write(self, site: Site, path: str, body: dict) -> dict:
        from diplograph.reviewing import MAX_SPLIT_CLAIMS

        with self.lock:
            if path == "/api/review":
                fields = _fields(body, ("act", "target", "why"), ("predicate", "modality", "date", "text", "into",
                                                                  "name", "type"), MAX_SPLIT_CLAIMS)
                record = self.graph.review(body.get("act", ""), body.get("target", ""), who=self.analyst,
                                           why=body.get("why", ""), **fields)
            else:
                _fields(body, ("id", "why"), (), 0)
                record = self.graph.undo(body.get("id", ""), who=self.analyst, why=body.get("why", ""))
            view = self.graph.nx  # read here, under the lock: the next requests see the act
            site.api = DeskAPI(view)
        return {"record": record.to_dict(), "status": 200}


def _fields(body: dict, known: tuple[str, ...], texts: tuple[str, ...], max_claims: int) -> dict:
    """The act's fields from a request body, each a string (``claims``: a list of them)."""
    for name, value in body.items():
        if name == "claims" and max_claims:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value) or len(value) > max_claims:
                raise ApiError(400, f"claims must be a list of at most {max_claims} claim ids", parameter=name)
        elif name not in known and name not in texts:
            raise ApiError(400, f"unknown field {name!r}; this act takes: {', '.join((*known, *texts))}"
                                + (", claims" if max_claims else ""), parameter=name)
        elif not isinstance(value, str):
            raise ApiError(400, f"{name} must be text", parameter=name)
    return {k: v for k, v in body.items() if k not in known}


class JSONAnswer(Response):
    """A JSON answer, never cached. ``<``, ``>`` and ``&`` are written as ``\\u`` escapes (the
    same JSON once parsed), so that no answer holds markup, even one a browser would sniff."""

    media_type = JSON_TYPE

    def __init__(self, payload: dict, status_code: int = 200, headers: dict | None = None):
        text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        for character in "<>&":  # they only ever occur inside JSON strings
            text = text.replace(character, f"\\u{ord(character):04x}")
        super().__init__(text.encode("utf-8"), status_code, {"Cache-Control": "no-store", **(headers or {})})


def error(status: int, message: str, headers: dict | None = None, **extra) -> JSONAnswer:
    return JSONAnswer({"error": message, "status": status, **extra}, status, headers)


def build_app(site: Site) -> ASGIApp:
    """The ASGI application serving ``site``: Starlette's routing behind :class:`Guarded`."""
    routes = [
        Route("/", read_page, methods=["GET"]),
        Route("/index.html", read_page, methods=["GET"]),
        Route("/static/{name}", read_static, methods=["GET"]),
        Route("/api/{endpoint:path}", read_api, methods=["GET"]),
    ]
    if site.desk is not None:
        routes += [Route(path, write, methods=["POST"]) for path in WRITE_PATHS]
    app = Starlette(routes=routes, exception_handlers={HTTPException: http_error, Exception: server_error})
    app.state.site = site
    return Guarded(app, site)


class Guarded:
    """Puts the security headers on every answer that leaves ``app``, and answers itself, with
    a JSON error, the requests no route may see: another Host, another site's read, an address
    too long, a method the app does not take."""

    def __init__(self, app: ASGIApp, site: Site):
        self.app, self.site = app, site

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        async def send_secured(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started, message = True, {**message, "headers": secured(message.get("headers") or [])}
            await send(message)

        try:
            refusal = self.refusal(scope) if scope["type"] == "http" else None
            await (refusal or self.app)(scope, receive, send_secured)
        except Exception as failure:
            if started:  # Starlette answered it, and the server logs it
                raise
            log.exception("error answering %r", scope.get("path"))
            await server_failure(scope.get("path", ""), failure, logged=True)(scope, receive, send_secured)

    def refusal(self, scope: Scope) -> Response | None:
        site, headers = self.site, Headers(scope=scope)
        hosts = headers.getlist("host")
        host = hosts[0].strip().lower() if len(hosts) == 1 else ""
        if host not in site.allowed_hosts:
            return error(400, f"this server answers requests for {site.url} only (Host header: {host!r}); "
                              "open that address in the browser")
        method, path = scope["method"], scope["path"]
        query = scope["query_string"]
        target = len(scope.get("raw_path") or b"") + (len(query) + 1 if query else 0)
        if target > MAX_TARGET_CHARS:
            return error(414, f"the address is {target} characters long; at most {MAX_TARGET_CHARS}")
        if method in READ_METHODS:
            origin = headers.get("origin")
            if origin is not None and origin.lower().removeprefix("http://") not in site.allowed_hosts:
                return error(403, f"requests from other sites ({origin!r}) are refused")
            return None
        writes = site.desk is not None and path in WRITE_PATHS
        if method == "POST" and writes:
            return None  # the write itself checks who sends it: see write_refusal
        if method not in KNOWN_METHODS:
            return error(501, "this method is not implemented: the app reads with GET"
                              + (" and writes with POST" if site.desk else ""))
        return error(405, f"{method} is not allowed: the app only reads (GET)"
                          + (f", and writes with POST to {' and '.join(WRITE_PATHS)}" if site.desk else ""),
                     headers={"Allow": "POST" if writes else "GET, HEAD"})


def secured(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """``headers`` with the security headers in place of any of the same names."""
    ours = [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in SECURITY_HEADERS.items()]
    names = {name for name, _ in ours}
    return [(name, value) for name, value in headers if name.lower() not in names] + ours


# -- reads ---------------------------------------------------------------------------------------

def read_page(request: Request) -> Response:
    return Response(page(), media_type="text/html; charset=utf-8")


def read_static(request: Request) -> Response:
    name = request.path_params["name"]
    if name not in STATIC:
        return not_found(request)
    content_type, _ = STATIC[name]
    return Response(static_file(name), media_type=content_type, headers={"Cache-Control": "no-cache"})


def read_api(request: Request) -> Response:
    """An API answer. The path is taken as sent, still percent-encoded: the API decodes an
    actor id in it once, itself."""
    path = request.scope["raw_path"].decode("latin-1")
    try:
        return JSONAnswer(request.app.state.site.api.handle(path, query_params(request.scope["query_string"])))
    except ApiError as refused:
        return JSONAnswer(refused.to_dict(), refused.status)
    except Exception as failure:  # a bug: say so in JSON, and in the terminal
        return server_failure(path, failure)


def query_params(query: bytes) -> dict[str, list[str]]:
    """The query string as lists of values by name; ApiError (400) when it cannot be read.

    >>> query_params(b"id=state%3AIRN&id=Tajikistan&depth=")
    {'id': ['state:IRN', 'Tajikistan'], 'depth': ['']}
    >>> query_params(b"q=%ff")
    Traceback (most recent call last):
    ...
    diplograph.webapp.api.ApiError: the query string is not valid UTF-8 once decoded
    """
    try:
        return parse_qs(query.decode("latin-1"), keep_blank_values=True, max_num_fields=MAX_FIELDS, errors="strict")
    except UnicodeDecodeError:
        raise ApiError(400, "the query string is not valid UTF-8 once decoded") from None
    except ValueError:  # parse_qs counts the fields before it splits them
        raise ApiError(400, f"too many query parameters (at most {MAX_FIELDS})") from None


# -- writes --------------------------------------------------------------------------------------

async def write(request: Request) -> Response:
    """``POST /api/review`` or ``/api/undo``: checked, then done by the desk in a worker thread."""
    site: Site = request.app.state.site
    refusal = write_refusal(request, site)
    if refusal:
        status, message = refusal
        return error(status, message, headers={"Connection": "close"})  # the body, if any, is left unread
    path = request.scope["path"]
    try:
        body = await json_body(request)
        return JSONAnswer(await run_in_threadpool(site.desk.write, site, path, body))
    except ApiError as refused:
        return JSONAnswer(refused.to_dict(), refused.status)
    except ActorNotFound as missing:
        return error(404, str(missing))
    except DiplographError as refused:  # the act was checked and refused: say why
        return error(400, str(refused))
    except Exception as failure:
        return server_failure(path, failure)


def write_refusal(request: Request, site: Site) -> tuple[int, str] | None:
    """Why a write request must be refused (the status and what to do), or None. Only the
    app's own page, opened with this launch's token, may write: another site's page cannot
    send a matching Origin, nor read the token."""
    headers = request.headers
    origin = (headers.get("Origin") or "").strip().lower()
    if origin.removeprefix("http://") not in site.allowed_hosts or not origin.startswith("http://"):
        return 403, f"writes are accepted from the app's own page only (Origin: {headers.get('Origin')!r})"
    fetch_site = headers.get("Sec-Fetch-Site")
    if fetch_site is not None and fetch_site.strip().lower() != "same-origin":
        return 403, f"writes are accepted from the app's own page only (Sec-Fetch-Site: {fetch_site!r})"
    token = headers.get(TOKEN_HEADER) or ""
    if not hmac.compare_digest(token.encode("utf-8", "replace"), site.token.encode("ascii")):
        return 401, "this write needs the token of this launch: open the address `diplograph serve` printed " \
                    "(it ends with ?token=...)"
    if (headers.get("Content-Type") or "").split(";")[0].strip().lower() != "application/json":
        return 415, "send the act as JSON (Content-Type: application/json)"
    length = headers.get("Content-Length")
    if length is None or not (length.isascii() and length.isdigit()):
        return 411, "a Content-Length is needed"
    if int(length) > MAX_BODY_BYTES:
        return 413, f"the body is {length} bytes; at most {MAX_BODY_BYTES}"
    return None


async def json_body(request: Request) -> dict:
    """The body, a JSON object of at most :data:`MAX_BODY_BYTES`."""
    data = bytearray()
    async for chunk in request.stream():
        data += chunk
        if len(data) > MAX_BODY_BYTES:
            raise ApiError(413, f"the body is longer than {MAX_BODY_BYTES} bytes")
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ApiError(400, "the body is not JSON") from None
    if not isinstance(body, dict):
        raise ApiError(400, "the body must be a JSON object")
    return body


# -- errors --------------------------------------------------------------------------------------

def not_found(request: Request) -> Response:
    path = request.scope.get("raw_path", b"").decode("latin-1")
    return error(404, f"nothing at {path!r}: the page is at /, the API under /api/ (see docs/webapp.md)")


def http_error(request: Request, exc: Exception) -> Response:
    """What Starlette itself refuses (no route: 404), as JSON."""
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        return not_found(request)
    return error(exc.status_code, str(exc.detail), headers=dict(exc.headers or {}))


def server_error(request: Request, exc: Exception) -> Response:
    return server_failure(request.scope["path"], exc, logged=True)


def server_failure(path: str, failure: Exception, logged: bool = False) -> Response:
    """A 500 that names the kind of failure, and the failure in the terminal (once)."""
    if not logged:
        log.error("error answering %r: %s: %s", path, type(failure).__name__, failure)
    return error(500, f"the server failed on this request ({type(failure).__name__}); see its terminal")


@cache
def page() -> str:
    """The page: the same for every request (nothing of a request ever goes into it), with the
    settings the script needs in a JSON data island."""
    template = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string(
        resources.files("diplograph.webapp").joinpath("page.html").read_text(encoding="utf-8"))
    settings = {"maxDepth": MAX_DEPTH, "maxNodes": MAX_NODES,
                "visOptions": vis_options(0, True, from_scratch=False, seed=7)}
    return template.render(settings_json=script_json(settings))


@cache
def static_file(name: str) -> bytes:
    """The bytes of a file in :data:`STATIC`: the app's own, or vis-network's from pyvis."""
    _, origin = STATIC[name]
    if origin == "vis":
        return str(vis_asset(name)).encode("utf-8")
    return resources.files("diplograph.webapp").joinpath(name).read_bytes()
