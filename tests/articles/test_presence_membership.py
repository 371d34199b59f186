"""Forces abroad (MILITARY_PRESENCE) and membership (MEMBER_OF): constructions of whole families of
sentences, each shown on sentences of our own."""

import pytest


# -- a body's named mission -------------------------------------------------------------------

def test_a_named_mission_of_a_body_is_the_body_serving_in_that_state(triples):
    found = triples("The African Union Mission in Somalia (AMISOM) was set up in 2007.")
    assert ("African Union", "MILITARY_PRESENCE", "Somalia") in found


def test_troops_contributed_to_a_named_mission_serve_where_it_serves(triples):
    found = triples("Ghana contributes troops to the African Union Mission in Somalia.")
    assert ("Ghana", "MILITARY_PRESENCE", "Somalia") in found
    assert not any(p in ("AID", "INVESTMENT") for _, p, _ in found)  # troops are no money


def test_the_acronym_of_a_mission_keeps_its_state_for_the_rest_of_the_article(triples):
    found = triples("The African Union Mission in Somalia (AMISOM) was set up in 2007. "
                    "The member states that sent troops to AMISOM, among them Kenya, Uganda and Burundi, "
                    "met in Nairobi.")
    for state in ("Kenya", "Uganda", "Burundi"):
        assert (state, "MILITARY_PRESENCE", "Somalia") in found


def test_a_mission_of_forces_needs_a_word_that_says_so(triples):
    assert ("United Nations", "MILITARY_PRESENCE", "South Sudan") in triples(
        "The United Nations peacekeeping mission in South Sudan cut its staff.")
    assert not any(p == "MILITARY_PRESENCE" for _, p, _ in triples(
        "The International Monetary Fund mission in Sri Lanka met the finance minister."))
    assert not any(p == "MILITARY_PRESENCE" for _, p, _ in triples(
        "Iran's diplomatic mission in Kabul reopened."))


# -- a state's own armed services -------------------------------------------------------------

@pytest.mark.parametrize("text, state, host", [
    ("The Rwanda Defence Force, which has been deployed in Cabo Delgado since 2021, fought rebels there.",
     "Rwanda", "Mozambique"),
    ("The Uganda People's Defence Force was deployed in Ituri in 2021.", "Uganda", "Democratic Republic of the Congo"),
])
def test_a_service_named_after_a_state_is_that_state(triples, text, state, host):
    found = triples(text)
    assert (state, "MILITARY_PRESENCE", host) in found
    assert not any("Defence Force" in s for s, _, _ in found)  # neither a firm nor an armed group


# -- holding, occupying, arriving, remaining ---------------------------------------------------

@pytest.mark.parametrize("text, state, host", [
    ("Russia holds a base in Tajikistan.", "Russia", "Tajikistan"),
    ("Turkish forces now occupy two bases in northern Syria.", "Turkey", "Syria"),
    ("Troops of the Kenya Defence Forces arrived in Port-au-Prince in June.", "Kenya", "Haiti"),
    ("About 200 Turkish military personnel remain in Qatar.", "Turkey", "Qatar"),
    ("Russian soldiers serve in the Central African Republic.", "Russia", "Central African Republic"),
])
def test_forces_held_arriving_or_remaining_somewhere_are_present_there(triples, text, state, host):
    assert (state, "MILITARY_PRESENCE", host) in triples(text)


def test_an_envoy_arriving_is_no_military_presence(triples):
    assert not any(p == "MILITARY_PRESENCE" for _, p, _ in triples("The Chinese ambassador arrived in Moscow."))


def test_weapons_that_arrived_in_a_state_were_delivered_to_it(triples):
    assert ("Turkey", "ARMS_TRANSFER", "Mali") in triples("Turkish Bayraktar TB2 drones arrived in Mali in March.")


# -- membership --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Turkey, a NATO member, bought Russian missiles.",
    "NATO member Turkey bought Russian missiles.",
])
def test_a_member_described_by_the_body_it_belongs_to(triples, text):
    assert ("Turkey", "MEMBER_OF", "North Atlantic Treaty Organization") in triples(text)


@pytest.mark.parametrize("text", [
    "ECOWAS members such as Ghana and Senegal condemned the coup.",
    "The member states of ECOWAS, among them Ghana and Senegal, condemned the coup.",
])
def test_members_listed_after_the_members_of_a_body(triples, text):
    found = triples(text)
    for state in ("Ghana", "Senegal"):
        assert (state, "MEMBER_OF", "Economic Community of West African States") in found


def test_members_named_together_with_one_member(triples):
    found = triples("Japan remains a committed member of the Quad, together with Australia, India and the United States.")
    for state in ("Japan", "Australia", "India", "United States"):
        assert (state, "MEMBER_OF", "Quadrilateral Security Dialogue") in found


def test_a_name_in_brackets_after_a_list_of_states_is_the_bloc_they_form(triples):
    # (an invented group: the Visegrád Group itself is in the gazetteer)
    found, batch = triples("Poland, Hungary and Slovakia (the Tatra Group) met in Prague. "
                           "The Tatra Group has met every year since 1991.", with_claims=True)
    for state in ("Poland", "Hungary", "Slovakia"):
        assert (state, "MEMBER_OF", "Tatra Group") in found
    assert [a.type for a in batch.actors if a.name == "Tatra Group"] == ["organization"]  # not a firm, and one actor


def test_a_state_in_brackets_is_no_bloc(triples):
    assert not any(p == "MEMBER_OF" for _, p, _ in triples("Iran and Iraq (the two neighbours) signed a deal."))


def test_accession_talks_are_a_membership_to_come(triples):
    found, batch = triples("Montenegro opened accession talks with the European Union in 2012.", with_claims=True)
    claims = [c for c in batch.claims if c.predicate == "MEMBER_OF"]
    assert ("Montenegro", "MEMBER_OF", "European Union") in found
    assert [c.modality for c in claims] == ["planned"]


def test_applying_for_membership_is_planned(triples):
    _, batch = triples("Georgia applied for membership of the European Union in 2022.", with_claims=True)
    assert [c.modality for c in batch.claims if c.predicate == "MEMBER_OF"] == ["planned"]


def test_cooperation_agreed_with_a_partner_is_no_prospect(triples):
    found = triples("Finland signed a defence cooperation agreement with the United States.")
    assert not any(p == "COOPERATION" for _, p, _ in found)


@pytest.mark.parametrize("text, member, body", [
    ("South Sudan was admitted to the African Union in 2011.", "South Sudan", "African Union"),
    ("Timor-Leste was accepted into ASEAN as its eleventh member.", "Timor-Leste", "Association of Southeast Asian Nations"),
    ("Sweden is now part of NATO.", "Sweden", "North Atlantic Treaty Organization"),
])
def test_admitted_accepted_or_part_of_a_body_is_a_member(triples, text, member, body):
    assert (member, "MEMBER_OF", body) in triples(text)


def test_a_group_part_of_another_is_affiliated_with_it(triples):
    assert ("People's Protection Units", "AFFILIATED_WITH", "Syrian Democratic Forces") in triples(
        "The YPG, part of the Syrian Democratic Forces, holds the town.")


def test_capitalised_member_states_listed_after_them_contributed_troops(triples):
    found = triples("The African Union Mission in Somalia (AMISOM) ended in 2022. The summit honoured the Member "
                    "States that contributed troops to AMISOM, among them Uganda, Kenya and Ethiopia, and the "
                    "soldiers who died in the mission.")
    for state in ("Uganda", "Kenya", "Ethiopia"):
        assert (state, "MILITARY_PRESENCE", "Somalia") in found


# -- a phrase set off by dashes or brackets describes the name before it ----------------------

@pytest.mark.parametrize("text, member, body", [
    ("Ankara wants Damascus to disarm the YPG – part of the Syrian Democratic Forces – before any talks.",
     "People's Protection Units", "Syrian Democratic Forces"),
    ("Rebels of the Kachin Independence Army – a member of the Northern Alliance – took the town of Bhamo.",
     "Kachin Independence Army", "Northern Alliance"),
    ("He said it is the duty of Baghdad to disband Kata'ib Hezbollah – part of the Popular Mobilization Forces – "
     "at once.", "Kata'ib Hezbollah", "Popular Mobilization Forces"),
])
def test_a_dashed_or_bracketed_aside_describes_the_name_before_it(triples, text, member, body):
    found = triples(text)
    assert (member, "AFFILIATED_WITH", body) in found or (member, "MEMBER_OF", body) in found


def test_a_member_aside_is_not_the_speakers_membership(triples):
    found = triples("Moe Aung of the Kachin Independence Army – one member of the Northern Alliance – said talks failed.")
    assert not any(s == "Moe Aung" and p == "MEMBER_OF" for s, p, _ in found)


def test_the_alliance_is_the_group_named_after_an_alliance(triples):
    found = triples("The Northern Alliance of armed groups seized two towns in Shan State. "
                    "Kaung Myat of the Kachin Independence Army – one member of the alliance – said so.")
    assert {("Kachin Independence Army", p, "Northern Alliance") for p in ("MEMBER_OF", "AFFILIATED_WITH")} & found


@pytest.mark.parametrize("text, group, camp", [
    ("The Badr Organization, closely aligned with Tehran, won seats in parliament.", "Badr Organization", "Iran"),
    ("The Arakan Army is affiliated with the Northern Alliance.", "Arakan Army", "Northern Alliance"),
])
def test_a_group_aligned_or_affiliated_with_another_actor_is_in_its_camp(triples, text, group, camp):
    assert (group, "AFFILIATED_WITH", camp) in triples(text)


def test_aligning_ones_government_with_a_state_is_no_office_there(triples):
    found = triples("President Jose Marti has aligned his government closely with Washington.")
    assert ("Jose Marti", "AFFILIATED_WITH", "United States") not in found


# -- members of the body the text is about ---------------------------------------------------

def test_member_states_listed_with_no_body_named_belong_to_the_body_of_the_sentence(triples):
    found = triples("The African Union Mission in Somalia (AMISOM) was set up in 2007. Leaders thanked the member "
                    "states that sent troops to AMISOM, among them Kenya, Uganda and Burundi.")
    for state in ("Kenya", "Uganda", "Burundi"):
        assert (state, "MEMBER_OF", "African Union") in found


def test_both_members_after_a_list_are_members_of_the_body_named_last(triples):
    found = triples("The Security Council adopted the text on Monday. It passed with two votes against, those of "
                    "France and the United Kingdom, both permanent members.")
    assert {("France", "MEMBER_OF", "Security Council"), ("United Kingdom", "MEMBER_OF", "Security Council")} <= found


def test_members_of_a_named_body_are_not_reassigned_to_another(triples):
    found = triples("NATO met in Brussels. Finland and Sweden, both members of the European Union, applied.")
    assert ("Finland", "MEMBER_OF", "North Atlantic Treaty Organization") not in found
    assert ("Finland", "MEMBER_OF", "European Union") in found


def test_a_person_who_aligns_with_a_state_takes_no_office_there(triples):
    assert not any(p == "AFFILIATED_WITH" for _, p, _ in triples("Senator Ana Torres aligned with Lima on trade."))


# -- forces massed along a line, exercises flown or opened -------------------------------------

@pytest.mark.parametrize("text, first, second", [
    ("In March, Armenia and Azerbaijan massed troops along their shared border.", "Armenia", "Azerbaijan"),
    ("Ethiopia and Eritrea clashed in 2022. Since then both sides have deployed thousands of soldiers along the "
     "frontier.", "Ethiopia", "Eritrea"),
])
def test_sides_that_deploy_forces_along_a_line_mobilise_against_each_other(triples, text, first, second):
    found = triples(text)
    assert (first, "MOBILIZATION", second) in found or (second, "MOBILIZATION", first) in found


def test_deploying_forces_somewhere_is_presence_not_mobilisation(triples):
    found = triples("Kenya and Rwanda deployed troops in Haiti.")
    assert not any(p == "MOBILIZATION" for _, p, _ in found)


@pytest.mark.parametrize("text", [
    "Russian and Chinese strategic bombers flew a joint patrol over the Sea of Japan on Tuesday.",
    "The Russian and Chinese navies opened their annual joint exercise off Vladivostok.",
])
def test_a_joint_patrol_flown_or_an_exercise_opened_is_an_exercise(triples, text):
    found = triples(text)
    assert ("Russia", "MILITARY_EXERCISE", "China") in found or ("China", "MILITARY_EXERCISE", "Russia") in found


@pytest.mark.parametrize("text, first, second", [
    ("Last month the French Navy brought two frigates to Dakar for the Nemo exercise with Senegalese forces.",
     "France", "Senegal"),
    ("The Indian Army sent troops to Mongolia for the Nomadic Elephant exercise with Mongolian forces.", "India",
     "Mongolia"),
    ("Japan will hold the Orient Shield exercise with American troops in Hokkaido.", "Japan", "United States"),
])
def test_whoever_brings_forces_to_or_holds_an_exercise_with_a_partner_exercises_with_it(triples, text, first, second):
    found = triples(text)
    assert (first, "MILITARY_EXERCISE", second) in found or (second, "MILITARY_EXERCISE", first) in found


def test_judging_an_exercise_with_a_partner_is_no_exercise(triples):
    found = triples("Iran criticised the exercise with Israel.")
    assert ("Iran", "MILITARY_EXERCISE", "Israel") not in found
