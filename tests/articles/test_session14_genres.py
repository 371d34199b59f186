"""Genres besides the news report (session 14): transcripts and interview pages whose turns open with
a bare name, meeting summaries told through "the representative of X", and a listener told what
someone else does."""

import pytest

from diplograph.loaders.articles.lexicon import load_lexicon
from diplograph.loaders.articles.sentences import body_blocks
from diplograph.loaders.articles.turns import TurnLabels


def _turns(text):
    return TurnLabels.of(body_blocks(text), load_lexicon().speaker_label)


def test_a_bare_name_opens_a_turn_only_where_several_paragraphs_open_with_one():
    page = ("Baltic Review: What was agreed?\n\nMarta Lind: The two ministers signed a pact.\n\n"
            "Lind: Nothing more.")
    assert _turns(page).match("Marta Lind: The two ministers signed a pact.") is not None
    assert _turns("Sudan: the army retook the capital.\n\nIt was a long siege.").match(
        "Sudan: the army retook the capital.") is None


def test_a_timestamped_upper_case_speaker_label_opens_a_turn():
    page = "[00:10] ANNA BERG: Welcome.\n\n[00:31] TOMAS VIK: Oslo summoned the envoy.\n\n[01:02] BERG: Why?"
    label = _turns(page).match("[00:31] TOMAS VIK: Oslo summoned the envoy.")
    assert label is not None and label.group(0) == "[00:31] TOMAS VIK: "


def test_the_speaker_of_an_interview_turn_is_no_party_to_the_talks_they_tell(triples):
    found = triples("Kestrel Weekly: What happened in Delhi?\n\n"
                    "Priya Raman: When Wang Yi was in New Delhi, he held talks with Ajit Doval.\n\n"
                    "Raman: They spoke for two hours.")
    assert ("Wang Yi", "CONSULTATION", "Ajit Doval") in found
    assert not any("Priya Raman" in (s, o) for s, _, o in found)


@pytest.mark.parametrize("text", [
    "President Macron told Scholz and Tusk that Europe stood with them.",
    "The chancellor told Erdogan that Germany would stand by its pledge.",
])
def test_telling_someone_what_another_does_does_not_press_the_listener(triples, text):
    assert not any(p == "CRITICISM" for _, p, _ in triples(text))


@pytest.mark.parametrize("text, judge", [
    ("Lavrov told the Japanese ambassador that Tokyo should abandon its claim.", "Sergey Lavrov"),
    ("Germany urged Russia to withdraw its troops from Moldova.", "Germany"),
])
def test_pressing_the_one_who_is_to_act_is_still_criticism(triples, text, judge):
    found = triples(text)
    assert any(s == judge and p == "CRITICISM" for s, p, _ in found)


@pytest.mark.parametrize("text, speaker, predicate, other", [
    ("Tito Aguilar chaired the talks. The representative of Japan said her country fully supported Ukraine.",
     "Japan", "SUPPORT", "Ukraine"),
    ("The envoy Milorad Dodik spoke first. The representative of the Russian Federation said his country did not "
     "recognise Christian Schmidt.", "Russia", "REJECTION", "Christian Schmidt"),
])
def test_his_country_in_what_a_delegate_says_is_the_delegates_state(triples, text, speaker, predicate, other):
    found = triples(text)
    assert (speaker, predicate, other) in found
    assert not any(p == predicate and s != speaker for s, p, _ in found)


def test_an_order_an_agency_places_for_another_state_supplies_that_state(triples):
    found = triples("Saab has received an order from the Swedish Defence Materiel Administration (FMV) for four "
                    "Gripen E/F fighters for Thailand.")
    assert {("Saab", "ARMS_TRANSFER", "Thailand"), ("Sweden", "ARMS_TRANSFER", "Thailand")} <= found
    assert ("Saab", "ARMS_TRANSFER", "Sweden") not in found


def test_an_order_with_no_state_it_is_for_is_the_buyers_own(triples):
    assert ("Turkey", "ARMS_TRANSFER", "Kenya") in triples("Kenya placed an order for six Bayraktar TB2 drones.")


def test_a_warning_told_in_a_that_clause_does_not_threaten_the_first_verbs_object(triples):
    found = triples("Secretary of State Antony Blinken met President William Ruto in Nairobi and warned that an "
                    "attack on Kenya would end badly for Somalia's government.")
    assert not any(p == "THREAT" and o == "William Ruto" for _, p, o in found)


def test_a_warning_of_consequences_after_an_accusation_still_threatens_the_accused(triples):
    assert ("India", "THREAT", "Pakistan") in triples("India accused Pakistan of air strikes and warned of consequences.")


def test_a_pronoun_after_an_office_holder_named_by_title_alone_is_not_the_last_person_named(triples):
    found = triples("Dodik met President Vladimir Putin in Moscow. The representative of the United Kingdom said her "
                    "Government fully supported the High Representative and the work of his Office.")
    assert not any(o == "Vladimir Putin" and p == "SUPPORT" for _, p, o in found)


@pytest.mark.parametrize("text, modality", [
    # (what a condition alone tells is no act at all since session 29: test_session29_precision29.py)
    ("It is possible that Iran sent drones to Russia.", "speculative"),
    ("Iran is thought to have sent drones to Russia.", "unconfirmed"),  # no believer named
    ("Iran is widely believed to supply drones to Russia.", "unconfirmed"),
    ("Iran reportedly supplied drones to Russia.", "unconfirmed"),
    ("Iran may have supplied drones to Russia.", "speculative"),
])
def test_hedged_and_conditional_acts_are_never_asserted(claims, text, modality):
    assert ("Iran", "ARMS_TRANSFER", "Russia", modality) in claims(text)


def test_a_condition_on_another_clause_leaves_the_act_told_before_it(claims):
    assert ("Iran", "ARMS_TRANSFER", "Russia", "asserted") in claims("It is clear that Iran sent drones to Russia.")


def test_he_after_an_unnamed_delegate_spoke_is_the_delegates_state_not_the_person_named_last(triples):
    found = triples("Dodik met Christian Schmidt in Sarajevo. The representative of the Russian Federation said the "
                    "office was a relic. He described the case against Dodik as politically motivated and criticised "
                    "Bosnia.")
    assert ("Russia", "CRITICISM", "Bosnia and Herzegovina") in found
    assert not any(s == "Christian Schmidt" for s, _, _ in found)


def test_she_after_a_titled_delegate_named_by_demonym(triples):
    assert ("France", "CRITICISM", "Russia") in triples(
        "The French ambassador said Paris backed the plan. She also condemned Russia.")


def test_he_after_a_named_speaker_is_still_that_speaker(triples):
    found = triples("Dodik met Christian Schmidt in Sarajevo. Schmidt said the office was needed. He criticised Serbia.")
    assert ("Christian Schmidt", "CRITICISM", "Serbia") in found


def test_a_weekday_opening_a_sentence_is_no_part_of_a_titled_subject(triples):
    found = triples("On Wednesday Norway's foreign minister, Espen Barth Eide, summoned the top Russian diplomat in Oslo.")
    assert ("Norway", "PROTEST", "Russia") in found


def test_he_after_a_delegate_who_named_a_person_as_object_is_still_the_delegates_state(triples):
    found = triples("Dodik met Christian Schmidt in Sarajevo. The representative of the Russian Federation said his "
                    "country did not recognise Schmidt. He described the case against Dodik as politically motivated "
                    "and criticised Bosnia.")
    assert ("Russia", "CRITICISM", "Bosnia and Herzegovina") in found
    assert not any(s == "Christian Schmidt" for s, p, _ in found if p == "CRITICISM")


def test_the_three_who_meet_are_the_three_states_named_together_before(triples):
    found = triples("The presidents of Somalia, Kenya and Ethiopia came to Nairobi. The three met together in the evening.")
    assert {("Somalia", "CONSULTATION", "Kenya"), ("Somalia", "CONSULTATION", "Ethiopia"),
            ("Kenya", "CONSULTATION", "Ethiopia")} <= found


def test_a_court_with_a_name_of_its_own_is_not_the_court_named_before(triples):
    found = triples("The International Court of Justice heard the case in May. Thailand's prime minister, Paetongtarn "
                    "Shinawatra, was suspended by the Constitutional Court on July 1.")
    assert not any(s == "International Court of Justice" and p == "COERCION" for s, p, _ in found)


def test_he_after_a_person_named_in_its_own_sentence_is_that_person(triples):
    found = triples("Sudan's army chief said the war would go on. Burhan's first trip abroad took him to El Alamein, "
                    "where he met President Abdel Fattah al-Sisi in August 2023.")
    assert not any(s == "Sudan" and o == "Abdel Fattah el-Sisi" for s, _, o in found)
