"""Sides the document gives by pronoun, by description or by a plural taken up later (session 13).
Every document here is our own invention."""

import pytest


@pytest.mark.parametrize("text, found, not_found", [
    ("President Gabriel Boric met the rebels in May. On 3 June he broke off the talks with the ELN, accusing its "
     "leaders of kidnappings.", ("Gabriel Boric", "CRITICISM", "National Liberation Army"),
     ("Gabriel Boric", "CRITICISM", "Chile")),
    ("Kenya is hosting the talks. Later Ethiopia closed its border with Somalia, condemning its government for "
     "the deal.", ("Ethiopia", "CRITICISM", "Somalia"), ("Ethiopia", "CRITICISM", "Ethiopia")),
])
def test_the_possessive_on_whom_one_judges_is_never_the_judges_own(triples, text, found, not_found):
    got = triples(text)
    assert found in got
    assert not_found not in got


def test_a_judged_possessive_with_no_one_else_named_is_read_as_before(triples):
    # "its" names the subject of the clause above when the sentence names no one else
    got = triples("Chad sent troops to Niger. Niger later accused its soldiers of looting.")
    assert ("Niger", "CRITICISM", "Niger") not in got


@pytest.mark.parametrize("text, found", [
    ("The army of Chad and the FACT rebels fought for weeks. In March the two forces signed a truce in Doha.",
     ("Chad", "AGREEMENT", "FACT")),
    ("Peru and Ecuador traded fire along the river. Brazil said it would sell no arms to either country.",
     ("Brazil", "ARMS_TRANSFER", "Peru")),
])
def test_a_plural_side_said_with_forces_or_either_is_the_pair_told(claims, text, found):
    assert any((s, p, o) == found or (o, p, s) == found for s, p, o, m in claims(text))


@pytest.mark.parametrize("text, found", [
    ("Peruvian officials have long said that Shining Path fighters train on Bolivian soil, a charge La Paz has "
     "always rejected.", ("Bolivia", "REJECTION", "Peru")),
    ("Last May General Mamadi Doumbouya accused Senegal of plotting with France to destabilise Guinea, a charge "
     "Dakar flatly denied.", ("Senegal", "REJECTION", "Mamadi Doumbouya")),
    ("Ankara says Kurdish militants are based in Syria, a claim Damascus has denied.",
     ("Syria", "REJECTION", "Turkey")),
])
def test_a_charge_rejected_in_apposition_rejects_whoever_made_it(triples, text, found):
    assert found in triples(text)


@pytest.mark.parametrize("text", [
    "Iran is arming the Houthis, a charge Tehran denies.",  # the writer's charge: no author named
    "Chile accused Peru of spying. Lima denied the charge on Monday.",  # no apposition: read elsewhere
])
def test_a_charge_with_no_author_named_beside_it_makes_no_rejection_of_the_rejecter(triples, text):
    assert not any(p == "REJECTION" and s == o for s, p, o in triples(text))


@pytest.mark.parametrize("text, found", [
    ("Drones closed the airport of Oslo on Monday. Prime Minister Jonas Gahr Store said he could not rule out Russian "
     "involvement. The Kremlin rejected the suggestion.", ("Russia", "REJECTION", "Norway")),
    ("Georgia says Russian troops moved the border fences again. Moscow dismissed the claims on Friday.",
     ("Russia", "REJECTION", "Georgia")),
    ("Poland blamed Belarus for the migrants. The accusation was rejected by Minsk.",
     ("Belarus", "REJECTION", "Poland")),
])
def test_a_charge_rejected_later_rejects_whoever_last_made_one_about_the_rejecter(triples, text, found):
    assert found in triples(text)


@pytest.mark.parametrize("text", [
    # the charge was about someone else
    "Prime Minister Jonas Gahr Store said he could not rule out Swedish involvement. The Kremlin rejected the "
    "suggestion.",
    # the rejected thing names its own author
    "Georgia says Russian troops moved the fences. Moscow dismissed Ukraine's claims on Friday.",
])
def test_a_later_rejection_answers_no_charge_about_someone_else(triples, text):
    assert not any(p == "REJECTION" and o in ("Georgia", "Norway", "Jonas Gahr Støre") for s, p, o in triples(text))


@pytest.mark.parametrize("text, found", [
    ("President Mohamed Muizzu took office in 2023. In March his defence ministry signed a deal with Turkey.",
     ("Maldives", "AGREEMENT", "Turkey")),
    ("President William Ruto spoke on Monday. Later his foreign ministry summoned the Ugandan ambassador.",
     ("Kenya", "PROTEST", "Uganda")),
    ("President William Ruto spoke on Monday. Later his army attacked Somalia.", ("Kenya", "ATTACK", "Somalia")),
])
def test_a_leaders_ministry_or_army_under_his_possessive_is_his_states(triples, text, found):
    assert found in triples(text)


@pytest.mark.parametrize("text, found, not_found", [
    ("Egypt and Qatar mediated between Israel and Hamas. On Friday the two sides signed a truce.",
     ("Israel", "AGREEMENT", "Hamas"), ("Egypt", "AGREEMENT", "Qatar")),
    ("Egypt and Qatar mediated between Ethiopia and Sudan. The two countries signed a deal in May.",
     ("Ethiopia", "AGREEMENT", "Sudan"), ("Egypt", "AGREEMENT", "Qatar")),
])
def test_the_two_sides_after_a_mediation_are_its_sides_not_its_go_betweens(triples, text, found, not_found):
    got = triples(text)
    assert found in got
    assert not_found not in got


def test_a_pair_named_after_the_mediation_is_still_the_two_countries(triples):
    got = triples("Qatar mediated between Israel and Hamas. Egypt and Jordan condemned the strike. The two countries "
                  "later signed a deal with France.")
    assert ("Egypt", "AGREEMENT", "France") in got
    assert not any(s == "Israel" and p == "AGREEMENT" for s, p, o in got)


@pytest.mark.parametrize("text, found", [
    ("Russia and Belarus held joint drills in May. Moscow's ally later bought S-400 missiles from China.",
     ("China", "ARMS_TRANSFER", "Belarus")),
    ("Iran has long armed the Houthis. Tehran's ally fired missiles at Israel on Monday.",
     ("Houthis", "ATTACK", "Israel")),
])
def test_an_owners_ally_with_no_name_is_whom_the_owner_was_told_cooperating_with(triples, text, found):
    assert found in triples(text)


def test_an_owners_ally_is_never_whom_the_owner_fought(triples):
    got = triples("Russia attacked Ukraine in 2022. Moscow's ally later bought missiles from China.")
    assert not any(o == "Ukraine" and p == "ARMS_TRANSFER" for s, p, o in got)


@pytest.mark.parametrize("text, found", [
    ("Trump met Xi in Busan. China's commerce ministry confirmed that the two sides had reached a deal, and said "
     "Washington would suspend the rule.", ("China", "AGREEMENT", "United States")),
    ("Lee met Ishiba in May. Japan's foreign ministry said the two sides would meet again, and that Seoul had agreed "
     "to lift the curbs.", ("Japan", "CONSULTATION", "South Korea")),
])
def test_the_two_sides_are_the_one_named_before_and_the_subject_named_after(triples, text, found):
    assert found in triples(text)


@pytest.mark.parametrize("text, found", [
    ("A year after Mohamed Muizzu won the presidency, he ordered out the Indian military personnel.",
     ("Maldives", "COERCION", "India")),
])
def test_an_official_whom_no_person_may_be_acts_for_the_state_served(triples, text, found):
    assert found in triples(text)


def test_an_officials_transfer_is_not_read_as_the_states(triples):
    # a person "giving" something is too often a misreading (approval, asylum) to become a state's transfer
    got = triples("President Donald Trump spoke on Monday. He said he had given South Korea approval to build a "
                  "nuclear-powered submarine.")
    assert ("United States", "ARMS_TRANSFER", "South Korea") not in got


@pytest.mark.parametrize("text", [
    "Pakistan and Afghanistan sent envoys to Doha. The two sides agreed a ceasefire on Sunday.",
    "Pakistan and Afghanistan sent envoys to Doha. The two delegations agreed a ceasefire on Sunday.",
])
def test_two_who_both_met_a_host_are_the_two_sides(triples, text):
    got = triples(text)
    assert ("Pakistan", "AGREEMENT", "Afghanistan") in got
    assert not any(p == "AGREEMENT" and "Qatar" in (s, o) for s, p, o in got)


def test_the_two_juntas_are_the_pair_told(triples):
    got = triples("Mali and Niger cut ties with Algeria in April. The two juntas later signed a defence pact.")
    assert ("Mali", "AGREEMENT", "Niger") in got


def test_its_fighters_after_an_armed_group_are_the_groups(triples):
    got = triples("Colombia has long fought the ELN. The guerrilla group in Colombia is the ELN. On 16 January its "
                  "fighters attacked the 33rd Front.")
    assert ("National Liberation Army", "ATTACK", "33rd Front") in got
    assert ("Colombia", "ATTACK", "33rd Front") not in got
