"""More of the analyst's own words, each family read whatever the wording. Invented actors, invented
wording (none taken from a question set).

- a leader's administration, government or cabinet acts as the state the leader heads ("the Vask
  admin", "Vask's government"), on both the grammar's and the loose reading;
- cartels and gangs, mercenary outfits are armed groups;
- a category said beside a named system tells apart two systems of one name ("Kite jets" are not
  the Kite armoured cars), and buying a system the claims name asks for the buyers, not the sellers;
- a state's force right after its name ("the Parvan Marines") is the state when another word says
  what was done;
- what one side did about, or how it answered, another's move: its own acts toward the other;
- okaying or green-lighting another's step is backing it;
- a preposition fronted before "whom" ("Against whom has X used coercive measures?"), measures,
  pressure or sanctions used or taken against someone; standing up for someone is support; turning to
  someone is cooperation; operations or strikes launched or resumed against someone are attacks;
  hitting back at someone's words is criticism; the partners in a consortium; whose officials serve a state; a closing
  word on which texts to go by ("per the wire reports", "going by these articles");
- no mediator recorded: whoever met every side is shown apart as a looser match, never as an answer.
"""

import pytest

from diplograph.queries.ask import ask
from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("moves") / "moves.db")
    for name, alias in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Parva", "Parvan"), ("Quell", "Quellish"),
                        ("Rhun", "Rhunic")]:
        w.actor(name, "state", alias)
    w.actor("Ada Vask", "person")
    w.actor("Tomas Brel", "person")
    w.actor("Sable Cartel", "armed_group")
    w.actor("Iron Crew", "armed_group")
    w.actor("Grey Company", "armed_group")
    w.actor("Kite", "weapon")
    w.actor("Concord Council", "organization", "CC")
    w.source("wire", published="2024-06-01")
    w.say("Ada Vask", "AFFILIATED_WITH", "Norland", "wire", "2021", role="President")
    w.say("Tomas Brel", "AFFILIATED_WITH", "Ostia", "wire", "2022", role="Prime Minister")
    w.say("Norland", "COERCION", "Sable Cartel", "wire", "2024-02", sentence="Norland froze the Sable Cartel's assets.")
    w.say("Norland", "ATTACK", "Iron Crew", "wire", "2024-03", sentence="Norland struck an Iron Crew camp.")
    w.say("Norland", "CRITICISM", "Quell", "wire", "2024-03")
    w.say("Grey Company", "MILITARY_PRESENCE", "Rhun", "wire", "2023")
    w.say("Quell", "MILITARY_PRESENCE", "Rhun", "wire", "2023")
    # two systems called Kite: a fighter sold by Norland, an armoured car sold by Ostia
    w.say("Norland", "ARMS_TRANSFER", "Parva", "wire", "2019", sentence="Norland delivered Kite fighters to Parva.",
          weapon="Kite", weapon_description="FGA aircraft")
    w.say("Ostia", "ARMS_TRANSFER", "Rhun", "wire", "2020", sentence="Ostia delivered Kite armoured cars to Rhun.",
          weapon="Kite", weapon_description="APC")
    w.say("Norland", "ARMS_TRANSFER", "Quell", "wire", "2021", sentence="Norland sold Quell twelve Kite fighters.",
          weapon="Kite", weapon_description="FGA aircraft")
    w.say("Ostia", "ARMS_TRANSFER", "Parva", "wire", "2022", sentence="Ostia supplied Parva with Vane missiles.",
          weapon="Vane", weapon_description="anti-ship missile")
    # Quell's pact with Rhun, and what Parva did about it
    w.say("Quell", "AGREEMENT", "Rhun", "wire", "2024-01", sentence="Quell signed a port pact with Rhun.")
    w.say("Parva", "PROTEST", "Quell", "wire", "2024-01", sentence="Parva recalled its envoy from Quell.")
    w.say("Parva", "REJECTION", "Quell", "wire", "2024-02", sentence="Parva rejected the pact as void.")
    w.say("Parva", "BORDERS", "Quell", "wire")
    w.say("Quell", "CRITICISM", "Parva", "wire", "2024-02")
    w.say("Rhun", "MEMBER_OF", "Concord Council", "wire", "2024-03")
    w.say("Norland", "SUPPORT", "Rhun", "wire", "2024-02-20", sentence="Norland ratified Rhun's accession.")
    built = w.graph()
    yield built
    built.close()


@pytest.mark.parametrize("question, expected", [
    ("Which groups has the Vask administration gone after?", {"Sable Cartel", "Iron Crew"}),
    ("what has the vask admin gone after", {"Sable Cartel", "Iron Crew"}),
    ("Who did Vask's government sanction?", {"Sable Cartel"}),
    ("Which armed groups did the Vask cabinet strike?", {"Iron Crew"}),
])
def test_a_leaders_government_acts_as_the_state(world, question, expected):
    answer = reply(world, question)
    assert "Norland" in answer.reading
    assert expected <= set(names(answer))


def test_a_person_without_a_state_stays_the_person(world):
    answer = ask(world.nx, "Who has Ada Vask criticised?")
    assert "Norland" not in names(answer)


@pytest.mark.parametrize("question", [
    "What cartels or gangs has Norland gone after?",
    "Which gangs has Norland targeted?",
    "Which drug cartels did Norland go after?",
])
def test_cartels_and_gangs_are_armed_groups(world, question):
    answer = reply(world, question)
    assert "Quell" not in names(answer) and set(names(answer)) <= {"Sable Cartel", "Iron Crew"}
    assert names(answer)


def test_mercenary_outfits_are_armed_groups(world):
    assert names(reply(world, "What mercenary outfits are operating in Rhun?")) == ["Grey Company"]


@pytest.mark.parametrize("question, expected", [
    ("Who has bought Kite jets?", ["Parva", "Quell"]),
    ("Which countries bought Kite fighters?", ["Parva", "Quell"]),
    ("Who bought Kite armoured vehicles?", ["Rhun"]),
])
def test_a_category_beside_a_named_system_tells_two_systems_apart(world, question, expected):
    answer = reply(world, question)
    assert names(answer) == expected
    assert "weapon category" in answer.reading


def test_a_named_system_alone_keeps_both(world):
    assert names(reply(world, "Who has bought the Kite?")) == ["Parva", "Quell", "Rhun"]


@pytest.mark.parametrize("question", [
    "Who supplied the Parvan Marines with Vane missiles?",
    "Who sold the Parvan Navy its Vane missiles?",
])
def test_a_force_after_its_state_is_the_state(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Ostia"]
    assert "MILITARY_PRESENCE" not in answer.reading


def test_troops_alone_still_ask_for_presence(world):
    assert reply(world, "Are Quellish troops in Rhun?").to_dict()["verdict"] == "yes"


@pytest.mark.parametrize("question", [
    "What did Parva do about Quell's port pact with Rhun?",
    "How did Parva respond to Quell's pact with Rhun?",
    "how has parva reacted to quell's deal with rhun",
    "What has Parva done in response to Quell's agreement with Rhun?",
])
def test_what_a_side_did_about_anothers_move(world, question):
    answer = reply(world, question)
    predicates = {e.predicate for e in answer.evidence}
    assert predicates == {"PROTEST", "REJECTION"}  # its own acts: not the border, not Quell's criticism
    assert "in answer to" in answer.reading and "not checked" in answer.reading


@pytest.mark.parametrize("question", ["when did norland finally ok rhun joining the concord council",
                                      "When did Norland okay Rhun's bid?",
                                      "When did Norland greenlight Rhun joining the CC?"])
def test_okaying_anothers_step_is_backing_it(world, question):
    answer = reply(world, question)
    assert answer.to_dict()["when"] == "2024-02-20"
    assert "SUPPORT" in answer.reading


@pytest.fixture(scope="module")
def moves(tmp_path_factory):
    """A second small world: pressure, protection, patrons, operations, consortia, officials."""
    from query_world import World

    w = World(tmp_path_factory.mktemp("moves2") / "moves2.db")
    for name in ("Norland", "Ostia", "Parva", "Quell", "Rhun"):
        w.actor(name, "state")
    w.actor("Grey Company", "armed_group")
    w.actor("Red Front", "armed_group")
    w.actor("Halden Works", "company")
    w.actor("Vire Aero", "company")
    w.actor("Skyline Consortium", "company")
    w.actor("Ida Morn", "person")
    w.actor("Per Lund", "person")
    w.actor("Tomas Brel", "person")
    w.source("wire", published="2024-06-01")
    w.say("Norland", "COERCION", "Parva", "wire", "2024-01", sentence="Norland froze Parvan assets.")
    w.say("Norland", "COERCION", "Quell", "wire", "2024-02", sentence="Norland expelled Quellish diplomats.")
    w.say("Ostia", "SUPPORT", "Rhun", "wire", "2024-03", sentence="Ostia defended Rhun at the council.")
    w.say("Parva", "COOPERATION", "Grey Company", "wire", "2023", sentence="Parva turned to the Grey Company.")
    w.say("Quell", "COOPERATION", "Grey Company", "wire", "2023")
    w.say("Rhun", "ATTACK", "Red Front", "wire", "2024-03", sentence="Rhun resumed operations against the Red Front.")
    w.say("Halden Works", "AFFILIATED_WITH", "Skyline Consortium", "wire", sentence="Halden is a partner in Skyline.")
    w.say("Vire Aero", "AFFILIATED_WITH", "Skyline Consortium", "wire", sentence="Vire is a partner in Skyline.")
    w.say("Ida Morn", "AFFILIATED_WITH", "Ostia", "wire", role="foreign minister")
    w.say("Per Lund", "AFFILIATED_WITH", "Ostia", "wire", role="ambassador")
    w.say("Tomas Brel", "AFFILIATED_WITH", "Parva", "wire", role="prime minister")
    w.say("Parva", "CRITICISM", "Tomas Brel", "wire", "2024-04", sentence="Parva's opposition hit back at Brel's remark.")
    w.say("Quell", "CRITICISM", "Tomas Brel", "wire", "2024-04")
    # Norland met both Parva and Quell; nobody is recorded as mediating between them
    w.say("Norland", "CONSULTATION", "Parva", "wire", "2024-05")
    w.say("Norland", "CONSULTATION", "Quell", "wire", "2024-05")
    built = w.graph()
    yield built
    built.close()


@pytest.mark.parametrize("question", ["Against whom has Norland used coercive measures?",
                                      "Whom has Norland taken punitive measures against?",
                                      "On whom has Norland applied economic pressure?"])
def test_a_preposition_before_whom_and_measures_taken(moves, question):
    assert names(reply(moves, question)) == ["Parva", "Quell"]


@pytest.mark.parametrize("question", ["Who stood up for Rhun at the council?", "who has spoken up for Rhun"])
def test_standing_up_for_is_support(moves, question):
    assert names(reply(moves, question)) == ["Ostia"]


def test_turning_to_someone_is_cooperation(moves):
    assert names(reply(moves, "Which countries turned to the Grey Company?")) == ["Parva", "Quell"]


@pytest.mark.parametrize("question", ["Who resumed military operations against the Red Front?",
                                      "who launched strikes on the Red Front in March 2024"])
def test_operations_launched_against_are_attacks(moves, question):
    assert names(reply(moves, question)) == ["Rhun"]


@pytest.mark.parametrize("question", ["Who hit back at Tomas Brel's remark that the border was open?",
                                      "Which states have fired back at Tomas Brel's comments?"])
def test_hitting_back_at_words_is_criticism(moves, question):
    answer = reply(moves, question)
    assert names(answer) == ["Parva", "Quell"]
    assert "read as criticism of the speaker" in answer.reading


def test_hitting_back_at_someone_stays_a_retaliation(moves):
    assert "CRITICISM" not in reply(moves, "Who hit back at Tomas Brel?").reading


@pytest.mark.parametrize("question", ["Which companies are partners in the Skyline consortium?",
                                      "Who are the members of the Skyline joint venture?",
                                      "which firms are partners in Skyline Consortium"])
def test_partners_in_a_consortium(moves, question):
    assert names(reply(moves, question)) == ["Halden Works", "Vire Aero"]


@pytest.mark.parametrize("question", ["Whose officials have served Ostia, going by these articles?",
                                      "Whose diplomats represent Ostia, per the wire reports?",
                                      "Which officials represent Ostia according to these sources?"])
def test_whose_officials_and_a_closing_word_on_the_sources(moves, question):
    assert names(reply(moves, question)) == ["Ida Morn", "Per Lund"]


@pytest.mark.parametrize("question", ["Who mediated between Parva and Quell?", "Who brokered talks between Parva and Quell?"])
def test_no_mediator_shows_who_met_both_apart_and_says_so(moves, question):
    answer = reply(moves, question)
    assert names(answer) == []  # talks are no proof of mediation: never an answer
    assert [f.actor.name for f in answer.flagged] == ["Norland"]
    assert "looser match" in answer.reading


def test_a_yes_no_on_mediation_stays_no_when_only_talks_are_recorded(moves):
    assert reply(moves, "Did Norland mediate between Parva and Quell?").to_dict()["verdict"] == "no"
