"""Batches a loader vouches for (``Batch.checked``): curated files and coded events check each
claim against the ontology as they read it, so the store does not check it again. What the
store writes must be the very same as when it checks every claim: these tests prepare the
same batches both ways and compare, and show where the full checks still apply."""

from __future__ import annotations

import dataclasses

import pytest

from diplograph.errors import OntologyError
from diplograph.graph.backend import prepare_batch
from diplograph.graph.model import Actor, Batch, Claim
from diplograph.loaders.curated import batch_from_rows

# Invented facts: a symmetric relation given against id order, a predicate and a modality in
# lower case, the same fact twice (the second wins, in the first one's place), a weapon.
ROWS = [
    {"subject": "Tajikistan", "predicate": "borders", "object": "Afghanistan", "modality": "Asserted"},
    {"subject": "Iran", "predicate": "arms_transfer", "object": "Tajikistan", "date": "2022-05", "weapon": "drones"},
    {"subject": "Uzbekistan", "predicate": "alliance", "object": "Kazakhstan", "evidence": "first"},
    {"subject": "Uzbekistan", "predicate": "alliance", "object": "Kazakhstan", "evidence": "first",
     "confidence": "0.5"},
]


def _both_ways(batch: Batch, merges: dict[str, str] | None = None):
    fast, _ = prepare_batch(batch, merges or {})
    full, _ = prepare_batch(dataclasses.replace(batch, checked=False), merges or {})
    return fast, full


def test_a_curated_batch_is_checked_and_prepares_as_the_full_checks_do():
    batch = batch_from_rows(ROWS, origin="invented")
    assert batch.checked
    fast, full = _both_ways(batch)
    assert [c.to_dict() for c in fast.claims] == [c.to_dict() for c in full.claims]
    assert fast.actors == full.actors and fast.sources == full.sources
    borders = next(c for c in fast.claims if c.predicate == "BORDERS")
    assert (borders.subject, borders.object) == ("state:AFG", "state:TJK")  # symmetric: in id order
    alliances = [c for c in fast.claims if c.predicate == "ALLIANCE"]
    assert len(alliances) == 1 and alliances[0].confidence == 0.5  # the same claim twice: the last kept


def test_coded_events_are_checked_and_prepare_as_the_full_checks_do(load):
    for name in ("gdelt2_events.export.CSV", "gdelt1_events.tsv", "icews_quadruples.tsv"):
        for batch in load(name).batches:
            assert batch.checked, name
            fast, full = _both_ways(batch)
            assert [c.to_dict() for c in fast.claims] == [c.to_dict() for c in full.claims], name
            assert fast.actors == full.actors and fast.sources == full.sources, name


def test_a_symmetric_event_comes_in_id_order_from_the_loader(load):
    (visit,) = [c for c in load("gdelt2_events.export.CSV").claims if c.predicate == "CONSULTATION"]
    assert (visit.subject, visit.object) == ("state:JPN", "state:TKM")  # Turkmenistan visited Japan


def test_a_checked_batch_naming_a_merged_away_actor_is_redirected():
    batch = batch_from_rows([("Iran", "arms_transfer", "Tajikistan")], origin="invented")
    fast, full = _both_ways(batch, merges={"state:TJK": "state:KGZ"})
    assert [(c.subject, c.object) for c in fast.claims] == [("state:IRN", "state:KGZ")]
    assert [c.to_dict() for c in fast.claims] == [c.to_dict() for c in full.claims]


def test_a_checked_batch_is_still_cleaned():
    batch = batch_from_rows([("Iran", "arms_transfer", "Tajikistan")], origin="invented")
    claim = batch.claims[0].replaced(evidence="drones\x1b[2J shipped")  # a terminal escape
    fast, full = _both_ways(dataclasses.replace(batch, claims=[claim]))
    assert fast.claims[0].evidence == full.claims[0].evidence
    assert "\x1b" not in fast.claims[0].evidence


def test_an_unchecked_batch_is_checked_claim_by_claim():
    iran, drone = Actor("state:IRN", "Iran", "state"), Actor("weapon:shahed-136", "Shahed-136", "weapon")
    wrong = Batch([iran, drone], [], [Claim("state:IRN", "BORDERS", "weapon:shahed-136", "src:1")])
    with pytest.raises(OntologyError):
        prepare_batch(wrong, {})


def test_batches_gathered_together_are_checked_only_if_each_was():
    checked = batch_from_rows([("Iran", "arms_transfer", "Tajikistan")], origin="invented")
    gathered = Batch(checked=True)
    gathered.extend(checked)
    assert gathered.checked
    gathered.extend(Batch(claims=[Claim("state:IRN", "BORDERS", "state:AFG", "src:1")]))
    assert not gathered.checked
    assert not Batch().checked
