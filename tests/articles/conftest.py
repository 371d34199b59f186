"""Shared fixtures: the article extractor is loaded once per test session (spaCy is slow to load)."""

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.fixture(scope="session")
def extractor():
    from diplograph.loaders.articles import extractor as shared_extractor

    return shared_extractor()


@pytest.fixture(scope="session")
def triples(extractor):
    """``triples(text)``: the (subject name, predicate, object name) the pipeline extracts from text."""

    def run(text: str, date: str = "2024-06-01", with_claims: bool = False):
        batch = extractor.extract_text(text, date=date)
        names = {a.id: a.name for a in batch.actors}
        found = {(names[c.subject], c.predicate, names[c.object]) for c in batch.claims}
        return (found, batch) if with_claims else found

    return run


@pytest.fixture(scope="session")
def claims(triples):
    """``claims(text)``: (subject, predicate, object, modality) of every relation found in text."""

    def run(text):
        _, batch = triples(text, with_claims=True)
        names = {a.id: a.name for a in batch.actors}
        return {(names[c.subject], c.predicate, names[c.object], c.modality) for c in batch.claims}

    return run
