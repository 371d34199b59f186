"""Forms added in session 16 (lead): a third party that eases or settles two others' quarrel stands
between them (MEDIATION), its trying is the mediation, and a quarrel anyone ends or eases happened.
Every sentence here is our own."""

import pytest


@pytest.mark.parametrize("text, mediator, sides", [
    ("Japan tried to ease tensions between Vietnam and Cambodia.", "Japan", ("Vietnam", "Cambodia")),
    ("Turkey sought to resolve the dispute between Somalia and Ethiopia.", "Turkey", ("Somalia", "Ethiopia")),
    ("Norway has been working to settle the Serbia-Kosovo standoff.", "Norway", ("Serbia", "Kosovo")),
    ("Qatar worked to end the fighting between Israel and Hamas.", "Qatar", ("Israel", "Hamas")),
])
def test_easing_or_settling_two_others_quarrel_mediates_with_each(claims, text, mediator, sides):
    found = claims(text)
    for side in sides:
        assert (mediator, "MEDIATION", side, "asserted") in found


def test_the_sides_of_a_quarrel_told_before_are_those_a_settler_stands_between(claims):
    found = claims("Gabon and Equatorial Guinea have quarrelled over the islands since 2003. "
                   "Diplomats from Angola are reported to have tried to calm the dispute.")
    assert ("Angola", "MEDIATION", "Gabon", "reported") in found
    assert ("Angola", "MEDIATION", "Equatorial Guinea", "reported") in found


@pytest.mark.parametrize("text", [
    "Kenya moved to defuse tensions with Somalia.",
    "India and Pakistan agreed to ease tensions.",
    "Kenya and Somalia clashed over the border. Kenya later sought to ease the tensions.",
])
def test_a_side_that_eases_its_own_quarrel_is_no_go_between(triples, text):
    assert not any(p == "MEDIATION" for _, p, _ in triples(text))


@pytest.mark.parametrize("text, pair, predicate", [
    ("Chile tried to ease tensions between Peru and Bolivia.", ("Peru", "Bolivia"), "DISPUTE"),
    ("Qatar helped end the fighting between Israel and Hamas.", ("Israel", "Hamas"), "ARMED_CLASH"),
    ("Brazil sought to resolve the dispute between Guyana and Venezuela.", ("Guyana", "Venezuela"), "DISPUTE"),
])
def test_a_quarrel_someone_ends_or_eases_happened(claims, text, pair, predicate):
    found = claims(text)
    assert any({s, o} == set(pair) and p == predicate and m == "asserted" for s, p, o, m in found), found


def test_trying_to_buy_is_still_only_a_plan(claims):
    assert ("Iran", "ARMS_TRANSFER", "Russia", "planned") in claims("Russia tried to buy drones from Iran.")


def test_an_offer_to_mediate_stays_an_offer(claims):
    assert ("Qatar", "MEDIATION", "Hamas", "planned") in claims("Qatar offered to mediate between Israel and Hamas.")


@pytest.mark.parametrize("text, mediator, sides", [
    ("Washington lifted sanctions on Caracas under an arrangement brokered by Norway.", "Norway",
     ("United States", "Venezuela")),
    ("The United States removed Cuba from its terrorism list under an agreement mediated by the Holy See.",
     "Holy See", ("United States", "Cuba")),
])
def test_a_deal_brokered_for_what_one_side_does_to_the_other_mediates_between_them(triples, text, mediator, sides):
    found = triples(text)
    for side in sides:
        assert (mediator, "MEDIATION", side) in found


@pytest.mark.parametrize("text, visitor, host", [
    ("Vietnam's foreign minister came to Vientiane on 17 August.", "Vietnam", "Laos"),
    ("The Turkish foreign minister went to Baghdad to meet his counterpart.", "Turkey", "Iraq"),
    ("Chile's president will head to Lima next week.", "Chile", "Peru"),
])
def test_an_official_who_goes_or_comes_to_another_capital_visits_it(triples, text, visitor, host):
    assert (visitor, "CONSULTATION", host) in triples(text)


@pytest.mark.parametrize("text", [
    "Russian troops flew to Bamako in December.",
    "Turkish soldiers travelled to Tripoli.",
    "Turkish drones went to Baku.",
    "China came to Pakistan's rescue in 2019.",
    "Ukraine went to the International Court of Justice.",
])
def test_forces_weapons_or_idioms_going_somewhere_are_no_visit(triples, text):
    assert not any(p == "CONSULTATION" for _, p, _ in triples(text))


@pytest.mark.parametrize("text", [
    "Egypt supports every effort to end the war in Yemen.",
    "Egypt supports every effort to mediate in the war.",
    "Jordan backed any effort to settle the dispute.",
])
def test_a_noun_of_effort_before_a_go_betweens_verb_reads_without_error(triples, text):
    assert not any(p == "MEDIATION" for _, p, _ in triples(text))


def test_efforts_to_ease_two_others_tensions_are_a_mediation(claims):
    found = claims("Turkey's efforts to ease tensions between Somalia and Ethiopia paid off.")
    assert ("Turkey", "MEDIATION", "Somalia", "asserted") in found


@pytest.mark.parametrize("text, relation", [
    ("Ghana signed deals with Hanwha in 2023 to jointly produce howitzers in Ghana.",
     ("Hanwha", "CO_PRODUCTION", "Ghana", "asserted")),
    ("Egypt signed a contract with France to buy 30 Rafale jets.", ("France", "ARMS_TRANSFER", "Egypt", "asserted")),
])
def test_what_a_signed_deal_provides_to_do_is_the_deals_own_relation(claims, text, relation):
    assert relation in claims(text)


@pytest.mark.parametrize("text, relation", [
    ("A spokesman of the Arakan Army said they had agreed to reopen border trade with India.",
     ("Arakan Army", "COOPERATION", "India", "reported")),
    ("Russia agreed to build a naval base in Sudan.", ("Russia", "MILITARY_PRESENCE", "Sudan", "planned")),
])
def test_what_sides_agree_to_do_stands_unless_it_builds_something_new(claims, text, relation):
    assert relation in claims(text)
