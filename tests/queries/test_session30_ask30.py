"""Questions in the analyst's own words (session 30, ask30): families of wording read whatever the verb or idiom.
Invented actors and wording (none taken from a question set).

- every relation verb read in the past, however English forms it: the irregular verbs ("tore into", "sought",
  "wrung") and the British doubled l ("travelled to", "cancelled") in `irregular` of `grammar.yaml`;
- the verbs and idioms analysts use for a relation (`relations` of `grammar.yaml`): scolding ("ripped into",
  "came down hard on", "had harsh words for"), visiting and getting in touch ("made the trip to", "reached out to",
  "been in touch with", "got together with"), saying no ("said no to"), sabre-rattling, and an entry ban ("barred
  from", "banned from entering", "refused entry to": COERCION or REJECTION, the question does not say which);
- a thing given or got named after the one who gets it ("gave X asylum", "granted X refuge", "gave X a
  dressing-down", "gave X the cold shoulder"): a verb of giving takes the noun's relation (`nouns` of `loose.yaml`);
- goods bought or sold ("who buys X's crude", "who imports oil from X", "who does X sell gas to", "who does X trade
  with") are trade, COOPERATION either way, never an arms transfer;
- people and firms by what they do as type words ("which Quellish pilot", "which Ostian refinery", "which
  dissident"), with a demonym before them the answers' nationality;
- a state's envoy named by a possessive ("did A call in B's ambassador?") is the state when nothing is recorded of
  the one envoy the graph knows (`envoys.py`, `envoy_nouns` in `loose.yaml`): he may be posted elsewhere;
- a person's stay named first ("kora in ostburg, oct 2024 - who did she meet?"): the question asked of the person
  then; the place is where it was done, never a second party (`stay_first` in `occasions.py`).
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session30") / "session30.db")
    for name, *aliases in [("Norland", "Norlandic"), ("Ostia", "Ostian", "Ostburg"), ("Rhun", "Rhunic", "Rhunvale"),
                           ("Parva", "Parvan"), ("Quell", "Quellish", "Quellton"), ("Sarn", "Sarnian"),
                           ("Tavia", "Tavian")]:
        w.actor(name, "state", *aliases)
    for person in ["Odo Venn", "Ines Kora", "Pavel Drun", "Lena Sarr", "Mika Tolle", "Arno Pell"]:
        w.actor(person, "person", person.split()[1])
    w.actor("Ostia Oil Refining", "company")
    w.source("wire", published="2025-12-20")
    for person, state, role in [("Odo Venn", "Norland", "President"), ("Ines Kora", "Parva", "foreign minister"),
                                ("Pavel Drun", "Rhun", "President"), ("Lena Sarr", "Ostia", "foreign minister"),
                                ("Mika Tolle", "Quell", "pilot"), ("Arno Pell", "Sarn", "dissident"),
                                ("Ostia Oil Refining", "Ostia", "")]:
        w.say(person, "AFFILIATED_WITH", state, "wire", sentence=f"{person} of {state}.", role=role)
    w.say("Odo Venn", "CRITICISM", "Pavel Drun", "wire", "2025-02-28", sentence="Venn berated Drun at the summit.")
    w.say("Ostia", "CRITICISM", "Rhun", "wire", "2025-03-02", sentence="Ostia condemned Rhun.")
    w.say("Ines Kora", "CONSULTATION", "Lena Sarr", "wire", "2024-10-10", sentence="Kora held talks with Sarr.")
    w.say("Ines Kora", "CONSULTATION", "Ostia", "wire", "2024-10-10", sentence="Kora visited Ostia.")
    w.say("Ines Kora", "CONSULTATION", "Rhun", "wire", "2023-01-10", sentence="Kora visited Rhun.")
    w.say("Pavel Drun", "CONSULTATION", "Quell", "wire", "2024-05-05", sentence="Drun visited Quellton.")
    w.say("Odo Venn", "CONSULTATION", "Quell", "wire", "2024-07-07", sentence="Venn paid a state visit to Quell.")
    w.say("Quell", "COERCION", "Odo Venn", "wire", "2024-07-20", sentence="Quell banned Venn from entering the country.")
    w.say("Rhun", "COERCION", "Ostia Oil Refining", "wire", "2025-03-20", sentence="Rhun sanctioned Ostia Oil Refining.")
    w.say("Rhun", "COERCION", "Mika Tolle", "wire", "2019-02-27", sentence="Rhun captured the Quellish pilot Mika Tolle.")
    w.say("Tavia", "SUPPORT", "Arno Pell", "wire", "2025-01-15", sentence="Tavia granted asylum to Arno Pell.")
    w.say("Sarn", "REJECTION", "Tavia", "wire", "2025-01-20", sentence="Sarn rejected Tavia's offer of aid.")
    w.say("Rhun", "THREAT", "Norland", "wire", "2024-02-03", sentence="Rhun threatened Norland with reprisals.")
    w.say("Ostia", "ARMS_TRANSFER", "Parva", "wire", "2022", weapon="Kite", weapon_description="UAV",
          sentence="Ostia sold Kite drones to Parva.")
    w.say("Quell", "COOPERATION", "Ostia", "wire", "2024", sentence="Quell buys Ostian crude oil.")
    w.say("Norland", "SUPPORT", "Parva", "wire", "2024", sentence="Norland backed Parva.")
    # an envoy the graph knows, posted elsewhere; the summons is recorded against his state
    w.actor("Rolf Amsel", "person", "Amsel")
    w.say("Rolf Amsel", "AFFILIATED_WITH", "Sarn", "wire", sentence="Rolf Amsel, Sarn's ambassador to Tavia.",
          role="ambassador")
    w.say("Rolf Amsel", "CONSULTATION", "Tavia", "wire", "2025-02-01", sentence="Amsel met Tavian officials.")
    w.say("Parva", "PROTEST", "Sarn", "wire", "2025-04-01", sentence="Parva summoned Sarn's ambassador.")
    return w.graph()


@pytest.mark.parametrize("question", ["who tore into drun?", "who ripped into drun", "who came down hard on drun?",
                                      "who had harsh words for drun", "who gave drun a dressing-down",
                                      "who tore into drun at the summit on 28 feb 2025?", "who savaged drun"])
def test_a_scolding_in_any_words_is_criticism(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Odo Venn"] and "CRITICISM" in answer.reading


@pytest.mark.parametrize("question", ["which presidents made the trip to quellton in 2024?",
                                      "what foreign leaders made the trip to quell in 2024?",
                                      "which leaders travelled to quell in 2024", "which presidents headed to quell"])
def test_a_trip_made_is_a_visit(world, question):
    assert names(reply(world, question)) == ["Odo Venn", "Pavel Drun"]


@pytest.mark.parametrize("question", ["did kora reach out to ostia?", "has kora been in touch with sarr?",
                                      "did kora get together with sarr in october 2024?"])
def test_getting_in_touch_is_consultation(world, question):
    assert reply(world, question).extra["verdict"] == "yes"


def test_getting_in_touch_with_someone_not_met_is_a_no(world):
    assert reply(world, "did drun reach out to ostia?").extra["verdict"] == "no"


@pytest.mark.parametrize("question", ["venn got barred from which country?", "who barred venn from entering?",
                                      "who refused entry to venn?", "who banned venn from entering"])
def test_an_entry_ban_is_read(world, question):
    assert names(reply(world, question)) == ["Quell"]


def test_an_entry_ban_asked_when(world):
    assert reply(world, "venn got banned from quell - when was that?").extra["when"].startswith("2024-07")


@pytest.mark.parametrize("question", ["who gave arno pell asylum", "who granted pell asylum?",
                                      "which country offered pell refuge?", "who gave sanctuary to pell"])
def test_shelter_given_is_support_of_the_sheltered(world, question):
    assert names(reply(world, question)) == ["Tavia"]


@pytest.mark.parametrize("question", ["who said no to tavia", "who gave tavia the cold shoulder"])
def test_a_no_in_other_words_is_a_rejection(world, question):
    assert names(reply(world, question)) == ["Sarn"]


def test_sabre_rattling_is_a_threat(world):
    assert names(reply(world, "who rattled sabres at norland")) == ["Rhun"]


@pytest.mark.parametrize("question", ["who buys ostian crude?", "who imports oil from ostia?", "who purchases ostian oil",
                                      "which countries buy ostia's oil", "who does ostia sell oil to",
                                      "who does ostia trade with"])
def test_goods_bought_are_trade_not_arms(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Quell"] and "COOPERATION" in answer.reading and "ARMS_TRANSFER" not in answer.reading


def test_arms_bought_stay_arms(world):
    assert names(reply(world, "who buys ostian drones?")) == ["Parva"]
    assert names(reply(world, "who sold weapons to parva")) == ["Ostia"]


@pytest.mark.parametrize("question, expected", [("which quellish pilot did rhun capture?", ["Mika Tolle"]),
                                                ("which pilot did rhun capture in 2019", ["Mika Tolle"]),
                                                ("which ostian refinery did rhun sanction", ["Ostia Oil Refining"]),
                                                ("which dissident did tavia shelter?", ["Arno Pell"])])
def test_people_and_firms_by_what_they_do(world, question, expected):
    assert names(reply(world, question)) == expected


def test_a_demonym_before_a_type_word_keeps_that_nationality(world):
    assert names(reply(world, "which ostian pilot did rhun capture?")) == []
    assert names(reply(world, "which journalists did rhun capture?")) == ["Mika Tolle"]  # a type word keeps people


@pytest.mark.parametrize("question", ["kora in ostburg - who did she hold talks with?",
                                      "kora in ostburg, oct 2024 - who did she meet?",
                                      "Kora at Ostburg in October 2024: whom did she meet?"])
def test_a_stay_named_first_is_where_not_whom(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Lena Sarr"] and "in ostburg" in answer.reading.lower()  # not Rhun, met elsewhere


def test_a_stay_named_first_keeps_its_time(world):
    assert names(reply(world, "kora in rhunvale, jan 2023 - who did she visit?")) == ["Rhun"]


def test_a_place_named_first_without_a_person_is_no_stay():
    from diplograph.queries.occasions import stay_first

    assert stay_first("Norland troops in Quell - who sent them?") is None
    assert stay_first("kora in ostburg - what is it?") is None
    assert stay_first("kora in ostburg - who met quell?") is None


@pytest.mark.parametrize("question", ["did kora and sarr discuss rhun in october 2024?", "did kora discuss rhun with sarr?",
                                      "have kora and sarr talked about rhun?", "did kora and sarr go over the border dispute?"])
def test_what_two_sides_discussed_is_their_talks_not_a_third_party(world, question):
    answer = reply(world, question)
    assert answer.extra["verdict"] == "yes" and "what was discussed" in answer.reading


def test_talks_about_a_third_party_with_someone_never_met_is_a_no(world):
    assert reply(world, "did kora and drun discuss rhun?").extra["verdict"] == "no"


def test_whom_one_discussed_something_with(world):
    assert names(reply(world, "who did kora talk about rhun with?")) == ["Lena Sarr", "Rhun"]  # talks anywhere
    assert reply(world, "when did kora and sarr discuss rhun").extra["when"] == "2024-10-10"


def test_discussing_without_two_sides_is_no_talks():
    from diplograph.queries.discussed import talks_about

    assert talks_about("who discussed rhun?") is None
    assert talks_about("did rhun discuss sanctions?") is None


def test_whom_one_met_in_a_place_are_the_people_of_its_state(world):
    answer = reply(world, "who did kora meet in rhunvale?")
    assert names(answer) == ["Rhun"] and "in rhunvale" in answer.reading
    assert names(reply(world, "who did kora sit down with in ostburg?")) == ["Lena Sarr"]


def test_a_place_where_no_one_was_met_keeps_every_meeting(world):
    assert names(reply(world, "who did kora meet in quellton?")) == ["Lena Sarr", "Rhun"]


@pytest.mark.parametrize("question", ["did parva call in sarn's ambassador?", "did parva summon sarn's envoy?",
                                      "did parva haul in sarn's top diplomat over the hack?"])
def test_what_is_done_to_a_states_envoy_is_done_to_the_state(world, question):
    answer = reply(world, question)
    assert answer.extra["verdict"] == "yes"


def test_whom_an_envoy_was_summoned_by(world):
    assert names(reply(world, "who summoned sarn's ambassador?")) == ["Parva"]


def test_an_envoy_stays_the_person_when_something_is_recorded_of_him(world):
    assert names(reply(world, "who did sarn's ambassador meet?")) == ["Tavia"]
    assert reply(world, "did quell summon sarn's ambassador?").extra["verdict"] == "no"
    assert reply(world, "did parva expel sarn's ambassador?").extra["verdict"] == "no"  # a summons is no expulsion
