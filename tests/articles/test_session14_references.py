"""Sides the document gives in another sentence or through a reference (session 14). Every document here is
our own invention."""

import pytest


@pytest.mark.parametrize("text, found", [
    ("Ethiopia and Eritrea held talks in Jeddah last month. Kenya and Norway served as facilitators.",
     [("Kenya", "MEDIATION", "Ethiopia"), ("Norway", "MEDIATION", "Eritrea")]),
    ("The government of Peru reopened negotiations with Bolivia in La Paz. Spain, the guarantor of the talks, "
     "said the rounds would go on.", [("Spain", "MEDIATION", "Peru"), ("Spain", "MEDIATION", "Bolivia")]),
    # the talks were told a section before: the guarantors stand between their sides all the same
    ("# Khartoum and Juba talk again\n\nSudan resumed negotiations with South Sudan in May.\n\n## Old rounds\n\n"
     "Much has changed since 2019. Egypt and Ethiopia, which had served as guarantors of earlier rounds, stayed on.",
     [("Egypt", "MEDIATION", "Sudan"), ("Ethiopia", "MEDIATION", "South Sudan")]),
])
def test_a_guarantor_or_facilitator_named_without_sides_stands_between_the_talks_told(triples, text, found):
    got = triples(text)
    for triple in found:
        assert triple in got


@pytest.mark.parametrize("text", [
    "Chile and Peru held talks in Lima. Britain, Greece and Turkey are the guarantor powers of Cyprus.",
    "Chile and Peru held talks in Lima. Armenia's main guarantor, Russia, sent more troops.",
    "Britain and France are guarantors of the new treaty.",  # no talks told: no sides
])
def test_a_guarantor_of_a_named_state_or_with_no_talks_told_mediates_nothing(triples, text):
    assert not any(p == "MEDIATION" for s, p, o in triples(text))
