"""Questions no form of the grammar reads, answered by the loose reading, or refused.

The graph is built by construction (invented states), so each expected answer set follows from
the claims below and the question's meaning, whatever reading answers it.
"""

from __future__ import annotations

import pytest
from query_world import World

from diplograph.queries.ask import ask
from diplograph.queries.loose import read_loosely


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    w = World(tmp_path_factory.mktemp("loose") / "graph.db")
    for name, alias in [("Norland", "Norlandish"), ("Parva", "Parvan"), ("Quell", "Quellish"), ("Ostia", "Ostian"),
                        ("Rhun", "Rhunic"), ("Sarn", "Sarnese")]:
        w.actor(name, "state", alias)
    w.actor("Coastal League", "organization")
    w.actor("Black Banner", "armed_group")
    w.actor("Falcon Works", "company")
    w.actor("Hawk-7", "weapon", "Hawk 7")
    for s, p, o, extra in [
        ("Norland", "MILITARY_PRESENCE", "Parva", {}), ("Norland", "MILITARY_PRESENCE", "Quell", {}),
        ("Ostia", "COERCION", "Norland", {}), ("Rhun", "COERCION", "Norland", {}),
        ("Parva", "AGREEMENT", "Quell", {}), ("Parva", "AGREEMENT", "Sarn", {}),
        ("Quell", "MILITARY_EXERCISE", "Parva", {}),
        ("Quell", "MEMBER_OF", "Coastal League", {}), ("Sarn", "MEMBER_OF", "Coastal League", {}),
        ("Parva", "DISPUTE", "Rhun", {}),
        ("Black Banner", "THREAT", "Sarn", {}), ("Black Banner", "ATTACK", "Quell", {}),
        ("Norland", "ARMS_TRANSFER", "Parva", {"weapon": "Hawk-7"}), ("Norland", "ARMS_TRANSFER", "Rhun", {}),
        ("Falcon Works", "MANUFACTURES", "Hawk-7", {}),
        ("Ostia", "AID", "Sarn", {}), ("Rhun", "INVESTMENT", "Quell", {}),
        ("Sarn", "CRITICISM", "Norland", {}), ("Parva", "CONSULTATION", "Ostia", {}),
        ("Quell", "ARMED_CLASH", "Rhun", {}), ("Ostia", "SUPPORT", "Parva", {}), ("Norland", "RIVALRY", "Ostia", {}),
    ]:
        w.say(s, p, o, **extra)
    with w.graph() as opened:
        yield opened


def answer(graph, question):
    return ask(graph.nx, question, resolve=lambda name: graph.actor(name).id)


@pytest.mark.parametrize("question, expected", [
    # where troops are: the named state keeps them, the answers host them
    ("In which countries does Norland station soldiers?", {"Parva", "Quell"}),
    ("Where are Norland's troops?", {"Parva", "Quell"}),
    ("Which countries host Norlandish troops?", {"Parva", "Quell"}),
    # measures against a state: the answers impose them
    ("Which governments put punitive measures on Norland?", {"Ostia", "Rhun"}),
    ("Who has slapped an embargo on Norland?", {"Ostia", "Rhun"}),
    # symmetric relations: either side answers
    ("With whom has Parva signed treaties?", {"Quell", "Sarn"}),
    ("Which states held joint drills alongside Quell?", {"Parva"}),
    ("Which countries fought Rhun?", {"Quell"}),
    # a verb phrase with the subject's possessive before its noun
    ("Where has Rhun put its money?", {"Quell"}),
    ("Whose forces exercised with the Quellish military?", {"Parva"}),
    ("Whose troops are stationed in Parva?", {"Norland"}),
    ("Which states does Norland see as rivals?", {"Ostia"}),
    # agent nouns ask for the agents
    ("Name the member states of the Coastal League.", {"Quell", "Sarn"}),
    ("Which company is the manufacturer of the Hawk-7?", {"Falcon Works"}),
    # verbs: the actor after the verb is its object, before it its subject
    ("Who carried out an attack on Quell?", {"Black Banner"}),
    ("Which groups issued threats against the Sarnese government?", {"Black Banner"}),
    ("Who is Norland supplying with arms?", {"Parva", "Rhun"}),
    ("Tell me who Norland has been selling weapons to", {"Parva", "Rhun"}),
    ("Who backs Parva diplomatically?", {"Ostia"}),
    # "buy"-like verbs: their subject receives
    ("From which country did Parva get its Hawk-7 drones?", {"Norland"}),
    # a weapon named narrows a transfer
    ("Which countries has Norland sold Hawk-7 drones to?", {"Parva"}),
    # nouns with a preposition
    ("Which countries receive investment from Rhun?", {"Quell"}),
    ("Who sent aid to Sarn last year?", {"Ostia"}),
    ("Which states drew Sarnese condemnation?", {"Norland"}),
    ("Who did Parva hold talks with?", {"Ostia"}),
    ("Which states gave assistance to Sarn?", {"Ostia"}),
])
def test_questions_phrased_freely_are_answered(graph, question, expected):
    reply = answer(graph, question)
    assert reply.understood, reply.message
    assert {a.name for a in reply.answers} == expected, reply.reading


def test_a_loose_reading_says_so_and_how_it_read_the_question(graph):
    reply = answer(graph, "In which countries does Norland station soldiers?")
    assert reply.query["form"] == "loose"
    assert reply.reading.startswith('loosely, from the words "soldiers": MILITARY_PRESENCE relations of Norland')
    assert reply.query["args"]["direction"] == "out"


def test_a_weapon_no_claim_names_widens_the_reading_and_says_so(graph):
    reply = answer(graph, "Which countries has Norland sold Hawk-7 drones to since 2020?")
    assert {a.name for a in reply.answers} == set()  # the claims are undated: none falls in the window
    reply = answer(graph, "To which countries has Norland exported Falcon Works drones?")
    assert not reply.understood  # two actors named (Norland, Falcon Works): no guess


@pytest.mark.parametrize("question", [
    "Who did not attack Quell?",                       # a negation
    "Who sold weapons to the enemies of Parva?",       # about someone Parva only qualifies
    "Who attacked Parva's neighbours?",                # likewise
    "What is the population of Ostia?",                # no relation word
    "Troops",                                          # no actor, not a question
    "Why did Norland send troops to Parva?",           # a reason, not actors
    "Who has troops in Atlantis?",                     # nothing in the graph is called that
    "Who sent troops to Parva in the twenties?",       # a time phrase that is not a date (which century?)
])
def test_questions_without_a_sure_reading_are_refused(graph, question):
    reply = answer(graph, question)
    assert not reply.understood
    assert reply.answers == [] and reply.flagged == []


def test_the_ontology_still_decides_who_can_stand_where(graph):
    # a state has no members; a loose reading must not answer what a form refused for that reason
    reply = answer(graph, "Which countries are members of Parva?")
    assert not reply.understood and "cannot be the object of MEMBER_OF" in reply.message
    # nor is a question mistaken for a title ("Which group is the leader" is no role)
    assert not answer(graph, "Which group is the leader of Norland?").understood
    # and the loose reading checks it too: a state has no membership to hold
    assert read_loosely(graph.nx, "Which countries hold a membership in Parva?") is None
