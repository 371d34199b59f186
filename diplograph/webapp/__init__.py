"""The local web app (``diplograph serve``): search actors, expand their neighbours, filter,
and read the evidence behind every relation, in a browser, from a server on 127.0.0.1.

* :mod:`diplograph.webapp.api`: the JSON API, over the networkx view of any backend;
* :mod:`diplograph.webapp.server`: the HTTP server (loopback only, Host header checked,
  GET only, strict Content Security Policy) and the page it serves;
* ``page.html``, ``app.js``, ``app.css``: the page, which renders everything on the client
  with ``textContent`` and ``createElement``.
"""
