"""The web app's HTTP server: the page, its scripts, and the JSON API, on a loopback address only.

Standard library only (``http.server.ThreadingHTTPServer``). The server answers GET and HEAD
and nothing else, only to requests that name it in their ``Host`` header as ``127.0.0.1:PORT``
or ``localhost:PORT`` (a web page elsewhere cannot reach it through a DNS name that it points
at 127.0.0.1: DNS rebinding), only for a fixed list of paths (no file is ever looked up from
a request), and every answer carries a Content Security Policy that allows the page's own
scripts and requests to the server itself, nothing else.

The graph is read once, when the server starts, in the thread that starts it: request threads
only read that in-memory view. Writes (an analyst's review, ``POST /api/review`` and
``POST /api/undo``) are accepted only when the server was given the graph to write to, only
from the app's own page (an ``Origin`` of this server, no other site's ``Sec-Fetch-Site``),
and only with the per-launch token that ``diplograph serve`` puts in the address it opens, as
Jupyter does; one at a time, each followed by a fresh view for the requests after it.

>>> from diplograph.queries.example import example_view
>>> server = make_server(example_view(), port=0)
>>> server.server_address[0], server.url.startswith("http://127.0.0.1:")
('127.0.0.1', True)
>>> server.server_close()
>>> make_server(example_view(), host="0.0.0.0")
Traceback (most recent call last):
...
diplograph.errors.DiplographError: --host must be a loopback address (127.0.0.1, ::1 or localhost), not '0.0.0.0': the app serves this computer only
"""

from __future__ import annotations

import errno
import hmac
import ipaddress
import json
import secrets
import socket
import threading
from functools import cache
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from urllib.parse import parse_qs, urlsplit

import jinja2
import networkx as nx

from diplograph.errors import ActorNotFound, DiplographError
from diplograph.explore.map import script_json, vis_asset, vis_options
from diplograph.webapp.api import MAX_DEPTH, MAX_NODES, ApiError, GraphAPI
from diplograph.webapp.desk import DeskAPI

DEFAULT_PORT = 8765
MAX_TARGET_CHARS = 4096  # longest path and query string accepted
MAX_FIELDS = 100  # query parameters per request

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
JSON_TYPE = "application/json; charset=utf-8"
TOKEN_HEADER = "X-Diplograph-Token"
MAX_BODY_BYTES = 64 * 1024  # one review act
WRITE_PATHS = ("/api/review", "/api/undo")

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


def loopback_host(host: str) -> str:
    """The address to bind for ``host``, which must be a loopback address or ``localhost``.

    >>> loopback_host("localhost"), loopback_host("::1")
    ('127.0.0.1', '::1')
    """
    if host.strip().lower() == "localhost":
        return "127.0.0.1"  # not whatever the resolver says: some map it to an outside address
    try:
        address = ipaddress.ip_address(host.strip().strip("[]"))
    except ValueError:
        address = None
    if address is None or not address.is_loopback:
        raise DiplographError(f"--host must be a loopback address (127.0.0.1, ::1 or localhost), not {host!r}: "
                              "the app serves this computer only")
    return str(address)


class WebServer(ThreadingHTTPServer):
    """A threaded HTTP server for one graph, bound to a loopback address."""

    daemon_threads = True  # a browser's idle connection must not keep the program alive

    def __init__(self, api: GraphAPI, host: str, port: int, desk: "Desk | None" = None):
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.api = api
        self.desk = desk
        super().__init__((host, port), RequestHandler)
        self.port = self.server_address[1]
        shown = f"[{host}]" if ":" in host else host
        self.url = f"http://{shown}:{self.port}/"
        self.allowed_hosts = {f"127.0.0.1:{self.port}", f"localhost:{self.port}", f"{shown}:{self.port}"}
        self.token = secrets.token_urlsafe(32)  # for this launch only: printed, never stored
        self.launch_url = f"{self.url}?token={self.token}" if desk else self.url


class Desk:
    """What lets the app write: the graph (a DiploGraph), who is at the desk, and one write at a
    time, each followed by a new API over the view as it now reads."""

    def __init__(self, graph, analyst: str):
        self.graph, self.analyst = graph, analyst
        self.lock = threading.Lock()

    def write(self, server: WebServer, path: str, body: dict) -> dict:
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
            server.api = DeskAPI(view)
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


def make_server(view: nx.MultiDiGraph, *, host: str = "127.0.0.1", port: int = DEFAULT_PORT, graph=None,
                analyst: str = "") -> WebServer:
    """A server for ``view``, bound and listening (port 0: any free port; see ``.url``).
    With ``graph`` (the DiploGraph ``view`` was read from), the app also records reviews by
    ``analyst``; open ``.launch_url``, which carries the token they need.
    Call ``serve_forever()`` to answer requests and ``server_close()`` when done."""
    bind = loopback_host(host)
    api = DeskAPI(view)
    desk = None
    if graph is not None:
        from diplograph.reviewing import analyst as logged_in

        desk = Desk(graph, analyst or logged_in())
    try:
        return WebServer(api, bind, port, desk)
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            raise DiplographError(f"port {port} is in use on {bind}; choose another with --port "
                                  "(--port 0 picks a free one)") from None
        raise DiplographError(f"cannot listen on {bind}:{port}: {error.strerror or error}") from None


class RequestHandler(BaseHTTPRequestHandler):
    """Answers one request: checks Host, method and path, then the page, a static file or the API."""

    server: WebServer
    def version_string(self) -> str:
        return "diplograph"  # no Python version in the Server header
    timeout = 60  # a connection that sends nothing is dropped, freeing its thread

    def do_GET(self) -> None:
        self._answer(head=False)

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def _refuse_method(self) -> None:
        self._send_json(HTTPStatus.METHOD_NOT_ALLOWED,
                        {"error": f"{self.command} is not allowed: the app only reads (GET)"
                                  + (f", and writes with POST to {' and '.join(WRITE_PATHS)}" if self.server.desk else ""),
                         "status": 405},
                        extra={"Allow": "GET, HEAD"})

    do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_TRACE = do_CONNECT = _refuse_method

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        if self.server.desk is None or path not in WRITE_PATHS:
            return self._refuse_method()
        refusal = self._refuse_write()
        if refusal:
            status, message = refusal
            self.close_connection = True  # the body, if any, is left unread
            return self._send_json(status, {"error": message, "status": status.value})
        try:
            body = self._json_body()
            status, answer = HTTPStatus.OK, self.server.desk.write(self.server, path, body)
        except ApiError as error:
            status, answer = HTTPStatus(error.status), error.to_dict()
        except ActorNotFound as error:
            status, answer = HTTPStatus.NOT_FOUND, {"error": str(error), "status": 404}
        except DiplographError as error:  # the act was checked and refused: say why
            status, answer = HTTPStatus.BAD_REQUEST, {"error": str(error), "status": 400}
        except Exception as error:
            self.log_error("error answering %r: %s: %s", path, type(error).__name__, error)
            status, answer = HTTPStatus.INTERNAL_SERVER_ERROR, {
                "error": f"the server failed on this request ({type(error).__name__}); see its terminal", "status": 500}
        return self._send_json(status, answer)

    def _refuse_write(self) -> tuple[HTTPStatus, str] | None:
        """Why a write request must be refused (the status and what to do), or None. Only the
        app's own page, opened with this launch's token, may write: another site's page cannot
        send a matching Origin, nor read the token."""
        host = (self.headers.get("Host") or "").strip().lower()
        if host not in self.server.allowed_hosts:
            return HTTPStatus.BAD_REQUEST, f"this server answers requests for {self.server.url} only (Host header: {host!r})"
        origin = (self.headers.get("Origin") or "").strip().lower()
        if origin.removeprefix("http://") not in self.server.allowed_hosts or not origin.startswith("http://"):
            return HTTPStatus.FORBIDDEN, ("writes are accepted from the app's own page only "
                                          f"(Origin: {self.headers.get('Origin')!r})")
        site = self.headers.get("Sec-Fetch-Site")
        if site is not None and site.strip().lower() != "same-origin":
            return HTTPStatus.FORBIDDEN, f"writes are accepted from the app's own page only (Sec-Fetch-Site: {site!r})"
        token = self.headers.get(TOKEN_HEADER) or ""
        if not hmac.compare_digest(token.encode("utf-8", "replace"), self.server.token.encode("ascii")):
            return HTTPStatus.UNAUTHORIZED, ("this write needs the token of this launch: open the address "
                                             "`diplograph serve` printed (it ends with ?token=...)")
        if (self.headers.get("Content-Type") or "").split(";")[0].strip().lower() != "application/json":
            return HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "send the act as JSON (Content-Type: application/json)"
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            return HTTPStatus.LENGTH_REQUIRED, "a Content-Length is needed"
        if int(length) > MAX_BODY_BYTES:
            return HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the body is {length} bytes; at most {MAX_BODY_BYTES}"
        return None

    def _json_body(self) -> dict:
        data = self.rfile.read(int(self.headers["Content-Length"]))
        try:
            body = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise ApiError(400, "the body is not JSON") from None
        if not isinstance(body, dict):
            raise ApiError(400, "the body must be a JSON object")
        return body

    def _answer(self, head: bool) -> None:
        host = (self.headers.get("Host") or "").strip().lower()
        if host not in self.server.allowed_hosts:
            return self._send_json(HTTPStatus.BAD_REQUEST, {
                "error": f"this server answers requests for {self.server.url} only (Host header: {host!r}); "
                         "open that address in the browser", "status": 400}, head=head)
        origin = self.headers.get("Origin")
        if origin is not None and origin.lower().removeprefix("http://") not in self.server.allowed_hosts:
            return self._send_json(HTTPStatus.FORBIDDEN, {
                "error": f"requests from other sites ({origin!r}) are refused", "status": 403}, head=head)
        if len(self.path) > MAX_TARGET_CHARS:
            return self._send_json(HTTPStatus.REQUEST_URI_TOO_LONG, {
                "error": f"the address is {len(self.path)} characters long; at most {MAX_TARGET_CHARS}",
                "status": 414}, head=head)
        target = urlsplit(self.path)
        path = target.path
        if path in ("/", "/index.html"):
            return self._send(HTTPStatus.OK, "text/html; charset=utf-8", page().encode("utf-8"), head=head)
        if path.startswith("/static/"):
            name = path[len("/static/"):]
            if name in STATIC:
                content_type, _ = STATIC[name]
                return self._send(HTTPStatus.OK, content_type, static_file(name), head=head,
                                  extra={"Cache-Control": "no-cache"})
        if path.startswith("/api/"):
            try:
                status, answer = HTTPStatus.OK, self.server.api.handle(path, query_params(target.query))
            except ApiError as error:
                status, answer = HTTPStatus(error.status), error.to_dict()
            except Exception as error:  # a bug must not leave the browser waiting on a dropped connection
                self.log_error("error answering %r: %s: %s", path, type(error).__name__, error)
                status, answer = HTTPStatus.INTERNAL_SERVER_ERROR, {
                    "error": f"the server failed on this request ({type(error).__name__}); see its terminal",
                    "status": 500}
            return self._send_json(status, answer, head=head)
        return self._send_json(HTTPStatus.NOT_FOUND, {
            "error": f"nothing at {path!r}: the page is at /, the API under /api/ (see docs/webapp.md)",
            "status": 404}, head=head)

    # -- writing answers -----------------------------------------------------------------------

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors found by http.server itself (bad request line, unknown method, header too
        long) as JSON with the same headers as every other answer, instead of its HTML page."""
        try:
            status = HTTPStatus(code)
        except ValueError:
            status = HTTPStatus.BAD_REQUEST
        self.close_connection = True
        self._send_json(status, {"error": message or status.phrase, "status": status.value},
                        head=self.command == "HEAD")

    def _send_json(self, status: HTTPStatus, payload: dict, *, head: bool = False, extra: dict | None = None) -> None:
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self._send(status, JSON_TYPE, body, head=head, extra={"Cache-Control": "no-store", **(extra or {})})

    def _send(self, status: HTTPStatus, content_type: str, body: bytes, *, head: bool, extra: dict | None = None) -> None:
        self.send_response(status)
        for name, value in {**SECURITY_HEADERS, **(extra or {})}.items():
            self.send_header(name, value)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:
        """Quiet: the terminal shows the URL and errors, not every request."""

    def log_error(self, format: str, *args) -> None:
        super().log_message(format, *args)


def query_params(query: str) -> dict[str, list[str]]:
    """The query string as lists of values by name; ApiError (400) when it cannot be read.

    >>> query_params("id=state%3AIRN&id=Tajikistan&depth=")
    {'id': ['state:IRN', 'Tajikistan'], 'depth': ['']}
    >>> query_params("q=%ff")
    Traceback (most recent call last):
    ...
    diplograph.webapp.api.ApiError: the query string is not valid UTF-8 once decoded
    """
    try:
        return parse_qs(query, keep_blank_values=True, max_num_fields=MAX_FIELDS, errors="strict")
    except UnicodeDecodeError:
        raise ApiError(400, "the query string is not valid UTF-8 once decoded") from None
    except ValueError:  # parse_qs counts the fields before it splits them
        raise ApiError(400, f"too many query parameters (at most {MAX_FIELDS})") from None


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
