"""Questions in the analyst's own words (session 22, ask22b). Invented actors, systems and wording.

- a yes-or-no supply question naming a system by its brand ("did Ostia sell Kh-9s to Parva?", "has Ostia supplied
  Parva with Kh-9 systems?") keeps only the claims about that system: the seller's other arms do not make it yes;
- "systems" after a system's name ("Kh-9 systems") is a generic word, no brand of its own;
- "feud with" as a verb reads the whole quarrel, as "tensions" does, not the dispute alone.
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session22b") / "session22b.db")
    for name, *aliases in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Parva", "Parvan"), ("Rhun", "Rhunic"),
                           ("Quell", "Quellish")]:
        w.actor(name, "state", *aliases)
    w.source("register", published="2022-06-01", publisher="Lindqvist Institute")
    w.say("Norland", "ARMS_TRANSFER", "Parva", "register", "2019", weapon="KH-9A Falcon", number_delivered="2",
          weapon_description="SAM system")
    w.say("Ostia", "ARMS_TRANSFER", "Parva", "register", "2018", weapon="Brenner", number_delivered="24",
          weapon_description="multiple rocket launcher")
    w.source("wire", published="2022-12-20")
    w.say("Rhun", "DISPUTE", "Quell", "wire", "2021-03-04", sentence="Rhun and Quell are locked in a dispute over the lake.")
    w.say("Rhun", "THREAT", "Parva", "wire", "2021-05-04", sentence="Rhun threatened Parva.")
    w.say("Ostia", "CRITICISM", "Rhun", "wire", "2021-06-04", sentence="Ostia condemned Rhun.")
    w.say("Rhun", "COOPERATION", "Norland", "wire", "2021-07-04", sentence="Rhun and Norland signed a trade pact.")
    built = w.graph()
    yield built
    built.close()


@pytest.mark.parametrize("question", [
    "did ostia sell kh-9s to parva",
    "has ostia supplied parva with kh-9 systems?",
    "did parva buy kh-9s from ostia",
    "has ostia ever sold kh-9s to parva?",
    "did ostia arm parva with kh-9s",
])
def test_a_seller_of_other_arms_is_no_seller_of_the_system_asked(world, question):
    answer = reply(world, question)
    assert answer.extra.get("verdict") == "no", answer.reading
    assert not answer.evidence


@pytest.mark.parametrize("question", [
    "did norland sell kh-9s to parva",
    "has norland supplied parva with kh-9 systems?",
    "did parva buy kh-9s from norland",
    "did norland arm parva with kh-9s",
])
def test_the_seller_of_the_system_asked_stays_yes(world, question):
    answer = reply(world, question)
    assert answer.extra.get("verdict") == "yes", answer.reading
    assert {e.prop("weapon") for e in answer.evidence} == {"KH-9A Falcon"}


def test_a_supply_question_naming_no_system_keeps_every_sale(world):
    answer = reply(world, "did ostia sell weapons to parva")
    assert answer.extra.get("verdict") == "yes"
    assert {e.prop("weapon") for e in answer.evidence} == {"Brenner"}


@pytest.mark.parametrize("question", ["who is rhun feuding with", "who has rhun been feuding with?",
                                      "which states does rhun feud with"])
def test_feuding_is_the_whole_quarrel(world, question):
    assert names(reply(world, question)) == ["Ostia", "Parva", "Quell"]


def test_a_dispute_is_still_the_dispute_alone(world):
    assert names(reply(world, "who is rhun in a dispute with")) == ["Quell"]
