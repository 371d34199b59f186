"""Forms checked in session 23 (lead). Every sentence here is our own."""

import pytest


@pytest.mark.parametrize("text, giver, taker", [
    ("Oman sent a team of mediators to Tehran on Sunday.", "Oman", "Iran"),
    ("The African Union dispatched a team of observers to Guinea.", "African Union", "Guinea"),
    ("Canada sent a team of engineers to Haiti.", "Canada", "Haiti"),
])
def test_a_team_sent_abroad_is_people_at_work_not_aid(claims, text, giver, taker):
    assert (giver, "AID", taker) not in {(s, p, o) for s, p, o, _ in claims(text)}


def test_a_rescue_team_sent_abroad_is_still_aid(claims):
    found = {(s, p, o) for s, p, o, _ in claims("Greece sent a rescue team to Libya after the floods.")}
    assert ("Greece", "AID", "Libya") in found
