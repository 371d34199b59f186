"""Fixtures for the query tests: small graphs written through a real store (see query_world.py),
the example graph of the docstrings, and the gold graph of shared/eval."""

from __future__ import annotations

import pytest

from gold_graph import GOLD, QUESTIONS, build_gold_store
from query_world import World


@pytest.fixture
def world(tmp_path):
    """An empty world; ``world.graph()`` writes it to a new store and opens it."""
    return World(tmp_path / "world.db")


@pytest.fixture
def example():
    from diplograph.queries.example import example_view

    return example_view()


@pytest.fixture(scope="session")
def gold_graph(tmp_path_factory):
    """The gold actors and relations of shared/eval, loaded into a store (skipped without shared/)."""
    if not GOLD.exists() or not QUESTIONS.exists():
        pytest.skip(f"the shared evaluation kit is absent ({GOLD.parent})")
    graph = build_gold_store(tmp_path_factory.mktemp("gold") / "gold.db")
    yield graph
    graph.close()
