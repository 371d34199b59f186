"""Forms added in session 19 (lead), from a probe of invented wire, communiqué and press-release sentences
across regions. Every sentence here is our own."""

import pytest


@pytest.mark.parametrize("text, seller, buyer", [
    ("KNDS will deliver 40 infantry fighting vehicles to Belgium next year.", "KNDS", "Belgium"),
    ("Turkey handed 30 armoured personnel carriers to Senegal.", "Turkey", "Senegal"),
    ("Korea Aerospace Industries sold eight trainer aircraft to Iraq.", "Korea Aerospace Industries", "Iraq"),
    ("Saab will supply two airborne early-warning aircraft to Poland.", "Saab", "Poland"),
])
def test_weapons_named_by_their_military_role_are_arms(claims, text, seller, buyer):
    assert any((s, p, o) == (seller, "ARMS_TRANSFER", buyer) for s, p, o, _ in claims(text))


def test_civil_vehicles_and_planes_are_no_arms(claims):
    found = claims("Japan sold vehicles and passenger planes to Chile.")
    assert not any(p == "ARMS_TRANSFER" for _, p, _, _ in found)


def test_a_name_with_of_the_is_also_found_without_the(claims):
    found = claims("Angola hosted talks between Rwanda and the Democratic Republic of Congo.")
    assert ("Angola", "MEDIATION", "Democratic Republic of the Congo", "asserted") in found


@pytest.mark.parametrize("text, host, guests", [
    ("Qatar hosted the presidents of Rwanda and Burundi in Doha.", "Qatar", ("Burundi", "Rwanda")),
    ("Turkey hosted the foreign ministers of Armenia and Azerbaijan in Antalya.", "Turkey", ("Armenia", "Azerbaijan")),
])
def test_guests_named_in_the_hosted_phrase_meet_each_other(claims, text, host, guests):
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    assert (host, "MEDIATION", guests[0]) in found and (host, "MEDIATION", guests[1]) in found
    assert (guests[0], "CONSULTATION", guests[1]) in found or (guests[1], "CONSULTATION", guests[0]) in found


def test_bodies_whose_summit_is_hosted_do_not_meet_each_other(claims):
    found = claims("Egypt will host a summit of the African Union and the Arab League in Cairo.")
    assert not any(p == "CONSULTATION" and {s, o} == {"African Union", "Arab League"} for s, p, o, _ in found)


def test_envoys_of_sides_told_before_are_not_named_guests(claims):
    found = claims("Qatar hosted envoys of both sides in Doha.")
    assert not any(p == "CONSULTATION" for _, p, _, _ in found)


@pytest.mark.parametrize("text, seller, buyer", [
    ("Malaysia is in talks with South Korea to buy more FA-50 jets.", "South Korea", "Malaysia"),
    ("Peru is negotiating with Sweden to purchase Gripen fighters.", "Sweden", "Peru"),
    ("Algeria held talks with Russia on buying Su-57 fighter jets.", "Russia", "Algeria"),
    ("Serbia has held talks with France about the purchase of Rafale fighter jets.", "France", "Serbia"),
])
def test_a_purchase_under_talks_is_planned_from_the_partner(claims, text, seller, buyer):
    assert (seller, "ARMS_TRANSFER", buyer, "planned") in claims(text)
    assert (seller, "ARMS_TRANSFER", buyer, "asserted") not in claims(text)


@pytest.mark.parametrize("text, signer, partner", [
    ("Romania signed a deal to buy 32 F-35 jets from the United States.", "Romania", "United States"),
    ("Hanwha signed a contract to supply K9 howitzers to Vietnam.", "Hanwha", "Vietnam"),
])
def test_a_deal_to_buy_from_or_sell_to_another_is_a_deal_with_it(claims, text, signer, partner):
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    assert (signer, "AGREEMENT", partner) in found or (partner, "AGREEMENT", signer) in found


def test_a_deal_paid_for_by_another_is_no_deal_with_the_payer(claims):
    found = claims("Niger signed a deal to buy drones with money from Qatar.")
    assert not any(p == "AGREEMENT" and "Qatar" in (s, o) for s, p, o, _ in found)


def test_a_possible_sale_is_planned(claims):
    found = claims("The State Department approved the possible sale of 200 missiles to Denmark.")
    assert ("United States", "ARMS_TRANSFER", "Denmark", "planned") in found


@pytest.mark.parametrize("text, attacker, attacked", [
    ("Russian troops crossed into Georgia in August 2008.", "Russia", "Georgia"),
    ("Turkish forces pushed into northern Iraq on Monday.", "Turkey", "Iraq"),
    ("Eritrean soldiers poured into Tigray, in northern Ethiopia.", "Eritrea", "Ethiopia"),
])
def test_forces_crossing_into_a_state_attack_it(claims, text, attacker, attacked):
    assert any((s, p, o) == (attacker, "ATTACK", attacked) for s, p, o, _ in claims(text))


@pytest.mark.parametrize("text", [
    "Sudanese refugees crossed into Chad by the thousands.",
    "Chinese tourists poured into Vietnam after the border reopened.",
    "Uganda disarmed ADF fighters who crossed into Uganda last year.",
])
def test_people_who_are_not_forces_crossing_attack_nobody(claims, text):
    assert not any(p == "ATTACK" for _, p, _, _ in claims(text))


def test_a_firm_awarded_a_contract_to_deliver_is_the_supplier(claims):
    found = claims("Airbus has been awarded a contract to deliver 12 A400M transport aircraft to Indonesia.")
    assert any((s, p, o) == ("Airbus", "ARMS_TRANSFER", "Indonesia") for s, p, o, _ in found)


def test_a_base_on_a_states_soil_is_there(claims):
    found = claims("The pact lets Britain keep a base on Cypriot soil.")
    assert any((s, p, o) == ("United Kingdom", "MILITARY_PRESENCE", "Cyprus") for s, p, o, _ in found)


@pytest.mark.parametrize("text, present, host", [
    ("Vanuatu will not allow China to build a naval base on Vanuatu soil.", "China", "Vanuatu"),
    ("Sri Lanka did not permit India to station troops in Sri Lanka.", "India", "Sri Lanka"),
])
def test_leave_withheld_denies_what_it_would_let_happen(claims, text, present, host):
    found = claims(text)
    assert (present, "MILITARY_PRESENCE", host, "denied") in found
    assert (present, "MILITARY_PRESENCE", host, "asserted") not in found


@pytest.mark.parametrize("text, presser, pressed", [
    ("Honduras cut its ties with Taipei under pressure from Beijing.", "China", "Honduras"),
    ("Hungary resisted pressure from the European Union to drop its veto.", "European Union", "Hungary"),
])
def test_pressure_from_another_coerces_whoever_is_under_it(claims, text, presser, pressed):
    assert any((s, p, o) == (presser, "COERCION", pressed) for s, p, o, _ in claims(text))


def test_a_war_two_leaders_discuss_is_not_theirs(claims):
    found = claims("The two presidents spoke by phone to discuss the war in Yemen, the Omani palace said.")
    assert not any(p == "ARMED_CLASH" for _, p, _, _ in found)


def test_sides_that_fought_a_war_still_clash(claims):
    assert any(p == "ARMED_CLASH" for _, p, _, _ in claims("Peru and Ecuador fought a border war in 1995."))


@pytest.mark.parametrize("text, supplier, buyer", [
    ("Vietnam relies on Russia for most of its weapons.", "Russia", "Vietnam"),
    ("Serbia has turned to China for weapons.", "China", "Serbia"),
])
def test_whom_one_relies_or_turns_on_for_weapons_supplies_them(claims, text, supplier, buyer):
    found = claims(text)
    assert any((s, p, o) == (supplier, "ARMS_TRANSFER", buyer) for s, p, o, _ in found)
    assert not any(p == "COOPERATION" for _, p, _, _ in found)


def test_relying_on_another_for_what_is_no_weapon_is_no_sale(claims):
    found = claims("Portugal relies on tourism from Britain.")
    assert not any(p == "ARMS_TRANSFER" for _, p, _, _ in found)


@pytest.mark.parametrize("text, giver, predicate, taker", [
    ("Washington approved a $2 billion weapons package for Taiwan.", "United States", "ARMS_TRANSFER", "Taiwan"),
    ("Canada announced a new aid package for Jordan.", "Canada", "AID", "Jordan"),
    ("France sent a second tranche of arms to Armenia.", "France", "ARMS_TRANSFER", "Armenia"),
])
def test_a_package_or_tranche_of_weapons_or_aid_is_given(claims, text, giver, predicate, taker):
    assert any((s, p, o) == (giver, predicate, taker) for s, p, o, _ in claims(text))


def test_a_package_of_reforms_gives_nothing(claims):
    found = claims("The World Bank approved a reform package for Tunisia.")
    assert not any(p in ("ARMS_TRANSFER", "AID") for _, p, _, _ in found)


@pytest.mark.parametrize("text, a, b", [
    ("Bahrain is close to a security pact with Britain.", "Bahrain", "United Kingdom"),
    ("Colombia and the ELN are nearing a truce agreement.", "Colombia", "National Liberation Army"),
])
def test_a_deal_drawing_near_is_planned(claims, text, a, b):
    found = claims(text)
    assert (a, "AGREEMENT", b, "planned") in found or (b, "AGREEMENT", a, "planned") in found
    assert (a, "AGREEMENT", b, "asserted") not in found and (b, "AGREEMENT", a, "asserted") not in found


def test_a_close_ally_is_no_plan(claims):
    assert not any(m == "planned" for _, _, _, m in claims("Jordan is a close ally of the United States."))


def test_a_name_read_as_a_verb_after_to_is_the_recipient(claims):
    found = claims("The State Department approved the possible sale of 200 missiles to Denmark.")
    assert ("United States", "ARMS_TRANSFER", "Denmark", "planned") in found


@pytest.mark.parametrize("text, striker, struck", [
    ("Ukraine shot down a Russian Su-25 near Bakhmut.", "Ukraine", "Russia"),
    ("India downed a Pakistani F-16 over Kashmir.", "India", "Pakistan"),
])
def test_a_model_designation_struck_is_the_verbs_object(claims, text, striker, struck):
    assert any((s, p, o) == (striker, "ATTACK", struck) for s, p, o, _ in claims(text))


def test_whom_a_reprisal_is_against_did_what_it_answers(claims):
    found = claims("Moscow vowed to retaliate against Sweden for joining NATO.")
    assert ("Sweden", "MEMBER_OF", "North Atlantic Treaty Organization", "asserted") in found
    assert not any(s == "Russia" and p == "MEMBER_OF" for s, p, _, _ in found)


@pytest.mark.parametrize("text, triple", [
    ("Iran is believed to have sent the missiles to Russia.", ("Iran", "ARMS_TRANSFER", "Russia")),
    ("Russian troops are thought to remain in Libya.", ("Russia", "MILITARY_PRESENCE", "Libya")),
])
def test_a_belief_held_by_no_one_named_is_unconfirmed(claims, text, triple):
    assert (*triple, "unconfirmed") in claims(text)


def test_a_belief_someone_states_is_theirs_to_report(claims):
    found = claims("US officials believe Iran sent the missiles to Russia.")
    assert ("Iran", "ARMS_TRANSFER", "Russia", "reported") in found


def test_the_two_warring_sides_are_those_told_fighting(claims):
    found = claims("Colombian troops clashed with ELN fighters near the border. Cuba later hosted talks between the "
                   "two warring sides in Havana.")
    assert ("Cuba", "MEDIATION", "Colombia", "asserted") in found
    assert ("Cuba", "MEDIATION", "National Liberation Army", "asserted") in found


def test_the_two_warring_sides_are_no_one_when_no_fighting_was_told(claims):
    found = claims("The United Arab Emirates has become a backer of Sudanese militias. Saudi Arabia hosted talks "
                   "between the two warring sides in Jeddah.")
    assert not any(p in ("MEDIATION", "ARMED_CLASH") and "United Arab Emirates" in (s, o) for s, p, o, _ in found)


@pytest.mark.parametrize("text, state, group", [
    ("Colombian troops clashed with ELN fighters near the border.", "Colombia", "National Liberation Army"),
    ("Nigeria clashed with Boko Haram fighters in Borno.", "Nigeria", "Boko Haram"),
])
def test_clashing_with_a_groups_fighters_clashes_with_the_group(claims, text, state, group):
    assert any(p == "ARMED_CLASH" and {s, o} == {state, group} for s, p, o, _ in claims(text))


def test_a_paragraph_opening_with_the_two_countries_means_the_pair_named_together(claims):
    text = ("Chile and Bolivia agreed on Monday to resume talks over sea access, after a meeting in Lima.\n\n"
            "Peruvian President Dina Boluarte, who hosted the meeting, said Peru would help. Peru has long "
            "backed dialogue, and Peru's navy patrols the coast.\n\n"
            "The two countries also set up a joint commission to handle their maritime dispute.")
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    assert ("Chile", "DISPUTE", "Bolivia") in found or ("Bolivia", "DISPUTE", "Chile") in found
    assert not any(p == "DISPUTE" and "Peru" in (s, o) for s, p, o in found)


def test_a_dispute_a_body_is_set_up_to_handle_is_there(claims):
    found = claims("Chile and Bolivia set up a joint commission to handle their maritime dispute.")
    assert ("Bolivia", "DISPUTE", "Chile", "asserted") in found or ("Chile", "DISPUTE", "Bolivia", "asserted") in found
