"""The general reading: questions in an analyst's own words, read by their parts.

Yes-or-no questions answer with a verdict, when-questions with dates, how-many with a count;
time phrases anywhere narrow the answer, events date them; region adjectives keep the answers to
a region; closing asides are left unread and named. Invented actors only.
"""

import pytest

from diplograph.queries.ask import ask
from query_world import answer_names as names
from query_world import understood


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("general") / "general.db")
    for name, alias in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Parva", "Parvan"), ("Quell", "Quellish"),
                        ("Rhun", "Rhunic"), ("Tarsis", "Tarsian")]:
        w.actor(name, "state", alias)
    w.actor("Southern League", "organization", "SL")
    w.actor("Red Dawn Front", "armed_group")
    w.actor("Vel Marek", "person")
    w.source("wire", published="2024-06-01")
    w.say("Norland", "ARMS_TRANSFER", "Parva", "wire", "2019", weapon="Kite-4", weapon_description="armed UAV")
    w.say("Norland", "ARMS_TRANSFER", "Quell", "wire", "2023", modality="reported")
    w.say("Norland", "ARMS_TRANSFER", "Quell", "b", "2023-02", modality="denied")
    w.say("Ostia", "ARMS_TRANSFER", "Rhun", "wire", "2021", modality="unconfirmed")
    w.say("Ostia", "SUPPORT", "Red Dawn Front", "wire", "2022")
    w.say("Ostia", "ARMS_TRANSFER", "Red Dawn Front", "wire", "2023")
    w.say("Parva", "MEMBER_OF", "Southern League", "wire", "2010")
    w.say("Rhun", "MEMBER_OF", "Southern League", "wire", "2023-04-04")
    w.say("Parva", "ARMED_CLASH", "Quell", "wire", "2022-09-14")
    w.say("Parva", "AGREEMENT", "Quell", "wire", "2023-05-24")
    w.say("Tarsis", "MEDIATION", "Parva", "wire", "2023-05")
    w.say("Tarsis", "MEDIATION", "Quell", "wire", "2023-05")
    w.say("Quell", "CRITICISM", "Ostia", "wire", "2023", sentence="Quell condemned Ostia over its arms sales.")
    w.say("Vel Marek", "AFFILIATED_WITH", "Tarsis", "wire", role="Foreign Minister")
    w.actor("Ana Lind", "person")
    w.actor("Bo Hale", "person")
    w.say("Ana Lind", "AFFILIATED_WITH", "Parva", "wire", role="President")
    w.say("Bo Hale", "AFFILIATED_WITH", "Quell", "wire", role="President")
    w.say("Norland", "ARMS_TRANSFER", "Rhun", "wire", "2020", weapon="Kite-4 Block II", weapon_description="armed UAV")
    w.say("Rhun", "DISPUTE", "Tarsis", "wire", "2021")
    built = w.graph()
    yield built
    built.close()


def reply(graph, question):
    return understood(graph, question, resolve=lambda name: graph.actor(name).id)


class TestYesOrNo:
    def test_a_confirmed_claim_is_yes_with_its_evidence(self, world):
        answer = reply(world, "Did Norland sell drones to Parva?")
        assert answer.to_dict()["verdict"] == "yes" and answer.evidence

    def test_a_report_that_another_source_denies_is_disputed(self, world):
        assert reply(world, "Has Norland ever armed Quell?").to_dict()["verdict"] == "disputed"

    def test_only_an_unconfirmed_claim_is_disputed(self, world):
        assert reply(world, "Did Ostia supply weapons to Rhun?").to_dict()["verdict"] == "disputed"

    def test_nothing_in_the_graph_is_no(self, world):
        answer = reply(world, "Did Rhun sell weapons to Parva?")
        assert answer.to_dict()["verdict"] == "no" and answer.answers == []

    def test_membership_and_word_order(self, world):
        assert reply(world, "Is Rhun in the Southern League?").to_dict()["verdict"] == "yes"
        assert reply(world, "Is Quell a member of the Southern League?").to_dict()["verdict"] == "no"


class TestWhen:
    def test_when_two_actors_did_something_gives_the_date(self, world):
        answer = reply(world, "When did Parva and Quell agree to stop fighting?")
        assert answer.to_dict()["when"] == "2023-05-24" and "AGREEMENT" in answer.reading

    def test_when_an_actor_joined_a_body(self, world):
        assert reply(world, "When did Rhun join the Southern League?").to_dict()["when"] == "2023-04-04"

    def test_when_they_clashed(self, world):
        assert reply(world, "When did Quell and Parva clash?").to_dict()["dates"] == ["2022-09-14"]


class TestCountsRegionsAndTime:
    def test_how_many_counts_the_answers(self, world):
        answer = reply(world, "How many countries has Norland armed?")
        assert answer.to_dict()["count"] == 3 and names(answer) == ["Parva", "Quell", "Rhun"]  # a report answers

    def test_time_phrases_anywhere(self, world):
        assert names(reply(world, "Since 2022, who has Ostia armed?")) == ["Red Dawn Front"]
        assert names(reply(world, "Which groups did Ostia back last year?")) == []  # newest source 2024: 2023
        assert names(reply(world, "Which groups did Ostia support in 2022?")) == ["Red Dawn Front"]

    def test_joined_since_counts_memberships_that_began_then(self, world):
        assert names(reply(world, "Which countries have joined the Southern League since 2020?")) == ["Rhun"]

    def test_a_weapon_category_narrows_a_listing(self, world):
        answer = reply(world, "Who has Norland sold armed drones to?")  # Quell's claim names no weapon: kept, said
        assert names(answer) == ["Parva", "Quell", "Rhun"] and "kept 2 claim(s) whose weapon is not named" in answer.reading
        assert names(reply(world, "Who has Norland sold helicopters to?")) == ["Quell"]


class TestReadingTheRest:
    def test_coordinated_relations_ask_for_either(self, world):
        answer = reply(world, "Which armed groups does Ostia arm or back?")
        assert names(answer) == ["Red Dawn Front"] and "SUPPORT" in answer.reading and "ARMS_TRANSFER" in answer.reading

    def test_a_closing_reason_is_left_unread_and_named(self, world):
        answer = reply(world, "Who has Quell criticised over arms sales to Rhun?")
        assert names(answer) == ["Ostia"] and "over arms sales to rhun" in answer.reading

    def test_mediators_between_a_hyphenated_pair(self, world):
        assert names(reply(world, "Who brokered the 2023 Parva-Quell deal?")) == ["Tarsis"]

    def test_a_misspelt_name_is_found(self, world):
        assert names(reply(world, "Who mediated between Parvaa and Quell?")) == ["Tarsis"]

    def test_two_questions_in_one(self, world):
        answer = reply(world, "Whom has Ostia armed, and who has criticised Ostia?")
        assert names(answer) == ["Quell", "Red Dawn Front"]

    def test_a_question_with_no_relation_word_gets_no_verdict(self, world):
        answer = ask(world.nx, "Is Parva bigger than Quell?")
        assert not answer.understood and "verdict" not in answer.to_dict()


class TestMore:
    def test_a_named_system_keeps_its_variants(self, world):
        assert names(reply(world, "Which countries have bought Kite-4s from Norland?")) == ["Parva", "Rhun"]

    def test_presidents_stand_for_their_states_between_whom_one_mediates(self, world):
        assert names(reply(world, "Who has been mediating between Ana Lind and Bo Hale?")) == ["Tarsis"]

    def test_an_event_the_graph_cannot_date_is_named_unread(self, world):
        answer = reply(world, "Who has Ostia armed since the Great Flood?")
        assert "not used: 'since the Great Flood'" in answer.reading and names(answer) == ["Red Dawn Front"]

    def test_a_relation_left_in_a_closing_phrase_is_read_whole(self, world):
        assert names(reply(world, "Who is Rhun in a dispute with?")) == ["Tarsis"]

    def test_what_happened_between_two_actors_goes_both_ways(self, world):
        answer = reply(world, "What happened between Quell and Parva?")
        assert {e.predicate for e in answer.evidence} == {"ARMED_CLASH", "AGREEMENT"}
        assert any(line.startswith("verbal cooperation: ") for line in answer.details)
