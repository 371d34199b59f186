"""Forms added in session 14 (helper extract14): clause and verb constructions of broad news prose
that carried a relation the extractor missed (a duty left undone in someone's words or a verdict,
...)."""

import pytest


@pytest.mark.parametrize("text, judge, judged", [
    # a verdict verb holds the charge as a verb of saying does
    ("The International Court of Justice ruled that Chile had violated the treaty.",
     "International Court of Justice", "Chile"),
    ("The ICC determined that Jordan had failed to arrest Omar al-Bashir.", "International Criminal Court", "Jordan"),
    # a duty failed or not done, in someone's words
    ("The IAEA found that Iran had failed to comply with its safeguards obligations.",
     "International Atomic Energy Agency", "Iran"),
    ("Tehran said Washington had failed to honour its commitments under the deal.", "Iran", "United States"),
    ("Germany said Poland had not complied with the court's order.", "Germany", "Poland"),
])
def test_a_duty_left_undone_in_someones_words_is_their_criticism(claims, text, judge, judged):
    found = claims(text)
    assert (judge, "CRITICISM", judged, "asserted") in found, found


@pytest.mark.parametrize("text", [
    "Ukraine said Russia failed to capture Kharkiv.",  # a failed attempt is no duty left undone
    "Kenya has complied with the ruling.",  # complying, told without a negation, charges no one
])
def test_failing_at_something_else_or_complying_is_no_criticism(triples, text):
    found = triples(text)
    assert not any(predicate == "CRITICISM" for _, predicate, _ in found), found
