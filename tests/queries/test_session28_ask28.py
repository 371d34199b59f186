"""Questions in the analyst's own words (session 28, ask28): each a family of wordings the reader missed, read
whatever the wording. Invented actors and wording (none taken from a question set).

- a relation word typed nearly right ("congradulate", "threatend", "sanctionned") is read as the one relation
  word near it, only when nothing reads the question as typed and no English word is meant (`spelling.py`);
- the type asked for is the one after "which", not a noun before it ("the envoys of which governments");
- forces kept "outside its own borders", "beyond its borders", "abroad" are a presence elsewhere, never borders;
- the host of another side's forces ("which countries host X's troops", "does A host B-ian soldiers", "does A have
  B-ian troops on its soil") is where they are, not a go-between hosting talks (`hosting.py`);
- "since when" after a topic and a colon or dash asks when, the topic only the occasion;
- "played host" is hosting, and the type asked before it after talks named first is kept ("which govt played host");
- what two sides "got done" is whatever they did, never arms they got;
- a go-between said as a route ("does A go through B to talk to C", "who does A go through to reach C", "did A use
  B as a channel to C") is B's mediation between them (`channels.py`); arms sent through B are not;
- a meeting named by its place and sides, leaders by surname ("the Lune summit of Venn, Kora and Sand - which day?"),
  asks when they met;
- a person named with the state and office before the name ("Parva's foreign minister Kora", "the Norlandic
  president Venn") is the person alone, the state no second party (`offices.py`);
- a setting said first ("at the lodge opening in Ostport, who did Kora meet?") is where, never a party (Ostport being
  Ostia's capital);
- a proposal dismissed in slang ("who shot down the pact", "the deal - who torpedoed it?") is rejected; an aircraft
  shot down is still hit (`dismissals.py`);
- an office taken up in a month ("who took over the council chair in August 2024?") is the leadership begun then,
  not every chair that held then (`takeover.py`);
- a clipped noun phrase with a participle closed by "- which ones?" ("states flying Kestrel drones — which ones?")
  asks which of them do it (`type_first` in `clipped.py`);
- what was agreed, said as a clause after the verb ("did A and B agree on pulling the troops out?"), is not read as
  the relation asked (`agreed.py`);
- a singular pronoun after someone's things in the plural ("X's proxies in Y - which group does it sponsor?") is the
  owner, not the place.
"""

import pytest

from diplograph.queries.ask import ask
from diplograph.queries.spelling import respelt
from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session28") / "session28.db")
    for name, *aliases in [("Norland", "Norlandic", "Norlanders"), ("Ostia", "Ostian", "Ostians", "Ostport"),
                           ("Rhun", "Rhunic"), ("Parva", "Parvan", "Parvans"), ("Quell", "Quellish"),
                           ("Velmark", "Velmarkian")]:
        w.actor(name, "state", *aliases)
    w.actor("Odo Venn", "person", "Venn")
    w.actor("Ines Kora", "person", "Kora")
    w.source("wire", published="2025-12-20")
    w.say("Odo Venn", "AFFILIATED_WITH", "Norland", "wire", "2019", sentence="Norlandic President Odo Venn.",
          role="President")
    w.say("Ines Kora", "AFFILIATED_WITH", "Parva", "wire", sentence="Parvan foreign minister Ines Kora.",
          role="foreign minister")
    # congratulations and threats
    w.say("Rhun", "SUPPORT", "Odo Venn", "wire", "2025-03-02", sentence="Rhun congratulated Venn on his re-election.")
    w.say("Quell", "SUPPORT", "Odo Venn", "wire", "2025-03-02", sentence="Quell congratulated Venn on his win.")
    w.say("Ostia", "THREAT", "Parva", "wire", "2025-04-02", sentence="Ostia threatened Parva with sanctions.")
    # envoys expelled
    w.say("Norland", "COERCION", "Parva", "wire", "2025-05-02", sentence="Norland expelled Parvan diplomats.")
    w.say("Norland", "COERCION", "Quell", "wire", "2025-05-02", sentence="Norland expelled Quellish diplomats.")
    w.say("Norland", "COERCION", "Ines Kora", "wire", "2025-05-03", sentence="Norland expelled Kora's aide.")
    # forces abroad, a border, a go-between
    w.say("Rhun", "MILITARY_PRESENCE", "Quell", "wire", "2024", sentence="Rhunic troops are stationed in Quell.")
    w.say("Rhun", "MILITARY_PRESENCE", "Parva", "wire", "2024", sentence="Rhun keeps a base in Parva.")
    w.say("Rhun", "BORDERS", "Velmark", "wire", sentence="Rhun's long border with Velmark.")
    w.say("Velmark", "MEDIATION", "Parva", "wire", "2024-05-10", sentence="Velmark hosted talks between Parva and Ostia.")
    w.say("Velmark", "MEDIATION", "Ostia", "wire", "2024-05-10", sentence="Velmark hosted talks between Parva and Ostia.")
    w.actor("Lio Sand", "person", "Sand")
    w.say("Lio Sand", "MEDIATION", "Parva", "wire", "2024-05-10", sentence="Velmark's Lio Sand hosted the Parva-Ostia talks.")
    w.say("Parva", "CONSULTATION", "Ostia", "wire", "2024-05-10", sentence="Parvan and Ostian ministers met in Velmark.")
    w.say("Parva", "AGREEMENT", "Ostia", "wire", "2024-05-11", sentence="Parva and Ostia signed a fisheries accord.")
    w.say("Parva", "ARMS_TRANSFER", "Ostia", "wire", "2022-01-11", weapon="Kestrel", weapon_description="UAV",
          sentence="Parva sold Kestrel drones to Ostia.")
    # a go-between carrying messages, a proxy, a meeting of three
    w.actor("Kite Brigade", "armed_group")
    w.actor("Ash Front", "armed_group")
    w.say("Velmark", "MEDIATION", "Norland", "wire", "2025-02-02",
          sentence="Velmark carried messages between Norland and the Kite Brigade.")
    w.say("Velmark", "MEDIATION", "Kite Brigade", "wire", "2025-02-02",
          sentence="Velmark carried messages between Norland and the Kite Brigade.")
    w.say("Rhun", "ARMS_TRANSFER", "Kite Brigade", "wire", "2025-02-03", weapon="Ember", weapon_description="mortar",
          sentence="Rhun shipped mortars to the Kite Brigade through Velmark.")
    w.say("Ostia", "SUPPORT", "Ash Front", "wire", "2025-01-03", sentence="Ostia sponsors the Ash Front in Quell.")
    w.say("Quell", "SUPPORT", "Kite Brigade", "wire", "2025-01-03", sentence="Quell backs the Kite Brigade.")
    w.say("Odo Venn", "CONSULTATION", "Ines Kora", "wire", "2025-06-14",
          sentence="Venn, Kora and Sand met at Lune Lodge.")
    w.say("Odo Venn", "CONSULTATION", "Lio Sand", "wire", "2025-06-14",
          sentence="Venn, Kora and Sand met at Lune Lodge.")
    w.say("Quell", "REJECTION", "Rhun", "wire", "2025-07-02", sentence="Quell rejected Rhun's regional security pact.")
    w.say("Ostia", "ATTACK", "Rhun", "wire", "2025-07-03", sentence="Ostia shot down a Rhunic drone.")
    w.actor("Reef Council", "organization")
    w.say("Parva", "LEADS", "Reef Council", "wire", "2023-08-20", sentence="Parva took the Reef Council chair.")
    w.say("Quell", "LEADS", "Reef Council", "wire", "2024-08-17", sentence="Quell took over the Reef Council chair.")
    w.say("Velmark", "LEADS", "Reef Council", "wire", modality="planned",
          sentence="Velmark will assume the Reef Council chair next year.")
    return w.graph()


@pytest.mark.parametrize("question", ["who was quick to congradulate venn on his re-election",
                                      "which states congratualted Venn?", "who congradulated venn"])
def test_a_misspelt_verb_is_read_as_the_one_relation_word_near_it(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Quell", "Rhun"] and "read as \"congrat" in answer.reading


def test_a_misspelt_verb_in_a_yes_or_no_question(world):
    answer = reply(world, "has ostia threatend parva?")
    assert answer.extra["verdict"] == "yes" and '"threatend" read as "threatened"' in answer.reading


@pytest.mark.parametrize("question", ["who was quick to congratulate venn", "did ostia threaten parva"])
def test_a_word_spelt_right_is_not_respelt(world, question):
    assert "read as \"" not in reply(world, question).reading


def test_english_words_and_names_are_never_respelt():
    assert respelt("who attached the annex to the report?") is None  # not "attacked"
    assert respelt("which states planned a summit?") is None  # not "panned"
    assert respelt("where does something exist?") is None
    assert respelt("who met Kongratulat?", lambda word: word == "Kongratulat") is None


def test_a_word_near_no_relation_word_leaves_the_question_unread(world):
    assert not ask(world.nx, "who flobbergasted venn?").understood


@pytest.mark.parametrize("question", ["norland expelled the diplomats of which governments?",
                                      "norland kicked out the envoys of which countries?"])
def test_the_type_asked_is_the_one_after_which(world, question):
    assert names(reply(world, question)) == ["Parva", "Quell"]


def test_a_person_type_after_which_is_still_asked(world):
    assert names(reply(world, "the aides of which officials did norland expel?")) == ["Ines Kora"]


@pytest.mark.parametrize("question", ["where are rhun's troops stationed outside its own borders?",
                                      "where are rhunic soldiers based beyond its borders",
                                      "where does Rhun keep soldiers abroad", "where has rhun got troops on foreign soil"])
def test_forces_outside_their_borders_are_a_presence_abroad(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Parva", "Quell"] and "BORDERS" not in answer.reading


def test_the_borders_asked_plainly_are_still_borders(world):
    assert "Velmark" in names(reply(world, "which countries does rhun border?"))


@pytest.mark.parametrize("question", ["which countries host rhunic troops?", "who plays host to Rhunic bases",
                                      "which states are home to rhun's soldiers"])
def test_the_hosts_of_forces_are_where_they_are(world, question):
    assert names(reply(world, question)) == ["Parva", "Quell"]


@pytest.mark.parametrize("question, verdict", [("does quell host rhunic soldiers?", "yes"),
                                               ("is parva hosting rhunic troops", "yes"),
                                               ("does parva have rhunic troops on its soil?", "yes"),
                                               ("does velmark host rhunic troops?", "no")])
def test_whether_a_state_hosts_forces(world, question, verdict):
    answer = reply(world, question)
    assert answer.extra["verdict"] == verdict and "MILITARY_PRESENCE" in answer.reading


def test_hosting_talks_is_still_mediation(world):
    assert names(reply(world, "which country hosted the talks between parva and ostia?")) == ["Velmark"]


def test_arms_a_state_has_are_no_forces_hosted():
    from diplograph.queries.hosting import hosted_forces

    assert hosted_forces("does parva have norlandic jets", ("jets", "troops")) == "does parva have norlandic jets"
    assert hosted_forces("does parva host norlandic jets", ("jets", "troops")) == "are there norlandic jets in parva"


@pytest.mark.parametrize("question", ["the islands row: since when has velmark been mediating between parva and ostia?",
                                      "parva-ostia feud - since when has velmark mediated between them?"])
def test_since_when_after_a_topic_asks_when(world, question):
    answer = reply(world, question)
    assert answer.extra.get("when") == "2024-05-10" and "MEDIATION" in answer.reading


@pytest.mark.parametrize("question", ["parva-ostia talks in may 2024 - which govt played host?",
                                      "which country played host to the talks between parva and ostia?"])
def test_playing_host_is_hosting_and_the_type_asked_is_kept(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Velmark"] and "MEDIATION" in answer.reading


def test_who_played_host_is_who_hosted(world):
    answer = reply(world, "parva-ostia talks in may 2024 - who played host?")
    assert "Velmark" in names(answer) and "MEDIATION" in answer.reading


@pytest.mark.parametrize("question", ["parva and ostia in may 2024 - what did they get done?",
                                      "what did parva and ostia get done in may 2024?"])
def test_what_two_sides_got_done_is_what_they_did(world, question):
    answer = reply(world, question)
    said = {e.predicate for e in answer.evidence}
    assert {"CONSULTATION", "AGREEMENT"} <= said and "ARMS_TRANSFER" not in answer.reading


def test_what_a_side_got_is_still_arms(world):
    assert "ARMS_TRANSFER" in reply(world, "what did ostia get from parva?").reading


@pytest.mark.parametrize("question", ["does norland go through velmark to talk to the kite brigade?",
                                      "did norland talk to the kite brigade via velmark?",
                                      "did norland use velmark as a channel to the kite brigade?"])
def test_a_route_to_the_other_side_is_mediation(world, question):
    answer = reply(world, question)
    assert answer.extra["verdict"] == "yes" and "MEDIATION" in answer.reading


@pytest.mark.parametrize("question", ["who does norland go through to talk to the kite brigade?",
                                      "which country does norland use as a go-between with the kite brigade?"])
def test_who_carries_the_messages_is_the_go_between(world, question):
    assert names(reply(world, question)) == ["Velmark"]


def test_a_route_with_no_talk_is_no_mediation():
    from diplograph.queries.channels import through_channel

    assert through_channel("did rhun ship mortars to the kite brigade through velmark") is None
    assert through_channel("did rhun go through velmark's airspace") is None


@pytest.mark.parametrize("question", ["lune lodge summit of venn, kora and sand - which day?",
                                      "the meeting between venn and kora: when?"])
def test_a_meeting_named_by_its_sides_then_its_day(world, question):
    assert reply(world, question).extra.get("when") == "2025-06-14"


def test_a_singular_pronoun_after_someones_proxies_is_the_owner(world):
    answer = reply(world, "ostia's proxies in quell - which armed group does it sponsor?")
    assert names(answer) == ["Ash Front"]


@pytest.mark.parametrize("question", ["who did parva's foreign minister kora meet?",
                                      "who did the parvan foreign minister kora hold talks with?",
                                      "at the lodge opening in ostport, who did parva's foreign minister kora meet?"])
def test_a_person_named_with_state_and_office_is_the_person(world, question):
    assert names(reply(world, question)) == ["Odo Venn"]


def test_a_state_and_a_person_joined_are_two_parties(world):
    answer = reply(world, "did norland and kora meet?")
    assert "Norland" in answer.reading and "Ines Kora" in answer.reading


@pytest.mark.parametrize("question", ["which state shot down rhun's security pact?", "who torpedoed rhun's pact",
                                      "rhun's security pact - who shot it down?",
                                      "which country poured cold water on rhun's regional security plan?"])
def test_a_proposal_dismissed_in_slang_is_rejected(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Quell"] and "REJECTION" in answer.reading


def test_an_aircraft_shot_down_is_still_hit(world):
    answer = reply(world, "who shot down rhun's drone?")
    assert "ATTACK" in answer.reading and "REJECTION" not in answer.reading


def test_an_office_taken_up_in_a_month_is_the_leadership_begun_then(world):
    answer = reply(world, "who took over the reef council chair in august 2024?")
    assert names(answer) == ["Quell"] and "taken up in the window" in answer.reading


def test_who_held_an_office_in_a_month_is_still_every_holder_then(world):
    answer = reply(world, "who chaired the reef council in august 2024?")
    assert "Quell" in names(answer) and "taken up" not in answer.reading


@pytest.mark.parametrize("question", ["states flying kestrel drones — which ones?", "states flying kestrel drones: which?",
                                      "states flying kestrel drones"])
def test_a_clipped_phrase_closed_by_which_ones_asks_which(world, question):
    assert names(reply(world, question)) == ["Ostia"]


@pytest.mark.parametrize("question, verdict", [
    ("did parva and ostia agree between themselves on sharing the fishing grounds?", "yes"),
    ("did parva and ostia agree on pulling the rhunic troops out of quell?", "yes"),
    ("did parva and quell agree on pulling the rhunic troops out?", "no")])
def test_what_was_agreed_said_as_a_clause_is_no_relation_asked(world, question, verdict):
    answer = reply(world, question)
    assert answer.extra["verdict"] == verdict and "AGREEMENT" in answer.reading and "what was agreed" in answer.reading
