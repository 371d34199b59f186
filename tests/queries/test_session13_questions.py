"""Questions in the analyst's own words (session 13): each family read whatever the wording.
Invented facts, invented wording (none taken from a question set).

- a body named last after "at" ("... Quell's arrears at the Lune Fund", "who condemned Parva at the
  Council") is where it was done, once no form reads the question with it: left aside, said, and no
  answer itself; a whole name of two words or more that holds a relation word ("the Lune *Fund*") is the
  name in the general reading;
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session13") / "session13.db")
    for name, alias in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Parva", "Parvan"), ("Quell", "Quellish")]:
        w.actor(name, "state", alias)
    w.actor("Lune Fund", "organization")
    w.source("wire", published="2024-06-01")
    w.say("Norland", "AID", "Quell", "wire", "2024-03", sentence="Norland cleared Quell's arrears at the Lune Fund.")
    w.say("Ostia", "AID", "Quell", "wire", "2024-03", sentence="Ostia paid part of Quell's arrears.")
    w.say("Lune Fund", "AID", "Quell", "wire", "2024-05", modality="planned", sentence="The fund may lend again.")
    built = w.graph()
    yield built
    built.close()


@pytest.mark.parametrize("question", [
    "Who paid off Quell's arrears at the Lune Fund?",
    "Which countries cleared Quell's debts at the Lune Fund?",
])
def test_a_body_named_last_after_at_is_where_it_was_done(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Norland", "Ostia"]
    assert 'not read: "at the Lune Fund"' in answer.reading and "leaving out the place named" in answer.reading


def test_a_name_holding_a_relation_word_is_the_name(world):
    answer = reply(world, "Whom has the Lune Fund aided or helped?")
    assert names(answer) == ["Quell"]
    assert answer.reading.startswith("AID, SUPPORT relations of Lune Fund (objects)")
