"""Questions in the analyst's own words (session 23, ask23): kinds of wording read whatever the words.
Invented actors and invented wording (none taken from a question set).

- a list question closed by the candidates to choose between ("who is backing Ostia's army, Norland or Rhun?",
  "which state arms the Hill Front: A, B or C?") keeps only those candidates among its answers; names the question
  reads as its own parties ("who sanctioned A, B or C") are never candidates;
- slang for backing: urging someone on ("egg on", "spur on", "cheer on") is support; bankrolling or underwriting
  someone is support and aid, either answers;
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session23") / "session23.db")
    for name, *aliases in [("Norland", "Norlandic"), ("Ostia", "Ostian", "Velmar"), ("Rhun", "Rhunic"),
                           ("Parva", "Parvan"), ("Quell", "Quellish")]:
        w.actor(name, "state", *aliases)
    w.source("wire", published="2023-12-20")
    w.say("Norland", "SUPPORT", "Ostia", "wire", "2023-03-04", sentence="Norland backs the Ostian army.")
    w.say("Rhun", "SUPPORT", "Ostia", "wire", "2023-04-04", modality="denied", sentence="Rhun denied backing Ostia.")
    w.say("Quell", "SUPPORT", "Ostia", "wire", "2023-05-04", sentence="Quell stands by Ostia.")
    w.actor("Hill Front", "armed_group")
    w.say("Parva", "SUPPORT", "Hill Front", "wire", "2023-02-01", sentence="Parva backs the Hill Front.")
    w.say("Rhun", "AID", "Hill Front", "wire", "2023-02-11", sentence="Rhun funds the Hill Front.")
    w.say("Norland", "COERCION", "Parva", "wire", "2023-06-01", sentence="Norland sanctioned Parva.")
    w.say("Quell", "COERCION", "Rhun", "wire", "2023-06-02", sentence="Quell sanctioned Rhun.")
    built = w.graph()
    yield built
    built.close()


@pytest.mark.parametrize("question", [
    "who is backing ostia's army, norland or rhun?",
    "who backs the ostians: norland or rhun",
    "which state supports ostia - norland or the rhunic?",
    "who stands behind the Ostian army, Rhun, or Norland?",
])
def test_candidates_closing_a_list_question(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Norland"]
    assert "Quell" not in {f.actor.name for f in answer.flagged}


def test_candidates_none_of_whom_did_it(world):
    answer = reply(world, "who backs ostia: parva or rhun?")
    assert names(answer) == []
    assert "Norland" not in {f.actor.name for f in answer.flagged}


@pytest.mark.parametrize("question", ["which countries sanctioned parva, rhun or ostia?",
                                      "who sanctioned parva, or rhun?"])
def test_a_list_of_parties_is_no_choice(world, question):
    from diplograph.queries.ask import ask

    assert "which of" not in ask(world.nx, question).reading


@pytest.mark.parametrize("question,expected", [
    ("is parva egging on the hill front?", "yes"),
    ("did parva spur on the hill front", "yes"),
    ("is norland cheering on the hill front", "no"),
])
def test_urging_on_is_backing(world, question, expected):
    assert reply(world, question).extra.get("verdict") == expected


@pytest.mark.parametrize("question", ["who is bankrolling the hill front", "which states bankroll the Hill Front?",
                                      "who underwrites the hill front"])
def test_bankrolling_is_backing_and_aid(world, question):
    assert set(names(reply(world, question))) == {"Parva", "Rhun"}
