"""The web app's server: uvicorn, in this process, on a loopback address only.

:func:`make_server` binds the address at once (port 0: any free port), so that the address and
its token are known, and a port in use is reported, before anything is served;
:meth:`WebServer.serve_forever` then answers with uvicorn until Ctrl+C (or
:meth:`WebServer.shutdown` from another thread). What is answered, and how, is
:mod:`diplograph.webapp.app`.

A store's view (:func:`serving_view`) reads the rows each request needs, on a connection of its
own, with the whole-graph index of the store as it was at the start; requests read it in
uvicorn's worker threads, and each review made in the page is followed by a fresh view (see
:class:`diplograph.webapp.app.Desk`).

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
import ipaddress
import json
import socket
import threading
from contextlib import contextmanager

import h11
import networkx as nx
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from diplograph.errors import DiplographError
from diplograph.webapp.app import JSON_TYPE, SECURITY_HEADERS, Desk, Site, build_app
from diplograph.webapp.desk import DeskAPI

DEFAULT_PORT = 8765
KEEP_CLAIMS = 1_000_000  # claims of relations read for answers kept in memory (half a GB or so)
IDLE_SECONDS = 60  # a connection that sends nothing for this long is dropped
STOP_SECONDS = 5  # how long a stop waits for requests under way


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


class WebServer:
    """The app for one graph, served by uvicorn from a socket bound to a loopback address."""

    def __init__(self, sock: socket.socket, site: Site):
        self.socket, self.site = sock, site
        self.server_address = sock.getsockname()
        self.port, self.url, self.token, self.launch_url = site.port, site.url, site.token, site.launch_url
        self.desk = site.desk
        config = uvicorn.Config(
            build_app(site), http=Http11, ws="none", lifespan="off", loop="asyncio", interface="asgi3",
            proxy_headers=False,  # no X-Forwarded-* header may change who a request says it is from
            server_header=False, access_log=False, log_config=None, log_level="warning",
            timeout_keep_alive=IDLE_SECONDS, timeout_graceful_shutdown=STOP_SECONDS)
        self._uvicorn = uvicorn.Server(config)
        self._stopped = threading.Event()

    @property
    def api(self) -> DeskAPI:
        """The API over the view as it now reads."""
        return self.site.api

    def serve_forever(self) -> None:
        """Answer requests until Ctrl+C (KeyboardInterrupt, raised once uvicorn has stopped)
        or :meth:`shutdown`."""
        self._stopped.clear()
        try:
            self._uvicorn.run(sockets=[self.socket])
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        """Stop :meth:`serve_forever`, running in another thread, and wait until it has."""
        self._uvicorn.should_exit = True
        self._stopped.wait(timeout=STOP_SECONDS + 5)

    def server_close(self) -> None:
        self.socket.close()


class Http11(H11Protocol):
    """uvicorn's HTTP/1.1 (h11), whose answer to a request it cannot read (a malformed request
    line or header, headers too long, no Host) is JSON with the security headers, like every
    other answer, instead of plain text without them. Nothing of the request is in it."""

    def send_400_response(self, msg: str) -> None:
        host, port = self.server[:2] if self.server else ("127.0.0.1", 0)
        shown = f"[{host}]" if ":" in host else host
        body = json.dumps({"error": f"the request is not well-formed HTTP/1.1 (request line, headers and a Host "
                                    f"header): this server answers requests for http://{shown}:{port}/ only",
                           "status": 400}).encode("utf-8")
        headers = [(b"content-type", JSON_TYPE.encode()), (b"content-length", str(len(body)).encode()),
                   (b"cache-control", b"no-store"), (b"connection", b"close"),
                   *((name.lower().encode(), value.encode()) for name, value in SECURITY_HEADERS.items())]
        for event in (h11.Response(status_code=400, headers=headers, reason=b"Bad Request"), h11.Data(data=body),
                      h11.EndOfMessage()):
            self.transport.write(self.conn.send(event))
        self.transport.close()


@contextmanager
def serving_view(graph, announce=None):
    """The view of ``graph`` (a DiploGraph) for the app to answer from, as the store is now.

    An embedded store's view is read as requests ask (see :mod:`diplograph.graph.store_view`)
    through a connection of its own (the app's reviews are written through ``graph``'s, in
    transactions of their own), and its whole-graph index is loaded, or built (``announce`` is
    told), now: the actors, relations and statistics it lists are those of the store at the
    start (no read transaction is held open meanwhile: it would keep the store's write-ahead log
    from being reset while another process loads sources). A graph without an index (Neo4j),
    with curation records or graded with ``--min-grade`` is read whole, now, as before."""
    from diplograph.graph.store_view import StoreView

    view = graph.nx
    if not isinstance(view, StoreView) or view.loaded or not hasattr(graph.backend, "index_rows"):
        if hasattr(view, "load"):
            view.load()
        yield view
        return
    backend = graph.backend
    reader = type(backend)(backend.path, busy_timeout=backend.busy_timeout)
    try:
        served = StoreView(reader)
        served.graph["curations"] = graph.curations
        served.announce = announce
        served.keep_claims = KEEP_CLAIMS
        served.index()
        yield served
    finally:
        reader.close()


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
    sock = socket.socket(socket.AF_INET6 if ":" in bind else socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # a restart need not wait for TIME_WAIT
        sock.bind((bind, port))
        sock.listen(128)
    except OSError as error:
        sock.close()
        if error.errno == errno.EADDRINUSE:
            raise DiplographError(f"port {port} is in use on {bind}; choose another with --port "
                                  "(--port 0 picks a free one)") from None
        raise DiplographError(f"cannot listen on {bind}:{port}: {error.strerror or error}") from None
    return WebServer(sock, Site(api, port=sock.getsockname()[1], host=bind, desk=desk))
