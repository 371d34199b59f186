"""Fixtures of the backend contract: a fresh backend of each kind, and a sample graph to write.

``backend`` runs each contract test once per backend: ``embedded`` (a new SQLite file) and
``neo4j`` (the test server, emptied first; see ``tests/conftest.py`` for how it is found).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from diplograph.graph.model import Actor, Batch, Claim, Source


@pytest.fixture
def embedded_backend(tmp_path):
    """A new embedded store in a temporary file."""
    from diplograph.graph.backends.embedded import EmbeddedBackend

    store = EmbeddedBackend(tmp_path / "graph.db")
    yield store
    store.close()


@pytest.fixture
def neo4j_backend(empty_neo4j):
    """A Neo4j backend on the emptied test database."""
    from diplograph.graph.backends.neo4j import Neo4jBackend

    store = Neo4jBackend.from_settings(**empty_neo4j)
    yield store
    store.close()


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def backend(request):
    """A fresh, empty backend of each kind."""
    return request.getfixturevalue(f"{request.param}_backend")


@pytest.fixture
def statement_log(backend) -> list[str]:
    """The text of every statement the backend sends to its database from now on."""
    log: list[str] = []
    if backend.name == "embedded":
        backend._db.set_trace_callback(log.append)  # sqlite3's own statement hook
    else:
        backend.before_statement.append(lambda query, parameters: log.append(query))
    return log


@dataclass
class Sample:
    """A small graph touching every field: unicode names, partial dates, properties, evidence
    offsets, a symmetric predicate given in reverse order, two sources on one relation."""

    iran: Actor
    tajikistan: Actor
    kyrgyzstan: Actor
    turkiye: Actor
    baykar: Actor
    tb2: Actor
    csto: Actor
    minister: Actor
    article: Source
    dataset: Source
    claims: list[Claim]

    @property
    def actors(self) -> list[Actor]:
        return [self.iran, self.tajikistan, self.kyrgyzstan, self.turkiye, self.baykar, self.tb2,
                self.csto, self.minister]

    @property
    def sources(self) -> list[Source]:
        return [self.article, self.dataset]

    def batch(self) -> Batch:
        return Batch(list(self.actors), list(self.sources), list(self.claims))


@pytest.fixture
def sample() -> Sample:
    iran = Actor.new("Iran", "state", aliases=["Islamic Republic of Iran", "Tehran"],
                     external_ids={"iso3": "IRN", "wikidata": "Q794"})
    tajikistan = Actor.new("Tajikistan", "state", aliases=["Dushanbe", "Тоҷикистон"], external_ids={"iso3": "TJK"})
    kyrgyzstan = Actor.new("Kyrgyzstan", "state", aliases=["Bishkek"], external_ids={"iso3": "KGZ"})
    turkiye = Actor.new("Türkiye", "state", aliases=["Turkey", "Ankara"], external_ids={"iso3": "TUR"})
    baykar = Actor.new("Baykar", "company")
    tb2 = Actor.new("Bayraktar TB2", "weapon", aliases=["TB2"])
    csto = Actor.new("Collective Security Treaty Organization", "organization", aliases=["CSTO", "ОДКБ"])
    minister = Actor.new("Шерали Мирзо", "person", aliases=["Sherali Mirzo"])
    article = Source.from_content("article body", title="Иран открыл завод «Абабиль-2» в Душанбе",
                                  url="https://example.org/news?id=1&lang=ru", publisher="Example Wire",
                                  published="2022-05", path="briefs/iran.html", kind="article", author="Нигора Саидова")
    dataset = Source.from_content("dataset rows", title="Curated arms transfers", publisher="Desk",
                                  published="2023", path="facts.csv", kind="curated")
    claims = [
        Claim(iran.id, "CO_PRODUCTION", tajikistan.id, article.id, date="2022-05-17", modality="asserted",
              confidence=0.9, evidence="Iran opened a drone factory in Dushanbe — «Ababil-2».",
              evidence_start=120, evidence_end=171, method="rules", properties={"weapon": "Ababil-2"}),
        Claim(iran.id, "co_production", tajikistan.id, dataset.id, date="2022", modality="Reported"),
        Claim(turkiye.id, "ARMS_TRANSFER", tajikistan.id, dataset.id, date="2022", end_date="2023-03",
              modality="reported", confidence=0.75, properties={"weapon": "Bayraktar TB2", "status": "delivered"}),
        Claim(tajikistan.id, "BORDERS", kyrgyzstan.id, dataset.id),  # symmetric, given in reverse id order
        Claim(baykar.id, "MANUFACTURES", tb2.id, dataset.id),
        Claim(tajikistan.id, "MEMBER_OF", csto.id, article.id, date="1992-05-15", modality="asserted"),
        Claim(minister.id, "AFFILIATED_WITH", tajikistan.id, article.id, modality="unconfirmed",
              evidence="Мирзо, the defence minister", properties={"role": "minister of defence"}),
    ]
    return Sample(iran, tajikistan, kyrgyzstan, turkiye, baykar, tb2, csto, minister, article, dataset, claims)
