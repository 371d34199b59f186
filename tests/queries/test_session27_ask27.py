"""Questions in the analyst's own words (session 27, ask27): each a family of wordings the reader missed, read
whatever the wording. Invented actors, systems and wording (none taken from a question set).

- shells sent, shipped or handed over are arms (artillery), never shelling; "actually" and "at some point" only
  insist;
- help cut off, halted, paused or frozen ("cut off weapons and intel to X") is a punitive step, never aid given;
- pushing back on someone's step is any objection: a rebuke, a protest or a refusal;
- who someone is, with a second clause asking the same ("who's X and what's his background");
- the matter told first and asked of after a dash (`toldfirst.py`): a deed then "what day?", forces in a place then
  "whose?", a trip then "who did he see?", talks then "who hosted?", a buyer's purchases then "which firms got the
  contracts?"; and a deed asked through a word of evidence ("any sign X handed Y to Z?");
- two doers of a deal "over" a third ("did A and B cut a deal over C") are its two parties; C is what it was about;
- a pact put on hold or ended a few words before its noun ("suspended the whole 2018 military pact") is ended;
- when a treaty known by its name was signed ("pukpuk"-like names typed in lower case too): the dates of the claims
  that name it (`signing.py`);
- the go-between's part played without the sides after it ("who has played facilitator in the A-B talks");
- a state's neighbours are those its sources say it borders and those the gazetteer's land borders give
  (`landborders.py`), also as the circle of "which of X's neighbours ...";
- "the North" in a question naming South Korea (or Seoul) is North Korea, and "the South" the other way (`halves.py`);
- a relation word inside a kind of arms ("*attack* helicopters") is the arms, no attack;
- the passive said with "get" ("which states got criticised by X", "did X get coerced by Y") is the passive.
"""

import pytest

from diplograph.graph.model import Actor
from diplograph.queries.ask import ask
from diplograph.queries.halves import other_half
from diplograph.queries.restating import got_passive
from diplograph.queries.signing import document_signed
from diplograph.queries.toldfirst import told_first
from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session27") / "session27.db")
    for name, *aliases in [("Norland", "Norlandic"), ("Ostia", "Ostian", "Ostians"), ("Rhun", "Rhunic"),
                           ("Parva", "Parvan"), ("Quell", "Quellish"), ("Velmark", "Velmarkian")]:
        w.actor(name, "state", *aliases)
    for code, name, *aliases in [("AFG", "Afghanistan", "Afghans", "Afghan"), ("PAK", "Pakistan", "Islamabad"),
                                 ("IRN", "Iran", "Tehran"), ("CHN", "China"), ("JPN", "Japan"),
                                 ("KOR", "South Korea", "Seoul"), ("PRK", "North Korea", "Pyongyang")]:
        w.actors[name] = Actor(f"state:{code}", name, "state", tuple(aliases))
    w.actor("Kite Brigade", "armed_group")
    w.actor("Harrow Works", "company")
    w.actor("Odo Venn", "person", "Venn")
    w.actor("Mara Quint", "person", "Quint")
    w.actor("Ines Kora", "person", "Kora")
    w.source("wire", published="2025-12-20")
    w.say("Odo Venn", "LEADS", "Kite Brigade", "wire", sentence="Kite Brigade leader Odo Venn.")
    w.say("Odo Venn", "AFFILIATED_WITH", "Quell", "wire", sentence="Venn, a former Quellish colonel.")
    w.say("Mara Quint", "AFFILIATED_WITH", "Rhun", "wire", sentence="Rhunic President Mara Quint.", role="President")
    w.say("Ines Kora", "AFFILIATED_WITH", "Parva", "wire", sentence="Parvan minister Ines Kora.", role="minister")
    # arms moved by other verbs
    w.say("Rhun", "ARMS_TRANSFER", "Parva", "wire", "2024-03-02", weapon="Ember", weapon_description="artillery shells",
          sentence="Rhun shipped Ember artillery shells to Parva.")
    w.say("Ostia", "ATTACK", "Parva", "wire", "2024-03-05", sentence="Ostia shelled Parvan border posts.")
    w.say("Norland", "ARMS_TRANSFER", "Quell", "wire", "2024-04-02", modality="unconfirmed", weapon="Lance",
          weapon_description="fighter aircraft", sentence="Norland may have delivered Lance jets to Quell.")
    w.say("Harrow Works", "ARMS_TRANSFER", "Parva", "wire", "2024-05-02", weapon="Tern", weapon_description="frigate",
          sentence="Parva ordered Tern frigates from Harrow Works.")
    w.say("Harrow Works", "AFFILIATED_WITH", "Velmark", "wire", sentence="Velmarkian shipbuilder Harrow Works.")
    w.say("Velmark", "ARMS_TRANSFER", "Quell", "wire", "2022-02-02", weapon="Hawk", weapon_description="combat helicopter",
          sentence="Velmark delivered Hawk attack helicopters to Quell.")
    # forces abroad
    w.say("Ostia", "MILITARY_PRESENCE", "Quell", "wire", "2024", sentence="Ostian troops are deployed in Quell.")
    w.say("Rhun", "MILITARY_PRESENCE", "Quell", "wire", "2024", sentence="Rhun keeps soldiers in Quell.")
    # a pact suspended
    w.say("Parva", "REJECTION", "Ostia", "wire", "2024-06-04", sentence="Parva suspended the 2018 military pact with Ostia.")
    w.say("Parva", "AGREEMENT", "Ostia", "wire", "2018-09-19", sentence="Parva and Ostia signed a military pact.")
    # a go-between
    w.say("Velmark", "MEDIATION", "Parva", "wire", "2024-05-10", sentence="Velmark hosted talks between Parva and Ostia.")
    w.say("Velmark", "MEDIATION", "Ostia", "wire", "2024-05-10", sentence="Velmark hosted talks between Parva and Ostia.")
    w.say("Parva", "CONSULTATION", "Ostia", "wire", "2024-05-10", sentence="Parvan and Ostian ministers met in Velmark.")
    # aid cut off
    w.say("Norland", "COERCION", "Ostia", "wire", "2025-03-03",
          sentence="Norland paused weapons deliveries and intelligence sharing with Ostia.")
    # objections to a plan
    w.say("Parva", "CRITICISM", "Norland", "wire", "2025-01-10", sentence="Parva criticised Norland's deportation flights.")
    w.say("Quell", "PROTEST", "Norland", "wire", "2025-01-11", sentence="Quell summoned Norland's envoy over the flights.")
    w.say("Rhun", "REJECTION", "Norland", "wire", "2025-01-12", sentence="Rhun refused to let Norland's planes land.")
    # a deal between two over a third
    w.say("Rhun", "AGREEMENT", "Ostia", "wire", "2020-02-02", sentence="Rhun and Ostia struck a deal over Quell.")
    # neighbours, one border told by the sources
    w.say("Iran", "BORDERS", "Afghanistan", "wire", sentence="Iran's long border with Afghanistan.")
    w.say("Iran", "COERCION", "Afghanistan", "wire", "2024-11-02", sentence="Iran expelled thousands of Afghans.")
    w.say("Pakistan", "COERCION", "Afghanistan", "wire", "2024-11-03", sentence="Pakistan deported Afghan refugees.")
    w.say("Japan", "COERCION", "Afghanistan", "wire", "2024-11-04", sentence="Japan froze Afghan assets.")
    # a divided country
    w.say("South Korea", "REJECTION", "North Korea", "wire", "2024-06-04",
          sentence="South Korea suspended its military pact with North Korea.")
    w.say("North Korea", "THREAT", "South Korea", "wire", "2024-06-05", sentence="North Korea threatened South Korea.")
    # a treaty known by its name
    w.say("Parva", "AGREEMENT", "Quell", "wire", "2025-10-06", sentence="Parva and Quell signed the Tamarind Treaty.")
    # a trip and whom the traveller met
    w.say("Odo Venn", "CONSULTATION", "Mara Quint", "wire", "2025-10-15", sentence="Venn met Quint in Rhun.")
    w.say("Odo Venn", "CONSULTATION", "Ines Kora", "wire", "2025-09-15", sentence="Venn met Kora in Parva.")
    return w.graph()


@pytest.mark.parametrize("question", ["is rhun really shipping artillery shells to parva?",
                                      "did Rhun ship shells to Parva", "has rhun been sending artillery rounds to parva"])
def test_shells_sent_or_shipped_are_arms(world, question):
    answer = reply(world, question)
    assert answer.extra["verdict"] == "yes" and "ARMS_TRANSFER" in answer.reading


def test_who_ships_shells_is_a_supplier_and_who_shelled_is_an_attacker(world):
    assert names(reply(world, "who is shipping artillery shells to parva")) == ["Rhun"]
    assert names(reply(world, "who shelled Parva")) == ["Ostia"]


@pytest.mark.parametrize("question", ["did norland hand lance jets to quell",
                                      "did norland actually hand over lance jets to quell?"])
def test_arms_handed_are_arms_supplied(world, question):
    assert reply(world, question).extra["verdict"] == "disputed"  # only an unconfirmed delivery


@pytest.mark.parametrize("question", ["did Norland cut off weapons and intel to Ostia at some point in early 2025",
                                      "did norland halt military aid to ostia", "Did Norland pause aid to Ostia?",
                                      "has norland frozen arms deliveries to ostia",
                                      "did norland suspend security assistance to ostia in 2025"])
def test_help_cut_off_is_a_punitive_step(world, question):
    answer = reply(world, question)
    assert answer.extra["verdict"] == "yes" and "COERCION" in answer.reading


def test_who_cut_off_help_lists_the_one_who_stopped_it(world):
    assert names(reply(world, "who froze arms deliveries to ostia")) == ["Norland"]


def test_help_given_is_not_help_cut_off(world):
    assert reply(world, "did norland send aid to ostia").extra["verdict"] == "no"
    assert reply(world, "did norland pause aid to ostia in 2024").extra["verdict"] == "no"


@pytest.mark.parametrize("question", ["which govts pushed back on Norland's deportation flights?",
                                      "who pushed back against norland", "which states have pushed back on Norland"])
def test_pushing_back_is_any_objection(world, question):
    assert names(reply(world, question)) == ["Parva", "Quell", "Rhun"]


def test_actually_only_insists(world):
    answer = reply(world, "Velmark vs Parva in May 2024: what actually went on between them?")
    assert "any relation" in answer.reading and names(answer) == ["Parva", "Velmark"]


@pytest.mark.parametrize("question", ["who's venn and what's his background?", "who is odo venn and who does he work for",
                                      "what's venn's background", "who is venn and where is he from"])
def test_who_someone_is_with_a_second_clause_asking_the_same(world, question):
    assert names(reply(world, question)) == ["Kite Brigade", "Quell"]


def test_a_second_clause_asking_something_else_is_no_identity(world):
    answer = ask(world.nx, "who is venn and who did he meet")
    assert not answer.understood or "Mara Quint" in names(answer) or "Ines Kora" in names(answer)


@pytest.mark.parametrize("question", ["Parva suspended the military pact with Ostia — what day?",
                                      "parva suspended its military pact with ostia: when was that",
                                      "Parva froze the defence pact with Ostia - which day?"])
def test_a_deed_told_then_its_date_asked(world, question):
    assert reply(world, question).extra["dates"][0] == "2024-06-04"


def test_a_noun_phrase_or_a_question_before_the_dash_is_no_deed_told():
    assert told_first("the Parva-Ostia pact - when") == "the Parva-Ostia pact - when"
    assert told_first("who suspended the pact - when") == "who suspended the pact - when"
    assert told_first("the United States-Parva pact - when") == "the United States-Parva pact - when"


@pytest.mark.parametrize("question", ["foreign troops in quell - whose?", "whose troops are in quell?",
                                      "which countries' soldiers are in quell", "troops stationed in Quell: whose?"])
def test_forces_in_a_place_asked_whose(world, question):
    assert names(reply(world, question)) == ["Ostia", "Rhun"]


def test_whose_forces_did_something_is_no_presence():
    assert told_first("whose troops attacked Quell", ("troops",)) == "whose troops attacked Quell"


@pytest.mark.parametrize("question", ["venn's october trip to rhun - who did he see?",
                                      "venn's trip to rhun, october 2025 - who did he meet with?",
                                      "Venn's October 2025 visit to Rhun: whom did he talk to?"])
def test_a_trip_then_whom_the_traveller_saw(world, question):
    assert names(reply(world, question)) == ["Mara Quint"]  # not Kora, met in September


@pytest.mark.parametrize("question", ["parva-ostia talks in may 2024 - who hosted?",
                                      "parva-ostia foreign ministers' talks in velmark, may 2024 - who hosted?",
                                      "the Parva-Ostia negotiations: who played host?"])
def test_talks_then_their_host(world, question):
    assert names(reply(world, question)) == ["Velmark"]  # the host, never the two sides


@pytest.mark.parametrize("question", ["parva's 2024 frigate buys - which shipbuilders got the contracts?",
                                      "who won the contract for parva's frigates",
                                      "Parva's frigate purchases: which firms landed the deals?"])
def test_a_buyers_purchases_then_who_won_the_contracts(world, question):
    assert names(reply(world, question)) == ["Harrow Works"]


@pytest.mark.parametrize("question,verdict", [("any sign norland actually handed lance jets to quell?", "disputed"),
                                              ("is there any evidence that rhun shipped shells to parva", "yes"),
                                              ("any indication that Ostia attacked Parva?", "yes"),
                                              ("any sign Rhun attacked Parva", "no")])
def test_a_deed_asked_through_a_word_of_evidence(world, question, verdict):
    assert reply(world, question).extra["verdict"] == verdict


def test_a_sign_of_a_thing_is_not_read_as_a_deed():
    assert told_first("any sign of Rhunic troops in Quell") == "any sign of Rhunic troops in Quell"
    assert told_first("any reports on Quell") == "any reports on Quell"


@pytest.mark.parametrize("question", ["did rhun and ostia cut some kind of deal over quell in 2020?",
                                      "did rhun and ostia strike a deal over quell",
                                      "Did Rhun and Ostia reach an agreement about Quell?"])
def test_two_doers_of_a_deal_over_a_third_are_its_parties(world, question):
    answer = reply(world, question)
    assert answer.extra["verdict"] == "yes" and "Rhun AGREEMENT Ostia" in answer.reading


def test_two_doers_and_one_done_to_are_each_asked(world):
    answer = reply(world, "did rhun and ostia attack quell")
    assert answer.extra["verdict"] == "no" and "each of the doers" in answer.reading


@pytest.mark.parametrize("question", ["Parva suspended the whole 2018 military pact with Ostia — what day?",
                                      "when did parva freeze its pact with ostia"])
def test_a_pact_ended_a_few_words_before_its_noun(world, question):
    answer = reply(world, question)
    assert answer.extra["dates"] == ["2024-06-04"] and "AGREEMENT" not in answer.reading


def test_a_verb_of_ending_in_another_clause_ends_no_pact(world):
    answer = ask(world.nx, "did parva end talks with quell and sign a pact with ostia")
    assert "ending" not in answer.reading


@pytest.mark.parametrize("question", ["when was the tamarind treaty signed", "tamarind treaty signing date",
                                      "the Tamarind Treaty - when signed?", "When was the Tamarind Treaty ratified?"])
def test_when_a_treaty_known_by_its_name_was_signed(world, question):
    answer = reply(world, question)
    assert answer.extra["when"] == "2025-10-06" and "tamarind" in answer.reading.lower()


def test_a_treaty_with_no_name_is_not_dated_by_name():
    assert document_signed("when was the treaty signed") is None
    assert document_signed("when was Parva sanctioned") is None
    assert document_signed("when were the Lune talks signed") is None


@pytest.mark.parametrize("question", ["parva-ostia talks over the years - who has played facilitator?",
                                      "who has played facilitator in the parva-ostia talks",
                                      "who served as a go-between for parva and ostia"])
def test_the_go_betweens_part_played(world, question):
    assert names(reply(world, question)) == ["Velmark"]


def test_the_part_played_with_no_sides_named_is_not_answered(world):
    assert not ask(world.nx, "who has played facilitator?").understood


def test_a_states_neighbours_include_the_gazetteers_land_borders(world):
    answer = reply(world, "Who are Afghanistan's neighbours?")
    assert names(answer) == ["China", "Iran", "Pakistan"] and "land borders" in answer.reading


@pytest.mark.parametrize("question", ["Which of Afghanistan's neighbours have been expelling Afghans?",
                                      "which of afghanistan's neighbours have coerced afghanistan"])
def test_the_circle_of_neighbours_is_every_land_neighbour(world, question):
    assert names(reply(world, question)) == ["Iran", "Pakistan"]  # not Japan, no neighbour


def test_a_border_asked_yes_or_no_is_still_what_the_sources_say(world):
    assert reply(world, "does afghanistan border china").extra["verdict"] == "no"


@pytest.mark.parametrize("question", ["Seoul suspended the military pact with the North — what day?",
                                      "when did seoul suspend its pact with the north"])
def test_the_north_beside_south_korea_is_north_korea(world, question):
    assert reply(world, question).extra["dates"] == ["2024-06-04"]


def test_the_south_beside_pyongyang_is_south_korea(world):
    assert reply(world, "did pyongyang threaten the south").extra["verdict"] == "yes"


def test_the_north_of_a_place_is_no_other_half():
    assert other_half("did seoul send troops to the north of the country") == \
        "did seoul send troops to the north of the country"
    assert other_half("who is active in the north") == "who is active in the north"


@pytest.mark.parametrize("question", ["where's quell been sourcing attack helicopters since 2020?",
                                      "who sold attack helicopters to quell"])
def test_a_relation_word_inside_a_kind_of_arms_is_the_arms(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Velmark"] and "ATTACK" not in answer.reading


def test_a_relation_noun_around_a_kind_of_arms_is_still_the_relation(world):
    assert "ATTACK" in reply(world, "who carried out drone strikes on parva").reading


@pytest.mark.parametrize("question,answer", [("who got coerced by norland", ["Ostia"]),
                                             ("which states got criticised by parva", ["Norland"]),
                                             ("who got attacked by ostia", ["Parva"])])
def test_the_passive_said_with_get(world, question, answer):
    assert names(reply(world, question)) == answer


def test_a_yes_or_no_passive_said_with_get(world):
    assert reply(world, "did ostia get coerced by norland").extra["verdict"] == "yes"


def test_getting_into_a_state_or_getting_arms_sent_is_no_passive():
    assert got_passive("who got involved in the talks") == "who got involved in the talks"
    assert got_passive("who got K2s shipped") == "who got K2s shipped"
