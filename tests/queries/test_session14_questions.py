"""Questions in the analyst's own words (session 14): kinds of wording read whatever the words.
Invented facts and invented wording (none taken from a question set); real states only where the
gazetteer's places must lie in them.

- a name asked alone ("Ivo Brant?", "Tell me about the Selva Group", "Brant-Ode — who is he?"): who or
  what it is;
- a place for its state ("a base on Agaléga", "missiles at Al Udeid"): a place the gazetteer puts
  inside a state, in a question read no other way, is asked as that state;
- a source named anywhere ("according to COW", "(COW)", "per Reuters", "in the COW data"): only its claims;
  a source the graph has none of, in a question read no other way, is said unused and the rest answered;
- idioms for relations, as data in ``grammar.yaml`` ("bailing out", "sinking cash into", "pulled the plug on",
  "cosying up to", "restored full diplomatic relations"); "any Parvan firm V-ing ...?" asks which; two sides
  asked of together in a yes-or-no question ("Have A and B restored ties?") are asked as A with B;
- a closing "alongside X" left unread when nothing reads the question with it; "GCC countries", "EU members"
  keep the bloc's member states (``regions.yaml``); flying into a capital is a visit;
- a state asked for through its people ("Which country's foreign minister flew into Qatar first?"): the
  states the persons found serve;
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session14") / "session14.db")
    for name, alias in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Parva", "Parvan"), ("Quell", "Quellish")]:
        w.actor(name, "state", alias)
    for name in ("Qatar", "Mauritius", "Ukraine"):
        w.actor(name, "state")
    w.actor("Ivo Brant-Ode", "person")
    w.actor("Selva Group", "armed_group")
    w.actor("Lune Council", "organization")
    w.source("wire", published="2025-06-30")
    w.say("Ivo Brant-Ode", "AFFILIATED_WITH", "Parva", "wire", role="Foreign Minister")
    w.say("Selva Group", "BASED_IN", "Quell", "wire", sentence="The Selva Group, based in Quell, ...")
    w.say("Parva", "MEMBER_OF", "Lune Council", "wire", sentence="Parva sits on the Lune Council.")
    w.say("Norland", "ATTACK", "Qatar", "wire", "2025-06", sentence="Norland fired missiles at Al Udeid.")
    w.say("Ostia", "MILITARY_PRESENCE", "Mauritius", "wire", modality="unconfirmed",
          sentence="Ostia is believed to run a listening post on Agaléga.")
    w.say("Parva", "MILITARY_PRESENCE", "Ukraine", "wire", "2025-05", sentence="Parvan troops were seen in Donbas.")
    w.source("cow", publisher="Correlates of War Project", title="Correlates of War Formal Alliances (dyads.csv)")
    w.source("wire2", published="2025-06-30", publisher="Reuters", title="Norland and Ostia sign a pact")
    w.say("Norland", "ALLIANCE", "Parva", "cow", "1998", end_date="2012", alliance_type="cow_entente")
    w.say("Norland", "ALLIANCE", "Ostia", "wire2", "2025-06", sentence="Norland and Ostia signed a defence pact.")
    w.actor("Tarn Capital", "company")
    w.say("Tarn Capital", "BASED_IN", "Parva", "wire", sentence="Tarn Capital, a Parvan fund, ...")
    w.say("Tarn Capital", "INVESTMENT", "Quell", "wire", "2025-02", sentence="Tarn Capital put $40m into Quellish drones.")
    w.say("Norland", "AID", "Ostia", "wire", "2025-03", sentence="Norland extended a $2bn credit line to Ostia.")
    w.say("Ivo Brant-Ode", "CRITICISM", "Selva Group", "wire", "2025-01-17",
          sentence="On 17 January Brant-Ode suspended the talks with the Selva Group.")
    w.say("Ostia", "COOPERATION", "Norland", "wire", "2025-04", sentence="Ostia has moved closer to Norland.")
    w.say("Parva", "AGREEMENT", "Quell", "wire", "2025-05", modality="planned",
          sentence="Parva and Quell will restore diplomatic relations.")
    from diplograph.graph.model import Actor

    for code, name in (("SAU", "Saudi Arabia"), ("OMN", "Oman"), ("IRN", "Iran")):  # regions.yaml's ids
        w.actors[name] = Actor(f"state:{code}", name, "state", ())
    w.say("Norland", "ARMS_TRANSFER", "Saudi Arabia", "wire", "2024", weapon="drones", sentence="Norland sold drones to Riyadh.")
    w.say("Norland", "ARMS_TRANSFER", "Oman", "wire", "2024", weapon="drones", sentence="Norland sold drones to Muscat.")
    w.say("Norland", "ARMS_TRANSFER", "Iran", "wire", "2024", weapon="drones", sentence="Norland sold drones to Tehran.")
    w.say("Norland", "COERCION", "Tarn Capital", "wire", "2025-02", sentence="Norland designated Tarn Capital and Brant-Ode.")
    w.say("Ivo Brant-Ode", "CONSULTATION", "Qatar", "wire", "2025-06-02", sentence="Brant-Ode flew into Doha.")
    w.actor("Oda Vrel", "person")
    w.say("Oda Vrel", "AFFILIATED_WITH", "Ostia", "wire", role="Foreign Minister")
    w.say("Oda Vrel", "CONSULTATION", "Qatar", "wire", "2025-06-09", sentence="Vrel flew into Doha a week later.")
    built = w.graph()
    yield built
    built.close()


@pytest.mark.parametrize("question", ["Ivo Brant-Ode?", "Brant-Ode — who is he?", "Tell me about Ivo Brant-Ode",
                                      "background on ivo brant-ode"])
def test_a_person_named_alone_is_who_he_is(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Parva"]


@pytest.mark.parametrize("question", ["the Selva Group?", "Info on the Selva Group"])
def test_a_group_named_alone_is_where_it_stands(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Quell"] and "a name asked alone" in answer.reading


def test_a_state_named_alone_is_its_story(world):
    answer = reply(world, "Parva?")
    assert "timeline" in answer.reading and "Lune Council" in names(answer)


def test_more_than_a_name_is_no_name_alone(world):
    from diplograph.queries.alone import asked_alone

    assert asked_alone(world.nx, "who is Parva allied with") is None
    assert asked_alone(world.nx, "Parva and Quell") is None


@pytest.mark.parametrize("question, expected", [
    ("who fired missiles at al udeid in june 2025", ["Norland"]),
    ("Who struck Al-Udeid?", ["Norland"]),
])
def test_a_place_stands_for_its_state(world, question, expected):
    answer = reply(world, question)
    assert names(answer) == expected and "read as Qatar, where it is" in answer.reading


def test_troops_in_a_region_are_troops_in_its_state(world):
    assert names(reply(world, "whose troops are in Donbas")) == ["Parva"]
    assert reply(world, "Are there Parvan troops in Donbas?").extra["verdict"] == "yes"


def test_a_base_on_an_island_is_a_base_in_its_state(world):
    answer = reply(world, "does ostia have a base on agalega?")
    assert answer.extra["verdict"] == "disputed" and "read as Mauritius" in answer.reading


@pytest.mark.parametrize("question, expected", [
    ("Norland's allies according to COW?", ["Parva"]),
    ("who was Norland allied with (COW)", ["Parva"]),
    ("Norland's allies per Reuters", ["Ostia"]),
    ("In the COW data, who is Norland allied with?", ["Parva"]),
])
def test_a_source_named_keeps_its_claims(world, question, expected):
    answer = reply(world, question)
    assert names(answer) == expected and "only what" in answer.reading
    assert {e.source.id for e in answer.evidence} <= {"src:cow", "src:wire2"}


@pytest.mark.parametrize("question", [
    "According to the Daily Planet, did Norland have a pact with Ostia?",
    "according to daily planet did norland have a pact with ostia",
])
def test_a_source_the_graph_lacks_is_said_unused_and_the_rest_answered(world, question):
    answer = reply(world, question)  # (reply fails unless the question is understood)
    assert "Norland" in answer.reading and "Ostia" in answer.reading
    assert "no source of the graph goes by that name" in answer.reading and "only what" not in answer.reading


def test_a_yes_or_no_question_of_one_source(world):
    assert reply(world, "did norland have a pact with ostia (COW)?").extra["verdict"] == "no"
    assert reply(world, "did norland have a pact with ostia according to Reuters?").extra["verdict"] == "yes"


@pytest.mark.parametrize("question, expected", [
    ("who's been bailing out Ostia", ["Norland"]),
    ("who threw a lifeline to Ostia", ["Norland"]),
    ("any Parvan firm sinking cash into Quell?", ["Tarn Capital"]),
    ("who is pumping money into Quell", ["Tarn Capital"]),
    ("who has Ostia been cosying up to", ["Norland"]),
])
def test_idioms_are_relations(world, question, expected):
    assert names(reply(world, question)) == expected


def test_pulling_the_plug_on_talks_is_dated_by_the_suspension(world):
    answer = reply(world, "when did Brant-Ode pull the plug on the Selva Group talks")
    assert answer.extra["when"] == "2025-01-17"


def test_two_sides_asked_of_together(world):
    answer = reply(world, "have parva and quell restored full diplomatic relations?")
    assert answer.extra["verdict"] == "no" and "planned" in answer.message


def test_a_closing_alongside_is_left_unread(world):
    answer = reply(world, "which Parvan firm did Norland designate alongside Brant-Ode")
    assert names(answer) == ["Tarn Capital"] and 'not read: "alongside Brant-Ode"' in answer.reading


@pytest.mark.parametrize("question", ["which GCC countries buy Norlandic drones", "which GCC members are customers for norlandic drones"])
def test_a_bloc_keeps_its_members(world, question):
    assert names(reply(world, question)) == ["Oman", "Saudi Arabia"]


def test_flying_into_a_capital_is_a_visit(world):
    assert names(reply(world, "who flew into Qatar in June 2025")) == ["Ivo Brant-Ode", "Oda Vrel"]


def test_a_state_asked_for_through_its_people(world):
    answer = reply(world, "Which country's foreign minister flew into Qatar in June 2025?")
    assert names(answer) == ["Ostia", "Parva"] and "the state they serve" in answer.reading
    assert names(reply(world, "Which country's foreign minister was first to fly into Qatar in June 2025?")) == ["Parva"]
