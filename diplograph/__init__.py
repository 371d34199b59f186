"""diplograph: a diplomatic-relations knowledge graph for analysts.

>>> import diplograph
>>> g = diplograph.open(":memory:")  # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"


def open(store=None, backend: str = "embedded", **options):
    """Open a graph: the embedded store at ``store`` (default ``$DIPLOGRAPH_STORE`` or
    ``~/.local/share/diplograph/graph.db``), or ``backend="neo4j"``."""
    from diplograph.core import DiploGraph

    return DiploGraph.open(store=store, backend=backend, **options)
