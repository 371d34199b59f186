"""Question frames and the party asked for (session 32, ask32), each over an invented world (states, people,
firms and bodies invented; no sentence taken from a question set or an article).

- a view asked for instead of a fact ("would you call A and B rivals?", "do you consider A B's ally?", "would you
  say A arms B?", "is it fair to say ..."): the plain yes-or-no, never a phone call or a statement;
- a topic named first and then asked of by a pronoun, whatever the question's opening word ("A vs B: would you
  call them rivals?", "X - who's he with?", "Y - which country's firm is it?");
- whom someone is with ("who's X with?": a person's employer or government, a state's side) and whose something is
  ("which country's firm is X?": its home);
- a possessive membership noun ("B's Union accession", "B's Union bid") makes B the party, not the body B would
  join.
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session32") / "session32.db")
    for name, *aliases in [("Valmora", "Valmoran", "Tesk"), ("Corvane", "Corvanian", "Lirr"), ("Dunmar", "Dunmari"),
                           ("Pellis", "Pellisian"), ("Arkos", "Arkosian"), ("Soren", "Sorenian")]:
        w.actor(name, "state", *aliases)
    w.actor("Mira Solen", "person", "Solen")
    w.actor("Teodor Kallis", "person", "Kallis")
    w.actor("Arkwright Marine", "company", "Arkwright")
    w.actor("Southern Union", "organization")
    w.actor("Coastal Council", "organization")
    w.actor("Ember Front", "armed_group")
    w.actor("Rafael Grossi", "person")  # in the gazetteer, with its other spellings
    w.actor("Abbas Araghchi", "person")  # the gazetteer also spells him "Abbas Araqchi"
    w.actor("Pakistan", "state")  # the gazetteer's Karachi is one letter-shuffle from "araqchi"
    w.actor("Egypt", "state")
    w.source("wire", published="2025-11-30")
    say = w.say
    say("Mira Solen", "AFFILIATED_WITH", "Valmora", "wire", sentence="Valmoran President Mira Solen.", role="President")
    say("Teodor Kallis", "AFFILIATED_WITH", "Arkwright Marine", "wire", sentence="Arkwright Marine's chief Teodor Kallis.",
        role="CEO")
    say("Arkwright Marine", "BASED_IN", "Pellis", "wire", sentence="Arkwright Marine, a Pellisian shipbuilder.")
    say("Valmora", "RIVALRY", "Corvane", "wire", "2025", sentence="Valmora and Corvane are regional rivals.")
    say("Dunmar", "ALLIANCE", "Pellis", "wire", "2019", sentence="Dunmar and Pellis signed a defence pact.")
    say("Pellis", "SUPPORT", "Corvane", "wire", "2025-03", sentence="Pellis backed Corvane in the border war.")
    say("Soren", "SUPPORT", "Ember Front", "wire", "2025-04", sentence="Soren backs the Ember Front.")
    say("Dunmar", "THREAT", "Arkos", "wire", "2025-05-02",
        sentence="Dunmar threatened to block Arkos's accession to the Southern Union.")
    say("Valmora", "SUPPORT", "Arkos", "wire", "2025-05-03", sentence="Valmora backed Arkos's bid to join the Union.")
    say("Arkos", "MEMBER_OF", "Southern Union", "wire", "2025", "planned", sentence="Arkos hopes to join the Union.")
    say("Valmora", "ARMS_TRANSFER", "Corvane", "wire", "2024", sentence="Valmora sold patrol boats to Corvane.")
    say("Valmora", "MOBILIZATION", "Corvane", "wire", "2025-06", sentence="Valmora sent out its frigates as Corvane massed.")
    say("Dunmar", "LEADS", "Coastal Council", "wire", "2024", sentence="Dunmar took over the Coastal Council chair.")
    say("Rafael Grossi", "AGREEMENT", "Abbas Araghchi", "wire", "2025-06-01", sentence="Grossi and Araghchi signed a deal.")
    say("Egypt", "MEDIATION", "Abbas Araghchi", "wire", "2025-06-01", sentence="Egypt hosted the signing.")
    return w.graph()


def verdict(world, question):
    return reply(world, question).to_dict()["verdict"]


@pytest.mark.parametrize("question, expected", [
    ("would you call valmora and corvane rivals?", "yes"),
    ("Would you describe Dunmar and Pellis as allies?", "yes"),
    ("do you consider dunmar and pellis allies", "yes"),
    ("would you call dunmar and valmora rivals?", "no"),
    ("would you say valmora and corvane are rivals?", "yes"),
    ("would you say that dunmar threatened arkos?", "yes"),
    ("is it fair to say pellis backs corvane?", "yes"),
    ("is it fair to say soren backs corvane?", "no"),
    ("would you regard dunmar as an ally of pellis?", "yes"),
    ("would you call valmora vs corvane rivals", "yes"),
])
def test_a_view_asked_for_is_the_plain_yes_or_no(world, question, expected):
    answer = reply(world, question)
    assert answer.to_dict()["verdict"] == expected
    assert "a view asked for" in answer.reading
    assert "CONSULTATION" not in answer.reading  # "call" is no phone call


def test_a_call_itself_is_still_a_call(world):
    from diplograph.queries.ask import ask

    for question in ("did valmora call corvane?", "would valmora call corvane?"):
        assert "a view asked for" not in ask(world.nx, question).reading


@pytest.mark.parametrize("question, expected", [
    ("valmora vs corvane: would you call them rivals?", "yes"),
    ("dunmar and pellis - would you describe them as allies?", "yes"),
    ("dunmar and valmora: would you call them rivals?", "no"),
])
def test_a_topic_then_a_view_of_them(world, question, expected):
    assert verdict(world, question) == expected


@pytest.mark.parametrize("question, expected", [
    ("who's kallis with?", ["Arkwright Marine"]),
    ("who is teodor kallis with these days?", ["Arkwright Marine"]),
    ("kallis - who's he with?", ["Arkwright Marine"]),
    ("mira solen: who's she with?", ["Valmora"]),
    ("who's pellis with?", ["Corvane", "Dunmar"]),  # its side and its ally
    ("soren - who is it with?", ["Ember Front"]),
])
def test_whom_someone_is_with(world, question, expected):
    answer = reply(world, question)
    assert names(answer) == expected
    assert "whom or whose asked" in answer.reading


@pytest.mark.parametrize("question, expected", [
    ("which country's firm is arkwright marine?", ["Pellis"]),
    ("arkwright marine - which country's firm is it?", ["Pellis"]),
    ("what country's company is arkwright?", ["Pellis"]),
    ("which country's president is mira solen?", ["Valmora"]),
])
def test_whose_firm_or_official_someone_is(world, question, expected):
    assert names(reply(world, question)) == expected


@pytest.mark.parametrize("question", ["who is valmora at odds with?", "who is pellis allied with?",
                                      "who's with kallis?"])
def test_with_after_a_verb_keeps_the_verb(world, question):
    from diplograph.queries.ask import ask

    assert "whom or whose asked" not in ask(world.nx, question).reading


@pytest.mark.parametrize("question, expected", [
    ("did dunmar threaten to block arkos's southern union accession?", "yes"),
    ("did dunmar threaten to hold up arkos's southern union bid?", "yes"),
    ("did valmora back arkos's southern union bid?", "yes"),
    ("did dunmar back arkos's southern union bid?", "no"),
])
def test_a_bid_to_join_makes_the_candidate_the_party(world, question, expected):
    assert verdict(world, question) == expected


@pytest.mark.parametrize("question, expected", [
    ("who threatened to veto arkos's southern union accession?", ["Dunmar"]),
    ("which states supported arkos's southern union bid?", ["Valmora"]),
])
def test_who_acted_on_a_bid_to_join(world, question, expected):
    assert names(reply(world, question)) == expected


def test_a_possessor_before_another_party_still_only_says_whose_it_is(world):
    # "soren's ember front": the group is the party, Soren only whose it is
    assert names(reply(world, "who backs soren's ember front?")) == ["Soren"]


@pytest.mark.parametrize("question, expected", [
    ("the border war: whose side is pellis on?", ["Corvane"]),
    ("Lirr border war - who's pellis with?", ["Corvane"]),
    ("the harbour crisis, which states backed corvane?", ["Pellis"]),
])
def test_a_topic_first_then_a_question_that_stands_alone(world, question, expected):
    assert names(reply(world, question)) == expected


def test_a_topic_never_turns_an_unread_question_into_an_answer(world):
    from diplograph.queries.ask import ask

    assert not ask(world.nx, "the border war: what colour is the sky?").understood


@pytest.mark.parametrize("question", ["when did grossi and araqchi sign the deal?",
                                      "grossi and araqchi's cairo arrangement - signed when?",
                                      "when did grossi and araqchi's cairo deal get signed?"])
def test_a_surname_in_another_spelling_is_the_person_and_a_city_after_a_possessive_no_party(world, question):
    answer = reply(world, question)
    assert answer.to_dict()["when"] == "2025-06-01"
    assert "Pakistan" not in answer.reading and "Egypt" not in answer.reading


@pytest.mark.parametrize("question", ["who holds the coastal council chair?", "coastal council - who holds the chair now?",
                                      "who has the coastal council chairmanship?",
                                      "who holds the rotating presidency of the coastal council?"])
def test_the_holder_of_a_bodys_chair_leads_it(world, question):
    assert names(reply(world, question)) == ["Dunmar"]


def test_a_date_in_the_topic_is_the_questions(world):
    from diplograph.queries.ask import ask

    assert names(reply(world, "Tesk, May 2025: which states backed arkos?")) == ["Valmora"]
    assert names(ask(world.nx, "Tesk, May 2024: which states backed arkos?")) == []


@pytest.mark.parametrize("question, expected", [
    ("did valmora send out warships?", "yes"),  # forces sent with no place said: a mobilisation
    ("did corvane deploy warships?", "no"),
    ("was arkos threatened?", "yes"),
    ("has soren been threatened?", "no"),
    ("did valmora sell patrol boats?", "yes"),
    ("did pellis sell patrol boats?", "no"),
])
def test_a_yes_or_no_question_naming_one_party_asks_about_anyone(world, question, expected):
    answer = reply(world, question)
    assert answer.to_dict()["verdict"] == expected
    assert "no other party named" in answer.reading


def test_one_party_and_no_relation_word_is_still_not_read(world):
    from diplograph.queries.ask import ask

    assert not ask(world.nx, "is valmora big?").understood


@pytest.mark.parametrize("question", ["did valmora send warships to xandria?", "did valmora sell patrol boats to the xandrian navy?",
                                      "did soren clash with zembla?"])
def test_a_second_party_the_graph_lacks_is_no_question_about_anyone(world, question):
    from diplograph.queries.ask import ask

    assert "no other party named" not in ask(world.nx, question).reading
