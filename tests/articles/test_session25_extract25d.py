"""Session 25 (extract25d): deals and help as ordinary news states them. A firm that owns, runs or develops a
mine, port or field abroad has invested there, though not at home (sentences of our own)."""

import pytest


@pytest.mark.parametrize("text, investor, host", [
    ("DP World runs the container port in Senegal.", "DP World", "Senegal"),
    ("The French group Orano owns a uranium mine in Niger.", "Orano", "Niger"),
    ("The Chinese firm Sinohydro operates the dam in Ecuador.", "Sinohydro", "Ecuador"),
    ("The Chinese firm Zijin Mining runs large copper mines in eastern Serbia.", "Zijin Mining", "Serbia"),
    ("Chinese companies hold stakes in ports across Greece.", "China", "Greece"),
])
def test_a_firm_working_a_mine_port_or_field_abroad_has_invested_there(triples, text, investor, host):
    assert (investor, "INVESTMENT", host) in triples(text)


@pytest.mark.parametrize("text, firm, home", [
    ("Gazprom operates the pipeline in Russia.", "Gazprom", "Russia"),
    ("The Mexican state oil company Pemex runs six refineries in Mexico.", "Pemex", "Mexico"),
    ("The South Korean carmaker Hyundai will invest $5 billion in South Korea.", "Hyundai", "South Korea"),
])
def test_a_firm_working_or_investing_at_home_invests_in_no_one(triples, text, firm, home):
    found = triples(text)
    assert (firm, "INVESTMENT", home) not in found and (firm, "AID", home) not in found


@pytest.mark.parametrize("text, holder, place", [
    ("Russia holds the port of Berdyansk in Ukraine.", "Russia", "Ukraine"),
    ("Chinese companies held talks in Greece on the port.", "China", "Greece"),
])
def test_holding_a_port_by_force_or_holding_talks_is_no_investment(triples, text, holder, place):
    assert (holder, "INVESTMENT", place) not in triples(text)


@pytest.mark.parametrize("text, payer, host, predicate", [
    ("The Chinese-financed railway in Kenya runs at a loss.", "China", "Kenya", "INVESTMENT"),
    ("The Chinese-funded port in Sri Lanka has drawn criticism.", "China", "Sri Lanka", "AID"),
])
def test_a_work_paid_for_by_a_state_gives_to_the_state_it_stands_in(triples, text, payer, host, predicate):
    assert (payer, predicate, host) in triples(text)


@pytest.mark.parametrize("text, payer, place", [
    ("Iran-funded militias in Iraq fired rockets.", "Iran", "Iraq"),
    ("Russian-funded media in Serbia spread the claims.", "Russia", "Serbia"),
    ("Iran-backed militias in Iraq fired rockets.", "Iran", "Iraq"),
])
def test_groups_paid_or_backed_by_a_state_are_not_the_state_they_act_in(triples, text, payer, place):
    found = triples(text)
    assert not {t for t in found if t[0] == payer and t[2] == place}


@pytest.mark.parametrize("text, lender, user, predicate", [
    ("Indonesia built its nickel smelters with Chinese investment.", "China", "Indonesia", "INVESTMENT"),
    ("Egypt is building a new capital with Emirati funding.", "United Arab Emirates", "Egypt", "INVESTMENT"),
    ("Pakistan completed the dam with a Chinese loan.", "China", "Pakistan", "AID"),
    ("Laos built the railway with Chinese financing.", "China", "Laos", "INVESTMENT"),
])
def test_whose_money_a_state_builds_or_buys_with_has_put_it_in(triples, text, lender, user, predicate):
    assert (lender, predicate, user) in triples(text)


def test_competing_with_anothers_investment_takes_none_of_it(triples):
    assert ("China", "INVESTMENT", "Serbia") not in triples("Serbia competes with Chinese investment in the region.")


@pytest.mark.parametrize("text, giver, given, predicate", [
    ("Humanitarian aid from Saudi Arabia to Yemen has dropped sharply.", "Saudi Arabia", "Yemen", "AID"),
    ("Military support from Iran to the Houthis has grown.", "Iran", "Houthis", "SUPPORT"),
    ("Support for Ukraine from the United States has wavered.", "United States", "Ukraine", "SUPPORT"),
])
def test_aid_or_support_from_one_to_another(triples, text, giver, given, predicate):
    assert (giver, predicate, given) in triples(text)


def test_standing_beside_a_person_for_the_cameras_backs_no_one(triples):
    found = triples("Ursula von der Leyen and Giorgia Meloni stood beside President Kais Saied in Tunis in July.")
    assert not {t for t in found if t[1] == "SUPPORT"}


@pytest.mark.parametrize("text, backer, backed", [
    ("France will stand beside Ukraine for as long as it takes.", "France", "Ukraine"),
    ("Turkey will continue to stand by Somalia.", "Turkey", "Somalia"),
])
def test_standing_beside_or_by_a_state_backs_it(triples, text, backer, backed):
    assert (backer, "SUPPORT", backed) in triples(text)


@pytest.mark.parametrize("text, giver, receiver", [
    ("During Modi's visit, the King of Bhutan gave the Indian leader the country's highest civilian award.",
     "Bhutan", "India"),
    ("They cited a judgment handed down this month by the Court of Justice of the European Union to Egypt.",
     "European Union", "Egypt"),
])
def test_an_award_or_a_judgment_handed_over_is_no_aid(triples, text, giver, receiver):
    assert (giver, "AID", receiver) not in triples(text)


def test_money_given_is_still_aid(triples):
    assert ("France", "AID", "Senegal") in triples("France gave Senegal 20 million euros for schools.")


@pytest.mark.parametrize("text, party, bystander, predicate", [
    ("NATO has agreed to station a forward land force in Finland, with Sweden as the lead nation.",
     "North Atlantic Treaty Organization", "Sweden", "AGREEMENT"),
    ("Greece and Egypt signed a maritime agreement, with Cyprus as an observer.", "Greece", "Cyprus", "AGREEMENT"),
])
def test_one_named_in_a_with_phrase_of_role_is_no_party(triples, text, party, bystander, predicate):
    found = triples(text)
    assert (party, predicate, bystander) not in found and (bystander, predicate, party) not in found


def test_a_deal_signed_with_another_still_makes_it_a_party(triples):
    assert ("Japan", "AGREEMENT", "Australia") in triples("Japan signed a security agreement with Australia.")


@pytest.mark.parametrize("text, seller, buyer", [
    ("Ethiopia already sells electricity to Djibouti and Kenya.", "Ethiopia", "Djibouti"),
    ("Russia exports wheat to Egypt.", "Russia", "Egypt"),
    ("Qatar sells liquefied natural gas to Pakistan under a long-term contract.", "Qatar", "Pakistan"),
])
def test_what_is_sold_is_no_aid(triples, text, seller, buyer):
    assert (seller, "AID", buyer) not in triples(text)


@pytest.mark.parametrize("text, giver, receiver, predicate", [
    ("Turkey sold Bayraktar drones to Ukraine.", "Turkey", "Ukraine", "ARMS_TRANSFER"),
    ("Russia has sent shipments of oil to Cuba during the blackouts.", "Russia", "Cuba", "AID"),
])
def test_weapons_sold_and_goods_sent_keep_their_predicates(triples, text, giver, receiver, predicate):
    assert (giver, predicate, receiver) in triples(text)


@pytest.mark.parametrize("text, backer, backed", [
    ("Germany reiterated its commitment to Israel's security.", "Germany", "Israel"),
    ("Washington reaffirmed its ironclad commitment to the defence of the Philippines.", "United States", "Philippines"),
    ("The EU restated its commitment to Ukraine's sovereignty and territorial integrity.", "European Union", "Ukraine"),
    ("Washington remained committed to the sovereignty and territorial integrity of Bosnia and Herzegovina.",
     "United States", "Bosnia and Herzegovina"),
    ("Japan is committed to defending the Philippines.", "Japan", "Philippines"),
    ("Trump said the United States was committed to the defence of Poland.", "United States", "Poland"),
])
def test_a_pledge_to_anothers_security_or_sovereignty_backs_it(triples, text, backer, backed):
    assert (backer, "SUPPORT", backed) in triples(text)


@pytest.mark.parametrize("text, pledger, other", [
    ("Pakistan must honour its commitments to the IMF.", "Pakistan", "International Monetary Fund"),
    ("Turkey is committed to the talks with Armenia.", "Turkey", "Armenia"),
    ("Washington is no longer committed to Ukraine's security, the senator said.", "United States", "Ukraine"),
])
def test_commitments_to_talks_to_lenders_or_withdrawn_back_no_one(triples, text, pledger, other):
    assert (pledger, "SUPPORT", other) not in triples(text)


@pytest.mark.parametrize("text, first, second", [
    ("Moscow and Beijing sign pact on nuclear power", "Russia", "China"),
    ("India and UAE ink trade deal", "India", "United Arab Emirates"),
    ("China, Pakistan seal deal on new port", "China", "Pakistan"),
    ("Kenya and Ethiopia sign accord on border trade", "Kenya", "Ethiopia"),
])
def test_a_headline_verb_after_two_names_is_read_as_their_verb(triples, text, first, second):
    found = triples(text)
    assert (first, "AGREEMENT", second) in found or (second, "AGREEMENT", first) in found


def test_a_headline_noun_phrase_with_no_verb_word_stays_a_noun_phrase(triples):
    assert not triples("Russia and Ukraine peace talks in Istanbul") & {
        ("Russia", "AGREEMENT", "Ukraine"), ("Ukraine", "AGREEMENT", "Russia")}


def test_members_of_an_alliance_do_not_cooperate_by_that_alone(triples):
    found = triples("Greece and Turkey are both members of the alliance.")
    assert ("Greece", "COOPERATION", "Turkey") not in found and ("Turkey", "COOPERATION", "Greece") not in found


def test_states_in_an_alliance_still_cooperate(triples):
    found = triples("Russia and Armenia are in an alliance.")
    assert ("Russia", "COOPERATION", "Armenia") in found or ("Armenia", "COOPERATION", "Russia") in found
