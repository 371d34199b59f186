"""Questions in the analyst's own words (session 28, ask28): each a family of wordings the reader missed, read
whatever the wording. Invented actors and wording (none taken from a question set).

- a relation word typed nearly right ("congradulate", "threatend", "sanctionned") is read as the one relation
  word near it, only when nothing reads the question as typed and no English word is meant (`spelling.py`);
- the type asked for is the one after "which", not a noun before it ("the envoys of which governments").
"""

import pytest

from diplograph.queries.ask import ask
from diplograph.queries.spelling import respelt
from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session28") / "session28.db")
    for name, *aliases in [("Norland", "Norlandic", "Norlanders"), ("Ostia", "Ostian", "Ostians", "Ostport"),
                           ("Rhun", "Rhunic"), ("Parva", "Parvan", "Parvans"), ("Quell", "Quellish"),
                           ("Velmark", "Velmarkian")]:
        w.actor(name, "state", *aliases)
    w.actor("Odo Venn", "person", "Venn")
    w.actor("Ines Kora", "person", "Kora")
    w.source("wire", published="2025-12-20")
    w.say("Odo Venn", "AFFILIATED_WITH", "Norland", "wire", "2019", sentence="Norlandic President Odo Venn.",
          role="President")
    w.say("Ines Kora", "AFFILIATED_WITH", "Parva", "wire", sentence="Parvan foreign minister Ines Kora.",
          role="foreign minister")
    # congratulations and threats
    w.say("Rhun", "SUPPORT", "Odo Venn", "wire", "2025-03-02", sentence="Rhun congratulated Venn on his re-election.")
    w.say("Quell", "SUPPORT", "Odo Venn", "wire", "2025-03-02", sentence="Quell congratulated Venn on his win.")
    w.say("Ostia", "THREAT", "Parva", "wire", "2025-04-02", sentence="Ostia threatened Parva with sanctions.")
    # envoys expelled
    w.say("Norland", "COERCION", "Parva", "wire", "2025-05-02", sentence="Norland expelled Parvan diplomats.")
    w.say("Norland", "COERCION", "Quell", "wire", "2025-05-02", sentence="Norland expelled Quellish diplomats.")
    w.say("Norland", "COERCION", "Ines Kora", "wire", "2025-05-03", sentence="Norland expelled Kora's aide.")
    return w.graph()


@pytest.mark.parametrize("question", ["who was quick to congradulate venn on his re-election",
                                      "which states congratualted Venn?", "who congradulated venn"])
def test_a_misspelt_verb_is_read_as_the_one_relation_word_near_it(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Quell", "Rhun"] and "read as \"congrat" in answer.reading


def test_a_misspelt_verb_in_a_yes_or_no_question(world):
    answer = reply(world, "has ostia threatend parva?")
    assert answer.extra["verdict"] == "yes" and '"threatend" read as "threatened"' in answer.reading


@pytest.mark.parametrize("question", ["who was quick to congratulate venn", "did ostia threaten parva"])
def test_a_word_spelt_right_is_not_respelt(world, question):
    assert "read as \"" not in reply(world, question).reading


def test_english_words_and_names_are_never_respelt():
    assert respelt("who attached the annex to the report?") is None  # not "attacked"
    assert respelt("which states planned a summit?") is None  # not "panned"
    assert respelt("where does something exist?") is None
    assert respelt("who met Kongratulat?", lambda word: word == "Kongratulat") is None


def test_a_word_near_no_relation_word_leaves_the_question_unread(world):
    assert not ask(world.nx, "who flobbergasted venn?").understood


@pytest.mark.parametrize("question", ["norland expelled the diplomats of which governments?",
                                      "norland kicked out the envoys of which countries?"])
def test_the_type_asked_is_the_one_after_which(world, question):
    assert names(reply(world, question)) == ["Parva", "Quell"]


def test_a_person_type_after_which_is_still_asked(world):
    assert names(reply(world, "the aides of which officials did norland expel?")) == ["Ines Kora"]
