"""Session 21 (extract21c): wrong relations by kind. Co-subjects who talk with someone else, even someone the
text does not name as an actor, do not talk with each other (sentences of our own)."""


def test_co_subjects_who_held_talks_with_unnamed_partners_did_not_talk_to_each_other(triples):
    found = triples("Chile and Peru have also held talks with the Pacific partners.")
    assert ("Chile", "CONSULTATION", "Peru") not in found
    found = triples("Kenya and Uganda met with officials of the bloc in Arusha.")
    assert ("Kenya", "CONSULTATION", "Uganda") not in found
    found = triples("Japan and South Korea have also discussed the plan with their allies.")
    assert ("Japan", "CONSULTATION", "South Korea") not in found


def test_co_subjects_who_talk_with_each_other_or_alone_still_pair(triples):
    assert ("Chile", "CONSULTATION", "Peru") in triples("Chile and Peru held talks with each other in Lima on Monday.")
    assert ("Chile", "CONSULTATION", "Peru") in triples("Chile and Peru held talks in Lima on Monday.")
    assert ("Japan", "CONSULTATION", "South Korea") in triples("Japan and South Korea discussed the plan with one another.")
    assert ("Kenya", "CONSULTATION", "Uganda") in triples("Kenya and Uganda held talks with the help of Qatar.")


def test_co_subjects_who_held_talks_with_a_named_third_talk_with_it(triples):
    found = triples("Chile and Peru held talks with Bolivia on Monday.")
    assert ("Chile", "CONSULTATION", "Bolivia") in found and ("Peru", "CONSULTATION", "Bolivia") in found
    assert ("Chile", "CONSULTATION", "Peru") not in found


def test_talks_held_as_one_more_act_judge_no_one_though_hold_can_blame(triples):
    found = triples("Manila protested to Beijing over the collision. "
                    "Japan and Australia have also held talks with their partners.")
    assert not any(s in ("Japan", "Australia") and p == "CRITICISM" for s, p, _ in found)
    found = triples("Seoul condemned the missile launch by Pyongyang. Tokyo also held Pyongyang responsible.")
    assert ("Japan", "CRITICISM", "North Korea") in found
    found = triples("Manila protested to Beijing over the collision. Japan and Australia also voiced concern.")
    assert ("Japan", "CRITICISM", "China") in found and ("Australia", "CRITICISM", "China") in found


def test_a_verb_is_no_judgement_told_again_by_a_noun_it_spells(triples):
    found = triples("Rabat condemned Algiers over the border incident. "
                    "The Kingdom also notes that the Polisario Front is financed by Algeria.")
    assert ("Morocco", "CRITICISM", "Algeria") in found
    assert ("Morocco", "PROTEST", "Algeria") not in found
