"""Fixtures for the query tests: small graphs written through a real store, and the gold graph.

``World`` builds a graph by construction: declare actors and sources, then say claims; the
graph is written with ``DiploGraph.write(Batch(...))`` into a temporary embedded store and
read back through ``graph.nx``, the path every query takes in the product.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from diplograph.core import DiploGraph
from diplograph.graph.model import Actor, Batch, Claim, Source

from gold_graph import GOLD, QUESTIONS, build_gold_store


@dataclass
class World:
    path: object
    actors: dict[str, Actor] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)

    def actor(self, name: str, type: str = "state", *aliases: str) -> str:
        actor = Actor.new(name, type, aliases)
        self.actors[name] = actor
        return actor.id

    def source(self, key: str, published: str = "", publisher: str = "", title: str = "") -> str:
        self.sources[key] = Source(f"src:{key}", title or f"Report {key}", f"https://example.org/{key}",
                                   publisher or f"Publisher {key}", published)
        return key

    def say(self, subject: str, predicate: str, object: str, source: str = "a", date: str = "",
            modality: str = "asserted", end_date: str = "", sentence: str = "", **properties) -> None:
        if source not in self.sources:
            self.source(source)
        self.claims.append(Claim(self.actors[subject].id, predicate, self.actors[object].id, f"src:{source}",
                                 date=date, end_date=end_date, modality=modality,
                                 evidence=sentence or f"{subject} {predicate} {object}", properties=properties))

    def graph(self) -> DiploGraph:
        graph = DiploGraph.open(store=self.path)
        graph.write(Batch(list(self.actors.values()), list(self.sources.values()), self.claims))
        return graph


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
