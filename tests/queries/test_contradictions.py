"""Contradictions that are real: a denial against an affirmation from another source, or one
fact given different values, each shown side by side with the sources and their grades; a
hedge, or a copy of the same story, contradicts nothing."""

import dataclasses

import pytest

from diplograph.graph.trust import fingerprint
from diplograph.queries import contradictions
from diplograph.tables import Table

STORY = ("Nisk delivered twelve armed drones to Marl in March, the defence ministry in the capital said on "
         "Tuesday, after a year of talks on the deal and a training course for the crews abroad. The aircraft "
         "will guard the northern border, where militias crossed twice last winter and attacked two posts.")


@pytest.fixture
def disputed(world):
    for name in ("Marl", "Nisk", "Oro", "Pact"):
        world.actor(name, "organization" if name == "Pact" else "state")
    world.actor("Ana Vel", "person")
    world.actor("Ben Tor", "person")
    world.source("wire", published="2023-04-01", publisher="Wire")
    world.source("copy", published="2023-04-02", publisher="Copy Site")
    world.source("review", published="2023-06-01", publisher="Review")
    world.source("dataset", published="2024", publisher="Registry")
    for key, text in (("wire", STORY), ("copy", "Republished. " + STORY)):
        world.sources[key] = dataclasses.replace(world.sources[key], fingerprint=fingerprint(text))
    # a denial answered by another source, and one answered only by a copy of the denier
    world.say("Nisk", "ARMS_TRANSFER", "Marl", "review", "2023", sentence="Nisk sold drones to Marl.")
    world.say("Nisk", "ARMS_TRANSFER", "Marl", "wire", "2023", "denied", sentence="Nisk denied selling drones to Marl.")
    world.say("Oro", "ARMS_TRANSFER", "Marl", "wire", "2023", "denied", sentence="Oro denied arming Marl.")
    world.say("Oro", "ARMS_TRANSFER", "Marl", "copy", "2023", sentence="Oro armed Marl.")
    # asserted against speculative: no dispute
    world.say("Oro", "SUPPORT", "Nisk", "review", "2023", sentence="Oro backs Nisk.")
    world.say("Oro", "SUPPORT", "Nisk", "wire", "2023", "speculative", sentence="Oro may back Nisk.")
    # one deal counted twice
    world.say("Nisk", "ARMS_TRANSFER", "Oro", "dataset", "2021", weapon="Hawk-7", number_delivered="6")
    world.say("Nisk", "ARMS_TRANSFER", "Oro", "review", "2021", weapon="Hawk-7", number_delivered="12")
    world.say("Nisk", "ARMS_TRANSFER", "Oro", "wire", "2022", weapon="Hawk-7", number_delivered="4")  # another year
    # a membership that two structured sources start at different years, and one that agrees
    world.say("Marl", "MEMBER_OF", "Pact", "dataset", "1992")
    world.say("Marl", "MEMBER_OF", "Pact", "review", "1994")
    world.say("Oro", "MEMBER_OF", "Pact", "dataset", "2001")
    world.say("Oro", "MEMBER_OF", "Pact", "review", "2001-05-01")
    # two presidents of Marl at once, and a former one
    world.say("Ana Vel", "AFFILIATED_WITH", "Marl", "review", role="President")
    world.say("Ben Tor", "AFFILIATED_WITH", "Marl", "wire", "2023", role="President")
    world.say("Ben Tor", "AFFILIATED_WITH", "Nisk", "dataset", role="former President")
    return world.graph()


def by_relation(found):
    return {(c.kind, c.subject.name, c.predicate, c.object.name): c for c in found}


def test_only_real_disputes_are_found(disputed):
    found = by_relation(contradictions(disputed.nx))

    assert set(found) == {("denial", "Nisk", "ARMS_TRANSFER", "Marl"), ("value", "Nisk", "ARMS_TRANSFER", "Oro"),
                          ("value", "Marl", "MEMBER_OF", "Pact"), ("value", "Ana Vel", "AFFILIATED_WITH", "Marl")}


def test_a_denial_stands_beside_the_affirmation_with_sources_and_grades(disputed):
    denial = by_relation(contradictions(disputed.nx))[("denial", "Nisk", "ARMS_TRANSFER", "Marl")]

    assert [(e.modality, e.source.publisher) for e in denial.one_side] == [("asserted", "Review")]
    assert [(e.modality, e.source.publisher) for e in denial.other_side] == [("denied", "Wire")]
    [row] = Table([denial]).rows
    assert row[1] == "Nisk supplies arms to Marl"
    assert row[2] == "asserted 2023 · F · Report review" and row[3].startswith("denied 2023 · F · Report wire")


def test_values_say_what_differs(disputed):
    found = by_relation(contradictions(disputed.nx))

    assert found[("value", "Nisk", "ARMS_TRANSFER", "Oro")].detail == "number delivered of Hawk-7 in 2021: 12 or 6"
    assert found[("value", "Marl", "MEMBER_OF", "Pact")].detail == "since 1992 or 1994"
    assert found[("value", "Ana Vel", "AFFILIATED_WITH", "Marl")].detail == "who is President of Marl: Ana Vel or Ben Tor"


def test_kinds_and_focus(disputed):
    assert {c.kind for c in contradictions(disputed.nx, kinds="denial")} == {"denial"}
    assert {c.object.name for c in contradictions(disputed.nx, actor="Pact")} == {"Pact"}
    assert contradictions(disputed.nx, since="2025") == []
