"""A wrong a speaker lays at someone's door criticises them ("said the Kremlin was destabilising
Moldova"), told without a speaker it is no relation; cooperation withheld until someone gives way
is a threat, not a denied deal."""

import pytest


@pytest.mark.parametrize("text, speaker, accused", [
    ("Moldova's prime minister said the Kremlin was deliberately creating a crisis in order to destabilise "
     "the country.", "Moldova", "Russia"),
    ("Thailand says Cambodia violated the ceasefire on Sunday.", "Thailand", "Cambodia"),
    ("The Lithuanian president said Minsk was using migrants as a weapon.", "Lithuania", "Belarus"),
    ("Berlin accused no one, but Warsaw said Moscow was meddling in the election.", "Poland", "Russia"),
])
def test_a_wrong_a_speaker_lays_at_someones_door_is_criticism(triples, text, speaker, accused):
    assert (speaker, "CRITICISM", accused) in triples(text)


def test_a_wrong_told_without_a_speaker_is_no_criticism(triples):
    found = triples("Russian hackers interfered in the vote in Moldova.")
    assert not any(p == "CRITICISM" for _, p, _ in found)


@pytest.mark.parametrize("text, withholder, pressed", [
    ("Washington would not conclude trade deals with Phnom Penh while the fighting went on.", "United States",
     "Cambodia"),
    ("The EU will not release the funds to Budapest until the courts are reformed.", "European Union", "Hungary"),
])
def test_cooperation_withheld_on_a_condition_is_a_threat(triples, text, withholder, pressed):
    found = triples(text)
    assert (withholder, "THREAT", pressed) in found
    assert not any(p in ("AGREEMENT", "AID") for _, p, _ in found)


def test_a_plain_refusal_to_deal_is_no_threat(triples):
    found = triples("Washington did not conclude a trade deal with Phnom Penh last year.")
    assert not any(p == "THREAT" for _, p, _ in found)


def test_a_raid_condemned_is_the_raiders_even_with_the_by_phrase_on_the_target(triples):
    found = triples("The OAS passed a resolution condemning the raid on the embassy by Ecuadorian police.")
    assert ("Organization of American States", "CRITICISM", "Ecuador") in found


def test_a_clash_avoided_is_no_clash(triples):
    found = triples("Moscow and Ankara reached a tacit agreement in order to avoid a direct confrontation in Libya.")
    assert ("Russia", "AGREEMENT", "Turkey") in found
    assert not any(p == "ARMED_CLASH" for _, p, _ in found)


@pytest.mark.parametrize("text, judge, judged", [
    ("The IAEA board found Iran in breach of its safeguards obligations.", "International Atomic Energy Agency",
     "Iran"),
    ("Washington declared Caracas in violation of the agreement.", "United States", "Venezuela"),
    ("Britain notified the Security Council that Iran was in significant non-performance of the deal.",
     "United Kingdom", "Iran"),
])
def test_finding_someone_in_breach_is_criticism(triples, text, judge, judged):
    assert (judge, "CRITICISM", judged) in triples(text)


def test_a_breach_told_without_a_judge_is_no_criticism(triples):
    assert not any(p == "CRITICISM" for _, p, _ in triples("Iran was in breach of the deal for two years."))


def test_cooperation_owed_is_no_cooperation(triples):
    assert not any(p == "COOPERATION" for _, p, _ in triples("Iran must cooperate with the IAEA and explain the traces."))
    assert ("Iran", "COOPERATION", "International Atomic Energy Agency") in triples(
        "Iran cooperated with the IAEA in 2015.")
