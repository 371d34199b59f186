"""Session 25 (extract25e): force and pressure as wire reports ordinarily tell them: attacks on a site in a
state ("attacked a refinery in Russia's Ryazan region"), fire "toward" a target, a base that is struck is the
victim's, forces "stationed" in a state are a presence there (no mobilisation), custody told by where one is
put ("under house arrest"), a count as the object ("shut all eight of its crossings"), and permits a state
revokes (sentences of our own)."""

import pytest


@pytest.mark.parametrize("text, attacker, attacked", [
    ("Ukrainian drones attacked an oil refinery in Russia's Ryazan region.", "Ukraine", "Russia"),
    ("JNIM fighters overran an army base in central Mali.", "Jama'at Nusrat al-Islam wal-Muslimin", "Mali"),
    ("Hamas fighters stormed communities in southern Israel on 7 October.", "Hamas", "Israel"),
])
def test_an_attack_on_a_site_in_a_state_attacks_that_state(triples, text, attacker, attacked):
    assert (attacker, "ATTACK", attacked) in triples(text)


def test_an_attack_on_named_forces_in_another_state_attacks_the_forces_not_the_place(triples):
    found = triples("Russian troops attacked Ukrainian positions in Russia's Kursk region.")
    assert ("Russia", "ATTACK", "Ukraine") in found
    assert ("Ukraine", "ATTACK", "Russia") not in found


def test_a_base_that_is_overrun_is_not_the_attackers_presence(triples):
    found = triples("JNIM fighters overran an army base in central Mali.")
    assert ("Jama'at Nusrat al-Islam wal-Muslimin", "MILITARY_PRESENCE", "Mali") not in found


@pytest.mark.parametrize("text, attacker, attacked", [
    ("North Korea fired artillery shells toward South Korean islands.", "North Korea", "South Korea"),
    ("Iran launched some 200 ballistic missiles towards Israel on Tuesday night.", "Iran", "Israel"),
])
def test_fire_toward_a_state_attacks_it(triples, text, attacker, attacked):
    assert (attacker, "ATTACK", attacked) in triples(text)


def test_a_policy_toward_a_state_is_no_attack(triples):
    assert ("China", "ATTACK", "Taiwan") not in triples("China's policy towards Taiwan has hardened.")


def test_forces_stationed_in_a_state_are_a_presence_not_a_mobilisation(claims):
    found = claims("NATO has agreed to station a brigade in Latvia.")
    assert ("North Atlantic Treaty Organization", "MILITARY_PRESENCE", "Latvia", "planned") in found
    assert not {c for c in found if c[1] == "MOBILIZATION"}


@pytest.mark.parametrize("text, state, person", [
    ("Kenyan police placed Raila Odinga under house arrest on Monday.", "Kenya", "Raila Odinga"),
    ("Uganda has kept Kizza Besigye in detention since November.", "Uganda", "Kizza Besigye"),
])
def test_a_person_put_in_custody_is_coerced_by_the_state(triples, text, state, person):
    assert (state, "COERCION", person) in triples(text)


@pytest.mark.parametrize("text, pair", [
    ("Rwanda kept its troops in Congo for years.", ("Rwanda", "Democratic Republic of the Congo")),
    ("Egypt held talks with Hamas in Cairo.", ("Egypt", "Hamas")),
])
def test_keeping_or_holding_something_in_a_place_is_no_custody(triples, text, pair):
    assert (pair[0], "COERCION", pair[1]) not in triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Finland shut all eight of its road crossings with Russia in December 2023.", ("Finland", "COERCION", "Russia")),
    ("Kenya sent 400 of its police officers to Haiti.", ("Kenya", "MILITARY_PRESENCE", "Haiti")),
    ("Turkey bought 100 of the jets from the United States.", ("United States", "ARMS_TRANSFER", "Turkey")),
])
def test_a_count_as_the_object_is_read_through_to_what_it_counts(triples, text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, state, holder", [
    ("Serbia revoked Rio Tinto's licences in January 2022.", "Serbia", "Rio Tinto"),
    ("Niger withdrew the mining permit of the French firm Orano.", "Niger", "Orano"),
])
def test_a_permit_a_state_revokes_coerces_its_holder(triples, text, state, holder):
    assert (state, "COERCION", holder) in triples(text)


def test_a_permit_renewed_is_no_coercion(triples):
    assert ("Ghana", "COERCION", "Newmont") not in triples("Ghana renewed Newmont's mining licence for ten years.")


@pytest.mark.parametrize("text, listers, listed", [
    ("Hezbollah, which Britain and Canada list as a terrorist organisation, denied the claim.",
     ("United Kingdom", "Canada"), "Hezbollah"),
    ("Jaish al-Adl, which Iran and the United States both list as a terrorist organisation, claimed the attack.",
     ("Iran", "United States"), "Jaish al-Adl"),
])
def test_a_relative_clause_whose_plural_verb_the_parser_reads_as_a_noun_still_lists_the_group(
        triples, text, listers, listed):
    found = triples(text)
    for lister in listers:
        assert (lister, "COERCION", listed) in found


def test_a_relative_clause_of_arming_verbs_still_reads_as_before(triples):
    found = triples("Hezbollah, the movement that Tehran arms and funds, fired rockets at Israel.")
    assert ("Iran", "ARMS_TRANSFER", "Hezbollah") in found
    assert ("Hezbollah", "ATTACK", "Israel") in found


@pytest.mark.parametrize("text, pair", [
    ("India is the biggest buyer of Russian oil.", ("Russia", "India")),
    ("Japan is the main importer of Qatari gas.", ("Qatar", "Japan")),
    ("India is Bhutan's largest trading partner and the buyer of most of the electricity its dams produce.",
     ("Bhutan", "India")),
])
def test_a_buyer_of_commodities_buys_no_arms(triples, text, pair):
    assert (pair[0], "ARMS_TRANSFER", pair[1]) not in triples(text)


def test_a_buyer_of_weapons_still_buys_arms(triples):
    assert ("Russia", "ARMS_TRANSFER", "India") in triples("India is the largest buyer of Russian weapons.")


def test_a_host_of_a_concentration_of_foreign_forces_hosts_their_presence(triples):
    found = triples("Japan hosts the largest concentration of American forces in Asia.")
    assert ("United States", "MILITARY_PRESENCE", "Japan") in found
    assert ("Japan", "CONSULTATION", "United States") not in found


@pytest.mark.parametrize("text, attacker, attacked", [
    ("Al-Shabaab militants attacked an African Union base in Somalia.", "al-Shabaab", "African Union"),
    ("Gunmen of the ADF ambushed UN peacekeepers near Beni.", "Allied Democratic Forces", "United Nations"),
])
def test_a_bodys_base_or_forces_attacked_attack_the_body(triples, text, attacker, attacked):
    assert (attacker, "ATTACK", attacked) in triples(text)


@pytest.mark.parametrize("text, attacker, attacked", [
    ("Sudan's army shelled positions held by the Rapid Support Forces in Khartoum.", "Sudan", "Rapid Support Forces"),
    ("Congolese jets bombed areas controlled by the M23 near Goma.", "Democratic Republic of the Congo", "M23"),
])
def test_places_held_by_a_group_that_are_struck_attack_the_group(triples, text, attacker, attacked):
    assert (attacker, "ATTACK", attacked) in triples(text)


@pytest.mark.parametrize("text", [
    "China held live-fire drills around Taiwan after the president's speech.",
    "China launched large-scale military drills around Taiwan on Monday.",
])
def test_drills_around_an_island_are_an_exercise_on_it_not_a_mobilisation(triples, text):
    found = triples(text)
    assert ("China", "MILITARY_EXERCISE", "Taiwan") in found
    assert ("China", "MOBILIZATION", "Taiwan") not in found


@pytest.mark.parametrize("text", [
    "The PLA staged exercises near Taiwan for two days.",
    "Beijing ramped up its military activity around Taiwan.",
])
def test_drills_or_activity_beside_a_state_still_press_it(triples, text):
    assert ("China", "MOBILIZATION", "Taiwan") in triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Israeli jets bombed a Hezbollah arms depot in southern Lebanon.",
     {("Israel", "ATTACK", "Hezbollah"), ("Israel", "ATTACK", "Lebanon")}),
    ("Israeli strikes on Hezbollah positions in southern Lebanon killed five people.",
     {("Israel", "ATTACK", "Hezbollah"), ("Israel", "ATTACK", "Lebanon")}),
])
def test_a_strike_on_a_group_in_a_state_attacks_the_group_and_the_state(triples, text, expected):
    assert expected <= triples(text)


@pytest.mark.parametrize("text, owner, host", [
    ("Djibouti is home to a large US military base.", "United States", "Djibouti"),
    ("Qatar is the site of the biggest American base in the Middle East.", "United States", "Qatar"),
])
def test_a_state_that_is_home_to_anothers_base_hosts_its_presence(triples, text, owner, host):
    assert (owner, "MILITARY_PRESENCE", host) in triples(text)


def test_a_contributor_of_peacekeepers_hosts_no_one(triples):
    found = triples("Bangladesh is the largest contributor of UN peacekeepers.")
    assert ("United Nations", "MILITARY_PRESENCE", "Bangladesh") not in found


@pytest.mark.parametrize("text, supplier, armed", [
    ("Algeria, which hosts and arms the Polisario Front, rejected the plan.", "Algeria", "Polisario Front"),
    ("Iran, which funds and arms the Houthis, denied it.", "Iran", "Houthis"),
])
def test_two_present_verbs_of_a_relative_clause_read_as_nouns_are_its_verbs(triples, text, supplier, armed):
    assert (supplier, "ARMS_TRANSFER", armed) in triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Mali's junta expelled the head of the UN mission.", ("Mali", "COERCION", "United Nations")),
    ("An IMF mission visited Colombo in March.", ("International Monetary Fund", "CONSULTATION", "Sri Lanka")),
])
def test_a_bodys_mission_stands_for_the_body(triples, text, expected):
    assert expected in triples(text)


def test_commodities_sold_are_trade_not_aid(triples):
    assert ("Ethiopia", "AID", "Djibouti") not in triples("Ethiopia sells electricity to Djibouti.")


def test_food_donated_is_still_aid(triples):
    assert ("Russia", "AID", "Somalia") in triples("Russia donated wheat to Somalia.")


@pytest.mark.parametrize("text, owner, host", [
    ("Indian peacekeepers serve in South Sudan.", "India", "South Sudan"),
    ("American troops have trained in Poland since 2017.", "United States", "Poland"),
])
def test_forces_that_train_or_serve_in_a_state_are_present_there(triples, text, owner, host):
    assert (owner, "MILITARY_PRESENCE", host) in triples(text)


def test_pilots_trained_abroad_are_no_forces_there(triples):
    found = triples("Ukrainian pilots trained in the United States last year.")
    assert ("Ukraine", "MILITARY_PRESENCE", "United States") not in found


@pytest.mark.parametrize("text, owner, host", [
    ("Trump also visited Al Udeid, the biggest US air base in the region.", "United States", "Qatar"),
    ("Putin's plane landed at Hmeimim, the Russian air base near Latakia.", "Russia", "Syria"),
])
def test_a_base_set_beside_the_place_it_names_is_in_that_places_state(triples, text, owner, host):
    assert (owner, "MILITARY_PRESENCE", host) in triples(text)


def test_the_object_of_relative_verbs_hung_on_the_antecedent_is_still_theirs(triples):
    found = triples("In May the Saudi foreign minister wrote to Oman's sultan that the truce in Yemen would hold. "
                    "Iran, which funds and arms the Houthi movement that controls Sanaa, recalled its envoy from Riyadh.")
    assert ("Iran", "ARMS_TRANSFER", "Houthis") in found


@pytest.mark.parametrize("text, expected", [
    ("Royal Marines train every winter in northern Norway.", ("United Kingdom", "MILITARY_PRESENCE", "Norway")),
    ("Israeli jets struck targets last night in southern Lebanon.", ("Israel", "ATTACK", "Lebanon")),
])
def test_a_place_hung_on_a_time_phrase_is_still_where_the_act_happens(triples, text, expected):
    assert expected in triples(text)
