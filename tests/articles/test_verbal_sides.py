"""Verbal relations and their sides: threats through purposes, shared objects, omissions blamed, with-phrases."""

import pytest


@pytest.mark.parametrize("text", [
    "Beijing has threatened to use force to bring Taiwan under its control.",
    "Turkey threatened to deploy troops to punish Greece.",
])
def test_a_threat_concerns_whom_the_purpose_of_the_threatened_act_is_against(triples, text):
    found = triples(text)
    assert any(p == "THREAT" and o in ("Taiwan", "Greece") for _, p, o in found)


def test_a_threat_to_use_force_for_a_person_does_not_threaten_the_person(triples):
    found = triples("ECOWAS threatened to use force to reinstate President Mohamed Bazoum.")
    assert not any(p == "THREAT" and o == "Mohamed Bazoum" for _, p, o in found)


@pytest.mark.parametrize("text", [
    "Kabul accused Pakistan of carrying out airstrikes on its territory and warned of consequences.",
    "Caracas condemned Guyana and warned of consequences.",
])
def test_a_warning_coordinated_with_an_accusation_is_to_the_accused(triples, text):
    found = triples(text)
    assert any(p == "THREAT" and o in ("Pakistan", "Guyana") for _, p, o in found)


def test_a_warning_with_its_own_object_keeps_it(triples):
    found = triples("Kabul accused Pakistan of air strikes and warned Iran.")
    assert ("Afghanistan", "THREAT", "Iran") in found
    assert ("Afghanistan", "THREAT", "Pakistan") not in found


@pytest.mark.parametrize("text", [
    "Prime Minister Nikol Pashinyan criticised Moscow for not supporting Armenia against Azerbaijan.",
    "Prime Minister Nikol Pashinyan blamed Russia and the CSTO for failing to defend Armenia.",
])
def test_an_omission_someone_is_blamed_for_is_no_relation_of_its_own(triples, text):
    found = triples(text)
    assert any(p == "CRITICISM" and o == "Russia" for _, p, o in found)
    assert not any(p == "SUPPORT" for _, p, _ in found)


def test_an_act_someone_is_blamed_for_is_still_told(triples):
    found = triples("Prime Minister Nikol Pashinyan criticised Russia for supporting Azerbaijan.")
    assert ("Russia", "SUPPORT", "Azerbaijan") in found


def test_hungary_raising_objections_to_a_bid_rejects_the_bidder(triples):
    assert ("Hungary", "REJECTION", "Sweden") in triples("Hungary raised objections to Sweden's accession.")


def test_hosting_an_office_is_no_meeting(triples):
    found = triples("Qatar, which hosts Hamas's political office, has mediated between Israel and the group.")
    assert ("Qatar", "MEDIATION", "Israel") in found
    assert not any(p == "CONSULTATION" for _, p, _ in found)


@pytest.mark.parametrize("text", [
    "Turkey and Armenia, whose special envoys have met several times since 2022, may reopen their border.",
    "Serbia and Kosovo, whose envoys met in Brussels, remain apart.",
])
def test_envoys_of_coordinated_states_met_for_them(triples, text):
    assert sum(p == "CONSULTATION" for _, p, _ in triples(text)) == 1


def test_a_with_phrase_of_anothers_act_is_not_the_partner(triples):
    found = triples("Egypt's embrace of Somalia, whose president Sisi received in January after Ethiopia's port "
                    "deal with Somaliland, angered Addis Ababa.")
    assert ("Egypt", "CONSULTATION", "Somalia") in found
    assert not any(p == "CONSULTATION" and "Somaliland" in (s, o) for s, p, o in found)


def test_a_with_phrase_of_circumstance_is_not_the_partner(triples):
    found = triples("Kenya and Uganda held talks hosted by the US Treasury, with the World Bank sitting in.")
    assert not any("World Bank" in (s, o) for s, _, o in found)


def test_talks_stuck_between_two_capitals_are_not_theirs(triples):
    found = triples("Two years on, Skopje's EU talks are stuck between Sofia and Athens.")
    assert ("Bulgaria", "CONSULTATION", "Greece") not in found
    assert ("Kenya", "CONSULTATION", "Uganda") in triples("Meetings were held at all levels between Kenya and Uganda.")


def test_the_court_is_the_court_named_before(triples):
    found = triples("Belize took the dispute to the International Court of Justice. "
                    "Guatemala has never accepted that the court has jurisdiction.")
    assert ("Guatemala", "REJECTION", "International Court of Justice") in found


def test_the_court_is_no_actor_when_no_named_body_is_a_court(triples):
    found = triples("Kenya joined the African Union in 1963. Uganda has never accepted that the court has jurisdiction.")
    assert not any(p == "REJECTION" for _, p, _ in found)


@pytest.mark.parametrize("text, accused", [
    ("South Africa brought a case against Israel at the International Court of Justice.", {"Israel"}),
    ("Guyana filed a case at the International Court of Justice.", set()),
])
def test_a_case_is_a_dispute_with_whom_it_is_against_not_the_court(triples, text, accused):
    assert {o for _, p, o in triples(text) if p in ("CRITICISM", "DISPUTE")} == accused


@pytest.mark.parametrize("text, pair", [
    ("ASEAN leaders met in Jakarta with Myanmar's foreign minister and agreed on a five-point plan.",
     ("Association of Southeast Asian Nations", "Myanmar")),
    ("Kenya met Uganda in Arusha and signed a trade deal.", ("Kenya", "Uganda")),
])
def test_what_is_agreed_or_signed_after_a_meeting_is_agreed_with_whom_they_met(triples, text, pair):
    assert (pair[0], "AGREEMENT", pair[1]) in triples(text)


def test_a_deal_signed_with_someone_else_keeps_its_own_partner(triples):
    found = triples("Kenya met Uganda in May and signed a trade deal with Tanzania in June.")
    assert ("Kenya", "AGREEMENT", "Tanzania") in found
    assert ("Kenya", "AGREEMENT", "Uganda") not in found


def test_only_a_meeting_gives_its_partner_to_the_agreement(triples):
    found = triples("Kenya called Uganda a rival and signed a deal.")
    assert not any(p == "AGREEMENT" for _, p, _ in found)


@pytest.mark.parametrize("text, partner", [
    ("France agreed in October 2023 to supply Armenia with air-defence radars.", "Armenia"),
    ("South Korea agreed to sell 48 jets to Poland.", "Poland"),
])
def test_agreeing_to_supply_someone_is_an_agreement_with_them(triples, text, partner):
    assert any(p == "AGREEMENT" and partner in (s, o) for s, p, o in triples(text))


def test_agreeing_to_withdraw_is_no_agreement_with_the_place(triples):
    assert not any(p == "AGREEMENT" for _, p, _ in triples("Russia agreed to withdraw its forces from Syria."))


@pytest.mark.parametrize("text", [
    "India rolled over Maldivian treasury bills, and during last week's visit Narendra Modi and Mohamed Muizzu "
    "signed a currency swap.",
    "Trade grew, and at the summit in Kazan Narendra Modi and Xi Jinping signed a border accord.",
])
def test_names_hung_on_a_fronted_phrase_are_the_subject_of_the_verb_after_them(triples, text):
    found = triples(text)
    assert any(p == "AGREEMENT" and s in ("India", "China", "Maldives") and o in ("India", "China", "Maldives")
               for s, p, o in found)


def test_the_capitalised_agency_is_the_agency_named_before(triples):
    found = triples("The E3 welcomed the report of the International Atomic Energy Agency. "
                    "Since then, Iran has consistently failed to cooperate with the Agency.")
    assert ("Iran", "COOPERATION", "International Atomic Energy Agency") in found
    assert not any("Agency" in (s, o) for s, _, o in found)


def test_the_capitalised_agency_with_no_agency_named_is_no_actor(triples):
    found = triples("Kenya said the Agency was slow. Uganda criticised the Agency.")
    assert not any("Agency" in (s, o) for s, _, o in found)


@pytest.mark.parametrize("text", [
    "In 2019 Solomon Islands broke off relations with Taipei and established them with Beijing; Kiribati did the "
    "same a few days later. Nauru followed in January 2024.",
    "In 2019 Solomon Islands broke off relations with Taipei and established them with Beijing, and Kiribati did "
    "likewise. Nauru followed suit in 2024.",
])
def test_a_follower_repeats_the_acts_a_follower_before_it_repeated(triples, text):
    found = triples(text)
    assert {("Nauru", "PROTEST", "Taiwan"), ("Nauru", "AGREEMENT", "China")} <= found


def test_a_name_misparsed_as_a_modifier_of_its_verb_is_its_subject(triples):
    found = triples("Nicolas Maduro leads Venezuela. Maduro denounces the British sanctions as a provocation.")
    assert ("Nicolás Maduro", "CRITICISM", "United Kingdom") in found


def test_fighting_with_support_from_someone_is_their_support(triples):
    found = triples("Mali fought the rebels near Kidal with support from Russia.")
    assert ("Russia", "SUPPORT", "Mali") in found
    assert not any(p == "ARMED_CLASH" and "Russia" in (s, o) for s, p, o in found)


def test_fighting_with_weapons_from_someone_is_no_clash_with_them(triples):
    found = triples("Mali fought the rebels near Kidal with drones from Turkey.")
    assert not any(p == "ARMED_CLASH" and "Turkey" in (s, o) for s, p, o in found)
