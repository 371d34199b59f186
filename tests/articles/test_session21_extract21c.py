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


def test_what_one_describes_as_members_of_a_group_is_the_object_never_the_describer(triples):
    found = triples("The first raid killed six men whom President Javier Milei described as members of the Sinaloa Cartel.")
    assert not any(s == "Javier Milei" and o == "Sinaloa Cartel" for s, _, o in found)
    found = triples("Ivan Petrov, who was described as a commander of the Wagner Group, was arrested in Mali.")
    assert ("Ivan Petrov", "AFFILIATED_WITH", "Wagner Group") in found
    found = triples("Ivan Petrov, who succeeded Olga Ivanova as foreign minister of Russia, arrived in Beijing.")
    assert ("Ivan Petrov", "AFFILIATED_WITH", "Russia") in found


def test_a_case_or_charge_described_as_something_is_judged_not_brought(triples):
    found = triples("Moscow described the case against Ivan Petrov as politically motivated.")
    assert not any(s == "Russia" and o == "Ivan Petrov" for s, _, o in found)
    found = triples("Beijing called the charges against the Philippines baseless.")
    assert ("China", "CRITICISM", "Philippines") not in found
    assert ("Russia", "CRITICISM", "Karim Khan") in triples("Moscow opened a criminal case against the prosecutor, Karim Khan.")
    assert ("Russia", "AGREEMENT", "China") in triples("Moscow described the agreement with Beijing as historic.")


def test_who_bars_trade_with_a_state_does_not_trade_with_it(triples):
    found = triples("These shipments breach resolutions of the United Nations Security Council, "
                    "which bar all arms trade with Tehran.")
    assert ("United Nations Security Council", "COOPERATION", "Iran") not in found
    assert ("United States", "COOPERATION", "North Korea") not in triples("Washington has banned trade with Pyongyang.")
    assert ("Kenya", "COOPERATION", "Uganda") in triples("Kenya expanded trade with Uganda last year.")
    found = triples("Kenya and Uganda signed a partnership in May.")
    assert ("Kenya", "AGREEMENT", "Uganda") in found and ("Kenya", "COOPERATION", "Uganda") not in found


def test_who_leads_a_review_of_a_body_does_not_lead_the_body(triples):
    found = triples("In June the Pentagon began a review of NATO, led by the Under Secretary for Policy, John Smith.")
    assert not any(s == "John Smith" and o == "North Atlantic Treaty Organization" for s, _, o in found)
    assert ("Egypt", "SUPPORT", "Sudan") in triples("The government of Sudan, backed by Egypt, rejected the plan.")


def test_a_deal_with_an_arms_firm_for_the_purchase_of_weapons_is_its_sale(triples):
    found = triples("Vietnam inked another major deal with France's state-owned Naval Group "
                    "for the purchase of two Scorpene attack submarines.")
    assert ("Naval Group", "ARMS_TRANSFER", "Vietnam") in found
    assert ("Vietnam", "AGREEMENT", "Naval Group") not in found
    assert ("Vietnam", "AGREEMENT", "Naval Group") in triples(
        "Vietnam signed a deal with Naval Group for the construction of a shipyard.")
    found = triples("Poland signed a contract with Hanwha for the delivery of 180 K9 howitzers.")
    assert ("Hanwha", "ARMS_TRANSFER", "Poland") in found and ("Poland", "AGREEMENT", "Hanwha") in found


def test_any_hostile_act_one_guards_against_is_no_act_of_ones_own(triples):
    assert not any(s == "Egypt" and o == "Sudan" for s, _, o in triples("Egypt said it would not tolerate any attack on Sudan."))
    assert ("Egypt", "THREAT", "Somalia") not in triples("Cairo said Egypt would not allow any threat to Somalia.")
    found = triples("Tokyo warned that it would respond to any aggression against the Philippines.")
    assert not any(s == "Japan" and o == "Philippines" for s, _, o in found)
    assert ("Israel", "ATTACK", "Iran") in triples("Israel has ruled out any strike on Iran.")
    assert ("Japan", "THREAT", "North Korea") in triples("Tokyo warned that it would retaliate against Pyongyang.")


def test_an_alliance_its_members_form_is_a_pact_between_them(triples):
    found = triples("Mali, Burkina Faso and Niger formed their own alliance in 2023.")
    assert ("Mali", "AGREEMENT", "Niger") in found and ("Mali", "COOPERATION", "Niger") not in found
    found = triples("Kenya and Uganda set up a trade partnership in May.")
    assert ("Kenya", "AGREEMENT", "Uganda") in found and ("Kenya", "COOPERATION", "Uganda") not in found
    assert ("Kenya", "COOPERATION", "Uganda") in triples("Kenya and Uganda deepened their partnership in May.")
