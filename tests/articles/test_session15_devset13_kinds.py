"""Kinds of miss found by devset13 (session 15, helper extract15c): capitals and places inside longer
names, money and stakes, force and presence verbs, a statement's register, leaving and ending,
neighbours. Every sentence here is our own."""


def _states(found):
    return {x for s, _, o in found for x in (s, o)}


def test_a_capital_joined_to_a_longer_place_name_is_not_its_state(triples):
    found = triples("Insurgents attacked the harbour of Vila Nova da Lima on Sunday, and Mozambique sent troops "
                    "to Vila Nova da Lima.")
    assert "Peru" not in _states(found), found


def test_a_capital_at_the_head_of_a_paper_or_a_centre_is_not_its_state(triples):
    found = triples("The Nairobi Herald reported that Ethiopia had closed its border with Somalia.")
    assert "Kenya" not in _states(found), found
    found = triples("Analysts at the Lima Institute for Andean Studies said Bolivia criticised Chile.")
    assert "Peru" not in _states(found), found


def test_a_capital_standing_alone_is_still_its_state(triples):
    found = triples("In July Nairobi sent police officers to Haiti.")
    assert ("Kenya", "MILITARY_PRESENCE", "Haiti") in found, found


def test_a_large_city_of_a_state_the_text_never_names_is_no_mention(triples):
    found = triples("Insurgents loyal to the Islamic State raided the fishing town of Surat in northern "
                    "Mozambique overnight.")
    assert "India" not in _states(found), found


def test_a_large_city_of_a_state_the_text_names_is_its_state(triples):
    found = triples("Pakistani drones struck Surat on Tuesday, Indian officials said.")
    assert ("Pakistan", "ATTACK", "India") in found, found



def test_a_place_before_a_word_of_its_kind_is_still_the_place(triples):
    found = triples("Doha has long hosted Al Udeid Air Base, a sprawling American military installation in the "
                    "Middle East.")
    assert ("United States", "MILITARY_PRESENCE", "Qatar") in found, found
