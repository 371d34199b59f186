"""Forms added in session 20 (lead), from a probe of invented wire and analysis sentences across regions.
Every sentence here is our own."""

import pytest


@pytest.mark.parametrize("text, state, host", [
    ("French troops are in Niger at the invitation of the government.", "France", "Niger"),
    ("Rwandan troops are in Mozambique at the invitation of President Daniel Chapo.", "Rwanda", "Mozambique"),
    ("Chinese soldiers are stationed in Cambodia at the invitation of Prime Minister Hun Manet.", "China", "Cambodia"),
])
def test_troops_somewhere_at_an_invitation_are_a_presence_not_a_visit(claims, text, state, host):
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    assert (state, "MILITARY_PRESENCE", host) in found
    assert not any(p == "CONSULTATION" for _, p, _ in found)


def test_a_leader_somewhere_at_an_invitation_still_visits(claims):
    found = {(s, p, o) for s, p, o, _ in claims(
        "Brazil's president Lula is in Tokyo at the invitation of Japanese Prime Minister Shigeru Ishiba.")}
    assert ("Luiz Inácio Lula da Silva", "CONSULTATION", "Shigeru Ishiba") in found or \
        ("Brazil", "CONSULTATION", "Japan") in found


@pytest.mark.parametrize("text, blocker, body", [
    ("Hungary blocked the EU's 15th sanctions package for a month.", "Hungary", "European Union"),
    ("Slovakia has vetoed the European Union's proposal on frozen assets.", "Slovakia", "European Union"),
    ("Budapest again blocked fresh EU sanctions on Minsk.", "Hungary", "European Union"),
    ("Greece stalled a NATO proposal on the Aegean for months.", "Greece", "North Atlantic Treaty Organization"),
])
def test_holding_up_a_bodys_measures_or_proposals_rejects_the_body(claims, text, blocker, body):
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    assert (blocker, "REJECTION", body) in found
    assert (blocker, "COERCION", body) not in found  # a veto is no sanction on the body


def test_the_state_the_blocked_sanctions_aim_at_is_not_rejected(claims):
    found = {(s, p, o) for s, p, o, _ in claims("Hungary blocked new EU sanctions against Belarus.")}
    assert ("Hungary", "REJECTION", "Belarus") not in found
    assert ("Hungary", "COERCION", "Belarus") not in found


def test_sanctions_as_the_means_of_punishment_are_still_coercion(claims):
    found = {(s, p, o) for s, p, o, _ in claims("The African Union punished Niger with sanctions after the coup.")}
    assert ("African Union", "COERCION", "Niger") in found


def test_suspending_a_states_sanctions_is_no_coercion_done(claims):
    found = claims("The United States suspended its sanctions on Syria in May.")
    assert ("United States", "COERCION", "Syria", "asserted") not in found


def test_a_bodys_measures_named_as_a_qualifier_belong_to_the_body(claims):
    found = {(s, p, o) for s, p, o, _ in claims("Iran condemned the new EU sanctions.")}
    assert ("Iran", "CRITICISM", "European Union") in found
