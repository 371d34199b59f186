"""Session 30 (attach30): who judges a deal is not its side (sentences of our own).

- A deal, truce or talks noun read with ``pair(governor)`` takes the two subjects of its verb as its sides
  ("Brazil and Argentina signed the deal"). When that verb only judges the act (welcome, reject, condemn,
  praise, ...: the lexicon's ``deal_onlooking``) and its subjects are named as such, they are onlookers:
  "Russia and China rejected the ceasefire plan" makes no truce, and no fighting, between Russia and China.
- A subject that points back without naming ("They", "the two sides", "both leaders") still takes the reading:
  such a subject mostly names the parties just reported making the deal, judging their own work.
- Verbs that make their subjects the parties (sign, agree, reach, announce ...) keep the reading, and a deal's
  own sides (its between-phrase) stay its sides whoever welcomes it.
- A relative clause whose verb takes an act or a document (propose, draft, impose, sign ...: the lexicon's
  `relative_act_verbs`) after a place or name that ends the act's phrase ("sanctions on Mali, which France
  proposed") is the act's, so its subject is the proposer the act's rejecter rejects. A clause whose verb can
  take the name ("the talks in Geneva, which began") stays where the parser put it.
"""


def has(found, a, predicate, b):
    return (a, predicate, b) in found or (b, predicate, a) in found


def test_a_pair_that_rejects_a_truce_is_neither_at_peace_nor_at_war(triples):
    found = triples("Russia and China rejected the ceasefire plan on Tuesday.")
    assert not has(found, "Russia", "AGREEMENT", "China")
    assert not has(found, "Russia", "ARMED_CLASH", "China")


def test_a_pair_that_welcomes_a_deal_is_not_its_parties(triples):
    found = triples("Egypt and Jordan welcomed the agreement on Monday.")
    assert not has(found, "Egypt", "AGREEMENT", "Jordan")


def test_a_pair_that_praises_a_truce_is_not_its_sides(triples):
    found = triples("Kenya and Ethiopia praised the truce in a joint statement.")
    assert not has(found, "Kenya", "ARMED_CLASH", "Ethiopia")
    assert not has(found, "Kenya", "AGREEMENT", "Ethiopia")


def test_the_sides_of_a_welcomed_deal_are_its_own(triples):
    found = triples("Germany and Italy welcomed the peace deal between Armenia and Azerbaijan.")
    assert has(found, "Armenia", "AGREEMENT", "Azerbaijan")
    assert not has(found, "Germany", "AGREEMENT", "Italy")


def test_a_pair_that_agrees_a_truce_is_its_sides(triples):
    found = triples("Russia and Ukraine agreed a ceasefire on Friday.")
    assert has(found, "Russia", "AGREEMENT", "Ukraine")


def test_a_pair_that_signs_or_announces_a_deal_is_its_parties(triples):
    found = triples("Brazil and Argentina signed the trade deal on Tuesday.\n\n"
                    "Chile and Peru announced a truce after a week of clashes.")
    assert has(found, "Brazil", "AGREEMENT", "Argentina")
    assert has(found, "Chile", "AGREEMENT", "Peru")


def test_a_deal_signed_in_a_relative_clause_is_its_signers(triples):
    found = triples("The deal, which Chile signed with Peru, took effect in May.")
    assert has(found, "Chile", "AGREEMENT", "Peru")


def test_the_two_sides_welcoming_a_deal_are_still_its_parties(triples):
    found = triples("Greece and Turkey met in Geneva on Monday. The two sides welcomed the agreement.\n\n"
                    "Serbia and Croatia held talks in Zagreb. They praised the accord.")
    assert has(found, "Greece", "AGREEMENT", "Turkey")
    assert has(found, "Serbia", "AGREEMENT", "Croatia")


def test_a_clause_after_the_place_of_a_measure_names_who_proposed_the_measure(triples):
    found = triples("Russia vetoed new sanctions on Mali, which France, Germany and Spain had proposed.")
    assert ("Russia", "REJECTION", "France") in found
    assert ("Russia", "REJECTION", "Spain") in found


def test_a_clause_after_the_topic_of_a_plan_names_its_drafter(triples):
    found = triples("India rejected the peace plan for Kashmir, which Pakistan drafted.")
    assert ("India", "REJECTION", "Pakistan") in found


def test_a_clause_whose_verb_fits_the_place_stays_on_the_place(triples):
    found = triples("Turkey criticised the new rules in Cyprus, which Greece visited in May.")
    assert not has(found, "Turkey", "REJECTION", "Greece")
    assert not has(found, "Turkey", "CRITICISM", "Greece")
