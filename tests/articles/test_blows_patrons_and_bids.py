"""A blow struck back is an attack, turning to a patron is cooperation, letting another state into a
body backs it."""

import pytest


@pytest.mark.parametrize("text, attacker, target", [
    ("Hezbollah retaliated against Israel with rockets.", "Hezbollah", "Israel"),
    ("Iran answered with waves of ballistic missiles on Israeli cities.", "Iran", "Israel"),
])
def test_a_blow_struck_back_is_an_attack(triples, text, attacker, target):
    assert (attacker, "ATTACK", target) in triples(text)


def test_answering_with_words_is_no_attack(triples):
    assert not any(p == "ATTACK" for _, p, _ in triples("Iran answered with a statement on Israel's claims."))


def test_turning_to_a_patron_is_cooperation(triples):
    assert ("Mali", "COOPERATION", "Russia") in triples("Mali expelled French forces and turned to Russia for security.")


def test_ratifying_another_states_accession_backs_it(triples):
    found = triples("The Turkish parliament ratified Sweden's accession to NATO in January.")
    assert ("Turkey", "SUPPORT", "Sweden") in found


def test_whom_a_body_groups_are_its_members(triples):
    found = triples("The Quad, which groups the United States, Japan, India and Australia, met in Tokyo.")
    assert ("India", "MEMBER_OF", "Quadrilateral Security Dialogue") in found
    assert not any(p == "MEMBER_OF" for _, p, _ in triples("The delegation included Sweden's foreign minister."))
