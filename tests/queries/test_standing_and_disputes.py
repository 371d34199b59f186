"""Standing relations asked of a period, kinds of alliance, decades, and denials that answer an
accusation. Invented actors only.

- a symmetric relation (an alliance) is stored one way and asked either way;
- "in 2012" asked of standing relations (alliances, membership) means what held then: an alliance
  begun in 2010 with no end counts, one that ended in 2005 does not;
- "defence pacts" keeps the alliances whose type is defense (a claim that does not say stays);
- decades are time phrases ("in the nineties", "since the 2000s"); "the twenties" stays unread;
- a denial is a *no*, unless the sentence or another source tells of the accusation it answers:
  then the question is *disputed*.
"""

import pytest

from diplograph.queries.ask import ask
from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("standing") / "standing.db")
    for name in ("Norland", "Ostia", "Parva", "Quell", "Rhun", "Tarsis"):
        w.actor(name)
    w.actor("Red Dawn Front", "armed_group")
    w.source("treaties", published="2013-01-01")
    w.source("wire", published="2024-06-01")
    # alliances, stored one way (subject first in the dataset's row)
    w.say("Parva", "ALLIANCE", "Rhun", "treaties", "2010", alliance_type="defense")
    w.say("Quell", "ALLIANCE", "Rhun", "treaties", "1995", end_date="2005", alliance_type="defense")
    w.say("Rhun", "ALLIANCE", "Tarsis", "treaties", "2008", alliance_type="entente")
    w.say("Rhun", "ALLIANCE", "Ostia", "treaties", "2011")  # its type not said
    # arms in the nineties and later
    w.say("Norland", "ARMS_TRANSFER", "Ostia", "wire", "1994")
    w.say("Norland", "ARMS_TRANSFER", "Parva", "wire", "2006")
    # a denial that answers an accusation, and a bare one
    w.say("Ostia", "ARMS_TRANSFER", "Red Dawn Front", "wire", "2023", modality="denied",
          sentence="Ostia, which Quell has long accused of arming the Red Dawn Front, denies supplying the group.")
    w.say("Tarsis", "ARMS_TRANSFER", "Red Dawn Front", "wire", "2023", modality="denied",
          sentence="Tarsis denied sending weapons to the Red Dawn Front.")
    w.say("Norland", "ARMS_TRANSFER", "Red Dawn Front", "wire", "2023", modality="denied",
          sentence="Norland rejected the story.")
    w.say("Parva", "CRITICISM", "Norland", "wire", "2023",
          sentence="Parva blamed Norland for the weapons the Red Dawn Front fired.")
    built = w.graph()
    yield built
    built.close()


class TestStandingRelations:
    def test_a_symmetric_relation_is_asked_either_way(self, world):
        assert names(reply(world, "Who is Rhun allied with?")) == ["Ostia", "Parva", "Quell", "Tarsis"]

    def test_allies_include_formal_alliances(self, world):
        answer = reply(world, "Who are Rhun's allies?")
        assert answer.query["function"] == "partners" and names(answer) == ["Ostia", "Parva", "Quell", "Tarsis"]

    def test_one_period_asks_what_held_then(self, world):
        answer = reply(world, "Who was Rhun allied with in 2012?")
        assert names(answer) == ["Ostia", "Parva", "Tarsis"]  # Quell's alliance ended in 2005
        assert "as of 2012" in answer.reading

    def test_a_yes_no_question_of_a_period(self, world):
        assert reply(world, "Was Parva allied with Rhun in 2012?").to_dict()["verdict"] == "yes"
        assert reply(world, "Was Quell allied with Rhun in 2012?").to_dict()["verdict"] == "no"

    def test_in_an_alliance_with_is_a_relation_not_the_type_asked_for(self, world):
        assert reply(world, "Was Rhun in an alliance with Parva in 2011?").to_dict()["verdict"] == "yes"

    def test_a_relation_of_events_keeps_its_window(self, world):
        assert names(reply(world, "Who did Norland arm in 2012?")) == []  # 2006 is no arms transfer of 2012


class TestKindsOfAlliance:
    def test_defence_pacts_keep_alliances_of_that_type(self, world):
        answer = reply(world, "Who did Rhun have defence pacts with in 2012?")
        assert names(answer) == ["Ostia", "Parva"]  # Ostia's alliance does not say its type: kept, and said
        assert "alliance_type defense" in answer.reading and "kept 1 claim(s) that do not say" in answer.reading

    def test_an_entente(self, world):
        assert "Tarsis" in names(reply(world, "Which states have an entente with Rhun?"))
        assert "Parva" not in names(reply(world, "Which states have an entente with Rhun?"))


class TestDecades:
    def test_in_the_nineties(self, world):
        answer = reply(world, "Who did Norland arm in the nineties?")
        assert names(answer) == ["Ostia"] and "1990 to 1999" in answer.reading

    def test_since_the_2000s(self, world):
        assert names(reply(world, "Who has Norland armed since the 2000s?")) == ["Parva"]

    def test_the_twenties_are_not_guessed(self, world):
        assert not ask(world.nx, "Who did Norland arm in the twenties?").understood


class TestDenials:
    def test_a_denial_of_an_accusation_the_sentence_gives_is_disputed(self, world):
        answer = reply(world, "Does Ostia arm the Red Dawn Front?")
        assert answer.to_dict()["verdict"] == "disputed" and answer.answers == []

    def test_a_bare_denial_is_no(self, world):
        assert reply(world, "Did Tarsis arm the Red Dawn Front?").to_dict()["verdict"] == "no"

    def test_an_accusation_elsewhere_in_the_graph_disputes_a_denial(self, world):
        # Parva blames Norland in a sentence naming the group: Norland's denial answers it
        assert reply(world, "Did Norland arm the Red Dawn Front?").to_dict()["verdict"] == "disputed"
