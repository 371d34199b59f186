"""Everyday wire-story forms, one family each: who trains whom, where protests are lodged, what aid
packages are for, where troops are massed, and whom a go-between brings together."""

import pytest


@pytest.mark.parametrize("text, trainer, trained", [
    ("Germany will train Ukrainian pilots.", "Germany", "Ukraine"),
    ("Turkish officers have trained Somali troops since 2017.", "Turkey", "Somalia"),
    ("Ukrainian soldiers were trained by Britain.", "United Kingdom", "Ukraine"),
    ("Russia trained the Malian army.", "Russia", "Mali"),
])
def test_training_a_states_forces_is_cooperation_with_it(triples, text, trainer, trained):
    assert (trainer, "COOPERATION", trained) in triples(text)


def test_training_people_who_are_no_force_is_no_relation(triples):
    assert not any(p == "COOPERATION" for _, p, _ in triples("Kenya trained its sprinters in Ethiopia."))


@pytest.mark.parametrize("text", [
    "Seoul lodged a formal protest with Tokyo over the textbooks.",
    "South Korea filed a protest with Japan.",
])
def test_a_protest_lodged_with_a_state_is_made_to_it(triples, text):
    assert ("South Korea", "PROTEST", "Japan") in triples(text)


def test_an_aid_package_is_for_whom_its_for_phrase_names(triples):
    assert ("United States", "AID", "Ukraine") in triples(
        "Washington announced a $500 million humanitarian aid package for Kyiv.")


def test_troops_massed_on_a_border_face_the_neighbour(triples):
    assert ("Venezuela", "MOBILIZATION", "Guyana") in triples("Venezuela massed troops on its border with Guyana.")


def test_the_sides_of_talks_parsed_as_one_kind_of_rebels_are_both_mediated(triples):
    found = triples("Norway facilitated talks between the Colombian government and ELN rebels.")
    assert {("Norway", "MEDIATION", "Colombia"), ("Norway", "MEDIATION", "National Liberation Army")} <= found
