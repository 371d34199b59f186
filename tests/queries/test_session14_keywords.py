"""Short, keyword and chatty questions, as analysts type them into a search box (session 14).
Invented facts, invented wording (none taken from a question set).

- a name (a demonym, a possessive without its apostrophe) with the arms it qualifies and a noun for
  the role asked ("parva drone suppliers", "quellish arms buyers", "Vex-30 maker?", "suppliers of
  Ostia", "Norland - critics", "parvan officials mentioned"): the possessive question it stands for;
- a truncated passive ("Ostia threatened by?"): who did it to the name;
- who does what to whom ("who's fighting who in the Tarn region", "which countries clashed with each
  other", "who sold drones to whom"): every pair in the relation, both sides answers;
- a name with chatty words around it ("what do we know about X", "X: background", "X - overview"): who or
  what it is (alone.py); "has X got", "who's got": have, unless got from someone;
- a question not read so is not answered so: words that are more than a name and its arms, a question
  word first.
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session14k") / "session14k.db")
    for name, alias in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Parva", "Parvan"), ("Quell", "Quellish")]:
        w.actor(name, "state", alias)
    w.actor("Selva Group", "armed_group")
    w.actor("Kestrel Works", "company")
    w.actor("Vex-30", "weapon")
    w.actor("Ada Rook", "person")
    w.source("wire", published="2024-06-01")
    w.say("Quell", "ARMS_TRANSFER", "Parva", "wire", "2023-04", weapon="drones", sentence="Quell sold drones to Parva.")
    w.say("Kestrel Works", "ARMS_TRANSFER", "Parva", "wire", "2023-05", weapon="drones",
          sentence="Kestrel Works delivered drones to Parva.")
    w.say("Norland", "ARMS_TRANSFER", "Parva", "wire", "2023-06", weapon="rifles", sentence="Norland sold rifles to Parva.")
    w.say("Quell", "ARMS_TRANSFER", "Ostia", "wire", "2023-07", weapon="drones", sentence="Quell sold drones to Ostia.")
    w.say("Kestrel Works", "MANUFACTURES", "Vex-30", "wire", sentence="Kestrel Works builds the Vex-30.")
    w.say("Norland", "CRITICISM", "Ostia", "wire", "2024-01", sentence="Norland condemned Ostia.")
    w.say("Selva Group", "THREAT", "Ostia", "wire", "2024-02", sentence="The Selva Group threatened Ostia.")
    w.say("Ada Rook", "AFFILIATED_WITH", "Parva", "wire", role="Foreign Minister")
    w.say("Parva", "ARMED_CLASH", "Ostia", "wire", "2024-03", sentence="Parvan and Ostian troops clashed.")
    w.say("Selva Group", "ATTACK", "Quell", "wire", "2024-04", sentence="The Selva Group attacked Quell.")
    return w.graph()


@pytest.mark.parametrize("question", ["parva drone suppliers", "Parva drone suppliers?", "parvas drone suppliers",
                                      "Parva: drone suppliers", "Parva - drone suppliers"])
def test_keywords_name_arms_and_role(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Kestrel Works", "Quell"]
    assert 'typed as keywords, asked as "who are Parva\'s drone suppliers"' in answer.reading


def test_keywords_role_of_a_name(world):
    answer = reply(world, "suppliers of Parva")
    assert names(answer) == ["Kestrel Works", "Norland", "Quell"] and 'asked as "who are Parva\'s suppliers"' in answer.reading


@pytest.mark.parametrize("question", ["quellish drone buyers", "quell drone customers?"])
def test_keywords_demonym_and_buyers(world, question):
    assert names(reply(world, question)) == ["Ostia", "Parva"]


def test_keywords_maker_of_a_system(world):
    answer = reply(world, "vex-30 maker?")
    assert names(answer) == ["Kestrel Works"] and "asked as \"who is Vex-30's maker\"" in answer.reading


def test_keywords_critics_and_officials(world):
    assert names(reply(world, "ostia critics")) == ["Norland"]
    assert names(reply(world, "parvan officials mentioned")) == ["Ada Rook"]


@pytest.mark.parametrize("question", ["Ostia threatened by?", "ostia threatened by", "Ostia was threatened by"])
def test_truncated_passive(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Selva Group"] and 'asked as "who threatened Ostia"' in answer.reading


@pytest.mark.parametrize("question", ["who's fighting who", "who clashed with whom", "whos fighting who"])
def test_every_pair_in_a_relation(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Ostia", "Parva", "Quell", "Selva Group"]
    assert answer.reading.startswith("every pair in ARMED_CLASH, ATTACK relations")
    assert "Parva clashes with Ostia [asserted]" in " ".join(answer.details) or len(answer.details) == 2


def test_every_pair_of_states_and_of_arms(world):
    assert names(reply(world, "which countries have clashed with each other")) == ["Ostia", "Parva"]
    drones = reply(world, "who sold drones to whom")
    assert names(drones) == ["Kestrel Works", "Ostia", "Parva", "Quell"] and "weapon category UAV" in drones.reading


def test_not_keywords_are_left_to_other_readings(world):
    from diplograph.queries.keywords import keyword_questions

    assert keyword_questions(world.nx, "parva border clashes") == []  # more than a name and its arms
    assert keyword_questions(world.nx, "who are Parva's suppliers") == []
    assert keyword_questions(world.nx, "Zorbia drone suppliers") == []  # no such name: not read so


@pytest.mark.parametrize("question", ["what do we know about Kestrel Works", "Kestrel Works: background",
                                      "Kestrel Works - overview", "what have we got on kestrel works"])
def test_a_name_asked_with_chatty_words_is_who_or_what_it_is(world, question):
    assert "(a name asked alone: who or what it is)" in reply(world, question).reading


@pytest.mark.parametrize("question", ["has Quell got drones in Parva", "who has got drones from Quell"])
def test_have_got_is_have_unless_got_from_someone(world, question):
    from diplograph.queries.grammar import load_grammar

    said = load_grammar().normalise(question)
    assert ("got" in said) == ("from" in said)
