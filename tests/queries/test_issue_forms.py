"""The question forms analysts use, each in several wordings, on a small invented world: who
mediated or brokered, what one actor did to or in another, yes or no (passives, "has X got",
"is it disputed"), how many, where something is based, which relations are disputed, when two
sides signed or clashed, who someone is, and time windows told by events ("since the war began",
"since the truce"), by the newest source ("last year") or by dates ("before 2020").

Each test checks how the question was read (the reading) and what it answers.
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("issue_forms") / "issue_forms.db")
    for name, alias in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Parva", "Parvan"), ("Quell", "Quellish"),
                        ("Rhun", "Rhunic"), ("Tarsis", "Tarsian")]:
        w.actor(name, "state", alias)
    w.actor("Concord Council", "organization", "CC")
    w.actor("Hill Front", "armed_group")
    w.actor("Delta Yards", "company")
    w.actor("Lin Wei", "person")
    w.source("wire", published="2024-06-01")
    w.source("post", published="2024-05-01")
    w.say("Tarsis", "MEDIATION", "Parva", "wire", "2024-03", sentence="Tarsis brokered the Parva-Quell truce.")
    w.say("Tarsis", "MEDIATION", "Quell", "wire", "2024-03", sentence="Tarsis brokered the Parva-Quell truce.")
    w.say("Parva", "AGREEMENT", "Quell", "wire", "2024-03-12", sentence="Parva and Quell signed a truce.")
    w.say("Parva", "ARMED_CLASH", "Quell", "wire", "2022-06", sentence="Parvan and Quellish troops clashed.")
    w.say("Ostia", "ATTACK", "Parva", "wire", "2022-02-24", sentence="Ostia invaded Parva.")
    w.say("Norland", "ATTACK", "Ostia", "wire", "2023-05", sentence="Norland struck Ostian depots.")
    w.say("Norland", "MILITARY_PRESENCE", "Ostia", "wire", "2021", sentence="Norlandic troops are in Ostia.")
    w.say("Norland", "INVESTMENT", "Ostia", "wire", "2019", sentence="Norland invested in Ostian ports.")
    w.say("Norland", "ARMS_TRANSFER", "Quell", "wire", "2023", sentence="Norland sold Falcon drones to Quell.",
          weapon="Falcon-7")
    w.say("Delta Yards", "ARMS_TRANSFER", "Quell", "wire", "2018", sentence="Delta Yards delivered two frigates to Quell.",
          weapon="frigate")
    w.say("Hill Front", "BASED_IN", "Ostia", "wire", sentence="The Hill Front is based in Ostia.")
    w.say("Rhun", "ARMS_TRANSFER", "Parva", "wire", "2023", sentence="Rhun shipped rifles to Parva.")
    w.say("Rhun", "ARMS_TRANSFER", "Parva", "post", "2023", modality="denied", sentence="Rhun denied shipping rifles.")
    w.say("Lin Wei", "AFFILIATED_WITH", "Tarsis", "wire", "2019", role="President")
    w.say("Parva", "MEMBER_OF", "Concord Council", "wire", "2011")
    w.say("Quell", "MEMBER_OF", "Concord Council", "wire", "2015")
    w.say("Quell", "CRITICISM", "Ostia", "wire", "2023-08", sentence="Quell condemned Ostia.")
    w.say("Rhun", "THREAT", "Parva", "wire", "2024-01", sentence="Rhun warned Parva.")
    w.say("Ostia", "THREAT", "Quell", "wire", "2024-02", sentence="Ostia threatened Quell.")
    # a defence treaty told as an agreement; arms told as support with planes
    w.say("Norland", "AGREEMENT", "Tarsis", "wire", "1951", sentence="the 1951 Mutual Defence Treaty between them")
    w.say("Rhun", "SUPPORT", "Hill Front", "post", "2024", modality="unconfirmed",
          sentence="Rhun is accused of sending fighter jets to back the Hill Front.")
    w.actor("Abel Koulamallah", "person")
    w.say("Abel Koulamallah", "AFFILIATED_WITH", "Ostia", "wire", role="Foreign Minister")
    w.say("Ostia", "COERCION", "Rhun", "wire", "2023-11-02", sentence="Ostia ended its defence pact with Rhun.")
    w.say("Ostia", "PROTEST", "Tarsis", "wire", "2023-12", sentence="Ostia recalled its envoy from Tarsis.")
    w.say("Norland", "LEADS", "Concord Council", "wire", "2020", sentence="Norland and Tarsis co-chair the council.")
    w.say("Tarsis", "LEADS", "Concord Council", "wire", "2020", sentence="Norland and Tarsis co-chair the council.")
    w.say("Parva", "CONSULTATION", "Concord Council", "wire", "2024-04", sentence="Parva invoked consultations.")
    w.say("Quell", "CONSULTATION", "Parva", "wire", "2024-04", sentence="Quell and Parva held talks.")
    w.say("Norland", "COERCION", "Rhun", "post", "2024-04", modality="unconfirmed",
          sentence="Norland reportedly stopped sharing intelligence with Rhun.")
    w.say("Tarsis", "ARMS_TRANSFER", "Rhun", "wire", "2022", sentence="Tarsis sold Kite-2 drones to Rhun.", weapon="Kite-2")
    w.say("Tarsis", "ARMS_TRANSFER", "Ostia", "wire", "2023", sentence="Tarsis sold Kite-3 drones to Ostia.", weapon="Kite-3")
    built = w.graph()
    yield built
    built.close()


@pytest.mark.parametrize("question", [
    "Who mediated between Parva and Quell?",
    "Who brokered the Parva-Quell truce?",
    "Who stepped in to mediate between Parva and Quell?",
    "Who helped Parva and Quell reach a truce?",
    "Which state helped end the Parva-Quell fighting?",
    "Who pushed Parva and Quell to sign a ceasefire?",
    "Who tried to get Parva and Quell to make peace?",
    "Who played peacemaker between Parva and Quell?",
])
def test_go_betweens_however_asked(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Tarsis"] and "MEDIATION" in answer.reading
    assert "not used" not in answer.reading  # the helping verb and the truce were read, not dropped


def test_helping_without_settling_is_no_mediation(world):
    assert "MEDIATION" not in reply(world, "Who helped arm Quell?").reading
    assert names(reply(world, "Who helped arm Quell?")) == ["Delta Yards", "Norland"]


def test_brokering_a_named_truce_yes_or_no(world):
    answer = reply(world, "Did Tarsis help Parva and Quell reach a truce?")
    assert answer.to_dict()["verdict"] == "yes" and "MEDIATION" in answer.reading


@pytest.mark.parametrize("question", ["What did Norland do in Ostia?", "What has Norland done to Ostia?",
                                      "What is Norland doing in Ostia?", "How has Norland been involved in Ostia?"])
def test_what_one_actor_did_to_another(world, question):
    answer = reply(world, question)
    predicates = {e.predicate for e in answer.evidence}
    assert {"ATTACK", "MILITARY_PRESENCE", "INVESTMENT"} <= predicates


@pytest.mark.parametrize("question, verdict, read", [
    ("Was Quell armed by Norland?", "yes", "Norland ARMS_TRANSFER Quell"),        # a passive: the by-phrase acts
    ("Was Norland attacked by Ostia?", "no", "Ostia ATTACK Norland"),
    ("Has Norland got troops in Ostia?", "yes", "Norland MILITARY_PRESENCE Ostia"),  # got troops: holds them
    ("Did Quell get drones from Norland?", "yes", "Norland ARMS_TRANSFER Quell"),   # got drones: received them
    ("Are there Norlandic troops in Ostia?", "yes", "Norland MILITARY_PRESENCE Ostia"),
    ("Did Rhun arm Parva?", "disputed", "Rhun ARMS_TRANSFER"),                      # asserted and denied
    ("Is the Parva-Rhun arms deal disputed?", "disputed", "either way"),           # the pair says no direction
    ("Did Tarsis attack Parva?", "no", "Tarsis ATTACK Parva"),
])
def test_yes_or_no(world, question, verdict, read):
    answer = reply(world, question)
    assert answer.to_dict()["verdict"] == verdict and read in answer.reading


def test_asking_whether_it_is_disputed_is_read_by_the_verdict(world):
    answer = reply(world, "Is the Rhun-Parva arms deal disputed?")
    assert "not used" not in answer.reading and "the verdict says" in answer.reading


@pytest.mark.parametrize("question, read", [
    ("Do Norland and Tarsis have a defence treaty?", "AGREEMENT claims"),
    ("Did Rhun arm the Hill Front?", "SUPPORT claims"),
])
def test_a_near_relation_answers_when_the_one_asked_has_no_claim(world, question, read):
    answer = reply(world, question)
    assert read in answer.reading and answer.to_dict()["verdict"] in ("yes", "disputed")


def test_a_near_relation_dates_a_since_when_question(world):
    answer = reply(world, "Since when have Norland and Tarsis had a defence treaty?")
    assert answer.to_dict()["when"] == "1951" and "instead" in answer.reading


@pytest.mark.parametrize("question, count", [("How many arms suppliers does Quell have?", 2),
                                             ("How many suppliers does Quell have?", 2),
                                             ("How many members does the Concord Council have?", 2),
                                             ("How many countries has Norland attacked?", 1)])
def test_how_many_counts_actors(world, question, count):
    assert reply(world, question).to_dict()["count"] == count


@pytest.mark.parametrize("question", ["Where is the Hill Front based?", "Where does the Hill Front operate from?",
                                      "Where is the Hill Front headquartered?", "Where are the Hill Front's bases?"])
def test_where_something_is_based(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Ostia"] and "BASED_IN" in answer.reading


@pytest.mark.parametrize("question", ["Which relations are disputed?", "Which relationships are contested?",
                                      "Are there any conflicting reports?", "Where do the sources contradict each other?"])
def test_which_relations_are_disputed(world, question):
    answer = reply(world, question)
    assert "contradictions" in answer.reading and names(answer) == ["Parva", "Rhun"]


@pytest.mark.parametrize("question, when", [("When did Parva and Quell sign a truce?", "2024-03-12"),
                                            ("When was the Parva-Quell truce signed?", "2024-03-12"),
                                            ("When did Parva and Quell clash?", "2022-06"),
                                            ("What year did Parva and Quell clash?", "2022-06")])
def test_when_two_sides_signed_or_clashed(world, question, when):
    assert reply(world, question).to_dict()["when"] == when


@pytest.mark.parametrize("question", ["Who is Lin Wei?", "Tell me about Lin Wei.", "What does Lin Wei do?",
                                      "Who is Lin Wei and what does she do?"])
def test_who_someone_is(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Tarsis"] and any("President" in line for line in answer.details)


@pytest.mark.parametrize("question, dated, expected", [
    ("Who has Norland attacked since the war began?", "2023-05", ["Ostia"]),
    ("Who has supplied Quell since the truce?", "2024-03-12", []),  # the sales came before it
    ("Who has criticised Ostia since the invasion?", "2022-02-24", ["Quell"]),
])
def test_an_event_the_question_names_no_one_in_is_the_asked_actors(world, question, dated, expected):
    answer = reply(world, question)
    assert f"dated {dated}" in answer.reading and names(answer) == expected


@pytest.mark.parametrize("question, expected", [("Who criticised Ostia last year?", ["Quell"]),
                                                ("Who sold arms to Quell before 2020?", ["Delta Yards"]),
                                                ("Who supplied Quell in the last two years?", ["Norland"])])
def test_time_windows(world, question, expected):
    assert names(reply(world, question)) == expected


@pytest.mark.parametrize("question, expected, read", [
    ("Who threatened Parva and Quell?", ["Ostia", "Rhun"], "Parva or Quell"),
    ("Which countries sold weapons to Parva and Quell?", ["Norland", "Rhun"], "either of them"),
])
def test_two_actors_side_by_side_are_asked_in_turn(world, question, expected, read):
    answer = reply(world, question)
    assert names(answer) == expected and read in answer.reading


@pytest.mark.parametrize("question, expected", [
    ("Lin Wei - who does she represent?", ["Tarsis"]),            # the topic first, then a pronoun
    ("Which country's president is Lin Wei?", ["Tarsis"]),
    ("who's koulamalah", ["Ostia"]),                              # a surname spelt nearly so
    ("Who are the Concord Council's co-chairs?", ["Norland", "Tarsis"]),  # no one in the role: who leads it
    ("Which allies asked for Concord Council consultations?", ["Parva"]),  # "allies": the states asked for
    ("Who's Quell had face time with?", ["Parva"]),                # "who's" before a participle is "who has"
])
def test_wordings_of_the_fourth_blind_set_families(world, question, expected):
    assert names(reply(world, question)) == expected


@pytest.mark.parametrize("question, verdict", [("Has Quell had a go at Ostia?", "yes"),
                                               ("Is Norland cutting off intel sharing with Rhun?", "disputed")])
def test_idioms_of_criticism_and_of_punishment(world, question, verdict):
    assert reply(world, question).to_dict()["verdict"] == verdict


def test_whats_the_deal_between_asks_for_everything(world):
    answer = reply(world, "What's the deal between Parva and Quell these days?")
    assert {"AGREEMENT", "ARMED_CLASH", "CONSULTATION"} <= {e.predicate for e in answer.evidence}


def test_ending_a_pact_is_a_break_with_the_other_side(world):
    answer = reply(world, "When did Ostia scrap its defence pact with Rhun?")
    assert answer.to_dict()["when"] == "2023-11-02" and "COERCION" in answer.reading
    answer = reply(world, "Which country scrapped its defence pact with Rhun?")
    assert names(answer) == ["Ostia"]  # Norland's unconfirmed step says nothing of a pact


def test_getting_two_sides_to_a_deal_is_mediation(world):
    answer = reply(world, "Who got Parva and Quell to a deal?")
    assert names(answer) == ["Tarsis"] and "MEDIATION" in answer.reading


@pytest.mark.parametrize("question, expected", [
    ("Which countries have the Norlandic Falcon-7?", ["Quell"]),      # a maker's demonym before the system
    ("Falcon-7 operators?", ["Quell"]),
    ("Who are the operators of Tarsian Kite drones?", ["Ostia", "Rhun"]),  # a brand: Kite-2 and Kite-3
    ("Where has Quell been getting its weapons from over the last decade?", ["Norland"]),  # where: states
])
def test_systems_and_their_operators(world, question, expected):
    assert names(reply(world, question)) == expected
