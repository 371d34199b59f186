"""Modality from cue words in the trigger's clause and the clauses governing it."""

import pytest


@pytest.fixture(scope="module")
def modality(extractor):
    def run(text, predicate):
        batch = extractor.extract_text(text, date="2024-06-01")
        found = [c.modality for c in batch.claims if c.predicate == predicate]
        assert found, f"no {predicate} in {text!r}: {[(c.subject, c.predicate, c.object) for c in batch.claims]}"
        return found[0]
    return run


@pytest.mark.parametrize("text, predicate, expected", [
    ("Turkey delivered drones to Ethiopia.", "ARMS_TRANSFER", "asserted"),
    ("According to Reuters, Turkey delivered drones to Ethiopia.", "ARMS_TRANSFER", "reported"),
    ("Officials in Addis Ababa said Turkey delivered drones to Ethiopia.", "ARMS_TRANSFER", "reported"),
    ("Media reports say Turkey delivered drones to Ethiopia.", "ARMS_TRANSFER", "reported"),
    ("Turkey delivered drones to Ethiopia, as a UN panel reported in May.", "ARMS_TRANSFER", "reported"),
    ("Turkey delivered drones to Ethiopia as it had promised.", "ARMS_TRANSFER", "asserted"),
    ("Iran's foreign minister is said to have sent Ghana a letter.", "CONSULTATION", "reported"),
    ("Unconfirmed reports suggest Turkey delivered drones to Ethiopia.", "ARMS_TRANSFER", "unconfirmed"),
    ("Turkey allegedly delivered drones to Ethiopia.", "ARMS_TRANSFER", "unconfirmed"),
    ("Turkey reportedly delivered drones to Ethiopia.", "ARMS_TRANSFER", "unconfirmed"),
    ("Turkey plans to deliver drones to Ethiopia.", "ARMS_TRANSFER", "planned"),
    ("Russia failed to deliver the promised jets to India.", "ARMS_TRANSFER", "denied"),
    ("Turkey will deliver drones to Ethiopia.", "ARMS_TRANSFER", "planned"),
    ("Turkey pledged to deliver drones to Ethiopia.", "ARMS_TRANSFER", "planned"),
    ("Egypt seeks to buy Chinese drones.", "ARMS_TRANSFER", "planned"),
    ("Ukraine applied to join the European Union.", "MEMBER_OF", "planned"),
    ("Turkey might deliver drones to Ethiopia.", "ARMS_TRANSFER", "speculative"),
    ("Analysts said Turkey might deliver drones to Ethiopia.", "ARMS_TRANSFER", "speculative"),
    ("Officials said Turkey would deliver drones to Ethiopia.", "ARMS_TRANSFER", "planned"),
    ("Turkey would deliver drones to Ethiopia if asked.", "ARMS_TRANSFER", "speculative"),
    ("Turkey could deliver drones to Ethiopia.", "ARMS_TRANSFER", "speculative"),
    ("Turkey denied delivering drones to Ethiopia.", "ARMS_TRANSFER", "denied"),
    ("Kenya accused Eritrea of arming al-Shabaab.", "ARMS_TRANSFER", "reported"),
    ("Eritrea, which Kenya accuses of arming al-Shabaab, denies supplying the group.", "ARMS_TRANSFER", "denied"),
    ("Eritrea supplied al-Shabaab with rifles, although Asmara denies supplying the group.", "ARMS_TRANSFER", "asserted"),
    ("The European Union announced sanctions against Russia.", "COERCION", "asserted"),
    ("Ethiopia does not purchase drones from Turkey.", "ARMS_TRANSFER", "denied"),
    ("The United States lifted sanctions on Syria in 2025.", "COERCION", "denied"),   # undone
    ("France ended its military presence in Mali in 2022.", "MILITARY_PRESENCE", "denied"),
    ("The EU extended its sanctions against Russia.", "COERCION", "asserted"),
    ("Russia threatened to send troops to Moldova.", "MILITARY_PRESENCE", "planned"),  # only threatened
    # (a tie of aid, talks or cooperation cut off gives no relation at all since session 30: broken_ties.py)
    ("Russia threatened to halt arms deliveries to Armenia.", "ARMS_TRANSFER", "denied"),
    ("Ethiopia has shown no interest in buying Turkish drones.", "ARMS_TRANSFER", "denied"),
    ("Ankara said it will never sell drones to Ethiopia.", "ARMS_TRANSFER", "denied"),
])
def test_cues_give_the_modality(modality, text, predicate, expected):
    assert modality(text, predicate) == expected


def test_a_cue_in_another_clause_does_not_leak(modality):
    text = "Turkey delivered drones to Ethiopia, and analysts said Egypt might protest."
    assert modality(text, "ARMS_TRANSFER") == "asserted"


def test_a_negated_description_of_the_trigger_is_not_a_denial(modality):
    assert modality("Hostilities between Sudan and Chad are not new.", "ARMED_CLASH") == "asserted"


def test_not_to_mention_negates_nothing(modality):
    text = "Drones shaped the fighting, not to mention the war between Armenia and Azerbaijan."
    assert modality(text, "ARMED_CLASH") == "asserted"


def test_a_relative_clause_is_background_to_a_hedged_main_clause(modality):
    text = "It seems that Kenya needs Japan, which has invested heavily in Kenya's ports."
    assert modality(text, "INVESTMENT") == "asserted"
