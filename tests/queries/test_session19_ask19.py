"""Questions in the analyst's own words (session 19, ask19): kinds of wording read whatever the words.
Invented facts and invented wording (none taken from a question set).

- what happened between two sides in a month: only what can be placed in it (no border, no claim dated only
  by its year), and a month stamped on a clipped query without "in" ("A vs B, april 2025") is that month;
- a date asked for by "date" and a clause ("date X shot down Y's drone"): the when-question it stands for;
- an envoy taken back by any verb ("pull its envoy from", "brought its ambassadors home from"): a protest;
- a full name with its surname transliterated with other vowels ("rahmun" for Rahmoon);
- a list asked by its noun phrase alone ("Parvan banks hit by sanctions", "groups X listed as terrorists",
  "govts that ...", "bloc countries with troops in ..."), a bloc's short name typed in lower case before the
  type word, a part of a state ("northern Quell") for the state, "us" typed in lower case before its forces
  or departments;
- forces named between two sides without a verb ("X boots on the ground in Y?"): whether they are there.
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session19") / "session19.db")
    for name, alias in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Parva", "Parvan"), ("Quell", "Quellish")]:
        w.actor(name, "state", alias)
    w.actor("Lune Union", "organization", "LUNU")
    w.actor("Selva Bank", "company")
    w.actor("Harrow Bank", "company")
    w.actor("Tarn Legion", "armed_group")
    w.actor("Corvid Brigade", "armed_group")
    w.actor("Yusuf Rahmoon", "person")
    w.source("wire", published="2025-07-01")
    w.say("Norland", "ATTACK", "Quell", "wire", "2025-03-14", sentence="Norland shot down a Quellish drone.")
    w.say("Quell", "CRITICISM", "Norland", "wire", "2025-04", sentence="Quell condemned the downing.")
    w.say("Quell", "PROTEST", "Norland", "wire", "2025-04-06", sentence="Quell recalled its envoy from Norland.")
    w.say("Norland", "COERCION", "Quell", "wire", "2025-04-07", sentence="Norland closed its airspace to Quell.")
    w.say("Norland", "BORDERS", "Quell", "wire", sentence="Norland's long border with Quell.")
    w.say("Norland", "COOPERATION", "Quell", "wire", "2025", sentence="Norland and Quell ran joint patrols in 2025.")
    for bank in ("Selva Bank", "Harrow Bank"):
        w.say(bank, "BASED_IN", "Parva", "wire", sentence=f"{bank}, based in Parva.")
        w.say("Norland", "COERCION", bank, "wire", "2025-06", sentence=f"Norland sanctioned {bank}.")
    w.say("Norland", "COERCION", "Ostia", "wire", "2025-06", sentence="Norland sanctioned Ostia.")
    for group in ("Tarn Legion", "Corvid Brigade"):
        w.say("Norland", "COERCION", group, "wire", "2025-02", sentence=f"Norland listed the {group} as terrorists.")
    w.say("Norland", "COERCION", "Parva", "wire", "2025-02", sentence="Norland sanctioned Parva.")
    for state in ("Norland", "Ostia"):
        w.say(state, "MEMBER_OF", "Lune Union", "wire", sentence=f"{state}, a Lune Union member.")
        w.say(state, "MILITARY_PRESENCE", "Quell", "wire", "2024-05", sentence=f"{state} sent troops to Quell.")
    w.say("Parva", "MILITARY_PRESENCE", "Quell", "wire", "2024", sentence="Parvan troops patrol Quell.")
    w.say("Lune Union", "MILITARY_PRESENCE", "Quell", "wire", "2024-05", sentence="The Lune Union mission in Quell.")
    w.say("Yusuf Rahmoon", "AFFILIATED_WITH", "Ostia", "wire", role="ambassador",
          sentence="Yusuf Rahmoon, Ostia's ambassador.")
    built = w.graph()
    yield built
    built.close()


@pytest.mark.parametrize("question", ["quell vs norland, april 2025 - what happened?",
                                      "what went on between norland and quell in april 2025",
                                      "norland and quell in apr 2025: what happened"])
def test_what_happened_in_a_month_is_what_can_be_placed_in_it(world, question):
    predicates = {e.predicate for e in reply(world, question).evidence}
    # the border stands at every date, the cooperation is dated by its year, the strike was in March
    assert predicates == {"CRITICISM", "PROTEST", "COERCION"}


def test_a_year_window_keeps_what_is_dated_inside_it(world):
    predicates = {e.predicate for e in reply(world, "what happened between norland and quell in 2025").evidence}
    assert predicates == {"ATTACK", "CRITICISM", "PROTEST", "COERCION", "COOPERATION"}


def test_a_month_stamped_without_in_is_that_month_but_a_noun_s_stays_soft():
    from diplograph.queries.when import time_phrases

    (phrase,) = time_phrases("ostia vs parva, sept 2023 - anything?")
    assert phrase.window == {"since": "2023-09", "until": "2023-09"} and not phrase.soft
    (phrase,) = time_phrases("who signed the june 2021 accord")
    assert phrase.soft


@pytest.mark.parametrize("question", ["date norland shot down the quellish drone",
                                      "the day norland attacked quell", "date when norland struck quell?"])
def test_a_date_asked_by_a_clause_is_a_when_question(world, question):
    assert reply(world, question).extra["when"] == "2025-03-14"


@pytest.mark.parametrize("question", ["when did quell pull its envoy from norland?",
                                      "when did quell bring its ambassador home from norland",
                                      "when did quell withdraw its envoys from norland"])
def test_an_envoy_taken_back_by_any_verb_is_a_protest(world, question):
    assert reply(world, question).extra["when"] == "2025-04-06"


def test_an_envoy_taken_back_by_the_other_side_is_no(world):
    assert reply(world, "did norland pull its envoy from quell").extra["verdict"] == "no"


@pytest.mark.parametrize("question", ["who is yusuf rahmun", "who's yusuf rahmoun?"])
def test_a_surname_transliterated_with_other_vowels(world, question):
    assert names(reply(world, question)) == ["Ostia"]


def test_a_surname_with_other_consonants_is_someone_else():
    from diplograph.queries.slots import _full_name_misspelt

    people = [("p1", ["yusuf", "rahmoon"])]
    assert _full_name_misspelt(people, ["yusuf", "rahim"]) is None
    assert _full_name_misspelt(people, ["yunus", "rahmun"]) is None  # the given name must be as typed


@pytest.mark.parametrize("question", ["parvan banks hit by norlandic sanctions", "parvan banks sanctioned by norland",
                                      "banks that norland sanctioned", "Parvan banks Norland has sanctioned"])
def test_a_list_asked_by_its_noun_phrase_and_what_was_done_to_them(world, question):
    assert names(reply(world, question)) == ["Harrow Bank", "Selva Bank"]  # not Ostia, a state


@pytest.mark.parametrize("question", ["armed groups norland listed as terrorists in feb 2025",
                                      "militias that norland designated as terrorists"])
def test_a_list_asked_by_its_noun_phrase_keeps_its_type(world, question):
    assert names(reply(world, question)) == ["Corvid Brigade", "Tarn Legion"]  # not Parva


@pytest.mark.parametrize("question", ["lunu countries with troops in northern quell",
                                      "which lunu members have forces in southern quell?"])
def test_a_bloc_typed_in_lower_case_before_its_members_and_a_part_of_a_state(world, question):
    assert names(reply(world, question)) == ["Norland", "Ostia"]  # not Parva, nor the Union's own mission


def test_states_with_forces_deployed_somewhere_are_states_only(world):
    assert names(reply(world, "states with forces deployed in quell")) == ["Norland", "Ostia", "Parva"]


def test_a_noun_phrase_going_on_otherwise_stays_as_it_was():
    from diplograph.queries.grammar import load_grammar

    grammar = load_grammar()
    assert grammar.normalise("countries in the lune union") == "countries in the lune union"
    assert grammar.normalise("us troops in quell?") == "are the US troops in quell"


@pytest.mark.parametrize("question", ["norlandic boots on the ground in quell?", "ostian troops in quell"])
def test_forces_named_between_two_sides_ask_whether_they_are_there(world, question):
    answer = reply(world, question)
    assert "MILITARY_PRESENCE" in answer.reading and answer.extra["verdict"] == "yes"


def test_forces_named_where_none_are_is_no(world):
    assert reply(world, "quellish troops in norland?").extra["verdict"] == "no"
