"""Those a subject acts with, set off by commas, act too: "Qatar, with Egypt and the United States,
brokered the truce" is mediation by all three."""

import pytest


@pytest.mark.parametrize("text, doers, predicate", [
    ("Norway, with Switzerland and Cuba, mediated the talks between Colombia and the ELN.",
     {"Norway", "Switzerland", "Cuba"}, "MEDIATION"),
    ("Spain, together with Italy, sent frigates to Lebanon.", {"Spain", "Italy"}, None),
    ("Brazil, along with South Africa, criticised the tariffs imposed by Washington.", {"Brazil", "South Africa"},
     "CRITICISM"),
    ("Armenia, alongside France, held an exercise near Yerevan.", {"Armenia", "France"}, None),
])
def test_companions_set_off_by_commas_act_with_the_subject(triples, text, doers, predicate):
    found = triples(text)
    subjects = {s for s, p, _ in found if predicate is None or p == predicate}
    assert doers <= subjects | {o for _, p, o in found if predicate is None and p == "MILITARY_EXERCISE"}


def test_a_with_phrase_that_names_no_actor_adds_no_companion(triples):
    found = triples("Israel, with American backing, struck targets in Yemen.")
    assert ("Israel", "ATTACK", "Yemen") in found
    assert not any(s == "United States" and p == "ATTACK" for s, p, _ in found)


def test_a_with_phrase_without_commas_is_no_companion(triples):
    found = triples("Ghana signed a trade pact with Nigeria.")
    assert not any(s == "Nigeria" and o == "Nigeria" for s, _, o in found)
    assert ("Ghana", "AGREEMENT", "Nigeria") in found or ("Nigeria", "AGREEMENT", "Ghana") in found
