"""Questions in the analyst's own words (session 18, ask18): kinds of wording read whatever the words.
Invented facts and invented wording (none taken from a question set); real states only where a region or
a capital of the gazetteer must hold them.

- a span of months in one year ("jan-nov 2024", "from march to june 2023"): the window from the first month
  to the last, the year said once;
- a date asked for by a noun ("date of the X strikes on Y"): the when-question it stands for;
- slang for setting aside ("shelve", "brush off", "wave off"): a rejection;
- "govts" for governments, a type word for states (so that a region before it narrows);
- "warlord", "strongman": persons; a demonym before them keeps the persons who serve a group fighting in
  that state (the group's chief is its warlord);
- building or constructing arms for a state ("which firm is building X's new subs"): supplying them;
- a role named first, then its holder's name asked ("X military spokesman - name?"): who holds it;
- a capital's short name typed in lower case ("addis");
- forces sent, flown or shipped somewhere ("were X fighters flown into Y"): a military presence there;
- a full name with its surname misspelt ("ilsa morwenstat"): the one person of those given names and a near surname.
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from diplograph.graph.model import Actor
    from query_world import World

    w = World(tmp_path_factory.mktemp("session18") / "session18.db")
    for name, alias in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Parva", "Parvan"), ("Quell", "Quellish")]:
        w.actor(name, "state", alias)
    for name, iso3 in [("Estonia", "EST"), ("Latvia", "LVA"), ("Lithuania", "LTU")]:
        w.actors[name] = Actor.new(name, "state", external_ids={"iso3": iso3})  # the ids regions.yaml lists
    w.actor("Orrin Vale", "person")
    w.actor("Tarn Legion", "armed_group")
    w.actor("Kesh Halden", "person")
    w.actor("Ivo Marsh", "person")
    w.actor("Brannock Yards", "company")
    w.source("wire", published="2025-06-30")
    w.say("Estonia", "COERCION", "Orrin Vale", "wire", "2024-12", sentence="Estonia barred Orrin Vale from entry.")
    w.say("Latvia", "COERCION", "Orrin Vale", "wire", "2024-12", sentence="Latvia banned Orrin Vale from entering.")
    w.say("Norland", "COERCION", "Orrin Vale", "wire", "2024-12", sentence="Norland froze Orrin Vale's assets.")
    w.say("Ostia", "CRITICISM", "Parva", "wire", "2024-03", sentence="Ostia condemned Parva's port deal.")
    w.say("Ostia", "PROTEST", "Parva", "wire", "2024-10", sentence="Ostia recalled its envoy from Parva.")
    w.say("Parva", "THREAT", "Ostia", "wire", "2024-12", sentence="Parva warned Ostia of reprisals.")
    w.say("Ostia", "AGREEMENT", "Parva", "wire", "2023-05", sentence="Ostia and Parva signed a trade pact.")
    w.say("Norland", "ATTACK", "Quell", "wire", "2025-02-14", sentence="Norlandic jets struck Quell's arms depots.")
    w.say("Quell", "REJECTION", "Parva", "wire", "2025-01", sentence="Quell shelved its accession talks with Parva.")
    w.say("Kesh Halden", "LEADS", "Tarn Legion", "wire", sentence="Kesh Halden commands the Tarn Legion.")
    w.say("Tarn Legion", "ARMED_CLASH", "Quell", "wire", "2024-06", sentence="The Tarn Legion fought Quell's army.")
    w.say("Ivo Marsh", "AFFILIATED_WITH", "Norland", "wire", role="trade minister",
          sentence="Ivo Marsh, Norland's trade minister.")
    w.say("Norland", "COERCION", "Kesh Halden", "wire", "2025-01", sentence="Norland sanctioned Kesh Halden.")
    w.say("Norland", "COERCION", "Tarn Legion", "wire", "2025-01", sentence="Norland sanctioned the Tarn Legion.")
    w.say("Norland", "COERCION", "Ivo Marsh", "wire", "2025-01", sentence="Norland sanctioned its own Ivo Marsh.")
    w.say("Brannock Yards", "ARMS_TRANSFER", "Parva", "wire", "2024", weapon="submarines",
          sentence="Brannock Yards is building two submarines for Parva.")
    w.say("Ostia", "ARMS_TRANSFER", "Parva", "wire", "2022", weapon="tanks", sentence="Ostia sold tanks to Parva.")
    w.actor("Ilsa Morwenstad", "person")
    w.say("Ilsa Morwenstad", "AFFILIATED_WITH", "Parva", "wire", role="foreign minister",
          sentence="Ilsa Morwenstad, Parva's foreign minister.")
    w.say("Norland", "MILITARY_PRESENCE", "Ostia", "wire", "2024-04", sentence="Norlandic troops landed in Ostia.")
    built = w.graph()
    yield built
    built.close()


def test_a_span_of_months_in_one_year_is_one_window():
    from diplograph.queries.when import time_phrases

    for said in ("jan-nov 2024", "from jan to nov 2024", "between january and november 2024"):
        (phrase,) = time_phrases(f"what happened between ostia and parva, {said}")
        assert phrase.window == {"since": "2024-01", "until": "2024-11"}


@pytest.mark.parametrize("question", ["ostia vs parva, jan-nov 2024: what happened?",
                                      "what happened between ostia and parva from jan to nov 2024"])
def test_what_happened_in_a_span_of_months(world, question):
    answer = reply(world, question)
    predicates = {e.predicate for e in answer.evidence}
    assert predicates == {"CRITICISM", "PROTEST"}  # the 2023 pact and the December threat are outside the window


@pytest.mark.parametrize("question", ["date of the norlandic strikes on quell?", "the date of norland's attack on quell"])
def test_a_date_asked_by_a_noun_is_a_when_question(world, question):
    assert reply(world, question).extra["when"] == "2025-02-14"


@pytest.mark.parametrize("question", ["did quell shelve its accession talks with parva?",
                                      "has quell brushed off parva?", "did quell wave off parva's bid"])
def test_slang_for_setting_aside_is_a_rejection(world, question):
    answer = reply(world, question)
    assert "REJECTION" in answer.reading and answer.extra["verdict"] == "yes"


def test_setting_aside_asked_of_the_wrong_side_is_no(world):
    assert reply(world, "did parva shelve talks with quell?").extra["verdict"] == "no"


def test_govts_are_states_and_a_region_before_them_narrows(world):
    answer = reply(world, "which baltic govts slapped entry bans on orrin vale?")
    assert names(answer) == ["Estonia", "Latvia"]  # Norland is no Baltic state


def test_a_warlord_is_a_person_of_a_group_fighting_in_the_state(world):
    answer = reply(world, "which quellish warlord did norland sanction in january 2025")
    assert names(answer) == ["Kesh Halden"]  # not the Tarn Legion itself, nor Norland's own minister


def test_a_warlord_of_a_state_no_group_fights_in_is_none(world):
    assert names(reply(world, "which ostian warlord did norland sanction in january 2025")) == []


@pytest.mark.parametrize("question", ["which firm is building parva's new subs?", "who is building submarines for parva"])
def test_building_arms_for_a_state_is_supplying_them(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Brannock Yards"]  # Ostia's tanks are no submarines


@pytest.mark.parametrize("question", ["norlandic trade minister - name?", "the norlandic trade minister: who?"])
def test_a_role_named_first_then_its_name_asked(world, question):
    assert names(reply(world, question)) == ["Ivo Marsh"]


def test_a_short_name_of_a_capital_typed_in_lower_case():
    from diplograph.queries.grammar import load_grammar

    grammar = load_grammar()
    assert grammar.normalise("who did addis host?") == "who did Addis Ababa host"
    assert grammar.normalise("who did addis ababa host?") == "who did addis ababa host"


@pytest.mark.parametrize("question", ["were norlandic fighters flown into ostia?", "were norland's troops shipped to ostia"])
def test_forces_moved_somewhere_are_present_there(world, question):
    answer = reply(world, question)
    assert "MILITARY_PRESENCE" in answer.reading and answer.extra["verdict"] == "yes"


def test_forces_moved_where_none_are_is_no(world):
    assert reply(world, "were parvan fighters flown into ostia?").extra["verdict"] == "no"


def test_a_full_name_with_its_surname_misspelt(world):
    assert names(reply(world, "who is ilsa morwenstat")) == ["Parva"]


def test_a_full_name_with_other_given_names_is_not_guessed():
    from diplograph.queries.slots import _full_name_misspelt

    people = [("person:a", ["ilsa", "morwenstad"])]
    assert _full_name_misspelt(people, ["ilsa", "morwenstat"]) == "person:a"
    assert _full_name_misspelt(people, ["olga", "morwenstat"]) is None
