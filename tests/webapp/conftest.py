"""Fixtures of the web app tests: the hostile graph (see ``served.py``) and the app serving it."""

from __future__ import annotations

import pytest
from served import build_hostile_graph, running_server


@pytest.fixture(scope="module")
def hostile_graph(tmp_path_factory):
    graph = build_hostile_graph(tmp_path_factory.mktemp("webapp") / "g.db")
    yield graph
    graph.close()


@pytest.fixture(scope="module")
def app(hostile_graph):
    with running_server(hostile_graph.nx) as server:
        yield server
