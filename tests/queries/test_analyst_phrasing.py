"""Phrasings of analysts who never read the grammar, each a general construction, read by the
general reader of questions. Invented actors and sentences.

- yes/no opened by a modal ("Could ...", "Would ...", "Will ..."): what the sources say
  happened, is planned or may happen;
- idioms that name several relations ("at odds with", "on good terms", "fell out with",
  "boots on the ground");
- two or more actors and no relation word: what the sources say between them ("What's the
  Aland-Borvia relationship?", keyword queries "aland borvia");
- a relation word that only qualifies the noun after it ("the Aland-Borvia *border* agreement");
- a war or conflict named by one side ("When did the war in Caldor start?").
"""

import pytest

from diplograph.queries.ask import ask


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("phrasing") / "phrasing.db")
    for name in ("Aland", "Caldor", "Dastan", "Eskar", "Fenmark", "Gorsk"):
        w.actor(name)
    w.actor("Borvia", "state", "Borvian")
    w.actor("Red Hand", "armed_group")
    w.actor("Iron Lords", "armed_group")
    w.actor("Tor Vale", "person")
    w.actor("Ana Roe", "person")
    w.actor("Vane Works", "company")
    w.actor("Kora Ltd", "company")
    w.source("wire", published="2024-02-01")
    w.say("Aland", "AGREEMENT", "Borvia", "wire", "2023-04-02", sentence="Aland and Borvia signed a border agreement.")
    w.say("Aland", "BORDERS", "Borvia", "wire", sentence="Aland borders Borvia.")
    w.say("Aland", "CRITICISM", "Caldor", "wire", "2023-05", sentence="Aland condemned Caldor.")
    w.say("Caldor", "COERCION", "Dastan", "wire", "2023-06", sentence="Caldor expelled Dastan's diplomats.")
    w.say("Eskar", "ATTACK", "Red Hand", "wire", modality="speculative",
          sentence="Eskar might strike the Red Hand itself.")
    w.say("Fenmark", "MILITARY_PRESENCE", "Caldor", "wire", modality="planned",
          sentence="Fenmark will send police officers to Caldor.")
    w.say("Borvia", "MILITARY_PRESENCE", "Caldor", "wire", modality="denied",
          sentence="Borvia has ruled out deploying troops in Caldor.")
    w.say("Red Hand", "ARMED_CLASH", "Caldor", "wire", "2022-03-15", sentence="War broke out between the Red Hand and Caldor.")
    w.say("Borvia", "ARMS_TRANSFER", "Dastan", "wire", "2021", weapon="Falcon UAV", sentence="Borvia sold drones to Dastan.")
    w.say("Borvia", "AID", "Dastan", "wire", "2021", sentence="Borvia funds Dastan's army.")
    w.say("Borvia", "SUPPORT", "Red Hand", "wire", sentence="Borvia backs the Red Hand.")
    w.say("Dastan", "AID", "Iron Lords", "wire", sentence="Dastan pays the Iron Lords.")
    w.say("Eskar", "CONSULTATION", "Dastan", "wire", "2023-09-10", sentence="Eskar's leader met Dastan's at the Lakeside summit.")
    w.say("Eskar", "CONSULTATION", "Fenmark", "wire", "2023-09-10", sentence="Eskar's leader also saw Fenmark's.")
    w.say("Eskar", "CONSULTATION", "Caldor", "wire", "2022-01-05", sentence="Eskar's leader met Caldor's in the capital.")
    w.say("Eskar", "ATTACK", "Tor Vale", "wire", "2024-01-09", modality="unconfirmed",
          sentence="Tor Vale was killed; Caldor blamed Eskar, which did not comment.")
    w.say("Vane Works", "BASED_IN", "Borvia", "wire", sentence="the Borvian firm Vane Works")
    w.say("Ana Roe", "AFFILIATED_WITH", "Aland", "wire", role="President", sentence="Aland's President Ana Roe")
    w.say("Kora Ltd", "BASED_IN", "Dastan", "wire", sentence="Dastan's Kora Ltd")
    w.say("Vane Works", "INVESTMENT", "Caldor", "wire", sentence="Vane Works invested in Caldor.")
    w.say("Kora Ltd", "INVESTMENT", "Caldor", "wire", sentence="Kora Ltd invested in Caldor.")
    w.actor("Kite", "weapon")
    w.say("Vane Works", "MANUFACTURES", "Kite", "wire", sentence="Vane Works builds the Kite drone.")
    w.say("Gorsk", "MILITARY_PRESENCE", "Caldor", "wire", modality="planned", sentence="Gorsk will send troops to Caldor.")
    w.source("register", published="2025-03-01")
    for supplier, year, tiv in (("Aland", "2020", "10.5"), ("Aland", "2021", "4"), ("Caldor", "2021", "30"),
                                ("Fenmark", "2022", "1")):
        w.say(supplier, "ARMS_TRANSFER", "Gorsk", "register", year, weapon=f"Model {year}", tiv_delivered=tiv,
              delivery_years=[year], sentence=f"{supplier} delivered to Gorsk")
    w.say("Caldor", "PROTEST", "Eskar", "wire", "2019-09", sentence="Caldor cut ties with Eskar.")
    w.say("Caldor", "AGREEMENT", "Fenmark", "wire", "2019-09", sentence="Caldor established ties with Fenmark.")
    w.say("Dastan", "PROTEST", "Eskar", "wire", "2021", sentence="Dastan cut ties with Eskar.")
    w.say("Fenmark", "ARMS_TRANSFER", "Aland", "wire", "2020", weapon="Kestrel gun",
          weapon_description="naval gun", sentence="Fenmark delivered naval guns to Aland.")
    w.say("Eskar", "ARMS_TRANSFER", "Aland", "wire", "2020", weapon="Kestrel Mk2",
          weapon_description="armed UAV", sentence="Eskar delivered armed drones to Aland.")
    with w.graph() as graph:
        yield graph


def names(reply):
    return sorted(a.name for a in reply.answers)


@pytest.mark.parametrize("question, verdict", [
    ("Could Eskar strike the Red Hand itself?", "disputed"),  # only speculated
    ("Would Eskar attack the Red Hand?", "disputed"),
    ("Will Fenmark send police officers to Caldor?", "yes"),  # planned: it is to happen
    ("Could Aland sign a deal with Borvia?", "yes"),  # it happened
    ("Might Dastan attack Eskar?", "no"),  # nothing says so
])
def test_a_modal_yes_no_question_asks_what_happened_is_planned_or_may_happen(world, question, verdict):
    reply = ask(world.nx, question)
    assert reply.understood and reply.extra["verdict"] == verdict
    assert "asked with" in reply.reading


def test_a_negated_modal_question_is_still_refused(world):
    assert not ask(world.nx, "Could Eskar not strike the Red Hand?").understood


@pytest.mark.parametrize("question, expected", [
    ("Who is Caldor at odds with?", ["Aland", "Dastan", "Eskar"]),  # either side of a criticism, an expulsion, a cut
    ("Who is Aland at loggerheads with?", ["Caldor"]),
    ("Which country did Dastan fall out with?", ["Caldor", "Eskar"]),
    ("Who has boots on the ground in Caldor?", ["Fenmark", "Gorsk"]),  # planned answers; the denial is flagged
])
def test_idioms_name_the_relations_they_stand_for(world, question, expected):
    reply = ask(world.nx, question)
    assert reply.understood and names(reply) == expected


@pytest.mark.parametrize("question, verdict", [
    ("Are Aland and Caldor at odds?", "yes"),
    ("Are Caldor and Aland at odds?", "yes"),  # either way
    ("Are Aland and Borvia on good terms?", "yes"),  # an agreement
    ("Are Caldor and Dastan on good terms?", "no"),
    ("Does Borvia have boots on the ground in Caldor?", "no"),  # only denied
])
def test_idioms_in_yes_no_questions(world, question, verdict):
    reply = ask(world.nx, question)
    assert reply.understood and reply.extra["verdict"] == verdict


@pytest.mark.parametrize("question", [
    "What's the Aland-Borvia relationship?",
    "What is the relationship between Aland and Borvia?",
    "Describe relations between Aland and Borvia",
    "aland borvia",
])
def test_two_actors_and_no_relation_word_ask_what_the_sources_say_between_them(world, question):
    reply = ask(world.nx, question)
    assert reply.understood and names(reply) == ["Aland", "Borvia"]
    assert {e.predicate for e in reply.evidence} == {"AGREEMENT", "BORDERS"}


def test_a_keyword_query_with_a_weapon_category_keeps_its_claims(world):
    reply = ask(world.nx, "borvia dastan drones")
    assert reply.understood and {e.predicate for e in reply.evidence} == {"ARMS_TRANSFER"}
    assert "UAV" in reply.reading


def test_three_actors_named_bare_ask_about_each_pair(world):
    reply = ask(world.nx, "Caldor Dastan Aland")
    assert reply.understood and {(e.subject.name, e.object.name) for e in reply.evidence} == \
        {("Aland", "Caldor"), ("Caldor", "Dastan")}


def test_a_relation_word_before_a_relation_noun_only_qualifies_it(world):
    reply = ask(world.nx, "When was the Aland-Borvia border agreement signed?")
    assert reply.understood and reply.extra["when"] == "2023-04-02"
    assert "AGREEMENT" in reply.reading and "BORDERS" not in reply.reading.split("(")[0]


def test_what_is_behind_a_pair_s_tensions_is_between_them(world):
    reply = ask(world.nx, "What's behind the Caldor-Aland tensions?")
    assert reply.understood and names(reply) == ["Aland", "Caldor"]
    assert {e.predicate for e in reply.evidence} == {"CRITICISM"}


@pytest.mark.parametrize("question", ["What's behind the Caldor-Aland friction?", "caldor aland rift - what happened?"])
def test_the_quarrel_words_the_extractor_reads_as_disputes_ask_for_the_whole_quarrel(world, question):
    # "friction" and "rift" are DISPUTE triggers of the extractor (session 21); asked about, they name every
    # quarrelling relation, as "tensions" does, not the dispute alone
    reply = ask(world.nx, question)
    assert reply.understood and names(reply) == ["Aland", "Caldor"]
    assert {e.predicate for e in reply.evidence} == {"CRITICISM"}


@pytest.mark.parametrize("question", ["When did the war in Caldor start?",
                                      "When did the war between the Red Hand and Caldor begin?"])
def test_when_a_war_began(world, question):
    reply = ask(world.nx, question)
    assert reply.understood and reply.extra["when"] == "2022-03-15"


@pytest.mark.parametrize("question, expected", [
    ("Which countries dumped Eskar for Fenmark?", ["Caldor"]),  # Dastan broke with Eskar, took up with no one
    ("Who switched recognition from Eskar to Fenmark in 2019?", ["Caldor"]),
    ("Who recognised Fenmark instead of Eskar?", ["Caldor"]),
])
def test_a_switch_of_side_is_a_break_with_one_and_a_tie_to_the_other(world, question, expected):
    reply = ask(world.nx, question)
    assert reply.understood and names(reply) == expected and "broke with Eskar" in reply.reading


@pytest.mark.parametrize("question", ["Who is Red Hand's firmest backer?", "Who are the Red Hand's backers?",
                                      "Who are the backers of the Red Hand?"])
def test_backers_give_support_aid_or_arms(world, question):
    reply = ask(world.nx, question)
    assert reply.understood and names(reply) == ["Borvia"]


def test_a_possessive_after_a_plural_name_is_read(world):
    reply = ask(world.nx, "Who is the Iron Lords' biggest backer?")
    assert reply.understood and names(reply) == ["Dastan"]
    unknown = ask(world.nx, "Who are the Eskars' suppliers?")  # no such actor: said, not guessed
    assert not unknown.understood and "Eskars" in unknown.message


def test_a_sipri_weapon_of_no_category_is_left_out_of_a_category(world):
    reply = ask(world.nx, "Who sold Aland armed drones?")  # the naval gun is described, and is no drone
    assert reply.understood and names(reply) == ["Eskar"] and "kept" not in reply.reading


def test_a_named_meeting_keeps_the_claims_made_there(world):
    reply = ask(world.nx, "Who did Eskar sit down with at the Lakeside summit?")
    assert reply.understood and names(reply) == ["Dastan", "Fenmark"]  # the same day; not Caldor
    assert "lakeside" in reply.reading


def test_firing_at_is_an_attack_or_an_exchange_of_fire(world):
    reply = ask(world.nx, "Which armed groups have been firing at Caldor?")
    assert reply.understood and names(reply) == ["Red Hand"]


def test_a_deed_done_to_the_possessor(world):
    reply = ask(world.nx, "Was Eskar behind Tor Vale's assassination?")
    assert reply.understood and reply.extra["verdict"] == "disputed"
    who = ask(world.nx, "Who was behind Tor Vale's killing?")
    assert who.understood and [f.actor.name for f in who.flagged] == ["Eskar"]


def test_a_demonym_before_the_type_asked_keeps_the_answers_of_that_state(world):
    reply = ask(world.nx, "Which Borvian company invested in Caldor?")
    assert reply.understood and names(reply) == ["Vane Works"] and "based in or serving Borvia" in reply.reading


def test_neighbours_asked_for_are_said_not_guessed(world):
    reply = ask(world.nx, "Which neighbours has Aland criticised?")
    assert reply.understood and names(reply) == ["Caldor"]
    assert "no border" in reply.reading


@pytest.mark.parametrize("question", ["How would you describe relations between Aland and Borvia?",
                                      "Tell me about the relationship between Aland and Borvia"])
def test_asking_to_describe_relations_is_what_happened_between_them(world, question):
    reply = ask(world.nx, question)
    assert reply.understood and {e.predicate for e in reply.evidence} == {"AGREEMENT", "BORDERS"}


def test_a_participle_after_a_relation_noun_leaves_the_noun_the_relation(world):
    reply = ask(world.nx, "When was the Aland-Borvia agreement struck?")  # no strike
    assert reply.understood and reply.extra["when"] == "2023-04-02" and "ATTACK" not in reply.reading


def test_a_keyword_query_with_a_relation_noun_is_that_relation_between_them(world):
    reply = ask(world.nx, "caldor dastan expulsion")
    assert reply.understood and names(reply) == ["Caldor", "Dastan"]
    assert {e.predicate for e in reply.evidence} == {"COERCION"}


def test_will_in_a_list_question_asks_what_is_planned_or_done(world):
    reply = ask(world.nx, "Which countries will send troops to Caldor?")
    assert reply.understood and "Gorsk" in names(reply) and "asked with 'will'" in reply.reading
    assert not ask(world.nx, "Which countries will not send troops to Caldor?").understood


def test_the_makers_of_a_named_system_or_a_category_kept_to_a_nationality(world):
    for question in ("Which Borvian firm builds the Kite?", "Which Borvian companies make drones?"):
        reply = ask(world.nx, question)
        assert reply.understood and names(reply) == ["Vane Works"], question


def test_killing_is_an_attack(world):
    reply = ask(world.nx, "Who did Eskar kill?")
    assert reply.understood and [f.actor.name for f in reply.flagged] == ["Red Hand", "Tor Vale"]  # both hedged


def test_the_biggest_supplier_is_ranked_by_the_value_delivered(world):
    reply = ask(world.nx, "Who is Gorsk's biggest arms supplier?")
    assert reply.understood and names(reply) == ["Caldor"]  # 30 against Aland's 14.5
    assert "SIPRI trend-indicator value" in reply.reading
    assert reply.details[0].startswith("ranked by SIPRI trend-indicator value delivered: Caldor: 30; Aland: 14.5")
    main = ask(world.nx, "Who are Gorsk's main suppliers?")  # a plural keeps them all, in rank order
    assert [a.name for a in main.answers] == ["Caldor", "Aland", "Fenmark"]


@pytest.mark.parametrize("question, verdict", [("Did Borvia back the rebels in Caldor?", "yes"),
                                               ("Has Fenmark armed the rebels in Caldor?", "no")])
def test_the_rebels_in_a_state_are_the_armed_groups_the_graph_places_there(world, question, verdict):
    reply = ask(world.nx, question)  # the Red Hand fights Caldor
    assert reply.understood and reply.extra["verdict"] == verdict
    assert "any armed group the graph places in Caldor (Red Hand)" in reply.reading


@pytest.mark.parametrize("question", ["What has Ana Roe agreed with Borvia?", "What did Aland sign with Borvia?"])
def test_what_one_did_with_another_is_that_relation_between_them(world, question):
    reply = ask(world.nx, question)  # a leader stands for the state she serves
    assert reply.understood and names(reply) == ["Aland", "Borvia"]
    assert {e.predicate for e in reply.evidence} == {"AGREEMENT"}


def test_a_ceasefire_is_an_agreement(world):
    reply = ask(world.nx, "aland borvia ceasefire date")
    assert reply.understood and reply.reading.startswith("when: AGREEMENT")


def test_counts_by_year(world):
    reply = ask(world.nx, "How many countries delivered weapons to Gorsk per year?")
    assert reply.understood and reply.extra["by_year"] == {"2020": 1, "2021": 2, "2022": 1}
    assert reply.extra["count"] == 3 and "2021: 2 (Aland, Caldor)" in reply.details


def test_a_question_with_no_relation_and_one_actor_is_not_answered(world):
    assert not ask(world.nx, "Could Aland be bigger?").understood
