"""The local web app (``diplograph serve``): search actors, expand their neighbours, filter,
and read the evidence behind every relation, in a browser, from a server on 127.0.0.1.

* :mod:`diplograph.webapp.api`: the JSON API, over the networkx view of any backend;
* :mod:`diplograph.webapp.desk`: the endpoints past one actor (paths, ask, sources, curations);
* :mod:`diplograph.webapp.app`: the ASGI application (Starlette): the page, the API and the
  review endpoints behind the Host, Origin and token checks, with a strict Content Security
  Policy on every answer;
* :mod:`diplograph.webapp.server`: uvicorn serving it in this process, on a loopback address only;
* ``page.html``, ``app.js``, ``app.css``: the page, which renders everything on the client
  with ``textContent`` and ``createElement``.
"""
