"""Firms and where they are from (BASED_IN), what they make, pressure on others (COERCION) and what
is given (ARMS_TRANSFER, AID, INVESTMENT): constructions of whole families of sentences, each shown on
sentences of our own."""

import pytest


# -- where a firm or an institute is from ------------------------------------------------------

@pytest.mark.parametrize("text, firm, state", [
    ("The deal was signed with Germany's state-owned Rheinmetall.", "Rheinmetall", "Germany"),
    ("The contract went to South Korea's Hanwha Aerospace.", "Hanwha", "South Korea"),
    ("Guyana's oil is developed with China's state-owned CNOOC.", "CNOOC", "China"),
    ("Uralvagonzavod of Russia builds the T-90 tank.", "Uralvagonzavod", "Russia"),
    ("Based in Tel Aviv, Elbit Systems makes the Hermes 900 drone.", "Elbit Systems", "Israel"),
    ("Beijing will sanction American defense contractors including General Dynamics and Northrop Grumman.",
     "Northrop Grumman", "United States"),
])
def test_a_firm_qualified_by_its_state_is_based_there(triples, text, firm, state):
    assert (firm, "BASED_IN", state) in triples(text)


def test_a_new_name_called_state_owned_is_a_firm(triples):
    _, batch = triples("Guyana's oil is developed with China's state-owned CNOOC.", with_claims=True)
    assert [a.type for a in batch.actors if a.name == "CNOOC"] == ["company"]


def test_an_institute_in_a_city_is_based_in_its_state(triples):
    found = triples("Researchers at the Stockholm International Peace Research Institute in Sweden published the data.")
    assert ("Stockholm International Peace Research Institute", "BASED_IN", "Sweden") in found


def test_a_firm_in_a_country_is_doing_business_there_not_based_there(triples):
    found = triples("Rheinmetall in Ukraine repairs tanks.")
    assert ("Rheinmetall", "BASED_IN", "Ukraine") not in found


def test_a_fronted_participle_is_said_of_the_subject(triples):
    assert ("Iran", "SUPPORT", "Houthis") in triples("Backed by Iran, the Houthis attacked ships in the Red Sea.")


# -- pressure ---------------------------------------------------------------------------------

def test_sanctions_on_firms_listed_with_including_fall_on_the_firms(triples):
    found = triples("Beijing will sanction American defense contractors including General Dynamics and Northrop Grumman.")
    assert {("China", "COERCION", "General Dynamics"), ("China", "COERCION", "Northrop Grumman")} <= found
    assert ("China", "COERCION", "United States") not in found


def test_measures_imposed_on_whom_fall_on_the_person_the_clause_describes(triples):
    found = triples("The court convicted Ali Hassan, a militia commander on whom the Security Council "
                    "imposed a travel ban in 2019.")
    assert ("Security Council", "COERCION", "Ali Hassan") in found


def test_ordering_forces_out_presses_their_state_and_says_they_were_there(triples):
    found = triples("Malawi ordered out the almost ninety Chinese military personnel.")
    assert ("Malawi", "COERCION", "China") in found
    assert ("China", "MILITARY_PRESENCE", "Malawi") in found


@pytest.mark.parametrize("text, subject, target", [
    ("Britain has long blocked the sale of components to the Argentine air force.", "United Kingdom", "Argentina"),
    ("Washington banned exports of chips to China.", "United States", "China"),
])
def test_stopping_what_goes_to_someone_presses_them(triples, text, subject, target):
    assert (subject, "COERCION", target) in triples(text)


def test_stopping_a_path_to_a_body_is_no_pressure_on_the_body(triples):
    found = triples("Hungary blocked Sweden's path to NATO membership for months.")
    assert not any(p == "COERCION" and o == "North Atlantic Treaty Organization" for _, p, o in found)


# -- what is given -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, supplier, recipient", [
    ("The Houthis receive Iranian weaponry by sea.", "Iran", "Houthis"),
    ("China sold destroyers and bombers to Pakistan.", "China", "Pakistan"),
    ("Turkey supplied armoured vehicles and MANPADS to Somalia.", "Turkey", "Somalia"),
    ("Colombia has flown Israeli-made Kfir jets since the 1980s.", "Israel", "Colombia"),
    ("Nigeria signed a deal with Brazil for 12 Super Tucano aircraft.", "Brazil", "Nigeria"),
    ("Indonesia inked a deal with France's Naval Group for the purchase of two submarines.", "Naval Group", "Indonesia"),
    ("The helicopters that India had given the Maldives were flown by Indian crews.", "India", "Maldives"),
])
def test_weapons_told_from_either_side_or_by_the_deal(triples, text, supplier, recipient):
    assert (supplier, "ARMS_TRANSFER", recipient) in triples(text)


def test_a_firm_that_has_weapons_deals_with_a_state_sells_to_it(triples):
    found = triples("Turkish drone company Baykar also had similar deals with Tajikistan in 2022.")
    assert ("Baykar", "ARMS_TRANSFER", "Tajikistan") in found
    assert ("Tajikistan", "ARMS_TRANSFER", "Baykar") not in found


def test_a_vessel_is_a_weapon_only_when_the_words_say_so(triples):
    assert not any(p == "ARMS_TRANSFER" for _, p, _ in triples("Greece sold two cargo vessels to Egypt."))
    assert ("Japan", "ARMS_TRANSFER", "Vietnam") in triples("Japan sold six patrol vessels to Vietnam.")


@pytest.mark.parametrize("text, donor, host", [
    ("Japan offered $50 million for border security in Mozambique.", "Japan", "Mozambique"),
    ("Canberra will put A$200 million into policing in Papua New Guinea.", "Australia", "Papua New Guinea"),
])
def test_money_offered_for_work_in_a_state_is_aid_to_come(triples, text, donor, host):
    found, batch = triples(text, with_claims=True)
    assert (donor, "AID", host) in found
    assert {c.modality for c in batch.claims if c.predicate == "AID"} == {"planned"}


def test_money_a_state_pledges_to_another_is_aid_not_investment(triples):
    found = triples("Saudi Arabia pledged $2 billion to Pakistan in January.")
    assert ("Saudi Arabia", "AID", "Pakistan") in found
    assert ("Saudi Arabia", "INVESTMENT", "Pakistan") not in found


# -- joint ventures, makers, firms referred back to ---------------------------------------------

def test_a_joint_venture_partner_from_another_state_produces_in_the_first_partners(triples):
    found = triples("Hanwha Aerospace Defence is a joint venture of South Korea's Hanwha and Saab of Sweden.")
    assert ("Saab", "CO_PRODUCTION", "South Korea") in found
    assert ("Sweden", "CO_PRODUCTION", "South Korea") in found
    assert not any(p == "CO_PRODUCTION" and o == "Sweden" for _, p, o in found)


def test_the_company_is_the_firm_the_last_sentence_was_about(triples):
    found = triples("Anatolia Naval Industries is a joint venture of Turkey's STM and Saab of Sweden. "
                    "Headquartered in Izmir, the company builds corvettes.")
    assert ("Anatolia Naval Industries", "BASED_IN", "Turkey") in found
    assert ("Saab", "BASED_IN", "Turkey") not in found


def test_a_firm_named_with_its_legal_form_is_a_firm(triples):
    _, batch = triples("Indonesia signed a contract with PT Pindad for armoured vehicles.", with_claims=True)
    assert [a.type for a in batch.actors if a.name == "PT Pindad"] == ["company"]


# -- where an armed group is from --------------------------------------------------------------

@pytest.mark.parametrize("text, group, state", [
    ("Besides Lebanon's Hezbollah, Tehran arms militias in Iraq.", "Hezbollah", "Lebanon"),
    ("Analysts say the Houthis in Yemen still receive drone parts.", "Houthis", "Yemen"),
    ("Somali al-Shabaab fighters overran the base.", "al-Shabaab", "Somalia"),
])
def test_a_states_possessive_demonym_or_in_phrase_on_an_armed_group_is_its_home(triples, text, group, state):
    assert (group, "BASED_IN", state) in triples(text)


def test_a_states_force_abroad_is_not_based_where_it_serves(triples):
    found = triples("Russia's Africa Corps guards the junta. The Africa Corps in Burkina Faso trains soldiers.")
    assert ("Africa Corps", "AFFILIATED_WITH", "Russia") in found
    assert not any(p == "BASED_IN" and s == "Africa Corps" for s, p, _ in found)


def test_a_group_seen_in_a_city_or_governing_a_state_is_not_from_there(triples):
    found = triples("Hamas leaders in Cairo met the mediators. Afghanistan's Taliban government rejected the claim.")
    assert not any(p == "BASED_IN" for _, p, _ in found)


# -- whom an attack falls on, and who made it, when no preposition says so ---------------------

@pytest.mark.parametrize("text, attacker, target", [
    ("Israeli strikes crippled Hezbollah last year.", "Israel", "Hezbollah"),
    ("Turkish drone strikes decimated the PKK in 2023.", "Turkey", "Kurdistan Workers' Party"),
])
def test_an_attack_that_harms_an_actor_targets_it(triples, text, attacker, target):
    assert (attacker, "ATTACK", target) in triples(text)


def test_an_attack_that_only_prompts_an_actor_does_not_target_it(triples):
    found = triples("Israeli strikes prompted Iran to respond.")
    assert ("Israel", "ATTACK", "Iran") not in found


@pytest.mark.parametrize("text, attacker, target", [
    ("Yerevan says Moscow failed to defend Armenia against Azerbaijani incursions.", "Azerbaijan", "Armenia"),
    ("Chisinau asked the EU to protect Moldova against Russian incursions.", "Russia", "Moldova"),
])
def test_whoever_is_defended_against_an_attack_is_its_target(triples, text, attacker, target):
    assert (attacker, "ATTACK", target) in triples(text)


def test_the_deed_a_judge_blames_someone_for_is_the_blamed_ones(triples):
    found = triples("The Laotian government blamed Vietnam for airstrikes in Vientiane late on Thursday.")
    assert ("Vietnam", "ATTACK", "Laos") in found
    assert ("Laos", "ATTACK", "Laos") not in found


# -- firms named again, their stakes, joint bodies ----------------------------------------------

def test_a_firm_named_again_with_a_nationality_is_based_there_and_does_what_follows(triples):
    found = triples("Chevron announced a large find off Angola's coast. The US major, which has since invested "
                    "billions of dollars in Angola, develops the block alone.")
    assert ("Chevron", "BASED_IN", "United States") in found
    assert ("Chevron", "INVESTMENT", "Angola") in found
    assert ("United States", "INVESTMENT", "Angola") not in found


def test_a_firm_word_followed_by_the_firms_name_is_that_firm_not_the_last_one(triples):
    found = triples("Baykar sold drones. Later the Chinese company Yesil Technology invested in Kazakhstan.")
    assert ("Baykar", "BASED_IN", "China") not in found
    assert ("Yesil Technology", "BASED_IN", "China") in found


@pytest.mark.parametrize("text, investor, target", [
    ("The memorandum says Djibouti will acquire a stake in Ethiopian Airlines.", "Djibouti", "Ethiopian Airlines"),
    ("In 2023 Qatar bought a minority share in Rosneft.", "Qatar", "Rosneft"),
])
def test_buying_a_stake_in_a_firm_invests_in_it(triples, text, investor, target):
    assert (investor, "INVESTMENT", target) in triples(text)


def test_the_states_a_joint_body_is_shared_by_are_its_members(triples):
    found = triples("The Baltic Naval Command (BALTNAVCOM), the joint Estonian-Latvian naval command, patrols the gulf.")
    assert {("Estonia", "MEMBER_OF", "Baltic Naval Command"), ("Latvia", "MEMBER_OF", "Baltic Naval Command")} <= found


def test_a_joint_act_of_two_states_makes_no_member(triples):
    found = triples("Kenya and Uganda, in a joint Kenyan-Ugandan statement, praised the African Union.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found)


@pytest.mark.parametrize("answer", ["Khartoum answered in kind.", "The government in Port Sudan responded in kind.",
                                    "Sudan reciprocated."])
def test_answering_in_kind_does_back_to_the_doer_what_it_did(triples, answer):
    found = triples("Chad, which borders Sudan, expelled four Sudanese diplomats in December. " + answer)
    assert ("Sudan", "COERCION", "Chad") in found
    assert ("Chad", "COERCION", "Sudan") in found


def test_answering_without_in_kind_repeats_nothing(triples):
    found = triples("Chad expelled four Sudanese diplomats in December. Khartoum answered quickly.")
    assert ("Sudan", "COERCION", "Chad") not in found


def test_a_to_phrase_is_where_a_weapon_goes_never_where_it_is_made(triples):
    found = triples("India had offered its Tejas jet, built jointly with Israel, to Manila.")
    assert not any(p == "CO_PRODUCTION" and o == "Philippines" for _, p, o in found)
    assert ("India", "MANUFACTURES", "Tejas") in found
