"""Forces abroad (MILITARY_PRESENCE) and membership (MEMBER_OF): constructions of whole families of
sentences, each shown on sentences of our own."""

import pytest


# -- a body's named mission -------------------------------------------------------------------

def test_a_named_mission_of_a_body_is_the_body_serving_in_that_state(triples):
    found = triples("The African Union Mission in Somalia (AMISOM) was set up in 2007.")
    assert ("African Union", "MILITARY_PRESENCE", "Somalia") in found


def test_troops_contributed_to_a_named_mission_serve_where_it_serves(triples):
    found = triples("Ghana contributes troops to the African Union Mission in Somalia.")
    assert ("Ghana", "MILITARY_PRESENCE", "Somalia") in found
    assert not any(p in ("AID", "INVESTMENT") for _, p, _ in found)  # troops are no money


def test_the_acronym_of_a_mission_keeps_its_state_for_the_rest_of_the_article(triples):
    found = triples("The African Union Mission in Somalia (AMISOM) was set up in 2007. "
                    "The member states that sent troops to AMISOM, among them Kenya, Uganda and Burundi, "
                    "met in Nairobi.")
    for state in ("Kenya", "Uganda", "Burundi"):
        assert (state, "MILITARY_PRESENCE", "Somalia") in found


def test_a_mission_of_forces_needs_a_word_that_says_so(triples):
    assert ("United Nations", "MILITARY_PRESENCE", "South Sudan") in triples(
        "The United Nations peacekeeping mission in South Sudan cut its staff.")
    assert not any(p == "MILITARY_PRESENCE" for _, p, _ in triples(
        "The International Monetary Fund mission in Sri Lanka met the finance minister."))
    assert not any(p == "MILITARY_PRESENCE" for _, p, _ in triples(
        "Iran's diplomatic mission in Kabul reopened."))


# -- a state's own armed services -------------------------------------------------------------

@pytest.mark.parametrize("text, state, host", [
    ("The Rwanda Defence Force, which has been deployed in Cabo Delgado since 2021, fought rebels there.",
     "Rwanda", "Mozambique"),
    ("The Uganda People's Defence Force was deployed in Ituri in 2021.", "Uganda", "Democratic Republic of the Congo"),
])
def test_a_service_named_after_a_state_is_that_state(triples, text, state, host):
    found = triples(text)
    assert (state, "MILITARY_PRESENCE", host) in found
    assert not any("Defence Force" in s for s, _, _ in found)  # neither a firm nor an armed group


# -- holding, occupying, arriving, remaining ---------------------------------------------------

@pytest.mark.parametrize("text, state, host", [
    ("Russia holds a base in Tajikistan.", "Russia", "Tajikistan"),
    ("Turkish forces now occupy two bases in northern Syria.", "Turkey", "Syria"),
    ("Troops of the Kenya Defence Forces arrived in Port-au-Prince in June.", "Kenya", "Haiti"),
    ("About 200 Turkish military personnel remain in Qatar.", "Turkey", "Qatar"),
    ("Russian soldiers serve in the Central African Republic.", "Russia", "Central African Republic"),
])
def test_forces_held_arriving_or_remaining_somewhere_are_present_there(triples, text, state, host):
    assert (state, "MILITARY_PRESENCE", host) in triples(text)


def test_an_envoy_arriving_is_no_military_presence(triples):
    assert not any(p == "MILITARY_PRESENCE" for _, p, _ in triples("The Chinese ambassador arrived in Moscow."))


def test_weapons_that_arrived_in_a_state_were_delivered_to_it(triples):
    assert ("Turkey", "ARMS_TRANSFER", "Mali") in triples("Turkish Bayraktar TB2 drones arrived in Mali in March.")
