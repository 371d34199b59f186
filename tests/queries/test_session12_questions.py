"""Questions in the analyst's own words (session 12): each family read whatever the wording.
Invented facts, invented wording (none taken from a question set).

- a name whose last word alone is no name ("the United States", "the Selva Group") is a name in the
  general reading too, so questions it reads (two verbs joined, a loose word) keep their actor;
- type words joined by "and", "or" or commas ("which cartels and banks", "officials or news outlets")
  keep answers of either type;
- the text a question was read in ("does the embassy readout name", "in the Lamu memo", "according to
  Parva's statement", "across these pieces, ..."): the graph is those texts, so the reference is made
  plain or dropped; "which of the firms ... are Kenyan" asks for the Kenyan ones; "..., and who are
  they" after a count asks for the answers a count gives anyway;
- "which of X's relations / ties are hostile (in word or deed)": X's adversaries; "... are friendly": its
  partners; "in the past", "historically": no window;
- keeping someone afloat, bailing them out: aid (with aid said) or aid, support and investment;
- holding office or serving in X's (new) government, being on X's books or payroll, working for X: X's people;
- a noun right before another qualifies it ("tariff threats" are threats);
- an attack made in words ("attacked X in words", "verbally attacked") is criticism;
- "in 2023 and before", "in 2022 or later": a year and every date on one side of it; "on Ostian soil" is in
  Ostia; "are still present", "remain in": the be of the question; "foreign militaries" are states;
- "did anyone / any country V ...": who did; a thing named by a word and its number ("resolution 12") is a
  topic whatever its case; striking or cutting deals, putting one's signature to: agreements; "..., and with
  whom" is what the answers say; paying off or writing off someone's debts or arrears is aid to them;
  "on the record in the hearing" is mentioned.
"""

import pytest

from diplograph.graph.model import Actor
from diplograph.queries.ask import ask
from diplograph.queries.wording import texts_said
from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session12") / "session12.db")
    for name, alias in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Parva", "Parvan"), ("Quell", "Quellish")]:
        w.actor(name, "state", alias)
    w.actor("United States", "state", "US", "American")
    w.actors["Kenya"] = Actor.new("Kenya", "state", ["Kenyan"], {"iso3": "KEN"})
    w.actor("Selva Group", "armed_group")
    w.actor("Coast Cartel", "armed_group")
    w.actor("Rift Bank", "company")
    w.actor("Lamu Shipyards", "company")
    w.actor("Nile Wire", "company")
    w.actor("Wanjiru Obi", "person")
    w.actor("Otieno Mwangi", "person")
    w.source("wire", published="2024-06-01")
    w.say("Selva Group", "ATTACK", "Ostia", "wire", "2024-02", sentence="The Selva Group shelled Ostian posts.")
    w.say("Selva Group", "THREAT", "Parva", "wire", "2024-03", sentence="The Selva Group warned Parva.")
    w.say("United States", "COERCION", "Selva Group", "wire", "2024-04", sentence="Washington sanctioned the group.")
    w.say("United States", "CRITICISM", "Quell", "wire", "2024-05", sentence="Washington condemned Quell.")
    w.say("Norland", "CRITICISM", "Quell", "wire", "2024-05", sentence="Norland condemned Quell.")
    for actor in ("Coast Cartel", "Rift Bank", "Lamu Shipyards", "Nile Wire"):
        w.say(actor, "BASED_IN", "Kenya", "wire")
    w.say("Wanjiru Obi", "AFFILIATED_WITH", "Kenya", "wire", "2023", role="Foreign Minister")
    w.say("Otieno Mwangi", "AFFILIATED_WITH", "Kenya", "wire", "2024", role="Defence Secretary")
    w.say("Parva", "DISPUTE", "Ostia", "wire", "2023", sentence="Parva and Ostia are locked in a border dispute.")
    w.say("Quell", "CRITICISM", "Parva", "wire", "2024-01", sentence="Quell denounced Parva.")
    w.say("Parva", "AGREEMENT", "Norland", "wire", "2022", sentence="Parva and Norland signed a trade pact.")
    w.say("Norland", "AID", "Ostia", "wire", "2024-02", sentence="Norland shipped grain and fuel to Ostia.")
    w.say("Quell", "INVESTMENT", "Ostia", "wire", "2024-03", sentence="Quell put money into Ostian ports.")
    w.say("Norland", "THREAT", "Parva", "wire", "2024-04", sentence="Norland threatened Parva with tariffs.")
    w.say("Ostia", "COERCION", "Kenya", "wire", "2019", sentence="Ostia expelled Kenya's envoy.")
    w.say("Norland", "MILITARY_PRESENCE", "Ostia", "wire", "2024", sentence="Norlandic troops remain in Ostia.")
    w.say("Quell", "AGREEMENT", "Ostia", "wire", "2021", sentence="Quell and Ostia struck a fishing deal.")
    w.say("Quell", "AGREEMENT", "Kenya", "wire", "2024", sentence="Quell and Kenya struck a port deal.")
    w.source("council", published="2024-02-01", title="Council adopts resolution 12 on the Delta")
    w.say("Selva Group", "REJECTION", "Quell", "council", "2024-02", sentence="The Selva Group rejected the text.")
    w.say("Parva", "AID", "Quell", "wire", "2024-05", sentence="Parva cleared Quell's arrears at the fund.")
    built = w.graph()
    yield built
    built.close()


@pytest.mark.parametrize("question, expected", [
    ("Whom has the Selva Group attacked or threatened?", ["Ostia", "Parva"]),
    ("Who has the Selva Group shelled or warned since 2023?", ["Ostia", "Parva"]),
    ("Whom has the United States sanctioned or condemned?", ["Quell", "Selva Group"]),
])
def test_a_name_ending_in_a_type_word_is_a_name(world, question, expected):
    assert names(reply(world, question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Which Kenyan cartels and ministers are mentioned?", ["Coast Cartel", "Otieno Mwangi", "Wanjiru Obi"]),
    ("Which Kenyan gangs or firms are there?", ["Coast Cartel", "Lamu Shipyards", "Nile Wire", "Rift Bank"]),
    # a bank, a shipyard and a news outlet are all companies to the ontology
    ("Which Kenyan officials or news outlets are named?",
     ["Lamu Shipyards", "Nile Wire", "Otieno Mwangi", "Rift Bank", "Wanjiru Obi"]),
    ("Which Kenyan cartels, banks and shipyards appear in the coverage?",
     ["Coast Cartel", "Lamu Shipyards", "Nile Wire", "Rift Bank"]),
])
def test_type_words_joined_keep_either_type(world, question, expected):
    assert names(reply(world, question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Which Kenyan officials does the embassy readout name?", ["Otieno Mwangi", "Wanjiru Obi"]),
    ("Which Kenyan officials did Parva's statement mention?", ["Otieno Mwangi", "Wanjiru Obi"]),
    ("Which Kenyan firms turn up in the Lamu shipping memo?", ["Lamu Shipyards", "Nile Wire", "Rift Bank"]),
    ("Which of the firms in the Lamu memo are Kenyan?", ["Lamu Shipyards", "Nile Wire", "Rift Bank"]),
    ("Which of these cartels are Kenyan?", ["Coast Cartel"]),
    ("Across these pieces, whom has Norland condemned?", ["Quell"]),
    ("Who condemned Quell, according to the Ostian press release?", ["Norland", "United States"]),
    ("In all of these briefs, who has the Selva Group attacked?", ["Ostia"]),
])
def test_the_text_a_question_was_read_in(world, question, expected):
    assert names(reply(world, question)) == expected


def test_a_count_and_who_they_are(world):
    answer = reply(world, "How many Kenyan officials does the briefing note mention, and who are they?")
    assert answer.to_dict()["count"] == 2
    assert names(answer) == ["Otieno Mwangi", "Wanjiru Obi"]


@pytest.mark.parametrize("text", [
    "Who signed the joint statement",  # a statement signed is an agreement, no text to drop
    "Which of the firms are sanctioned",  # no nationality after "are"
    "Who released the hostages in the Quell memo in 2020",
])
def test_a_text_only_where_it_says_where_something_was_read(text):
    said = texts_said(text)
    assert said.split()[:3] == text.split()[:3]
    assert "joint statement" in said or "Joint" not in text


def test_a_nationality_nobody_has_is_no_answer(world):
    answer = ask(world.nx, "Which of the banks in the memo are Norlandic?")
    assert names(answer) == []


@pytest.mark.parametrize("question, expected", [
    ("Which of Parva's relations are hostile, in word or deed?", ["Norland", "Ostia", "Quell", "Selva Group"]),
    ("Which relations of Parva are adversarial?", ["Norland", "Ostia", "Quell", "Selva Group"]),
    ("What of Parva's ties are friendly?", ["Norland", "Quell"]),
])
def test_hostile_or_friendly_relations_of_one_side(world, question, expected):
    assert names(reply(world, question)) == expected


def test_in_the_past_is_no_window(world):
    assert names(reply(world, "Whom has Ostia thrown out in the past?")) == ["Kenya"]


@pytest.mark.parametrize("question, expected", [
    ("Who is keeping Ostia afloat with aid?", ["Norland"]),
    ("Who has kept Ostia afloat?", ["Norland", "Quell"]),
    ("Which countries bailed Ostia out?", ["Norland", "Quell"]),
])
def test_keeping_someone_afloat(world, question, expected):
    assert names(reply(world, question)) == expected


@pytest.mark.parametrize("question", [
    "Who holds office in Kenya's new government?",
    "Who serves in the Kenyan cabinet?",
    "Who sits in Kenya's current cabinet?",
    "Who is on Nairobi's payroll?",
    "Which officials work for Kenya?",
])
def test_the_people_of_a_government(world, question):
    assert names(reply(world, question)) == ["Otieno Mwangi", "Wanjiru Obi"]


def test_a_noun_before_another_qualifies_it(world):
    answer = reply(world, "Which countries got tariff threats from Norland?")
    assert names(answer) == ["Parva"]
    assert "THREAT" in answer.reading


@pytest.mark.parametrize("question", [
    "Who has attacked Parva in words?",
    "Who verbally attacked Parva?",
    "Which states have attacked Parva rhetorically since 2023?",
])
def test_an_attack_in_words_is_criticism(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Quell"]
    assert "CRITICISM" in answer.reading


@pytest.mark.parametrize("question, expected", [
    ("Which governments has Quell struck deals with in 2022 and before?", ["Ostia"]),
    ("Who has Quell cut deals with in 2022 or later?", ["Kenya"]),
])
def test_a_year_and_everything_on_one_side(world, question, expected):
    assert names(reply(world, question)) == expected


@pytest.mark.parametrize("question", [
    "Which foreign militaries are still present on Ostian soil?",
    "Whose forces are still stationed in Ostia?",
])
def test_still_there_and_on_someones_soil(world, question):
    assert names(reply(world, question)) == ["Norland"]


def test_did_anyone_and_a_numbered_thing(world):
    answer = reply(world, "Did anyone reject resolution 12?")
    assert names(answer) == ["Selva Group"]
    assert "resolution 12" in answer.reading


def test_a_signature_and_with_whom(world):
    assert "Quell" in names(reply(world, "What has Kenya put its signature to, and with whom?"))


@pytest.mark.parametrize("question", ["Who paid off Quell's arrears?", "Which countries wrote off Quell's debts?"])
def test_paying_someones_debts_is_aid(world, question):
    assert names(reply(world, question)) == ["Parva"]


def test_on_the_record_in_a_hearing(world):
    assert names(reply(world, "Who are the Kenyan ministers on the record in the Senate hearing?")) == \
        ["Otieno Mwangi", "Wanjiru Obi"]


def test_foreign_forces_are_not_only_states():
    """'Foreign militaries' are states, 'foreign forces' may be mercenaries or armed groups too."""
    from diplograph.queries.grammar import load_grammar

    types = load_grammar().types
    assert types["foreign militaries"] == "state" and "foreign forces" not in types


def test_soil_without_a_word_of_presence_is_read_as_it_stands():
    """'Whose soldiers are on Congolese territory?' stays a presence, never 'are in <state>' (membership)."""
    assert texts_said("Whose soldiers are on Kenyan territory") == "Whose soldiers are on Kenyan territory"
    from diplograph.queries.wording import plain

    assert plain("Whose soldiers are on Kenyan territory") == "Whose soldiers are on Kenyan territory"
    assert plain("Which armies are stationed on Kenyan soil") == "Which armies are stationed in Kenya"
