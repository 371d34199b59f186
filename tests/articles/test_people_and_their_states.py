"""Whom a person acts for, however the article says it: a state's possessive on the name
("Kenya's William Ruto"), or a title the parser cut into pieces ("the US vice-president")."""

import pytest


@pytest.mark.parametrize("text, person, state", [
    ("The talks were chaired by Kenya's William Ruto.", "William Ruto", "Kenya"),
    ("Senegal's Bassirou Diomaye Faye later took over the mediation.", "Bassirou Diomaye Faye", "Senegal"),
    ("Kamala Harris, the US vice-president, met the delegation.", "Kamala Harris", "United States"),
])
def test_a_person_named_with_a_state_acts_for_it(triples, text, person, state):
    assert (person, "AFFILIATED_WITH", state) in triples(text)



def test_a_possessive_on_a_group_is_not_a_person_affiliation(triples):
    found = triples("Sudan's Rapid Support Forces shelled El Fasher.")
    assert not any(p == "AFFILIATED_WITH" and o == "Sudan" and s != "Rapid Support Forces" for s, p, o in found)
