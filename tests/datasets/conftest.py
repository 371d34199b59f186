"""Shared helpers for the dataset loader tests.

The fixture files in ``fixtures/`` are small synthetic files in each dataset's layout, with
invented values. Loaders resolve actors through a small gazetteer made here, so that the
expected claims do not move when the shipped gazetteer grows; states it lacks are still
found by ISO code or name through pycountry, which these tests rely on too (Japan, China,
Uzbekistan are deliberately left out of it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.gazetteer import Entry, Gazetteer
from diplograph.graph.model import actor_id
from diplograph.loaders import datasets
from diplograph.loaders.datasets.resolve import ActorResolver

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "real"


def _state(name: str, iso3: str, cow: str, *aliases: str) -> Entry:
    external = {"iso3": iso3, "cow": cow}
    return Entry(actor_id(name, "state", external), name, "state", aliases, external_ids=external)


TEST_GAZETTEER = Gazetteer([
    _state("Turkey", "TUR", "640", "Turkiye", "Türkiye"),
    _state("Kyrgyzstan", "KGZ", "703"),
    _state("Tajikistan", "TJK", "702"),
    _state("Iran", "IRN", "630"),
    _state("Russia", "RUS", "365", "Russian Federation"),
    _state("Turkmenistan", "TKM", "701"),
    _state("Afghanistan", "AFG", "700"),
    _state("United States", "USA", "2", "United States of America"),
    _state("Kazakhstan", "KAZ", "705"),
    _state("South Africa", "ZAF", "560"),
    Entry("organization:csto", "Collective Security Treaty Organization", "organization", ("CSTO",)),
    Entry("armed_group:taliban", "Taliban", "armed_group", ("Islamic Emirate of Afghanistan",)),
])


@pytest.fixture
def resolver() -> ActorResolver:
    return ActorResolver(TEST_GAZETTEER)


class Loaded:
    """A fixture file read with the test gazetteer: its claims, actors, sources and summary."""

    def __init__(self, path: Path, resolver: ActorResolver):
        self.batches, self.summary = datasets.read(path, resolver)
        self.claims = [c for b in self.batches for c in b.claims]
        self.actors = {a.id: a for b in self.batches for a in b.actors}
        self.sources = {s.id: s for b in self.batches for s in b.sources}

    def facts(self) -> set[tuple[str, str, str, str, str, str]]:
        """(subject, predicate, object, date, end_date, modality) of every claim."""
        return {(c.subject, c.predicate, c.object, c.date, c.end_date, c.modality) for c in self.claims}

    def only(self, subject: str, predicate: str, object: str):
        found = [c for c in self.claims if (c.subject, c.predicate, c.object) == (subject, predicate, object)]
        assert len(found) == 1, f"expected one {subject} {predicate} {object}, found {len(found)}"
        return found[0]


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def load(resolver):
    """``load("name.csv")`` reads a fixture file with the test gazetteer."""
    return lambda name: Loaded(FIXTURES / name, resolver)


@pytest.fixture
def shared_data() -> Path:
    """The real third-party datasets beside the repository, or a skip when absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared datasets not found at {SHARED_DATA}")
    return SHARED_DATA
