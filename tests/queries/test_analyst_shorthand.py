"""Analysts' shorthand and their own turns of phrase, each family read whatever the wording.
Invented actors, invented wording (none taken from a question set).

- contractions typed without their apostrophe ("whats", "whos", "didnt": a negation stays one) and
  offices by their abbreviations ("pm", "fm");
- a passive whose participle is spelt like the verb ("is X run by Y");
- "what has A done to B (when ...)": A's own acts toward B, the closing clause taken as the occasion;
- "is X going to V": the future, read as "will";
- money given, however a source files it: a yes-or-no on funding answered by support or investment
  whose sentence speaks of money;
- making something inside another state is setting up production there;
- "which EU countries": the Union's member states when the graph records no membership for them;
- slang and other words for relations: yanking an envoy, coming round to a position, putting one's name
  to documents, fleeing somewhere, a terrorist designation; "US" in capitals is the state;
- a place left aside keeps the time said after it; "pls"; "not the planned ones" leaves plans out;
- a system stands for its variants: letters after its designation's number ("Vex-30s": Vex-30MK,
  Vex-30K, not Vex-300), its name after a designation ("Harriers": JX-9C Harrier);
- dates said loosely: an event dated in brackets ("from the X summit on (late May 2024)"), "late May
  2024", "from May 2024 on";
- "<body> = which countries (exactly)": the states that make the body up;
- "go after" is a verb and its particle, no time ("after over the money" is no event); banks are firms;
- getting someone's ok, approval or blessing is that one's backing;
- hosting the talks two sides held ("who hosted the A-B talks in <a town>") asks for the go-between; a
  place named last that the graph does not know is left aside, one it knows stays a party.
"""

import pytest

from diplograph.graph.model import Actor
from diplograph.queries.ask import ask
from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("shorthand") / "shorthand.db")
    for name, alias in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Parva", "Parvan"), ("Quell", "Quellish")]:
        w.actor(name, "state", alias)
    w.actor("Ada Vask", "person")
    w.actor("Tomas Brel", "person")
    w.actor("Concord Council", "organization", "CC")
    w.actor("United States", "state", "US", "American")
    w.actor("European Union", "organization", "EU")
    for name, iso3, alias in [("Spain", "ESP", "Spanish"), ("Kenya", "KEN", "Kenyan")]:  # keyed as stores key states
        w.actors[name] = Actor.new(name, "state", [alias], {"iso3": iso3})
    w.actor("Dark Tide", "armed_group")
    w.actor("Lou Marr", "person")
    w.actor("Glint", "weapon")
    w.source("wire", published="2024-06-01")
    w.say("Ada Vask", "AFFILIATED_WITH", "Norland", "wire", "2021", role="Prime Minister")
    w.say("Tomas Brel", "AFFILIATED_WITH", "Norland", "wire", "2022", role="Foreign Minister")
    w.say("Ostia", "LEADS", "Concord Council", "wire", "2023")
    w.say("Parva", "MEMBER_OF", "Concord Council", "wire", "2023")
    w.say("Norland", "CRITICISM", "Quell", "wire", "2024-03", sentence="Norland condemned Quell's blockade.")
    w.say("Norland", "AGREEMENT", "Quell", "wire", "2024-04", sentence="Norland and Quell signed a grain deal.")
    # what Ostia did to Parva, and what Parva did back
    w.say("Ostia", "COERCION", "Parva", "wire", "2024-02", sentence="Ostia froze Parva's reserves.")
    w.say("Ostia", "CONSULTATION", "Parva", "wire", "2024-03", sentence="Ostia and Parva held talks.")
    w.say("Parva", "CRITICISM", "Ostia", "wire", "2024-02", sentence="Parva condemned the freeze.")
    w.say("Parva", "PROTEST", "Ostia", "wire", "2024-04", sentence="Parva pulled its envoy from Ostia after the freeze.")
    w.say("Norland", "ATTACK", "Dark Tide", "wire", "2024-05", modality="speculative",
          sentence="Norland may strike Dark Tide positions.")
    w.say("Quell", "SUPPORT", "Dark Tide", "wire", sentence="Dark Tide is housed and financed by Quell.")
    w.say("Parva", "INVESTMENT", "Norland", "wire", "2024-01", sentence="Parva paid two billion dollars into Norland's yards.")
    w.say("Ostia", "CO_PRODUCTION", "Quell", "wire", "2023", weapon="Glint",
          sentence="Ostia opened a Glint drone plant in Quell.")
    w.say("Spain", "SUPPORT", "Quell", "wire", "2023", sentence="Spain backed Quell's plan.")
    w.say("Kenya", "SUPPORT", "Quell", "wire", "2023", sentence="Kenya backed Quell's plan.")
    w.say("Norland", "SUPPORT", "Quell", "wire", "2024-01", sentence="Norland endorsed Quell's plan.")
    w.say("United States", "COERCION", "Dark Tide", "wire", "2024-02", sentence="Washington listed Dark Tide as a terrorist group.")
    w.say("Lou Marr", "BASED_IN", "Ostia", "wire", "2024-03", sentence="Marr fled to Ostia.")
    w.say("Ada Vask", "AGREEMENT", "Tomas Brel", "wire", "2024-05-02", sentence="Vask and Brel signed a memorandum.")
    w.say("Ada Vask", "AGREEMENT", "Lou Marr", "wire", "2023-01-10", sentence="Vask and Marr signed a deal.")
    w.say("Ada Vask", "CONSULTATION", "Tomas Brel", "wire", "2024-05-02")
    w.say("Ada Vask", "CONSULTATION", "Lou Marr", "wire", "2024-08-01", modality="planned")
    for buyer, weapon in [("Parva", "Vex-30MK"), ("Kenya", "Vex-30K"), ("Spain", "Vex-300"), ("Quell", "JX-9C Harrier")]:
        w.say("Norland", "ARMS_TRANSFER", buyer, "wire", "2020", weapon=weapon, weapon_description="FGA aircraft",
              sentence=f"Norland delivered {weapon} jets to {buyer}.")
    w.actor("Brine Bank", "company")
    w.say("Brine Bank", "BASED_IN", "Quell", "wire")
    w.say("Norland", "COERCION", "Brine Bank", "wire", "2024-04", sentence="Norland fined Brine Bank over laundered money.")
    w.say("Parva", "SUPPORT", "Kenya", "wire", "2024-02", sentence="Parva approved Kenya's plan to build a port.")
    w.say("Kenya", "MEDIATION", "Parva", "wire", "2024-03", sentence="Kenya hosted talks between Parva and Quell in Lamu.")
    w.say("Kenya", "MEDIATION", "Quell", "wire", "2024-03", sentence="Kenya hosted talks between Parva and Quell in Lamu.")
    w.say("Parva", "CONSULTATION", "Quell", "wire", "2024-03", sentence="Parva and Quell held talks in Lamu.")
    built = w.graph()
    yield built
    built.close()


@pytest.mark.parametrize("question", [
    "whats going on between norland and quell",
    "whats the story between Quell and Norland",
])
def test_a_contraction_without_its_apostrophe(world, question):
    answer = reply(world, question)
    assert {"CRITICISM", "AGREEMENT", "SUPPORT"} <= {e.predicate for e in answer.evidence}


def test_a_negation_without_its_apostrophe_stays_a_negation(world):
    answer = ask(world.nx, "which countries didnt criticise quell")
    assert not answer.understood or "Norland" not in names(answer)


@pytest.mark.parametrize("question, expected", [
    ("whos norland's pm", ["Ada Vask"]),
    ("Who is the Norlandic PM these days?", ["Ada Vask"]),
    ("who's norland's fm", ["Tomas Brel"]),
])
def test_offices_by_their_abbreviations(world, question, expected):
    assert names(reply(world, question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("is the concord council run by ostia", "yes"),
    ("Is the CC run by Parva?", "no"),
])
def test_a_passive_spelt_like_its_verb(world, question, expected):
    answer = reply(world, question)
    assert answer.to_dict()["verdict"] == expected
    assert "Concord Council LEADS" not in answer.reading


@pytest.mark.parametrize("question", [
    "what has ostia done to parva",
    "What did Ostia do to Parva when the talks stalled?",
])
def test_what_one_side_has_done_to_the_other(world, question):
    answer = reply(world, question)
    assert {e.predicate for e in answer.evidence} == {"COERCION"}
    assert all(e.subject.name == "Ostia" for e in answer.evidence)


def test_the_occasion_is_said_unread(world):
    assert "taken as the occasion" in reply(world, "What did Ostia do to Parva when the talks stalled?").reading


@pytest.mark.parametrize("question", ["is norland going to attack dark tide", "Is Norland gonna strike Dark Tide?"])
def test_going_to_is_the_future(world, question):
    answer = reply(world, question)
    assert "ATTACK" in answer.reading
    assert answer.to_dict()["verdict"] == "disputed"


@pytest.mark.parametrize("question", ["is dark tide bankrolled by quell", "Does Quell fund Dark Tide?",
                                      "has parva been paying norland"])
def test_money_given_however_it_is_filed(world, question):
    assert reply(world, question).to_dict()["verdict"] == "yes"


@pytest.mark.parametrize("question", ["is ostia making drones inside quell", "Does Ostia produce drones in Quell?"])
def test_making_inside_a_state_is_production_there(world, question):
    answer = reply(world, question)
    assert "CO_PRODUCTION" in answer.reading
    assert answer.to_dict()["verdict"] == "yes"


def test_a_bloc_filter_without_memberships_in_the_graph(world):
    assert names(reply(world, "which EU countries back quell's plan")) == ["Spain"]


@pytest.mark.parametrize("question, expected", [
    ("did parva yank its envoy out of ostia", "yes"),
    ("Has Norland come round to Quell's position?", "yes"),
    ("has kenya come around to norland's view", "no"),
])
def test_slang_for_a_recall_and_for_coming_round(world, question, expected):
    assert reply(world, question).to_dict()["verdict"] == expected


@pytest.mark.parametrize("question, expected", [
    ("where did lou marr flee to", ["Ostia"]),
    ("Which groups got US terrorist designations?", ["Dark Tide"]),
    ("which groups did the US designate as terrorists", ["Dark Tide"]),
    ("who did vask put her name to documents with", ["Lou Marr", "Tomas Brel"]),
    ("who did vask put her name to documents with at the harbour palace in may 2024", ["Tomas Brel"]),
    ("which groups got slapped with US designations? armed groups only pls", ["Dark Tide"]),
])
def test_other_words_for_relations(world, question, expected):
    assert names(reply(world, question)) == expected


def test_plans_left_out(world):
    assert names(reply(world, "who has ada vask met? not the planned ones")) == ["Tomas Brel"]
    assert "Lou Marr" in names(reply(world, "who has ada vask met"))


@pytest.mark.parametrize("question, expected", [
    ("where have norland's Vex-30s gone", ["Kenya", "Parva"]),
    ("which countries have taken delivery of Harriers", ["Quell"]),
])
def test_a_system_stands_for_its_variants(world, question, expected):
    assert names(reply(world, question)) == expected


@pytest.mark.parametrize("question", [
    "who did vask sign deals with from the harbour summit on (late may 2024)",
    "who did vask sign deals with from late may 2024 on",
])
def test_dates_said_loosely(world, question):
    assert names(reply(world, question)) == ["Tomas Brel"]


@pytest.mark.parametrize("question", ["the concord council = which countries exactly?", "CC: which states?"])
def test_which_countries_make_up_a_body(world, question):
    assert names(reply(world, question)) == ["Parva"]


@pytest.mark.parametrize("question", ["Which Quellish banks did Norland go after over laundered money?",
                                      "which banks has norland gone after"])
def test_go_after_is_no_time(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Brine Bank"]
    assert "dated" not in answer.reading


@pytest.mark.parametrize("question, expected", [
    ("did kenya get parva's ok to build a port", "yes"),
    ("Has Kenya won Norland's blessing for the port?", "no"),
])
def test_getting_someones_approval_is_their_backing(world, question, expected):
    assert reply(world, question).to_dict()["verdict"] == expected


@pytest.mark.parametrize("question", ["who hosted the Parva-Quell talks in Lamu",
                                      "who hosted the talks between parva and quell in lamu",
                                      "which country hosted the parva-quell talks"])
def test_the_host_of_two_sides_talks(world, question):
    assert names(reply(world, question)) == ["Kenya"]
