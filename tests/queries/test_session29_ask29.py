"""Questions in the analyst's own words (session 29, ask29): families of wordings the reader missed, each read
whatever the wording. Invented actors and wording (none taken from a question set).

- a year clipped with an apostrophe ("in june '25", "since '98", "apr '24") or a month typed as a number
  ("6/2025") is the year or month in full (`yearclips.py`); a season of a year ("summer 2025", "the spring of
  2024", "early summer '25") is its months (`year_parts` in `grammar.yaml`); "between 2023 and 2025" beside a
  relation the general reading reads is a window, not two sides;
- who a person is, asked in other words: "X, who's that?", "who's X again?", "remind me who X is", "X - what's
  her role?", "which government is X in?", "X — which government is she in?", "which country is X from?",
  "X: whose minister is she?" (`whois.py`, `alone_openers`/`alone_closers` in `grammar.yaml`); a state or a
  meeting asked the same way keeps its own reading;
- arms named first and asked where they came from ("Quellish helicopter deliveries since 2015 — from whom?",
  "Quell's helicopters: who from?", "... - where did they come from?", "supplied by whom?") are the state's
  suppliers, never its own deliveries to others (`origins.py`, `source_tails` in `grammar.yaml`); a weapon asked
  "whose drone is it?" / "where is it from?" is asked for its maker;
- a region before any plural type word of the grammar ("which Latin American presidents", "Central Asian banks")
  keeps the answers of the region, people by the state they serve (`_type_nouns` in `named.py`);
- "stood by X" read by the general reading (a time or occasion after it) makes X the one stood by: the trigger's own
  "by" is no passive agent's marker (`_direction` in `loose.py`);
- a misspelt word of a longer trigger or a type word ("pull its ambasador out") is respelt like a misspelt verb
  (`spelling.py`);
- two sides named first and then what one of them did ("Norland and Rhun: what's Norland actually done?", the
  side named again by another of its names) is what that side did to the other (`sidedeeds.py`).
"""

import pytest

from diplograph.queries.ask import ask
from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session29") / "session29.db")
    for name, *aliases in [("Norland", "Norlandic", "Nordby"), ("Ostia", "Ostian"), ("Rhun", "Rhunic"), ("Parva", "Parvan"),
                           ("Quell", "Quellish")]:
        w.actor(name, "state", *aliases)
    w.actor("Odo Venn", "person", "Venn")
    w.actor("Ines Kora", "person", "Kora")
    w.actor("Lake Party", "organization")
    from diplograph.graph.model import Actor

    for iso, name in [("BRA", "Brazil"), ("CHL", "Chile"), ("DEU", "Germany")]:
        w.actors[name] = Actor(f"state:{iso}", name, "state")
    for person, state in [("Lia Tavora", "Brazil"), ("Marta Ruiz", "Chile"), ("Hans Weber", "Germany")]:
        w.actor(person, "person")
        w.say(person, "AFFILIATED_WITH", state, "wire", sentence=f"{person}, president of {state}.", role="President")
        w.say(person, "SUPPORT", "Odo Venn", "wire", "2024-06-27", sentence=f"{person} stood by Venn after the mutiny.")
    w.source("wire", published="2025-12-20")
    w.say("Odo Venn", "AFFILIATED_WITH", "Norland", "wire", "2019", sentence="Norlandic President Odo Venn.",
          role="President")
    w.say("Ines Kora", "AFFILIATED_WITH", "Parva", "wire", sentence="Parvan trade minister Ines Kora.",
          role="trade minister")
    w.say("Ines Kora", "AFFILIATED_WITH", "Lake Party", "wire", sentence="Kora, of the Lake Party.")
    w.say("Ines Kora", "CONSULTATION", "Quell", "wire", "2025-02-02", sentence="Kora met Quellish officials.")
    w.say("Ostia", "ATTACK", "Rhun", "wire", "2025-06-13", sentence="Ostian jets bombed Rhunic sites.")
    w.say("Norland", "ATTACK", "Rhun", "wire", "2025-06-22", sentence="Norland bombed Rhun's plants.")
    w.say("Parva", "ATTACK", "Rhun", "wire", "2023-03-02", sentence="Parva shelled Rhun.")
    w.say("Quell", "ATTACK", "Rhun", "wire", "1998-05-02", sentence="Quell shelled Rhun.")
    w.say("Quell", "AGREEMENT", "Parva", "wire", "2024-04-22", sentence="Quell and Parva signed a memorandum.")
    w.say("Ostia", "AGREEMENT", "Parva", "wire", "2024-09-22", sentence="Ostia and Parva signed a memorandum.")
    # helicopters into Quell and out of it; a drone and its maker
    w.say("Ostia", "ARMS_TRANSFER", "Quell", "wire", "2016", weapon="Hawk-7", weapon_description="helicopter",
          sentence="Ostia delivered Hawk-7 helicopters to Quell.")
    w.say("Norland", "ARMS_TRANSFER", "Quell", "wire", "2012", weapon="Lark", weapon_description="helicopter",
          sentence="Norland delivered Lark helicopters to Quell.")
    w.say("Quell", "ARMS_TRANSFER", "Parva", "wire", "2019", weapon="Hawk-7", weapon_description="helicopter",
          sentence="Quell passed Hawk-7 helicopters on to Parva.")
    w.actor("Zephyr-9", "weapon")
    w.say("Rhun", "MANUFACTURES", "Zephyr-9", "wire", sentence="Rhun builds the Zephyr-9 drone.")
    w.say("Rhun", "ARMS_TRANSFER", "Norland", "wire", "2022", weapon="Zephyr-9", weapon_description="UAV",
          sentence="Rhun sold Zephyr-9 drones to Norland.")
    w.say("Parva", "PROTEST", "Quell", "wire", "2020-10-14", sentence="Parva recalled its ambassador from Quell.")
    # one side's acts toward another
    w.say("Norland", "REJECTION", "Rhun", "wire", "2024-02-02", sentence="Norland rejected Rhun's proposal.")
    w.say("Rhun", "THREAT", "Norland", "wire", "2024-02-03", sentence="Rhun threatened Norland with reprisals.")
    return w.graph()


@pytest.mark.parametrize("question", ["who bombed rhun in june '25?", "who bombed rhun in jun '25", "who bombed rhun, june '25",
                                      "who bombed rhun in 6/2025?", "who bombed rhun in summer '25?",
                                      "who bombed rhun in the summer of 2025", "who bombed rhun in early summer 2025",
                                      "who bombed rhun in june ’25?"])
def test_a_clipped_year_or_a_season_is_the_months_it_names(world, question):
    assert names(reply(world, question)) == ["Norland", "Ostia"]


def test_a_clipped_year_is_the_last_such_year_not_far_ahead():
    from diplograph.queries.yearclips import years_in_full

    assert years_in_full("who shelled rhun in '98") == "who shelled rhun in 1998"
    assert years_in_full("who shelled rhun in the late '90s") == "who shelled rhun in the late '90s"  # a decade
    assert years_in_full("what's rhun's view") == "what's rhun's view"


def test_a_clipped_year_alone_and_a_season_of_another_year(world):
    assert names(reply(world, "who shelled rhun in '98?")) == ["Quell"]
    assert names(reply(world, "who signed a memo with parva in spring '24?")) == ["Quell"]
    assert names(reply(world, "who signed a memo with parva in autumn 2024?")) == ["Ostia"]


def test_a_window_between_two_years_is_no_pair_of_sides(world):
    answer = reply(world, "who signed a memo with parva between 2023 and 2025?")
    assert names(answer) == ["Ostia", "Quell"] and "between 2023 and 2025" in answer.reading


@pytest.mark.parametrize("question", ["odo venn, who's that?", "odo venn, who is that?", "who's odo venn again?",
                                      "remind me who odo venn is", "who is this odo venn?", "venn: who is he again?",
                                      "which country is odo venn from?", "odo venn — which government is he in?",
                                      "venn - whose president is he?", "venn, which govt?"])
def test_who_a_person_is_asked_in_other_words(world, question):
    assert names(reply(world, question)) == ["Norland"]


def test_a_government_asked_of_a_person_is_a_state_not_the_party(world):
    assert names(reply(world, "which government is ines kora in?")) == ["Parva"]
    assert names(reply(world, "ines kora - what's her role?")) == ["Lake Party", "Parva"]


def test_a_meeting_or_a_state_asked_alike_keeps_its_own_reading(world):
    answer = reply(world, "which government did kora meet?")
    assert names(answer) == ["Quell"] and "CONSULTATION" in answer.reading
    assert 'asked as "who is' not in ask(world.nx, "which country is Rhun from?").reading  # a state: no who-is


@pytest.mark.parametrize("question", ["quellish helicopter deliveries since 2015 — from whom?",
                                      "quell helicopter deliveries since 2015 - from whom?",
                                      "quell's helicopters since 2015: who from?", "quellish helicopters since 2015 - where from?",
                                      "quell helicopters since 2015, supplied by whom?",
                                      "quellish helicopters since 2015 - where did they come from?"])
def test_arms_named_first_then_from_whom_are_the_states_suppliers(world, question):
    assert names(reply(world, question)) == ["Ostia"]  # never Parva, to whom Quell passed them on


def test_arms_asked_to_whom_stay_the_states_own_deliveries(world):
    assert names(reply(world, "quell helicopter exports - to whom?")) == ["Parva"]


@pytest.mark.parametrize("question", ["zephyr-9 - whose drone is it?", "whose drone is the zephyr-9?",
                                      "where is the zephyr-9 from?", "zephyr-9: whose design?"])
def test_a_weapon_asked_whose_is_asked_for_its_maker(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Rhun"] and "MANUFACTURES" in answer.reading


def test_whose_side_is_no_maker(world):
    assert "MANUFACTURES" not in ask(world.nx, "whose side is Quell on?").reading


@pytest.mark.parametrize("question", ["norland and rhun: what's norland actually done?",
                                      "rhun and norland - what did norland do?", "norland vs rhun: what has norland done?",
                                      "Nordby and Rhun: what has Norland done?"])  # Nordby: Norland's capital
def test_two_sides_named_first_then_what_one_did(world, question):
    answer = reply(world, question)
    assert {e.predicate for e in answer.evidence} == {"ATTACK", "REJECTION"}  # not Rhun's threat to Norland


def test_the_other_side_asked_the_same_way(world):
    assert {e.predicate for e in reply(world, "norland and rhun: what did rhun do?").evidence} == {"ARMS_TRANSFER", "THREAT"}  # not Norland's acts


@pytest.mark.parametrize("question", ["which latin american presidents backed venn?",
                                      "which latin american presidents stood by venn during the june 2024 mutiny?",
                                      "Which Latin American presidents stood by Venn in june '24?"])
def test_a_region_before_a_person_noun_keeps_the_people_of_its_states(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Lia Tavora", "Marta Ruiz"] and "only in Latin America" in answer.reading


def test_stood_by_after_a_long_question_still_has_the_supporters_as_answers(world):
    assert names(reply(world, "which presidents stood by venn during the june 2024 mutiny?")) == [
        "Hans Weber", "Lia Tavora", "Marta Ruiz"]


def test_a_misspelt_word_of_a_longer_trigger_is_respelt(world):
    answer = reply(world, "when did parva pull its ambasador out of quell?")
    assert answer.extra["when"].startswith("2020-10") and '"ambasador" read as "ambassador"' in answer.reading
