"""Everyday question shapes, each a family of phrasings. Invented actors and sentences.

- "Did/Has A buy/bought W?" with no seller named: whether anyone supplied A with W (a system, a
  brand or a category of arms), with the suppliers as answers;
- a word for a category of arms in a weapon's place ("Did A buy tanks?") narrows by category;
- "what's the story / what's up / what's going on with A and B": everything between them; with
  one actor, its timeline;
- "What changed in 2022?": the changes over that period (from its eve to its last day);
- a giving verb before a name makes it the receiver ("Who has given Aland financial help?");
- a body's leader or commander is whoever leads it or holds its head office ("Who commands the
  Red Hand?"), never a deputy;
- "Has A threatened anyone?": whom A threatened;
- a state named last after a meeting verb ("Whom did A meet in B?") is where they met.
"""

import pytest

from diplograph.queries.ask import ask


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("shapes") / "shapes.db")
    for name in ("Aland", "Caldor", "Dastan", "Eskar"):
        w.actor(name)
    w.actor("Borvia", "state", "Borvian")
    w.actor("Kite", "weapon")
    w.source("wire", published="2024-02-01")
    w.say("Borvia", "ARMS_TRANSFER", "Aland", "wire", "2021-03", weapon="Kite", weapon_description="armed UAV",
          sentence="Borvia delivered Kite drones to Aland.")
    w.say("Caldor", "ARMS_TRANSFER", "Aland", "wire", "2022-06", weapon="T-90", weapon_description="tank",
          sentence="Caldor sold T-90 tanks to Aland.")
    w.say("Borvia", "ARMS_TRANSFER", "Dastan", "wire", "2022-02", weapon="Kite", modality="unconfirmed",
          weapon_description="armed UAV", sentence="Borvia may have sent Kites to Dastan, a report said.")
    w.say("Eskar", "CRITICISM", "Dastan", "wire", "2022-09", sentence="Eskar condemned Dastan.")
    w.say("Eskar", "AGREEMENT", "Caldor", "wire", "2020-01", sentence="Eskar and Caldor signed a trade deal.")
    w.say("Dastan", "AID", "Aland", "wire", "2023-01", sentence="Dastan extended a loan to Aland.")
    w.say("Aland", "AID", "Eskar", "wire", "2023-02", sentence="Aland sent relief to Eskar.")
    w.actor("Red Hand", "armed_group")
    w.actor("Ivo Marsh", "person")
    w.actor("Pell Marsh", "person")
    w.say("Ivo Marsh", "AFFILIATED_WITH", "Red Hand", "wire", role="commander", sentence="Ivo Marsh, the Red Hand's commander")
    w.say("Pell Marsh", "AFFILIATED_WITH", "Red Hand", "wire", role="deputy commander",
          sentence="his brother Pell Marsh, the deputy commander")
    w.say("Caldor", "THREAT", "Eskar", "wire", "2023-05", sentence="Caldor threatened Eskar with reprisals.")
    w.say("Eskar", "CONSULTATION", "Caldor", "wire", "2023-07", sentence="Eskar's envoy met Caldor's in Dastan's capital.")
    with w.graph() as graph:
        yield graph


def names(reply):
    return sorted(a.name for a in reply.answers)


@pytest.mark.parametrize("question, suppliers", [
    ("Did Aland buy Kite drones?", ["Borvia"]),
    ("Has Aland bought Kites?", ["Borvia"]),
    ("Did Aland buy tanks?", ["Caldor"]),
    ("Has Aland ever bought drones?", ["Borvia"]),
    ("Did Aland buy any weapons?", ["Borvia", "Caldor"]),
])
def test_a_purchase_with_no_seller_named(world, question, suppliers):
    reply = ask(world.nx, question)
    assert reply.understood and reply.extra["verdict"] == "yes" and names(reply) == suppliers
    assert reply.reading.startswith("evidence: anyone ARMS_TRANSFER")


@pytest.mark.parametrize("question, verdict", [("Did Dastan buy Kites?", "disputed"),  # only reported as possible
                                               ("Did Dastan buy tanks?", "no"),
                                               ("Did Aland buy submarines?", "no")])
def test_a_purchase_not_told_or_hedged(world, question, verdict):
    reply = ask(world.nx, question)
    assert reply.understood and reply.extra["verdict"] == verdict


@pytest.mark.parametrize("question", ["what's the story with Eskar and Dastan", "whats up with Eskar and Dastan",
                                      "Eskar and Dastan: what's the relationship?"])
def test_the_story_of_a_pair_is_everything_between_them(world, question):
    reply = ask(world.nx, question)
    assert reply.understood and reply.reading == "evidence: Eskar any relation Dastan"
    assert [e.predicate for e in reply.evidence] == ["CRITICISM"]


def test_what_is_going_on_with_one_actor_is_its_timeline(world):
    reply = ask(world.nx, "what's going on with Eskar?")
    assert reply.understood and reply.reading.startswith("timeline of Eskar")
    assert names(reply) == ["Aland", "Caldor", "Dastan"]


@pytest.mark.parametrize("question, involved", [("What changed in 2022?", ["Aland", "Borvia", "Caldor", "Dastan", "Eskar"]),
                                                ("what changed for Eskar in 2022", ["Dastan"]),
                                                ("What changed in June 2022?", ["Aland", "Caldor"])])
def test_what_changed_over_one_period(world, question, involved):
    reply = ask(world.nx, question)
    assert reply.understood and reply.reading.startswith("changes between")
    assert names(reply) == involved


@pytest.mark.parametrize("question", ["Who has given Aland financial help?", "Who offered Aland aid?"])
def test_a_giving_verb_before_a_name_makes_it_the_receiver(world, question):
    reply = ask(world.nx, question)
    assert reply.understood and names(reply) == ["Dastan"]  # not Eskar, whom Aland helped
    assert "not used" not in reply.reading


@pytest.mark.parametrize("question", ["Who commands the Red Hand?", "Who is the commander of the Red Hand?",
                                      "Who is the leader of the Red Hand?", "who is the Red Hand's boss"])
def test_a_bodys_commander_is_its_head_not_its_deputy(world, question):
    reply = ask(world.nx, question)
    assert reply.understood and names(reply) == ["Ivo Marsh"]


@pytest.mark.parametrize("question, answers", [("Has Caldor threatened anyone?", ["Eskar"]),
                                               ("Has Eskar threatened anybody?", [])])
def test_anyone_asks_whom(world, question, answers):
    reply = ask(world.nx, question)
    assert reply.understood and names(reply) == answers


def test_a_state_named_where_one_met_is_the_place_not_a_second_party(world):
    reply = ask(world.nx, "Whom did Eskar meet in Dastan?")  # where the meeting was; Dastan may be met there too
    assert reply.understood and "relations of Eskar" in reply.reading and "in dastan" in reply.reading
    assert names(reply) == ["Caldor"]
