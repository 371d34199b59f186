"""Whom a go-between stands between when its mediation is named as a noun.

The sides are those the sentence itself tells taking up the mediation: the doers of the clause
("Through Qatari mediation, A and B agreed"), or the doer and the partner of the purpose it served
("A relied on C's mediation to reach a deal with B"). The pair of the talks told earlier is only the
last resort, for a mediation that names no side at all.
"""
import pytest

EARLIER = "Armenia and Azerbaijan fought a war in 2020. "


@pytest.mark.parametrize("text, mediator, sides", [
    (EARLIER + "Through Qatari mediation, Chad and Sudan agreed to a truce.", "Qatar", {"Chad", "Sudan"}),
    (EARLIER + "Thanks to Saudi mediation, Ghana and Togo swapped detainees.", "Saudi Arabia", {"Ghana", "Togo"}),
    (EARLIER + "Kenya relied on Turkish mediation to settle its dispute with Somalia.", "Turkey", {"Kenya", "Somalia"}),
    (EARLIER + "Peru accepted Brazil's mediation to reach a deal with Bolivia.", "Brazil", {"Peru", "Bolivia"}),
    (EARLIER + "Washington used Oman's good offices to negotiate with Tehran.", "Oman", {"United States", "Iran"}),
])
def test_the_sides_of_a_mediation_are_those_the_sentence_tells_taking_it_up(triples, mediator, sides, text):
    found = triples(text)
    assert {(mediator, "MEDIATION", side) for side in sides} <= found
    assert not {(mediator, "MEDIATION", told) for told in ("Armenia", "Azerbaijan")} & found


def test_a_mediation_naming_no_side_still_stands_between_the_pair_told_before(triples):
    found = triples("Armenia and Azerbaijan held talks in Almaty. The talks were facilitated by Kazakhstan.")
    assert {("Kazakhstan", "MEDIATION", "Armenia"), ("Kazakhstan", "MEDIATION", "Azerbaijan")} <= found


def test_welcoming_someone_elses_mediation_makes_no_side(triples):
    found = triples(EARLIER + "France welcomed Qatar's mediation.")
    assert ("Qatar", "MEDIATION", "France") not in found
