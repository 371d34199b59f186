"""Session 32 (resolved32): relations lost after a reference was resolved (sentences of our own).

A name in one sentence, a reference in the next in the same place: the reference must give the relation the name
gives, and never turn the doer on itself.

- A description listed with names is none of them ("Russia and the country signed", "mediated between Washington
  and the country"; distinct_references.py).
- A description or a pronoun a verb acts on, directly or through a preposition of the other side, is not the
  verb's doer ("buys drones from it", "hosted talks between Washington and the country").
- "its" on what a verb of striking or judging acts on is not the striker's ("Israel struck its air defences",
  "struck several of its positions"; struck_possessions.py), also when the owner was named a sentence before.
"""


# a description listed with names (distinct_references.py)

def test_a_description_listed_with_a_name_is_another_state(triples):
    found = triples("Peru expanded its copper exports this year.\n\nBolivia and the country signed a border "
                    "treaty in La Paz in May.")
    assert ("Bolivia", "AGREEMENT", "Peru") in found or ("Peru", "AGREEMENT", "Bolivia") in found
    assert not any(s == o for s, p, o in found)


def test_a_description_between_a_name_and_it_is_the_other_side(triples):
    found = triples("Eritrea closed its border crossings in June.\n\nDjibouti has mediated between Ethiopia and "
                    "the country since the autumn.")
    assert ("Djibouti", "MEDIATION", "Eritrea") in found
    assert ("Djibouti", "MEDIATION", "Ethiopia") in found


def test_talks_a_state_hosts_with_the_country_are_not_with_itself(triples):
    found = triples("Eritrea closed its border crossings in June.\n\nQatar has hosted talks between Washington and "
                    "the country.")
    assert ("Qatar", "MEDIATION", "Eritrea") in found
    assert not any("Qatar" in (s, o) and p == "CONSULTATION" for s, p, o in found)


def test_the_country_across_which_a_government_acts_is_still_its_own(triples):
    # a place the doer acts in is no other side: "across the country" is not read as another state
    found = triples("Chad expelled a French diplomat in March.\n\nIn April Niger imposed a curfew across the "
                    "country.")
    assert not any(p in ("COERCION", "ATTACK") and o == "Chad" for s, p, o in found)


def test_a_description_with_no_state_before_gives_nothing(triples):
    found = triples("Bolivia and the country signed a border treaty in La Paz in May.")
    assert not any(p == "AGREEMENT" for s, p, o in found)


# a pronoun a verb acts on through a preposition (references.py with distinct_references.py)

def test_a_pronoun_after_from_is_not_the_buyer(triples):
    found = triples("Belarus has expanded its drone factories this year.\n\nSerbia now buys drones from it.")
    assert ("Belarus", "ARMS_TRANSFER", "Serbia") in found
    assert ("Serbia", "ARMS_TRANSFER", "Serbia") not in found


# its on what a striking verb acts on (struck_possessions.py)

def test_its_on_what_is_struck_is_the_state_told_before(triples):
    found = triples("Syria has rebuilt its missile programme this year.\n\nIsrael struck its air defences in "
                    "October.")
    assert ("Israel", "ATTACK", "Syria") in found
    assert ("Israel", "ATTACK", "Israel") not in found


def test_its_in_a_partitive_object_is_the_group_told_before(triples):
    found = triples("Hezbollah fired rockets at northern Israel on Sunday.\n\nIsraeli jets struck several of its "
                    "positions in the Bekaa valley the next day.")
    assert ("Israel", "ATTACK", "Hezbollah") in found


def test_its_on_what_a_state_does_for_itself_stays_the_doers(triples):
    # not a verb of striking: one's own drones
    found = triples("Syria has rebuilt its missile programme this year.\n\nIran unveiled a factory for its drones "
                    "in October.")
    assert not any(o == "Syria" for s, p, o in found if s == "Iran")


def test_a_pronoun_after_another_preposition_may_be_a_thing(triples):
    # "credit for them": the measures, not the state told before
    found = triples("Canada announced new sanctions on Iran in May. Australia matched them a week later.\n\n"
                    "These are serious measures, and Ottawa deserves credit for them.")
    assert not any(s == "Canada" and o == "Australia" for s, p, o in found)
