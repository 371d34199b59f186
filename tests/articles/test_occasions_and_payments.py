"""What is said or done to someone at a meeting or in a call is talks with them; a debt paid for a state
is aid to it; a claim someone said is theirs when it is rejected."""

import pytest


@pytest.mark.parametrize("text, one, other", [
    ("At a White House meeting on 21 May, Trump played Ramaphosa a video.", "Donald Trump", "Cyril Ramaphosa"),
    ("In a call placed from the White House, Netanyahu apologised to the Qatari prime minister, Mohammed bin "
     "Abdulrahman Al Thani.", "Benjamin Netanyahu", "Mohammed bin Abdulrahman Al Thani"),
    ("In a phone call on Wednesday, Frederiksen repeated that message to Trump.", "Mette Frederiksen", "Donald Trump"),
    ("During the summit, Lula thanked Ramaphosa for the invitation.", "Luiz Inácio Lula da Silva", "Cyril Ramaphosa"),
])
def test_what_one_says_or_hands_someone_at_a_meeting_is_talks_with_them(triples, text, one, other):
    found = triples(text, date="2025-06-01")
    assert (one, "CONSULTATION", other) in found or (other, "CONSULTATION", one) in found, found


@pytest.mark.parametrize("text", [
    "At the summit, Kenya criticised Ethiopia over the port deal.",
    "Greece, which had vetoed our invitation to NATO at the Bucharest summit in 2008, dropped its objections.",
])
def test_what_a_verb_at_a_meeting_acts_on_is_no_partner_in_talks(triples, text):
    assert not any(p == "CONSULTATION" for _, p, _ in triples(text))


@pytest.mark.parametrize("text, payer, helped", [
    ("Saudi Arabia and Qatar paid off Syria's arrears to the World Bank in the spring.", "Qatar", "Syria"),
    ("China wrote off Zambia's debts.", "China", "Zambia"),
])
def test_a_debt_paid_for_a_state_is_aid_to_it(triples, text, payer, helped):
    assert (payer, "AID", helped) in triples(text)


def test_paying_ones_own_debts_is_no_aid(triples):
    assert not any(p == "AID" for _, p, _ in triples("Egypt paid its debts to the IMF."))


def test_rejecting_what_someone_said_rejects_them(triples):
    found = triples("Trump said the video showed graves of murdered farmers. Ramaphosa rejected the claim.",
                    date="2025-06-01")
    assert ("Cyril Ramaphosa", "REJECTION", "Donald Trump") in found


@pytest.mark.parametrize("text, seeker, sought", [
    ("Nicolás Maduro spoke. The State Department has offered fifty million dollars for Maduro's arrest.",
     "United States", "Nicolás Maduro"),
    ("Sheikh Hasina fled. A tribunal in Dhaka had issued a warrant for Hasina's arrest.", "Bangladesh",
     "Sheikh Hasina"),
    ("The ICC issued an arrest warrant for Vladimir Putin in 2023.", "International Criminal Court", "Vladimir Putin"),
])
def test_seeking_someones_arrest_coerces_them(triples, text, seeker, sought):
    assert (seeker, "COERCION", sought) in triples(text, date="2025-06-01")


def test_an_envoy_declared_unwelcome_by_an_official_is_coerced_by_the_officials_state(triples):
    found = triples("On 14 March Secretary of State Marco Rubio declared Ambassador Ebrahim Rasool persona non grata.",
                    date="2025-06-01")
    assert ("United States", "COERCION", "Ebrahim Rasool") in found
    assert ("Ebrahim Rasool", "AFFILIATED_WITH", "United States") not in found


def test_a_participle_in_a_list_keeps_the_group_it_is_said_of(triples):
    found = triples("The Polisario Front, which is hosted, armed and financed by Algeria, rejected the resolution.")
    assert any(s == "Algeria" and o == "Polisario Front" and p in ("AID", "SUPPORT") for s, p, o in found), found


@pytest.mark.parametrize("text, one, other", [
    ("Ethiopia's signing of a memorandum with Somaliland angered Mogadishu.", "Ethiopia", "Somaliland"),
    ("Trump and Anwar witnessed the signing of a joint declaration by Thailand's prime minister Anutin "
     "Charnvirakul and Cambodia's prime minister Hun Manet.", "Thailand", "Cambodia"),
])
def test_a_signing_told_as_a_noun_is_a_deal_between_its_signatories(triples, text, one, other):
    found = triples(text, date="2025-11-01")
    assert (one, "AGREEMENT", other) in found or (other, "AGREEMENT", one) in found
