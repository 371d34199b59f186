"""Graphs built by construction for the query tests.

``World`` collects actors, sources and claims; ``graph()`` writes them with
``DiploGraph.write(Batch(...))`` into an embedded store and opens it, so the queries read them
back through ``graph.nx``, the path every query takes in the product.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from diplograph.core import DiploGraph
from diplograph.graph.model import Actor, Batch, Claim, Source


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
            modality: str = "asserted", end_date: str = "", sentence: str = "", method: str = "curated",
            **properties) -> None:
        if source not in self.sources:
            self.source(source)
        self.claims.append(Claim(self.actors[subject].id, predicate, self.actors[object].id, f"src:{source}",
                                 date=date, end_date=end_date, modality=modality,
                                 evidence=sentence or f"{subject} {predicate} {object}", method=method,
                                 properties=properties))

    def graph(self) -> DiploGraph:
        graph = DiploGraph.open(store=self.path)
        graph.write(Batch(list(self.actors.values()), list(self.sources.values()), self.claims))
        return graph


def understood(graph, question: str, **options):
    """``ask(graph.nx, question)``, asserting the question was read (its message says why not)."""
    from diplograph.queries.ask import ask

    answer = ask(graph.nx, question, **options)
    assert answer.understood, answer.message
    return answer


def answer_names(answer) -> list[str]:
    """The names an answer lists, sorted."""
    return sorted(a.name for a in answer.answers)
