"""Money given, lent or parked with a state is aid: loans and grants that reach it, a loan approved
for it, a deposit at its central bank, assistance provided to it."""

import pytest


@pytest.mark.parametrize("text, giver, recipient", [
    ("Japanese loans and grants continue to reach Laos and Cambodia.", "Japan", "Laos"),
    ("Saudi loans flowed to Cairo after 2013.", "Saudi Arabia", "Egypt"),
    ("The World Bank approved a $1.5 billion loan to Egypt.", "World Bank", "Egypt"),
    ("Riyadh rolled over a $3 billion deposit at Pakistan's central bank.", "Saudi Arabia", "Pakistan"),
    ("The UAE deposited $2 billion in Egypt's central bank.", "United Arab Emirates", "Egypt"),
    ("Under the deal Beijing provides military assistance to Dhaka free of charge.", "China", "Bangladesh"),
])
def test_money_given_or_lent_is_aid(triples, text, giver, recipient):
    assert (giver, "AID", recipient) in triples(text)


def test_aircraft_reaching_a_state_are_no_aid(triples):
    found = triples("Chinese aircraft reached Taiwan's air defence zone on Monday.")
    assert not any(p == "AID" for _, p, _ in found)


def test_backing_stays_support(triples):
    found = triples("Russia has given Belarus its full backing.")
    assert ("Russia", "AID", "Belarus") not in found
