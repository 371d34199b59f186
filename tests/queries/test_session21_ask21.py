"""Questions in the analyst's own words (session 21, ask21): kinds of wording read whatever the words.
Invented actors and invented wording (none taken from a question set).

- a surname typed with other vowels in the same places ("varnak" for Varnek), when one person's bears it;
- a type word opening a clipped list question ("militias Ostia arms", "armed groups rhun supplies weapons to"):
  the answers are of that type;
- a noun for the third party ("mediators between A and B", "A B go-betweens", "brokers of the A-B talks"): those
  who stood between the two sides, never what one side did to the other;
- an occasion named first, then a whole question after a dash or colon ("the Lune talks - who were the
  go-betweens for A and B?"): the question's own relation word, the occasion narrowing the claims when some say it;
- doers joined by "and" or commas before the verb in a when- or yes-or-no question ("when did A, B and C quit X"):
  each of them with X, yes only when each did; joined by "or" ("did A or B buy X's jets"): which of them did (an
  order not delivered is no yes);
- a named system in a yes-or-no question on arms ("did A buy Falkes from B"): B's other arms are no yes;
- a brand of arms is never a phrase with a party after it ("which states got Falke jets from Norland");
- a system named by the graph's weapon keeps the claims that name it by any of its names ("sokol" for the Brandt Sokol);
- a search-box query of arms, then where they are, then the role ("sokol drones in ostia - supplier?");
- a body named first, then two names to choose between ("tarn pact: ostia or quell?"): which of them is a member;
- an armed group's country asked without "based" ("which country is the Hill Front from", "where is X active").
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session21") / "session21.db")
    for name, demonym in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Rhun", "Rhunic"), ("Parva", "Parvan"),
                          ("Velmar", "Velmari"), ("Quell", "Quellish")]:
        w.actor(name, "state", demonym)
    w.actor("Tomas Varnek", "person")
    w.actor("Hill Front", "armed_group")
    w.actor("Delta Brigades", "armed_group")
    w.source("wire", published="2025-01-15")
    w.say("Tomas Varnek", "AFFILIATED_WITH", "Velmar", "wire", sentence="Tomas Varnek, Velmar's strongman.")
    w.say("Norland", "SUPPORT", "Tomas Varnek", "wire", "2024-03", modality="unconfirmed",
          sentence="Norland reportedly backs Varnek.")
    for group in ("Hill Front", "Delta Brigades", "Parva"):
        w.say("Ostia", "ARMS_TRANSFER", group, "wire", "2024-05", sentence=f"Ostia shipped rifles to {group}.")
    w.source("lune", published="2024-10-02", title="Rhun and Parva meet in Lune")
    w.say("Quell", "MEDIATION", "Rhun", "lune", "2024-10-01", sentence="Quell hosted the Lune talks.")
    w.say("Quell", "MEDIATION", "Parva", "lune", "2024-10-01", sentence="Quell hosted the Lune talks.")
    w.say("Norland", "MEDIATION", "Rhun", "wire", "2022-02-01", sentence="Norland carried messages to Rhun.")
    w.say("Norland", "MEDIATION", "Parva", "wire", "2022-02-01", sentence="Norland carried messages to Parva.")
    w.say("Rhun", "CONSULTATION", "Parva", "lune", "2024-10-01", sentence="Rhun and Parva met in Lune.")
    w.actor("Lune Council", "organization", "LC")
    for state in ("Rhun", "Parva", "Velmar"):
        w.say(state, "MEMBER_OF", "Lune Council", "wire", "2010", end_date="2024-06-30",
              sentence=f"{state} was a Lune Council member until June 2024.")
    for state, day in (("Rhun", "2024-06-30"), ("Parva", "2024-06-30")):
        w.say(state, "REJECTION", "Lune Council", "wire", day, sentence=f"{state} left the Lune Council.")
    jet = {"weapon_description": "FGA aircraft"}
    w.say("Norland", "ARMS_TRANSFER", "Rhun", "wire", "2019", weapon="Falke", number_delivered="12", **jet)
    w.say("Norland", "ARMS_TRANSFER", "Velmar", "wire", "2023", modality="planned", weapon="Falke",
          number_delivered="0", **jet)
    w.say("Norland", "ARMS_TRANSFER", "Parva", "wire", "2020", weapon="Skarv", number_delivered="40",
          weapon_description="APC")
    w.say("Quell", "ARMS_TRANSFER", "Parva", "wire", "2021", weapon="Falke", number_delivered="6", **jet)
    w.actor("Kestrel Works", "company")
    w.actor("Norland Hawk", "weapon")  # a system whose name begins with a supplier's: no brand of "from norland"
    w.say("Kestrel Works", "MANUFACTURES", "Norland Hawk", "wire", sentence="Kestrel Works builds the Norland Hawk.")
    w.actor("Brandt Sokol", "weapon", "Sokol")
    w.say("Kestrel Works", "MANUFACTURES", "Brandt Sokol", "wire", sentence="Kestrel Works builds the Sokol.")
    drone = {"weapon_description": "UAV"}
    w.say("Quell", "ARMS_TRANSFER", "Ostia", "wire", "2022", weapon="Sokol", number_delivered="4", **drone)
    w.say("Norland", "ARMS_TRANSFER", "Ostia", "wire", "2022", weapon="Skarv", number_delivered="9",
          weapon_description="APC")
    w.actor("Tarn Pact", "organization")
    w.say("Ostia", "MEMBER_OF", "Tarn Pact", "wire", "2015", sentence="Ostia joined the Tarn Pact in 2015.")
    w.say("Hill Front", "BASED_IN", "Parva", "wire", sentence="The Hill Front, a Parvan militia.")
    built = w.graph()
    yield built
    built.close()


@pytest.mark.parametrize("question", ["did norland back varnak", "Did Norland support Varnak?", "has norland backed varnik",
                                      "who is varnak"])
def test_a_surname_typed_with_other_vowels(world, question):
    answer = reply(world, question)
    assert any("Tomas Varnek" in (e.subject.name, e.object.name) for e in answer.evidence) \
        or "Tomas Varnek" in [f.actor.name for f in answer.flagged]


def test_a_surname_with_another_consonant_is_no_such_person(world):
    from diplograph.queries.ask import ask

    answer = ask(world.nx, "did norland back varnet")
    assert not any("Tomas Varnek" in (e.subject.name, e.object.name) for e in answer.evidence)


@pytest.mark.parametrize("question", ["militias Ostia arms", "armed groups ostia supplies weapons to",
                                      "militias ostia sends weapons to?"])
def test_a_type_word_opening_a_clipped_list(world, question):
    assert names(reply(world, question)) == ["Delta Brigades", "Hill Front"]


def test_a_state_opening_the_question_is_no_type_word(world):
    assert "Parva" in names(reply(world, "ostia arms recipients"))


@pytest.mark.parametrize("question", ["mediators between rhun and parva", "rhun parva go-betweens",
                                      "go-betweens between the rhunic and parvan governments?",
                                      "intermediaries between Rhun and Parva"])
def test_a_noun_for_the_third_party_between_two_sides(world, question):
    assert names(reply(world, question)) == ["Norland", "Quell"]


@pytest.mark.parametrize("question,expected", [
    ("lune talks - who were the go-betweens for rhun and parva?", ["Quell"]),
    ("the Lune talks: who mediated between Rhun and Parva", ["Quell"]),
    ("rhun-parva row - who mediated between rhun and parva in february 2022?", ["Norland"]),
])
def test_an_occasion_named_first_then_a_whole_question(world, question, expected):
    answer = reply(world, question)
    assert names(answer) == expected
    assert "MEDIATION" in {e.predicate for e in answer.evidence}


@pytest.mark.parametrize("question", ["When did Rhun, Parva and Velmar quit the Lune Council?",
                                      "when did rhun and parva leave the LC", "When did Rhun and Parva join the Lune Council"])
def test_doers_joined_in_a_when_question(world, question):
    answer = reply(world, question)
    assert answer.extra["when"] in ("2024-06-30", "2010")
    assert {"Rhun", "Parva"} <= set(names(answer))


@pytest.mark.parametrize("question,verdict", [("did rhun and parva leave the lune council?", "yes"),
                                              ("Did Rhun, Parva and Quell quit the LC", "no")])
def test_doers_joined_in_a_yes_or_no_question(world, question, verdict):
    assert reply(world, question).extra["verdict"] == verdict


@pytest.mark.parametrize("question", ["did velmar or rhun buy falke jets from norland?",
                                      "Have Rhun or Velmar received Falkes from the Norlandic government",
                                      "has parva or rhun got falke fighters from norland"])
def test_doers_joined_by_or_in_a_yes_or_no_question(world, question):
    assert names(reply(world, question)) == ["Rhun"]


@pytest.mark.parametrize("question,verdict", [("did parva buy falkes from norland", "no"),
                                              ("Did Rhun buy Falke jets from Norland?", "yes"),
                                              ("has parva bought skarvs from norland", "yes")])
def test_a_named_system_in_a_yes_or_no_question_on_arms(world, question, verdict):
    assert reply(world, question).extra["verdict"] == verdict


@pytest.mark.parametrize("question,expected", [("which states got falke jets from norland", ["Rhun", "Velmar"]),
                                               ("who bought falkes from quell?", ["Parva"])])
def test_a_brand_is_no_phrase_with_a_party_after_it(world, question, expected):
    assert names(reply(world, question)) == expected


@pytest.mark.parametrize("question", ["ostia sokol supplier", "ostian sokol suppliers?"])
def test_a_system_by_another_of_its_names(world, question):
    assert names(reply(world, question)) == ["Quell"]


@pytest.mark.parametrize("question", ["sokol drones in ostia - supplier?", "sokols in Ostia: suppliers",
                                      "drones in ostia - suppliers"])
def test_arms_in_a_state_then_the_role_asked(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Quell"]
    assert "keywords" in answer.reading


@pytest.mark.parametrize("question", ["tarn pact: ostia or quell?", "The Tarn Pact: Quell or Ostia",
                                      "tarn pact = quell or ostia?"])
def test_a_body_then_two_names_to_choose_between(world, question):
    assert names(reply(world, question)) == ["Ostia"]


def test_a_state_then_two_names_is_no_choice_of_members(world):
    from diplograph.queries.keywords import keyword_questions

    assert keyword_questions(world.nx, "norland: ostia or quell?") == []


@pytest.mark.parametrize("question", ["which country is the hill front from?", "What state is Hill Front active in",
                                      "where is the Hill Front active?", "where is hill front operating"])
def test_a_groups_country_asked_without_based(world, question):
    assert names(reply(world, question)) == ["Parva"]
