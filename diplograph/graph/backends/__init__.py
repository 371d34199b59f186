"""Backends behind :class:`diplograph.graph.backend.Backend`, chosen by name."""

from __future__ import annotations

from diplograph.errors import BackendError

BACKENDS = ("embedded", "neo4j")


def open_backend(kind: str = "embedded", store=None, busy_timeout: float | None = None, **options):
    """Open a backend: ``embedded`` (SQLite file at ``store``; a writer waits up to ``busy_timeout``
    seconds for another) or ``neo4j`` (a server over Bolt)."""
    if kind == "embedded":
        from diplograph.graph.backends.embedded import EmbeddedBackend

        return EmbeddedBackend(store, busy_timeout=busy_timeout)
    if kind == "neo4j":
        from diplograph.graph.backends.neo4j import Neo4jBackend

        return Neo4jBackend.from_settings(**options)
    raise BackendError(f"unknown backend {kind!r}; use one of: {', '.join(BACKENDS)}")
