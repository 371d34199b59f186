"""Acts told once and referred to again: "did the same", "the President", established ties."""

import pytest


@pytest.mark.parametrize("text", [
    "Botswana established relations with Taipei, and Lesotho did the same a week later.",
    "Botswana established relations with Taipei. Lesotho did the same a week later.",
    "Botswana established relations with Taipei. Lesotho did likewise.",
])
def test_doing_the_same_repeats_the_act_just_told(triples, text):
    found = triples(text)
    assert {("Botswana", "AGREEMENT", "Taiwan"), ("Lesotho", "AGREEMENT", "Taiwan")} <= found


def test_doing_the_same_thing_differently_is_not_a_repeat(triples):
    found = triples("Botswana established relations with Taipei. Lesotho did the same research in 2020.")
    assert not any(s == "Lesotho" for s, _, _ in found)


@pytest.mark.parametrize("text, predicate", [
    ("Kenya and Haiti established diplomatic relations on 20 September.", "AGREEMENT"),
    ("Sudan and Iran agreed in October 2023 to restore diplomatic relations.", "AGREEMENT"),
    ("Kenya and Haiti deepened their relations in 2024.", "COOPERATION"),
])
def test_establishing_or_restoring_ties_is_agreed_deepening_them_is_cooperation(triples, text, predicate):
    assert any(p == predicate for _, p, _ in triples(text))


def test_a_definite_title_stands_for_the_one_person_named_with_it(triples):
    found = triples("Prime Minister Narendra Modi arrived in Kazan on 22 October. "
                    "The Prime Minister also held talks with President Vladimir Putin.")
    assert ("Narendra Modi", "CONSULTATION", "Vladimir Putin") in found
    assert ("India", "CONSULTATION", "Russia") in found


def test_a_title_two_people_held_points_to_neither(triples):
    found = triples("President Gustavo Petro met President Nicolas Maduro in Caracas. "
                    "The President later visited Quito.")
    assert not any(p == "CONSULTATION" and "Ecuador" in (s, o) for s, p, o in found)


def test_the_country_in_what_a_state_says_is_the_speakers_own(triples):
    found = triples("Beijing announced sanctions on Lockheed Martin. Taiwan's Foreign Ministry said the country "
                    "would sign more weapons deals with the U.S.")
    assert not any(p == "AGREEMENT" and "China" in (s, o) for s, p, o in found)  # the mediator is no side
    assert any(p == "AGREEMENT" and {s, o} == {"Taiwan", "United States"} for s, p, o in found)


def test_the_two_sides_are_the_pair_of_the_fighting_or_talks_just_told(triples):
    found = triples("Fighting between the Myanmar army and the Three Brotherhood Alliance ended. The talks took place "
                    "with the mediation of the Chinese side. \"The two sides agreed to an immediate ceasefire,\" "
                    "foreign ministry spokesperson Mao Ning said.")
    assert any(p == "AGREEMENT" and {s, o} == {"Myanmar", "Three Brotherhood Alliance"} for s, p, o in found)
    assert not any(p == "AGREEMENT" and "China" in (s, o) for s, p, o in found)  # the mediator is no side


def test_the_two_sides_a_spokesperson_speaks_of_never_include_her_own_state(triples):
    # the pair told last is Russia and Armenia; Zakharova speaks for Russia, so she means others
    found = triples("Russia held talks with Armenia in March. \"The two sides should return to negotiations,\" "
                    "Maria Zakharova said of Azerbaijan and the Karabakh authorities.")
    assert not any("Russia" in (s, o) and p == "CONSULTATION" and "Armenia" not in (s, o) for s, p, o in found)
    found = triples("Egypt agreed with Sudan on water sharing in May. Later the two sides agreed to resume talks, "
                    "Dmitry Peskov said.")
    assert any(p == "AGREEMENT" and {s, o} == {"Egypt", "Sudan"} for s, p, o in found)  # no side of his: as told


def test_a_refusal_to_act_rejects_the_partner_rather_than_denying_the_act(extractor):
    batch = extractor.extract_text("The resolution responds to Iran's persistent refusal to cooperate with the IAEA.")
    assert {(c.predicate, c.modality) for c in batch.claims} == {("REJECTION", "asserted")}


def test_an_official_never_talks_or_agrees_with_the_state_she_serves(triples):
    found = triples("Maria Zakharova said the talks with Russia's mediation would resume in Baku.")
    assert not any({s, o} == {"Maria Zakharova", "Russia"} and p in ("CONSULTATION", "AGREEMENT", "COOPERATION")
                   for s, p, o in found)
    found = triples("Iran's foreign minister Abbas Araghchi held talks with Russia in Moscow.")
    assert any(p == "CONSULTATION" and {s, o} == {"Iran", "Russia"} for s, p, o in found)


def test_welcoming_a_deal_or_a_partnership_meets_no_one(triples):
    found = triples("Norway welcomed a closer partnership with Canada and Japan.")
    assert not any(p == "CONSULTATION" for _, p, _ in found)
    found = triples("Kenya welcomed the decision of Ethiopia to reopen the border.")
    assert not any(p == "CONSULTATION" for _, p, _ in found)
    found = triples("Kenya welcomed a delegation from Ethiopia in Nairobi.")  # a visitor is still met
    assert any(p == "CONSULTATION" and {s, o} == {"Kenya", "Ethiopia"} for s, p, o in found)


def test_the_news_verbs_and_nouns_of_blame_force_and_meeting(triples):
    found = triples("Poland's expulsion of Russian diplomats came a week after Egypt lambasted Ethiopia. "
                    "The Kenyan president conferred with Tanzania's leader, and Russian forces pounded Kharkiv.")
    assert {("Poland", "COERCION", "Russia"), ("Egypt", "CRITICISM", "Ethiopia"),
            ("Russia", "ATTACK", "Ukraine")} <= found
    assert any(p == "CONSULTATION" and {s, o} == {"Kenya", "Tanzania"} for s, p, o in found)
    # naming a blockade is no blockade
    assert not any(p == "COERCION" for s, p, o in triples("Iran condemned the blockade of Qatar."))
