"""Session 24 (extract24b): both actors named in one sentence and no relation between them: a paper a relative
clause makes speak speaks for whoever put it out, and fighting placed on a border is fought by the border's two
sides (sentences of our own)."""

import pytest


@pytest.mark.parametrize("text, author, target", [
    ("The Security Council adopted resolution 2740, which condemns Ethiopia for the incursion.",
     "Security Council", "Ethiopia"),
    ("The Security Council adopts a resolution that demands that Eritrean forces withdraw from Ethiopian territory.",
     "Security Council", "Eritrea"),
    ("The African Union issued a statement that condemned Sudan.", "African Union", "Sudan"),
    ("ASEAN released a communique which criticised China over the collisions.",
     "Association of Southeast Asian Nations", "China"),
    ("The European Parliament passed a resolution which calls on Azerbaijan to free the detained Armenians.",
     "European Union", "Azerbaijan"),
])
def test_a_paper_put_out_speaks_through_its_relative_clause_for_whoever_put_it_out(triples, text, author, target):
    assert (author, "CRITICISM", target) in triples(text)


@pytest.mark.parametrize("text, blocker, target", [
    ("Russia blocked a statement which condemned North Korea.", "Russia", "North Korea"),
    ("China vetoed a resolution that condemned Myanmar.", "China", "Myanmar"),
    ("Japan welcomed the report, which accused North Korea of cyber theft.", "Japan", "North Korea"),
])
def test_a_paper_one_blocks_or_welcomes_does_not_speak_for_one(triples, text, blocker, target):
    assert (blocker, "CRITICISM", target) not in triples(text)


@pytest.mark.parametrize("text, one, other", [
    ("Clashes erupted on the border between Eritrea and Ethiopia.", "Eritrea", "Ethiopia"),
    ("Fighting continued along the border between Thailand and Cambodia on Sunday.", "Thailand", "Cambodia"),
    ("Armed clashes on the Armenia-Azerbaijan border killed four soldiers.", "Armenia", "Azerbaijan"),
    ("The Kyrgyz and Tajik sides recalled with sorrow the armed clashes on their common border.",
     "Kyrgyzstan", "Tajikistan"),
    ("India reported a skirmish on its border with China in the Galwan valley.", "India", "China"),
    ("Heavy fighting on Pakistan's border with Afghanistan killed 20 soldiers.", "Pakistan", "Afghanistan"),
])
def test_fighting_on_a_border_is_fought_by_its_two_sides(triples, text, one, other):
    found = triples(text)
    assert (one, "ARMED_CLASH", other) in found or (other, "ARMED_CLASH", one) in found


def test_fighting_between_others_near_a_border_is_not_the_border_states(triples):
    found = triples("Clashes between the army and Tigrayan rebels broke out near the border with Eritrea.")
    assert ("Ethiopia", "ARMED_CLASH", "Eritrea") not in found
    # a border that names one side only names no fight
    assert not {t for t in triples("Clashes broke out near Mali's border.") if t[1] == "ARMED_CLASH"}
