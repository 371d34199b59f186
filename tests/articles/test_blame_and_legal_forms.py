"""Blame, expulsion, asylum, lawsuits, fire and quarrels: everyday forms of conflict and support,
one family of sentences each."""

import pytest


@pytest.mark.parametrize("text, blamer, blamed", [
    ("Delhi held Pakistan responsible for the attack.", "India", "Pakistan"),
    ("Israel holds Iran accountable for the drone strikes.", "Israel", "Iran"),
])
def test_holding_someone_responsible_criticises_them(triples, text, blamer, blamed):
    assert (blamer, "CRITICISM", blamed) in triples(text)


def test_an_object_pronoun_is_never_the_subject_of_its_own_clause(triples):
    found = triples("A strike hit the Iranian consulate in Damascus. Israel never claimed the strike, but Tehran "
                    "held it responsible.")
    assert ("Iran", "CRITICISM", "Israel") in found


def test_declaring_an_envoy_persona_non_grata_expels_them(triples):
    assert ("Ecuador", "COERCION", "Mexico") in triples("Ecuador declared the Mexican ambassador persona non grata.")
    assert ("Niger", "COERCION", "Sylvain Itte") in triples(
        "Niger declared the French ambassador, Sylvain Itte, persona non grata.")


@pytest.mark.parametrize("text", [
    "Mexico granted political asylum to Jorge Glas.",
    "Mexico offered refuge to Jorge Glas.",
])
def test_granting_asylum_backs_the_person(triples, text):
    assert ("Mexico", "SUPPORT", "Jorge Glas") in triples(text)


def test_a_case_at_a_court_is_a_legal_dispute_not_with_the_court(triples):
    found = triples("Mexico filed a case against Ecuador at the International Court of Justice.")
    assert ("Mexico", "DISPUTE", "Ecuador") in found
    assert not any("International Court of Justice" in (s, o) and p == "DISPUTE" for s, p, o in found)


def test_charges_against_a_person_accuse_them(triples):
    assert ("United States", "CRITICISM", "Nicolás Maduro") in triples(
        "The United States brought charges against Nicolás Maduro in 2020.")


@pytest.mark.parametrize("text, attacker, attacked", [
    ("Cambodian rocket fire hit villages in Thailand's Sisaket province.", "Cambodia", "Thailand"),
    ("Russian strikes targeted power plants in Ukraine.", "Russia", "Ukraine"),
])
def test_fire_named_by_its_side_attacks_the_state_where_it_lands(triples, text, attacker, attacked):
    assert (attacker, "ATTACK", attacked) in triples(text)


@pytest.mark.parametrize("text", [
    "Thailand and Cambodia have quarrelled for decades over their border.",
    "Thailand has feuded with Cambodia over the temples.",
])
def test_quarrelling_states_are_in_dispute(triples, text):
    found = triples(text)
    assert any(p == "DISPUTE" and {s, o} == {"Thailand", "Cambodia"} for s, p, o in found)


def test_refusing_to_renew_a_deal_with_a_state_rejects_it_and_denies_no_deal(triples):
    found = triples("Male refused to renew the 2019 agreement with Delhi.")
    assert found == {("Maldives", "REJECTION", "India")}


def test_the_european_commission_acts_for_the_union(triples):
    assert ("European Union", "CRITICISM", "Hungary") in triples("The European Commission criticised Hungary.")


@pytest.mark.parametrize("text, person, state", [
    ("South Korea's Minister of National Defense, Ahn Gyu-back, met reporters.", "Ahn Gyu-back", "South Korea"),
    ("Poland's Deputy Prime Minister and Minister of National Defence, Wladyslaw Kosiniak-Kamysz, signed the deal.",
     "Władysław Kosiniak-Kamysz", "Poland"),
])
def test_what_follows_a_title_names_the_office_not_a_national(triples, text, person, state):
    assert (person, "AFFILIATED_WITH", state) in triples(text)


def test_a_national_of_a_state_holds_no_office_in_it(triples):
    assert not any(p == "AFFILIATED_WITH" for _, p, _ in triples("Ivan Petrov, a Russian national, was arrested."))


def test_the_bodies_of_which_all_three_states_are_members(triples):
    found = triples("Kyrgyzstan, Tajikistan and Uzbekistan signed a treaty in Khujand.\n\nThe three states will "
                    "cooperate within the Shanghai Cooperation Organisation and the Commonwealth of Independent "
                    "States, of which all three states are members.")
    assert {(state, "MEMBER_OF", body) for state in ("Kyrgyzstan", "Tajikistan", "Uzbekistan")
            for body in ("Shanghai Cooperation Organisation", "Commonwealth of Independent States")} <= found


def test_a_verb_the_parser_hung_on_the_object_still_acts_on_it(triples):
    assert ("China", "ATTACK", "Philippines") in triples(
        "China Coast Guard vessels rammed and boarded Philippine navy boats.")


@pytest.mark.parametrize("text, backed", [
    ("Iran-backed militias such as Kataib Hezbollah attacked American bases in Syria.", "Kata'ib Hezbollah"),
    ("Baghdad reined in Iran-backed militias like the Badr Corps and Qais al-Khazali's Asa'ib Ahl al-Haq.",
     "Asa'ib Ahl al-Haq"),
])
def test_the_groups_a_backed_kind_lists_are_each_backed(triples, text, backed):
    assert ("Iran", "SUPPORT", backed) in triples(text)


def test_a_name_set_off_by_a_comma_after_a_title_is_the_office_holder(triples):
    assert ("Pierre Éric Pommellet", "AFFILIATED_WITH", "Naval Group") in triples(
        "The deal was announced by the Chairman and CEO of Naval Group, Pierre Éric Pommellet.")


def test_a_place_set_off_by_a_comma_after_a_title_is_no_person(triples):
    found = triples("The ambassador of France, Saint Vincent and the Grenadines, spoke.")
    assert not any(p == "AFFILIATED_WITH" for _, p, _ in found)


@pytest.mark.parametrize("text, caller, called", [
    ("Erdogan phoned Putin on Monday.", "Turkey", "Russia"),
    ("India and Pakistan exchanged fire. US Secretary of State Marco Rubio had been calling both capitals.",
     "Marco Rubio", "Pakistan"),
])
def test_calling_someone_up_is_a_consultation(triples, text, caller, called):
    assert (caller, "CONSULTATION", called) in triples(text)


@pytest.mark.parametrize("text", [
    "China called Taiwan a renegade province.",
    "The UN called on Russia to withdraw.",
    "Mitsotakis called the president's words illegal.",
])
def test_calling_something_names_or_urges_it_and_is_no_call(triples, text):
    assert not any(p == "CONSULTATION" for _, p, _ in triples(text))


def test_measures_told_before_fall_on_whom_they_are_said_to_reach(triples):
    found = triples("China announced sanctions on Lockheed Martin. The sanctions will also apply to Raytheon.")
    assert ("China", "COERCION", "RTX") in found


def test_measures_reach_no_one_when_no_one_imposed_them(triples):
    assert not any(p == "COERCION" for _, p, _ in triples("The sanctions will also apply to Raytheon."))


def test_measures_told_by_a_verb_are_the_doers_too(triples):
    found = triples("China said it will sanction Lockheed Martin. The sanctions will also apply to Raytheon.")
    assert ("China", "COERCION", "RTX") in found
