"""Families of phrasing analysts use in their own words, each read whatever the wording. Invented
actors (and a few real states where a region must hold them), invented wording.

- "since when" / "until when" ask for a date, not for an event after "since";
- "Is there a ... ?" asks yes or no;
- being part of, sitting in, getting into a body is membership;
- "republics", "monarchies", "outfits" are type words, and a region before them keeps its answers
  even when the question is read loosely;
- "apart from X", "besides X", "other than X" leave X out ("who else", "which other");
- selling warships is an arms transfer; sending money is aid;
- a system the claims name in the plural ("Lance-9s"), where it came from and where it went;
- a people for its state ("the Parvans");
- switches with one side unsaid ("switched to X", "Who did A ditch B for?");
- bringing two sides to a deal is mediation; propping up is support; whose side X is on; a show of
  force "aimed at" someone is a mobilisation or a threat;
- "which of X's suppliers also arm Y": the answers kept to X's circle;
- "X's allies" are its alliances when it has any, else its partners;
- a person by the family name that comes first ("Lin" for Lin Wei);
- "X's president" is the one person in that office (a former one is not);
- granting asylum is support; navies and armies are states; patrolling with is an exercise;
- pulling ambassadors out and calling an envoy in are protests; hostile steps are any conflictual
  act, and so is going after someone; keeping someone out is a rejection; co-chairing leads;
  helping two sides settle their quarrel is mediation;
- a month without its year is the last one the sources reach; a capital after the party is where;
- a yes/no question on two sides joined ("between Parva and Quell", "the Parva-Quell truce"):
  either side's claim counts.
"""

import pytest

from diplograph.graph.model import Actor
from diplograph.queries.ask import ask
from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("own_words") / "own_words.db")
    for name, alias in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Parva", "Parvan"), ("Quell", "Quellish"),
                        ("Rhun", "Rhunic"), ("Tarsis", "Tarsian")]:
        w.actor(name, "state", alias)
    for iso, name in [("KAZ", "Kazakhstan"), ("KGZ", "Kyrgyzstan"), ("SAU", "Saudi Arabia"), ("QAT", "Qatar")]:
        w.actors[name] = Actor(f"state:{iso}", name, "state")
    w.actor("Concord Council", "organization", "CC")
    w.actor("Hill Front", "armed_group")
    w.actor("Delta Yards", "company")
    w.actor("Lin Wei", "person")
    w.actor("Ana Vel", "person")
    w.actor("Bo Rin", "person")
    w.actor("Cal Dorn", "person")
    w.source("wire", published="2024-06-01")
    w.say("Norland", "SUPPORT", "Parva", "wire", "1998", sentence="Norland has backed Parva since 1998.")
    w.say("Norland", "MILITARY_PRESENCE", "Quell", "wire", "2015")
    w.say("Parva", "MEMBER_OF", "Concord Council", "wire", "2011")
    w.say("Rhun", "MEMBER_OF", "Concord Council", "wire", "2019")
    w.say("Hill Front", "MILITARY_PRESENCE", "Ostia", "wire", "2023")
    w.say("Norland", "MILITARY_PRESENCE", "Ostia", "wire", "2023")
    for recipient in ("Kazakhstan", "Kyrgyzstan", "Qatar", "Saudi Arabia", "Tarsis"):
        w.say("Norland", "ARMS_TRANSFER", recipient, "wire", "2022")
    for target in ("Parva", "Quell", "Rhun"):
        w.say("Ostia", "ATTACK", target, "wire", "2023")
    w.say("Delta Yards", "ARMS_TRANSFER", "Quell", "wire", "2021", sentence="Delta Yards delivered two frigates to Quell.",
          weapon="frigate")
    w.say("Norland", "AID", "Rhun", "wire", "2024", sentence="Norland sent Rhun money for its gas bills.")
    w.say("Tarsis", "ARMS_TRANSFER", "Parva", "wire", "2020", weapon="Lance-9")
    w.say("Tarsis", "ARMS_TRANSFER", "Rhun", "wire", "2021", weapon="Lance-9")
    # Rhun cut ties with Quell and signed up with Tarsis in 2019; Ostia did it in 2022
    w.say("Rhun", "PROTEST", "Quell", "wire", "2019-09", sentence="Rhun cut ties with Quell.")
    w.say("Rhun", "AGREEMENT", "Tarsis", "wire", "2019-09")
    w.say("Ostia", "PROTEST", "Quell", "wire", "2022-01")
    w.say("Ostia", "AGREEMENT", "Tarsis", "wire", "2022-01")
    w.say("Parva", "AGREEMENT", "Tarsis", "wire", "2016")  # no break that year: no switch
    w.say("Tarsis", "MEDIATION", "Parva", "wire", "2024")
    w.say("Tarsis", "MEDIATION", "Quell", "wire", "2024")
    w.say("Norland", "ALLIANCE", "Ostia", "wire", "2010")
    w.say("Rhun", "MEDIATION", "Parva", "wire", "2024", modality="reported")
    w.say("Rhun", "MEDIATION", "Ostia", "wire", "2024", modality="denied")
    w.say("Lin Wei", "AFFILIATED_WITH", "Tarsis", "wire", role="President")
    w.say("Ana Vel", "AFFILIATED_WITH", "Parva", "wire", role="President of the Republic")
    w.say("Bo Rin", "AFFILIATED_WITH", "Parva", "wire", role="former President")
    w.say("Ana Vel", "CONSULTATION", "Quell", "wire", "2024")
    w.say("Quell", "SUPPORT", "Bo Rin", "wire", "2024", sentence="Quell granted asylum to Bo Rin.")
    w.say("Norland", "MILITARY_EXERCISE", "Tarsis", "wire", "2024")
    w.say("Parva", "PROTEST", "Ostia", "wire", "2024-03", sentence="Parva recalled its ambassador from Ostia.")
    w.say("Quell", "PROTEST", "Cal Dorn", "wire", "2024-04", sentence="Quell summoned envoy Cal Dorn.")
    w.say("Rhun", "CRITICISM", "Ana Vel", "wire", "2024")
    w.say("Tarsis", "LEADS", "Concord Council", "wire", "2022")
    w.say("Tarsis", "REJECTION", "Ostia", "wire", "2024", sentence="Tarsis kept Ostia out of the summit.")
    w.say("Norland", "ATTACK", "Tarsis", "wire", "2024-05")
    w.say("Lin Wei", "CONSULTATION", "Rhun", "wire", "2024")
    built = w.graph()
    yield built
    built.close()


@pytest.mark.parametrize("question", ["Since when has Norland backed Parva?", "since when does Norland support Parva"])
def test_since_when_asks_for_the_date(world, question):
    answer = reply(world, question)
    assert answer.to_dict()["when"] == "1998"


@pytest.mark.parametrize("question, verdict", [("Is there a Norlandic base in Quell?", "yes"),
                                               ("Is there an Ostian base in Quell?", "no"),
                                               ("Was there any Norlandic military presence in Ostia?", "yes")])
def test_is_there_asks_yes_or_no(world, question, verdict):
    assert reply(world, question).to_dict()["verdict"] == verdict


@pytest.mark.parametrize("question, verdict", [("Is Parva part of the Concord Council?", "yes"),
                                               ("Is Quell part of the CC?", "no")])
def test_being_part_of_a_body_is_membership(world, question, verdict):
    assert reply(world, question).to_dict()["verdict"] == verdict


def test_sitting_in_and_getting_into_a_body_is_membership(world):
    assert names(reply(world, "who sits in the Concord Council")) == ["Parva", "Rhun"]
    assert "MILITARY_PRESENCE" in reply(world, "Are Norlandic troops still sitting in Quell?").reading  # troops: no body
    assert reply(world, "When did Rhun get into the Concord Council?").to_dict()["when"] == "2019"


def test_outfits_are_armed_groups(world):
    assert names(reply(world, "Which armed outfits are deployed in Ostia?")) == ["Hill Front"]


@pytest.mark.parametrize("question, expected", [
    ("Which Central Asian republics has Norland armed?", ["Kazakhstan", "Kyrgyzstan"]),
    ("Which Gulf monarchies does Norland arm?", ["Qatar", "Saudi Arabia"]),
])
def test_a_region_before_a_type_word_keeps_its_answers(world, question, expected):
    answer = reply(world, question)
    assert names(answer) == expected and "only in" in answer.reading


@pytest.mark.parametrize("question", ["Apart from Parva, who has Ostia attacked?",
                                      "Besides Parva, who else did Ostia attack?",
                                      "Who has Ostia attacked other than the Parvans?",
                                      "Which other countries, except Parva, has Ostia attacked?"])
def test_an_actor_left_out_is_dropped_from_the_answers(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Quell", "Rhun"] and "leaving out Parva" in answer.reading


def test_leaving_out_a_name_the_graph_lacks_is_no_reading_of_it(world):
    answer = ask(world.nx, "Apart from Atlantis, who has Ostia attacked?")
    assert "leaving out" not in answer.reading


def test_selling_warships_is_an_arms_transfer(world):
    answer = reply(world, "Who has sold warships to Quell?")
    assert names(answer) == ["Delta Yards"] and "ARMS_TRANSFER" in answer.reading


def test_sending_money_is_aid(world):
    answer = reply(world, "Did Norland send money to Rhun?")
    assert answer.to_dict()["verdict"] == "yes" and "AID" in answer.reading


@pytest.mark.parametrize("question, expected", [("Where did Parva's Lance-9s come from?", ["Tarsis"]),
                                                ("Where did the Lance-9 come from?", ["Tarsis"]),
                                                ("Where have the Lance-9s gone?", ["Parva", "Rhun"]),
                                                ("where have Tarsis's Lance-9s gone", ["Parva", "Rhun"])])
def test_a_system_only_claims_name_comes_from_and_goes_to(world, question, expected):
    assert names(reply(world, question)) == expected


def test_a_people_stands_for_its_state(world):
    assert names(reply(world, "Who has attacked the Parvans?")) == ["Ostia"]


def test_switching_to_a_side_with_the_other_unsaid(world):
    answer = reply(world, "Which countries switched to Tarsis?")
    assert names(answer) == ["Ostia", "Rhun"]  # Parva took up with Tarsis but broke with no one
    assert names(reply(world, "Which countries switched to Tarsis in 2019?")) == ["Rhun"]


@pytest.mark.parametrize("question", ["Who did Rhun ditch Quell for?", "For whom did Rhun drop Quell?",
                                      "which states did Rhun dump Quell for"])
def test_whom_one_actor_left_another_for(world, question):
    assert names(reply(world, question)) == ["Tarsis"]


@pytest.mark.parametrize("question", ["Who tried to bring Parva and Quell to a deal?",
                                      "Who got Parva and Quell to the table?"])
def test_bringing_two_sides_to_a_deal_is_mediation(world, question):
    assert names(reply(world, question)) == ["Tarsis"]


def test_propping_up_is_support(world):
    assert reply(world, "Is Norland propping up Parva?").to_dict()["verdict"] == "yes"


@pytest.mark.parametrize("question", ["Whose side is Norland on?", "Whose side is Norland on in the Parvan row?"])
def test_whose_side_an_actor_is_on(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Ostia", "Parva", "Rhun"]  # the alliance, support and aid it gives


@pytest.mark.parametrize("question", ["Which of Rhun's suppliers also arm Parva?",
                                      "Which of Rhun's arms suppliers have supplied Parva?"])
def test_which_of_a_circle(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Tarsis"] and "among suppliers of Rhun" in answer.reading


def test_allies_are_alliances_when_there_are_any(world):
    answer = reply(world, "Who are Norland's allies?")
    assert names(answer) == ["Ostia"] and "(alliances)" in answer.reading
    assert "Norland" in names(reply(world, "Who are Parva's allies?"))  # no alliance: its partners


def test_a_family_name_that_comes_first(world):
    assert names(reply(world, "Who has Lin met?")) == ["Rhun"]


@pytest.mark.parametrize("question, verdict", [("Did Tarsis mediate between Parva and Quell?", "yes"),
                                               ("Did Rhun broker the Parva-Ostia truce?", "disputed"),
                                               ("Did Rhun mediate between Ostia and Parva?", "disputed"),
                                               ("Did Ostia broker the Parvan-Quellish truce?", "no")])
def test_two_sides_joined_in_a_yes_or_no_question(world, question, verdict):
    answer = reply(world, question)
    assert answer.to_dict()["verdict"] == verdict and " or " in answer.reading


def test_aimed_at_is_a_show_of_force_or_a_threat(world):
    answer = reply(world, "Were the Ostian drones aimed at Parva?")
    assert "MOBILIZATION, THREAT" in answer.reading and answer.to_dict()["verdict"] == "no"


def test_an_actors_president_is_the_person_in_that_office(world):
    answer = reply(world, "Who did Parva's president meet?")
    assert names(answer) == ["Quell"] and "Ana Vel" in answer.reading


def test_granting_asylum_is_support(world):
    assert names(reply(world, "Who granted asylum to Bo Rin?")) == ["Quell"]


def test_navies_that_patrolled_with(world):
    assert names(reply(world, "Which navies have exercised or patrolled with Tarsis?")) == ["Norland"]


def test_switching_away_from_a_side(world):
    answer = reply(world, "Who switched recognition away from Quell?")
    assert names(answer) == ["Ostia", "Rhun"] and "took up with another the same year" in answer.reading


def test_pulling_ambassadors_out_and_calling_an_envoy_in_are_protests(world):
    assert names(reply(world, "Which states pulled their ambassadors out of Ostia?")) == ["Parva"]
    assert names(reply(world, "Which envoy did Quell call in?")) == ["Cal Dorn"]


def test_hostile_steps_going_after_keeping_out_and_co_chairing(world):
    assert names(reply(world, "Against whom has Ostia taken hostile steps?")) == ["Parva", "Quell", "Rhun"]
    assert names(reply(world, "Who has gone after Ana Vel?")) == ["Rhun"]
    assert names(reply(world, "Which governments did Tarsis keep out of the summit?")) == ["Ostia"]
    assert names(reply(world, "Which countries co-chair the Concord Council?")) == ["Tarsis"]


def test_helping_two_sides_settle_their_quarrel_is_mediation(world):
    assert names(reply(world, "Who has helped Parva and Quell settle their quarrel?")) == ["Tarsis"]


def test_a_month_without_its_year_is_the_last_one_the_sources_reach(world):
    answer = reply(world, "Whom did Norland attack in May?")
    assert names(answer) == ["Tarsis"] and "2024-05" in answer.reading  # the newest source: June 2024


def test_a_capital_after_the_party_is_where(world):
    answer = reply(world, "Who did Ana Vel meet in Astana?")
    assert names(answer) == ["Quell"] and "not used: 'in astana'" in answer.reading


def test_every_extractor_trigger_is_judged_for_questions_once():
    """A trigger added to the article extractor's lexicon reads no question until someone lists it in
    ``extractor_reads`` (a question reads it) or ``extractor_skips`` (it does not) in ``diplograph/queries/loose.yaml``,
    so that a new article construction cannot change what questions mean unnoticed."""
    from diplograph.datafiles import packaged
    from diplograph.loaders.articles.lexicon import load_lexicon as extractor_lexicon

    loose = packaged("diplograph.queries", "loose.yaml")
    reads, skips = set(loose["extractor_reads"]), set(loose["extractor_skips"])
    lexicon = extractor_lexicon()
    triggers = {t.name for t in (*lexicon.verb_triggers, *lexicon.noun_triggers)}
    assert not reads & skips, f"listed both read and skipped: {sorted(reads & skips)}"
    assert not (reads | skips) - triggers, f"no such extractor trigger: {sorted((reads | skips) - triggers)}"
    assert not triggers - reads - skips, (f"new extractor triggers: list each under extractor_reads or extractor_skips "
                                          f"in diplograph/queries/loose.yaml: {sorted(triggers - reads - skips)}")
