"""Forms checked in session 24 (lead). Every sentence here is our own."""

import pytest


@pytest.mark.parametrize("text, subject, predicate, obj", [
    ("The open question is whether Serbia will station troops in Montenegro.", "Serbia",
     "MILITARY_PRESENCE", "Montenegro"),
    ("Diplomats are debating whether Brazil should send peacekeepers to Haiti.", "Brazil", "MILITARY_PRESENCE",
     "Haiti"),
    ("Officials in Seoul were asked whether South Korea will deliver howitzers to Poland.", "South Korea",
     "ARMS_TRANSFER", "Poland"),
])
def test_a_clause_opened_by_whether_is_asked_not_planned(claims, text, subject, predicate, obj):
    found = {(s, p, o): m for s, p, o, m in claims(text)}
    # (asked, not told: since session 29 no relation at all, untold_contents.py; the development sets' gold lists
    # a whether-clause's act as optional at most, and three such speculative relations were extras)
    assert (subject, predicate, obj) not in found


def test_a_plan_told_outright_stays_planned(claims):
    found = {(s, p, o): m for s, p, o, m in claims("Brazil will send peacekeepers to Haiti next month.")}
    assert found.get(("Brazil", "MILITARY_PRESENCE", "Haiti")) == "planned"


def test_whether_in_another_clause_leaves_the_act_told(claims):
    text = "Russia supplies drones to Iran, whether or not the European Union objects."
    found = {(s, p, o): m for s, p, o, m in claims(text)}
    assert found.get(("Russia", "ARMS_TRANSFER", "Iran")) == "asserted"


def test_a_rival_government_is_a_side_of_its_own_not_its_state(claims):
    text = "Egypt criticised the Government of National Accord (GNA). The GNA signed a security pact with Ankara."
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    assert ("Egypt", "CRITICISM", "Government of National Accord") in found
    assert ("Government of National Accord", "AGREEMENT", "Turkey") in found
    assert not {t for t in found if "Libya" in t}


def test_the_capital_of_a_divided_state_still_names_the_state(claims):
    found = {(s, p, o) for s, p, o, _ in claims("Tripoli signed a trade deal with Tunisia.")}
    assert ("Libya", "AGREEMENT", "Tunisia") in found


@pytest.mark.parametrize("handed", ["delivered the notice to the US embassy", "handed a letter to the Chinese envoy",
                                    "sent a message to Washington", "delivered a protest note to the Russian embassy"])
def test_a_paper_handed_over_in_a_story_of_weapons_is_no_arms_transfer(claims, handed):
    text = f"Honduras bought six Israeli-made drones last year. On Monday its foreign minister {handed}."
    assert not {(s, o) for s, p, o, _ in claims(text) if p == "ARMS_TRANSFER" and s == "Honduras"}


def test_weapons_told_before_are_still_what_a_pronoun_moves(claims):
    found = {(s, p, o) for s, p, o, _ in claims("Turkey built the drones for Kenya. Ankara delivered them in March.")}
    assert ("Turkey", "ARMS_TRANSFER", "Kenya") in found
