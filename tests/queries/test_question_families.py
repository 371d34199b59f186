"""Families of phrasings analysts use, each read the same way whatever the wording. Invented actors.

- retaliating is a strike or a punitive measure ("Against whom did X retaliate?");
- irregular past tenses of relation verbs ("broke off relations with", "cut ties with");
- sitting on a body is membership ("Which states sit on the Council?", "hold seats on");
- the sources as the subject ("Which Parvan officials do the articles mention?");
- "disputed" asks for contradictions and for relations no source affirms;
- the main verb of a question speaks before a relation word in a clause of its own ("Who
  brokered the compromise that ended Quell's veto?").
"""

import pytest

from diplograph.queries.ask import ask
from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("families") / "families.db")
    for name, alias in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Parva", "Parvan"), ("Quell", "Quellish"),
                        ("Rhun", "Rhunic"), ("Tarsis", "Tarsian")]:
        w.actor(name, "state", alias)
    w.actor("Concord Council", "organization")
    w.actor("Ana Lind", "person")
    w.actor("Bo Hale", "person")
    w.source("wire", published="2024-06-01")
    w.say("Norland", "COERCION", "Ostia", "wire", "2023", sentence="Norland closed its border with Ostia in reprisal.")
    w.say("Norland", "ATTACK", "Parva", "wire", "2023")
    w.say("Norland", "CRITICISM", "Rhun", "wire", "2023")
    w.say("Quell", "PROTEST", "Tarsis", "wire", "2022", sentence="Quell broke off relations with Tarsis.")
    w.say("Parva", "MEMBER_OF", "Concord Council", "wire", "2020")
    w.say("Rhun", "MEMBER_OF", "Concord Council", "wire", "2021")
    w.say("Ana Lind", "AFFILIATED_WITH", "Parva", "wire", role="Foreign Minister")
    w.say("Bo Hale", "AFFILIATED_WITH", "Quell", "wire", role="President")
    w.say("Tarsis", "MEDIATION", "Quell", "wire", "2023")
    w.say("Quell", "REJECTION", "Ostia", "wire", "2022")
    w.say("Ostia", "ARMS_TRANSFER", "Rhun", "wire", "2023", modality="unconfirmed")
    w.actor("Kite-4", "weapon")
    w.actor("Lance-9", "weapon")
    w.say("Norland", "ARMS_TRANSFER", "Quell", "wire", "2021", weapon="Kite-4")
    w.say("Tarsis", "ARMS_TRANSFER", "Quell", "wire", "2022", weapon="Lance-9")
    built = w.graph()
    yield built
    built.close()


@pytest.mark.parametrize("question", ["Against whom did Norland retaliate?", "Who did Norland retaliate against?",
                                      "Whom has Norland hit back at?"])
def test_retaliation_is_a_strike_or_a_punitive_measure(world, question):
    assert names(reply(world, question)) == ["Ostia", "Parva"]  # not Rhun, only criticised


@pytest.mark.parametrize("question", ["Which countries broke off relations with Tarsis?", "Who has cut ties with Tarsis?",
                                      "Who severed ties with the Tarsian government?"])
def test_irregular_past_tenses_of_relation_verbs(world, question):
    assert names(reply(world, question)) == ["Quell"]


@pytest.mark.parametrize("question", ["Which states sit on the Concord Council?", "Who holds seats on the Concord Council?",
                                      "Which countries are on the Concord Council?"])
def test_sitting_on_a_body_is_membership(world, question):
    assert names(reply(world, question)) == ["Parva", "Rhun"]


def test_being_on_someones_side_is_not_membership(world):
    answer = ask(world.nx, "Which countries are on Parva's side?")
    assert "MEMBER_OF" not in answer.reading and "cannot be" not in answer.message


@pytest.mark.parametrize("question", ["Which Parvan officials do the articles mention?",
                                      "Which officials from Parva do the sources mention?",
                                      "What Parvan people does the coverage name?"])
def test_the_sources_as_the_subject(world, question):
    assert names(reply(world, question)) == ["Ana Lind"]


def test_disputed_asks_also_for_relations_no_source_affirms(world):
    answer = reply(world, "Which relations are disputed?")
    assert sorted(f.actor.name for f in answer.flagged) == ["Ostia", "Rhun"] and answer.answers == []
    assert any("no source affirms it" in line for line in answer.details)
    assert "hedged" in answer.to_dict()
    assert ask(world.nx, "Where do sources disagree?").flagged == []  # a contradiction only


def test_the_main_verb_speaks_before_a_word_in_a_clause_of_its_own(world):
    answer = reply(world, "Who brokered the compromise that ended Quell's veto?")
    assert names(answer) == ["Tarsis"] and "MEDIATION" in answer.reading


@pytest.fixture(scope="module")
def wars(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("settings") / "settings.db")
    for name, alias in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Parva", "Parvan"), ("Quell", "Quellish"),
                        ("Tarsis", "Tarsian")]:
        w.actor(name, "state", alias)
    w.actor("Coast Government", "armed_group")
    w.actor("Hill Front", "armed_group")
    w.source("parva", title="Parva: the war goes on")
    w.source("quell", title="Border tensions")
    w.say("Norland", "SUPPORT", "Coast Government", "parva", "2023", sentence="Norland backs the Coast Government militarily.")
    w.say("Norland", "SUPPORT", "Hill Front", "quell", "2023", sentence="In the Quellish conflict Norland backs the Hill Front.")
    w.say("Norland", "SUPPORT", "Ostia", "quell", "2023", sentence="Norland supports Ostia.")
    built = w.graph()
    yield built
    built.close()


def test_a_setting_keeps_the_claims_about_its_place(wars):
    answer = reply(wars, "Whom does Norland back militarily in the Parvan war?")
    assert names(answer) == ["Coast Government"]  # the source's title names Parva
    assert names(reply(wars, "Whom does Norland back in the Quellish conflict?")) == ["Hill Front"]  # the sentence


def test_a_setting_that_matches_nothing_is_said_and_not_used(wars):
    answer = reply(wars, "Whom does Norland back in the Tarsian crisis?")
    assert names(answer) == ["Coast Government", "Hill Front", "Ostia"] and "matched no claim" in answer.reading


@pytest.fixture(scope="module")
def bodies(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("bodies") / "bodies.db")
    for name in ("Norland", "Ostia", "Parva", "Quell"):
        w.actor(name)
    w.actor("Southern League", "organization", "SL")
    w.say("Norland", "MEMBER_OF", "Southern League", "a", "1995", end_date="2019")
    w.say("Ostia", "MEMBER_OF", "Southern League", "a", "1995", end_date="2024-01")
    w.say("Parva", "MEMBER_OF", "Southern League", "a", "1995")
    w.say("Quell", "MEMBER_OF", "Southern League", "a", "2023-04")
    w.say("Quell", "MILITARY_PRESENCE", "Ostia", "a", "2022")
    built = w.graph()
    yield built
    built.close()


@pytest.mark.parametrize("question", ["Which countries have left the Southern League?", "Who quit the SL?",
                                      "Which states withdrew from the Southern League?",
                                      "Who are the former members of the Southern League?"])
def test_leaving_a_body_asks_for_memberships_that_ended(bodies, question):
    assert names(reply(bodies, question)) == ["Norland", "Ostia"]


def test_leaving_a_body_in_a_window(bodies):
    assert names(reply(bodies, "Which countries have left the Southern League since 2020?")) == ["Ostia"]


def test_being_in_a_state_is_presence(bodies):
    assert reply(bodies, "Is Quell still in Ostia?").to_dict()["verdict"] == "yes"
    assert reply(bodies, "Is Parva in Ostia?").to_dict()["verdict"] == "no"
    assert reply(bodies, "Is Parva in the Southern League?").to_dict()["verdict"] == "yes"


@pytest.mark.parametrize("question", ["Who is Quell aligned with?", "Who has Quell aligned itself with?",
                                      "Who are Quell's partners?"])
def test_being_aligned_with_asks_for_partners(world, question):
    answer = reply(world, question)
    assert answer.query["function"] == "partners" and "Tarsis" in names(answer)


def test_joining_in_a_period_asks_for_memberships_that_began_then(bodies):
    answer = reply(bodies, "How many countries joined the Southern League in 2023?")
    assert names(answer) == ["Quell"] and answer.to_dict()["count"] == 1
    assert names(reply(bodies, "Who were the members of the Southern League in 2023?")) == ["Ostia", "Parva", "Quell"]


@pytest.mark.parametrize("question", ["What weapons did Quell buy from Norland?", "What has Quell bought from Norland?",
                                      "Which weapons did Norland supply to Quell?"])
def test_weapons_bought_from_one_supplier(world, question):
    assert names(reply(world, question)) == ["Kite-4"]


@pytest.mark.parametrize("question", ["What ties does Norland have with Ostia?",
                                      "What kind of relations do Norland and Ostia have?"])
def test_the_relations_between_two_actors(world, question):
    answer = reply(world, question)
    assert answer.query["function"] == "evidence" and {e.predicate for e in answer.evidence} == {"COERCION"}
