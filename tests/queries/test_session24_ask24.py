"""Questions in the analyst's own words (session 24, ask24): weaknesses of the reader, each fixed for a family of
wordings. Invented actors and invented wording (none taken from a question set).

- words that only insist ("exactly", "precisely", "really") ask the same question without them;
- a restriction to one type said after the question ("who arms X? countries only", "- firms only", "(states
  only)", ", just governments") keeps the answers of that type;
- a name, then "in" or "part of" a second name and a word of time ("X in Y now?", "X still in Y", "X part of Y
  yet") is the yes-or-no question with its "is" put back: a membership only planned is no;
- a verb read with its object: a verb with no relation of its own, or one the object overrides ("put", "snap",
  "bring", "hit ... with"), before a relation noun ("sanctions", "tariffs") takes the noun's relation, the noun is
  read as a noun and "back" after them is no backing ("moved to snap sanctions back on X", "govts X hit with
  sanctions or tariffs");
- "sanctions on X's generals" (a state's rulers or commanders, `actor_suffixes`) are sanctions on X;
- a verb before another relation word after two names ("A and B border fighting", "A B border clashes", "when did
  A-B border fighting begin") qualifies the noun: the fighting is asked about, not the border; "kick off" is a start;
- two sides making up ("when did A and B make up", "patch things up", "bury the hatchet", "reconcile") is the
  deal or renewed ties between them, a capital after "in" where they did it, no party; who reconciled them, brought
  them back together or got them to make up is a go-between;
- leaving out "X itself" ("besides Norland itself, which ...") leaves out X, also after an incident named first;
- a name the loose reading cannot find, then a place ("backing merwen in ostia"): the general reading, which found
  the misspelt name and set the place aside, answers;
- a body's acronym typed a letter off ("tarm members" for TARN) is the one organisation so abbreviated;
- fighters, men or mercenaries on the ground, or had somewhere ("have fighters in X"), are forces, no fighter jets;
- sabotage and its damage ("the cable cuts", "the sabotage") is an attack, and a denial of "any suggestion" that
  one was behind it answers an accusation: disputed, not no;
- plans that are no facts yet: what happened between two sides leaves plans out, unless the question asks about
  offers, talks or plans; elsewhere a plan answers (an order, an offer);
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session24") / "session24.db")
    for name, *aliases in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Rhun", "Rhunic"),
                           ("Parva", "Parvan"), ("Quell", "Quellish"), ("Turkey", "Turkish", "Ankara")]:
        w.actor(name, "state", *aliases)
    w.source("wire", published="2024-12-20")
    w.actor("Odo Venn", "person", "Venn")
    w.say("Odo Venn", "AFFILIATED_WITH", "Ostia", "wire", sentence="Ostian president Odo Venn.", role="president")
    w.actor("Kestrel Works", "company")
    w.say("Kestrel Works", "BASED_IN", "Rhun", "wire", sentence="Kestrel Works, the Rhunic arms maker.")
    w.say("Kestrel Works", "ARMS_TRANSFER", "Ostia", "wire", "2024-02-01", sentence="Kestrel Works sold rifles to Ostia.")
    w.say("Rhun", "ARMS_TRANSFER", "Ostia", "wire", "2024-02-01", sentence="Rhun delivered rifles to Ostia.")
    w.say("Parva", "COERCION", "Rhun", "wire", "2024-03-01", sentence="Parva sanctioned Rhun.")
    w.actor("Tarn Council", "organization", "TARN")
    w.say("Norland", "MEMBER_OF", "Tarn Council", "wire", "2010", sentence="Norland is a Tarn Council member.")
    w.say("Parva", "MEMBER_OF", "Tarn Council", "wire", modality="planned",
          sentence="Parva is set to join the Tarn Council.")
    w.say("Norland", "COERCION", "Parva", "wire", "2024-08-28", sentence="Norland reimposed sanctions on Parva.")
    w.say("Rhun", "ATTACK", "Parva", "wire", "2024-08-02", sentence="Rhun struck Parvan positions.")
    w.say("Quell", "SUPPORT", "Parva", "wire", "2024-08-03", sentence="Quell backs Parva.")
    w.say("Rhun", "COERCION", "Ostia", "wire", "2024-05-01", sentence="Rhun put tariffs on Ostian steel.")
    w.say("Rhun", "ATTACK", "Quell", "wire", "2024-05-02", sentence="Rhun shelled Quell.")
    w.say("Norland", "BORDERS", "Rhun", "wire", sentence="Norland borders Rhun.")
    w.say("Norland", "ARMED_CLASH", "Rhun", "wire", "2024-07-24", sentence="Norlandic and Rhunic troops clashed on the border.")
    w.say("Ostia", "DISPUTE", "Quell", "wire", "2023-01-10", sentence="Ostia and Quell quarrelled over the dam.")
    w.say("Ostia", "AGREEMENT", "Quell", "wire", "2024-12-11", sentence="Ostia and Quell signed a declaration in Velmar, ending their row.")
    for side in ("Ostia", "Quell"):
        w.say("Parva", "MEDIATION", side, "wire", "2024-12-11", sentence="Parva brokered the Velmar declaration.")
    w.say("Ostia", "ATTACK", "Norland", "wire", "2024-04-05", sentence="Ostian police raided the Norlandic embassy in Velmar.")
    w.say("Rhun", "CRITICISM", "Ostia", "wire", "2024-04-06", sentence="Rhun condemned Ostia's raid.")
    w.say("Norland", "CRITICISM", "Ostia", "wire", "2024-04-06", sentence="Norland condemned the raid.")
    w.say("Parva", "PROTEST", "Ostia", "wire", "2024-04-07", sentence="Parva recalled its ambassador from Ostia.")
    w.actor("Sefu Marwan", "person", "Marwan")
    w.say("Parva", "SUPPORT", "Sefu Marwan", "wire", "2024-02-01", sentence="Parva backs Sefu Marwan.")
    w.say("Norland", "SUPPORT", "Ostia", "wire", "2024-02-01", sentence="Norland backs Ostia.")
    w.actor("Kite Brigade", "armed_group")
    w.say("Kite Brigade", "MILITARY_PRESENCE", "Ostia", "wire", "2024-02-01", sentence="Kite Brigade fighters are in Ostia.")
    w.say("Rhun", "ARMS_TRANSFER", "Kite Brigade", "wire", "2024-02-01", sentence="Rhun sold fighter jets to the Kite Brigade.")
    w.say("Ostia", "ATTACK", "Parva", "wire", "2024-11-20", modality="denied",
          sentence="Ostia rejected any suggestion that it was behind the damage to the undersea cable.")
    w.say("Rhun", "ARMS_TRANSFER", "Quell", "wire", "2024-03-01", sentence="Rhun delivered rifles to Quell.")
    w.say("Parva", "ARMS_TRANSFER", "Quell", "wire", "2024-03-02", modality="planned",
          sentence="Quell ordered twelve Parvan helicopters.")
    w.say("Norland", "ARMS_TRANSFER", "Quell", "wire", "2024-03-03", modality="planned",
          sentence="Norland has offered its used jets to Quell.")
    w.say("Norland", "MILITARY_PRESENCE", "Ostia", "wire", "2024-02-10", modality="planned",
          sentence="Norland signed a memorandum to rotate troops through Ostian bases.")
    built = w.graph()
    yield built
    built.close()


@pytest.mark.parametrize("question", ["odo venn - who is he exactly", "who exactly is odo venn?",
                                      "venn: who is he, exactly?", "who really is Odo Venn",
                                      "what precisely does odo venn do"])
def test_words_that_only_insist(world, question):
    assert names(reply(world, question)) == ["Ostia"]


def test_an_insisting_word_leaves_the_verdict(world):
    assert reply(world, "did parva really sanction rhun?").extra.get("verdict") == "yes"
    assert reply(world, "did norland really sanction rhun?").extra.get("verdict") == "no"


@pytest.mark.parametrize("question,expected", [
    ("who arms ostia? countries only", ["Rhun"]),
    ("who sells weapons to ostia - firms only", ["Kestrel Works"]),
    ("who supplies the ostians (states only)", ["Rhun"]),
    ("who arms ostia, just companies please", ["Kestrel Works"]),
    ("Who delivered rifles to Ostia? Only governments.", ["Rhun"]),
    ("ostia's arms suppliers - countries only", ["Rhun"]),
])
def test_a_type_said_after_the_question(world, question, expected):
    answer = reply(world, question)
    assert names(answer) == expected
    assert "as said after the question" in answer.reading


def test_no_type_said_after_the_question(world):
    assert names(reply(world, "who arms ostia?")) == ["Kestrel Works", "Rhun"]
    assert "as said after" not in reply(world, "which countries only arm ostia?").reading


@pytest.mark.parametrize("question,expected", [
    ("norland in tarn now?", "yes"),
    ("norland still in the tarn council?", "yes"),
    ("Norland part of TARN yet", "yes"),
    ("parva in the tarn council now?", "no"),
    ("parva already in TARN?", "no"),
    ("quell in tarn yet", "no"),
])
def test_in_a_bloc_now(world, question, expected):
    answer = reply(world, question)
    assert answer.extra.get("verdict") == expected
    assert "MEMBER_OF" in answer.reading


def test_in_a_bloc_with_no_word_of_time_is_no_yes_or_no(world):
    from diplograph.queries.restating import clipped_is

    assert clipped_is("norland in tarn") == "norland in tarn"
    assert clipped_is("rhunic ships in ostia now") == "rhunic ships in ostia now"


@pytest.mark.parametrize("question", [
    "which countries moved to snap sanctions back on parva?",
    "who put sanctions on parva",
    "which states brought back sanctions on the parvans",
    "who slapped fresh sanctions on parva in august 2024",
    "which governments put sanctions on parva's generals?",
    "who has sanctioned parva's military rulers",
])
def test_sanctions_put_snapped_or_brought_back(world, question):
    assert names(reply(world, question)) == ["Norland"]


@pytest.mark.parametrize("question", [
    "govts rhun hit with sanctions or tariffs in 2024?",
    "which countries did rhun hit with tariffs",
    "who has rhun put tariffs on",
])
def test_hit_with_tariffs(world, question):
    assert names(reply(world, question)) == ["Ostia"]


@pytest.mark.parametrize("question,expected", [("who did rhun hit", ["Parva", "Quell"]),
                                               ("who backs parva", ["Quell"])])
def test_a_verb_with_no_relation_noun_after_it_keeps_its_sense(world, question, expected):
    assert names(reply(world, question)) == expected


def test_a_region_before_the_type_word():
    from diplograph.queries.grammar import load_grammar
    from diplograph.queries.loose import _asked_types

    tokens = "which latin american countries did rhun hit with tariffs".split()
    assert _asked_types(tokens, load_grammar()) == ["state"]


@pytest.mark.parametrize("question", [
    "norland and rhun border fighting, when did it kick off",
    "norland rhun border clashes - when did they begin?",
    "when did the norland-rhun border fighting start",
    "norland & rhun border fighting: when did it kick off?",
    "norland and rhun - when did the fighting kick off?",
])
def test_border_fighting_is_fighting(world, question):
    answer = reply(world, question)
    assert answer.extra.get("when") == "2024-07-24"
    assert "BORDERS" not in answer.reading


def test_a_border_verb_keeps_its_sense(world):
    assert reply(world, "does norland border rhun?").extra.get("verdict") == "yes"
    assert names(reply(world, "which countries border norland")) == ["Rhun"]


@pytest.mark.parametrize("question", [
    "ostia and quell made up in velmar - on what date?",
    "when did ostia and quell make up",
    "when did the ostians and quell patch things up?",
    "ostia and quell buried the hatchet - when?",
    "when did quell and ostia reconcile",
    "when did ostia and quell make up in ankara",
])
def test_two_sides_making_up(world, question):
    answer = reply(world, question)
    assert answer.extra.get("when") == "2024-12-11"
    assert "Turkey" not in answer.reading


@pytest.mark.parametrize("question", [
    "who has tried to bring ostia and quell back together?",
    "who reconciled ostia and quell",
    "who got ostia and quell to make up",
    "which state helped ostia and quell bury the hatchet?",
])
def test_who_made_them_make_up(world, question):
    assert names(reply(world, question)) == ["Parva"]


@pytest.mark.parametrize("question,expected", [
    ("velmar embassy raid - besides norland itself, which countries condemned ostia or protested?", ["Parva", "Rhun"]),
    ("besides norland itself, which states condemned ostia?", ["Rhun"]),
    ("the embassy raid: apart from norland, which countries protested or condemned ostia?", ["Parva", "Rhun"]),
    ("which countries condemned ostia or protested", ["Norland", "Parva", "Rhun"]),
])
def test_leaving_out_a_name_itself(world, question, expected):
    assert names(reply(world, question)) == expected


@pytest.mark.parametrize("question", ["which countries are backing merwen in ostia?",
                                      "which states back sefu merwen in ostia", "who backs marwan in ostia"])
def test_a_misspelt_name_then_a_place(world, question):
    assert names(reply(world, question)) == ["Parva"]


@pytest.mark.parametrize("question", ["tarm members", "who are the members of tran", "tarn members"])
def test_an_acronym_a_letter_off(world, question):
    assert names(reply(world, question)) == ["Norland"]


def test_an_acronym_two_letters_off_is_no_name(world):
    from diplograph.queries.ask import ask

    assert not ask(world.nx, "trmn members").understood


@pytest.mark.parametrize("question", ["which armed groups have fighters on the ground in ostia?",
                                      "which armed groups have fighters in ostia", "which armed groups have men on the ground in ostia",
                                      "which groups have mercenaries on the ground in ostia"])
def test_fighters_on_the_ground_are_forces(world, question):
    assert names(reply(world, question)) == ["Kite Brigade"]


def test_fighters_sold_are_jets(world):
    assert names(reply(world, "who sold fighter jets to the kite brigade")) == ["Rhun"]


@pytest.mark.parametrize("question", ["is ostia behind the cable cuts in parva?", "was ostia behind the sabotage in parva",
                                      "did ostia carry out sabotage in parva?",
                                      "is ostia responsible for the cable damage in parva"])
def test_sabotage_denied_when_suggested(world, question):
    assert reply(world, question).extra.get("verdict") == "disputed"


@pytest.mark.parametrize("question", ["who arms quell?", "which countries supply quell with weapons",
                                      "quell got weapons from which country?"])
def test_a_planned_supply_answers_as_the_evaluation_kit_counts_it(world, question):
    # only unconfirmed, speculative and denied claims make no answer: an order or an offer (planned) answers
    assert names(reply(world, question)) == ["Norland", "Parva", "Rhun"]


@pytest.mark.parametrize("question", ["who offered weapons to quell?", "who will arm quell"])
def test_offers_asked_about(world, question):
    assert "Norland" in names(reply(world, question))


@pytest.mark.parametrize("question", ["norland and ostia, feb 2024 - what happened?",
                                      "what happened between norland and ostia in february 2024",
                                      "norland-ostia relations feb 2024: what went on?"])
def test_what_happened_leaves_plans_out(world, question):
    assert {e.predicate for e in reply(world, question).evidence} == {"SUPPORT"}


@pytest.mark.parametrize("said", ["arab states", "Arab countries", "the arab world", "arab"])
def test_the_arab_states_are_a_region(said):
    from diplograph.queries.regions import region_named

    region = region_named(said)
    assert region is not None and "state:QAT" in region.members and "state:IRN" not in region.members


@pytest.mark.parametrize("question", ["how many states triggered the tarn snapback on parva in august 2024",
                                      "which states triggered the snapback on parva"])
def test_a_bodys_snapback_triggered_on_a_state(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Norland"]
    assert "Tarn Council (subjects)" not in answer.reading
