"""Talks told by where people sit or who asked for them; candidacies held up; names people are called."""

import pytest


@pytest.mark.parametrize("text, one, other", [
    ("Chile's foreign minister sat down with his Bolivian counterpart in Santiago.", "Chile", "Bolivia"),
    ("The presidents of Serbia and Kosovo sat down together in Brussels.", "Serbia", "Kosovo"),
])
def test_sitting_down_together_is_talks(triples, text, one, other):
    assert (one, "CONSULTATION", other) in triples(text)


def test_sitting_without_a_partner_is_no_talks(triples):
    found = triples("Bolivia's delegates sat in silence in the Chilean parliament in Santiago.")
    assert not any(p == "CONSULTATION" for _, p, _ in found)


@pytest.mark.parametrize("text, asker", [
    ("The Security Council met in emergency session at Guyana's request.", "Guyana"),
    ("The Security Council met at the request of Cambodia on Friday.", "Cambodia"),
])
def test_those_who_asked_for_a_meeting_take_part_in_it(triples, text, asker):
    assert any(p == "CONSULTATION" and asker in (s, o) for s, p, o in triples(text))


@pytest.mark.parametrize("text, blocker, candidate", [
    ("Hungary blocked Ukraine's accession talks for months.", "Hungary", "Ukraine"),
    ("Greece vetoed North Macedonia's bid to join NATO in 2008.", "Greece", "North Macedonia"),
    ("Turkey blocked Sweden's membership bid.", "Turkey", "Sweden"),
])
def test_holding_up_a_candidacy_rejects_the_candidate(triples, text, blocker, candidate):
    found = triples(text)
    assert (blocker, "REJECTION", candidate) in found
    assert (blocker, "COERCION", candidate) not in found


def test_ratifying_anothers_membership_makes_no_member_of_the_ratifier(triples):
    found = triples("Turkey's parliament ratified Sweden's NATO membership in January.")
    assert ("Turkey", "MEMBER_OF", "North Atlantic Treaty Organization") not in found


def test_a_state_named_with_a_possessive_is_found_however_the_model_tags_it(triples):
    assert ("Greece", "REJECTION", "North Macedonia") in triples("Greece vetoed North Macedonia's bid.")


@pytest.mark.parametrize("label", ["a war criminal", "a dictator", "a murderer"])
def test_calling_someone_a_criminal_or_a_tyrant_criticises_them(triples, label):
    assert ("Colombia", "CRITICISM", "Israel") in triples(f"Colombia's president called Israel's prime minister {label}.")


def test_an_office_named_by_its_states_pronoun_acts_for_that_state(triples):
    found = triples("Ecuador's government defended the arrest. Its foreign minister accused Mexico of abusing asylum.")
    assert ("Ecuador", "CRITICISM", "Mexico") in found


def test_a_strike_on_sites_including_a_groups_headquarters_attacks_the_group_and_the_state(triples):
    found = triples("India struck nine sites in Pakistan, including the headquarters of Jaish-e-Mohammed in Bahawalpur.")
    assert ("India", "ATTACK", "Pakistan") in found
    assert ("India", "ATTACK", "Jaish-e-Mohammed") in found


def test_fighting_side_by_side_is_backing_not_a_clash(triples):
    found = triples("Ethiopian and Eritrean troops fought side by side in Tigray.")
    assert ("Ethiopia", "SUPPORT", "Eritrea") in found and ("Eritrea", "SUPPORT", "Ethiopia") in found
    assert ("Ethiopia", "ARMED_CLASH", "Eritrea") not in found
    assert ("Ethiopia", "ARMED_CLASH", "Eritrea") in triples("Ethiopian and Eritrean troops fought in Badme in 1998.")


@pytest.mark.parametrize("text, state, body", [
    ("Malaysia holds the ASEAN chairmanship this year.", "Malaysia", "Association of Southeast Asian Nations"),
    ("Madagascar will assume the chair at the next summit of SADC.", "Madagascar",
     "Southern African Development Community"),
])
def test_holding_a_bodys_chair_leads_it(triples, text, state, body):
    assert (state, "LEADS", body) in triples(text)


def test_a_recipient_the_parser_folds_into_the_things_given_still_receives(triples):
    assert any(s == "India" and o == "Maldives" and p in ("AID", "ARMS_TRANSFER")
               for s, p, o in triples("India has given the Maldives two helicopters and a Dornier aircraft."))


@pytest.mark.parametrize("text, speaker, body", [
    ("Egypt's foreign minister told the UN Security Council that his country faced an existential danger.",
     "Egypt", "United Nations Security Council"),
    ("The Ukrainian defence minister briefed NATO on the attacks.", "Ukraine", "North Atlantic Treaty Organization"),
])
def test_speaking_to_a_body_is_talks_with_it(triples, text, speaker, body):
    assert (speaker, "CONSULTATION", body) in triples(text)


def test_telling_reporters_or_a_state_something_is_no_meeting(triples):
    found = triples("Petro told reporters in Bogota that Caracas had been warned.")
    assert not any(p == "CONSULTATION" for _, p, _ in found)


def test_a_reference_in_the_speakers_own_phrase_is_not_read_as_what_was_said(triples):
    # "the Government" is who speaks: reading it as "the speaker's own country" once looped forever
    found = triples("The Government told the assembly that Kyiv had lodged a strong protest with Moscow.")
    assert ("Ukraine", "PROTEST", "Russia") in found

