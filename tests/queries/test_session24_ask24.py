"""Questions in the analyst's own words (session 24, ask24): weaknesses of the reader, each fixed for a family of
wordings. Invented actors and invented wording (none taken from a question set).

- words that only insist ("exactly", "precisely", "really") ask the same question without them;
- a restriction to one type said after the question ("who arms X? countries only", "- firms only", "(states
  only)", ", just governments") keeps the answers of that type;
- a name, then "in" or "part of" a second name and a word of time ("X in Y now?", "X still in Y", "X part of Y
  yet") is the yes-or-no question with its "is" put back: a membership only planned is no;
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session24") / "session24.db")
    for name, *aliases in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Rhun", "Rhunic"),
                           ("Parva", "Parvan"), ("Quell", "Quellish")]:
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
