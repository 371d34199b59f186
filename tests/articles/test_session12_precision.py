"""Precision fixes of session 12 (helper precision12): families of sentences that gave a relation the text
does not state, or gave it to the wrong actor. Each wrong reading has a nearby right one beside it."""

import pytest


@pytest.mark.parametrize("text, wrong", [
    ("Nigeria urged Niger to expel the French ambassador.", ("Niger", "COERCION", "France")),
    ("The African Union called on Ethiopia to sign a truce with the TPLF.",
     ("African Union", "AGREEMENT", "Tigray People's Liberation Front")),
    ("Kenya urged Somalia and Ethiopia to hold talks in Nairobi.", ("Somalia", "CONSULTATION", "Ethiopia")),
    ("Brazil pressed Venezuela to sign a border treaty with Guyana.", ("Venezuela", "AGREEMENT", "Guyana")),
])
def test_what_someone_is_urged_to_do_is_not_done(triples, text, wrong):
    found = triples(text)
    assert wrong not in found and (wrong[2], wrong[1], wrong[0]) not in found, found


def test_the_urging_itself_and_a_deed_done_stay(triples):
    found = triples("Nigeria expelled the French ambassador and urged Niger to do the same.")
    assert ("Nigeria", "COERCION", "France") in found, found
    found = triples("Kenya and Tanzania signed a border pact in May.")
    assert ("Kenya", "AGREEMENT", "Tanzania") in found or ("Tanzania", "AGREEMENT", "Kenya") in found, found


def test_an_act_one_asks_to_do_oneself_is_no_urged_act(claims):
    found = claims("Ghana asked to join the Alliance of Sahel States.")
    assert any(s == "Ghana" and p == "MEMBER_OF" for s, p, _, _ in found), found


@pytest.mark.parametrize("text, name", [
    ("In May a Russian flotilla led by the frigate Admiral Kasatonov docked in Havana.", "Kasatonov"),
    ("Suspicion fell on the Panamanian-flagged bulk carrier Xin Hai 7, which had left a Chinese port.", "Xin Hai"),
])
def test_a_name_after_a_vessel_noun_is_a_ship_not_an_actor(triples, text, name):
    found = triples(text)
    assert not any(name in s or name in o for s, _, o in found), found


def test_a_state_after_a_vessel_noun_still_acts(triples):
    found = triples("The frigate Italy built for its navy was sold to Egypt in 2020.")
    assert not any("frigate" in s for s, _, _ in found)
    found = triples("Italy sold a frigate to Egypt in 2020.")
    assert ("Italy", "ARMS_TRANSFER", "Egypt") in found, found


def test_what_one_is_urged_to_guard_against_happened(triples):
    found = triples("Tbilisi asked NATO to protect Georgia against Russian incursions.")
    assert ("Russia", "ATTACK", "Georgia") in found, found
