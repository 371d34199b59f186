"""Relation words in the analyst's own words (session 32, askwords32), over an invented world (states and groups
invented; no sentence taken from a question set).

- a phrasal verb the article extractor reads with its particle ("hit out", "hit back", "bail out", "round on",
  "lean on", "clamp down", "brush off") is read whole in a question, in any inflection: the verb alone may name
  another relation ("hit" strikes; "hit out against" criticises) (``phrasal.py``);
- words of manner inside a verb phrase ("spoke out *publicly* against", "carries messages *back and forth*
  between") are left out of the reading and named as not read; words of time, modality or a joint act stay
  (``manner.py``);
- a stand taken in public ("came out against", "came out in favour of") and a cold answer ("turned its back on")
  are criticism, support and rejection;
- a verb idiom said as the aim of the main verb ("reached out to X *to mend fences*") does not replace it.
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session32w") / "session32w.db")
    for name in ("Norland", "Ostia", "Rhun", "Parva", "Quell", "Sarn", "Tavia", "Velm", "Korin", "Lume", "Harth"):
        w.actor(name, "state")
    w.source("wire", published="2025-06-01")
    for subject, predicate, object in [("Norland", "CRITICISM", "Ostia"), ("Rhun", "SUPPORT", "Ostia"),
                                       ("Quell", "MEDIATION", "Ostia"), ("Quell", "MEDIATION", "Sarn"),
                                       ("Tavia", "CONSULTATION", "Ostia"), ("Sarn", "REJECTION", "Ostia"),
                                       ("Velm", "COERCION", "Ostia"), ("Korin", "AID", "Ostia"),
                                       ("Lume", "DISPUTE", "Ostia"), ("Harth", "ATTACK", "Ostia"),
                                       ("Parva", "THREAT", "Ostia")]:
        w.say(subject, predicate, object, "wire", "2025-03", sentence=f"{subject} and {object}.")
    return w.graph()


@pytest.mark.parametrize("question, expected", [
    ("Who hit out against Ostia?", ["Norland"]),            # criticism, not the strike "hit" alone names
    ("which states have hit out at ostia", ["Norland"]),
    ("Who bailed out Ostia?", ["Korin"]),
    ("who rounded on ostia?", ["Norland"]),
    ("Who leaned on Ostia?", ["Velm"]),
    ("who is leaning on ostia", ["Velm"]),
    ("Who clamped down on Ostia?", ["Velm"]),
    ("Who brushed off Ostia?", ["Sarn"]),
    ("Who has fallen out with Ostia?", ["Lume", "Norland", "Parva", "Sarn", "Velm"]),
    ("Who hit Ostia?", ["Harth"]),                           # the verb alone still strikes
    ("Who did Ostia crack down against?", []),               # Ostia coerced no one
])
def test_phrasal_verbs_of_the_extractor_are_read_whole(world, question, expected):
    assert names(reply(world, question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Who turned Ostia down?", ["Sarn"]),
    ("who brushed ostia off", ["Sarn"]),
    ("Did Sarn turn Ostia down?", ["Ostia", "Sarn"]),
])
def test_a_particle_said_after_the_object_is_read_with_its_verb(world, question, expected):
    answer = reply(world, question)
    assert names(answer) == expected and "the particle read with its verb" in answer.reading


def test_a_particle_that_opens_a_phrase_of_its_own_stays(world):
    from diplograph.queries.ask import ask

    assert "the particle read with its verb" not in ask(world.nx, "Who drove the Greys out of Ostia?").reading


@pytest.mark.parametrize("question, expected, manner", [
    ("Who spoke out publicly against Ostia?", ["Norland"], "publicly"),
    ("which states have come out strongly against ostia?", ["Norland"], "strongly"),
    ("Who carries messages back and forth between Ostia and Sarn?", ["Quell"], "back and forth"),
    ("Who has repeatedly criticised Ostia?", ["Norland"], "repeatedly"),
    ("Who flatly rejected Ostia?", ["Sarn"], "flatly"),
    ("Who openly backs Ostia?", ["Rhun"], "openly"),
])
def test_words_of_manner_are_named_and_left_out(world, question, expected, manner):
    answer = reply(world, question)
    assert names(answer) == expected
    assert f'not read: "{manner}"' in answer.reading


@pytest.mark.parametrize("question", ["Who secretly backed Ostia?", "Who has recently criticised Ostia?"])
def test_words_of_modality_or_time_are_no_manner(world, question):
    assert "how it was done" not in reply(world, question).reading


@pytest.mark.parametrize("question, expected", [
    ("Who came out against Ostia?", ["Norland"]),
    ("Who came out in favour of Ostia?", ["Rhun"]),
    ("who came out in support of ostia", ["Rhun"]),
    ("Who turned their back on Ostia?", ["Sarn"]),          # a cold answer, no backing
    ("Who came to Ostia?", ["Rhun", "Tavia"]),               # no stand taken: a visit or what came
])
def test_stands_taken_in_public(world, question, expected):
    assert names(reply(world, question)) == expected


def test_a_verb_idiom_after_to_is_the_aim_of_the_main_verb(world):
    answer = reply(world, "Did Tavia reach out to Ostia to mend fences?")
    assert answer.to_dict()["verdict"] == "yes" and "CONSULTATION" in answer.reading
    # said alone, the idiom is the relation asked about
    assert "AGREEMENT" in reply(world, "Did Tavia mend fences with Ostia?").reading


@pytest.fixture(scope="module")
def arms_world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session32a") / "session32a.db")
    for name in ("Norland", "Ostia", "Sarn"):
        w.actor(name, "state")
    w.source("wire", published="2025-06-01")
    w.say("Norland", "COERCION", "Ostia", "wire", "2024-02", sentence="Norland sanctioned Ostia over its drone sales.")
    w.say("Sarn", "CRITICISM", "Ostia", "wire", "2018-05", sentence="Sarn condemned Ostia's border policy.")
    w.say("Ostia", "ATTACK", "Sarn", "wire", "2024", sentence="Ostia struck Sarn with drones.")
    return w.graph()


def test_a_reason_none_of_the_doers_acts_is_about_is_named_and_dropped(arms_world):
    answer = reply(arms_world, "What has Sarn done to Ostia over the drones?")
    assert {e.predicate for e in answer.evidence} == {"CRITICISM"}  # its own act, not Ostia's strike on it
    assert "not used: 'over the drones'" in answer.reading


def test_a_reason_its_acts_are_about_narrows(arms_world):
    answer = reply(arms_world, "What has Norland done to Ostia over the drones?")
    assert {e.predicate for e in answer.evidence} == {"COERCION"}
    assert "not used" not in answer.reading


@pytest.fixture(scope="module")
def makers_world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session32m") / "session32m.db")
    for name in ("Ostia", "Rhun", "Quell"):
        w.actor(name, "state")
    w.actor("Kestrel Arms", "company")
    w.actor("Kite-9", "weapon")
    w.source("wire", published="2025-06-01")
    w.say("Kestrel Arms", "CO_PRODUCTION", "Ostia", "wire", "2024", weapon="Swift", weapon_description="UAV",
          sentence="Kestrel Arms builds Swift drones with Ostia.")
    w.say("Quell", "CO_PRODUCTION", "Ostia", "wire", "2024", weapon="Kite-9", weapon_description="self-propelled gun",
          sentence="Quell builds Kite-9 howitzers with Ostia.")
    w.say("Rhun", "MANUFACTURES", "Kite-9", "wire", sentence="Rhun makes the Kite-9.")
    return w.graph()


@pytest.mark.parametrize("question, expected", [
    ("Who builds howitzers with Ostia?", ["Quell"]),          # any kind of arms, not only the grammar's "drones"
    ("who is making artillery with ostia", ["Quell"]),
    ("Who builds Kite-9 howitzers with Ostia?", ["Quell"]),   # a named system
    ("Which firm makes drones with Ostia?", ["Kestrel Arms"]),
    ("Who makes the Kite-9?", ["Rhun"]),                      # no partner: the maker
])
def test_making_arms_with_a_partner_is_co_production(makers_world, question, expected):
    answer = reply(makers_world, question)
    assert names(answer) == expected
    assert ("CO_PRODUCTION" in answer.reading) == ("with" in question.lower())
