"""Questions in the analyst's own words (session 20, ask20b): kinds of wording read whatever the words.
Invented facts and invented wording (none taken from a question set).

- a deal, truce or talks named by where they hold ("the ceasefire in Ostia", "the talks over Parva"): named
  by that place, as "the Ostia ceasefire" is, so that its go-betweens and parties are found.
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session20b") / "session20b.db")
    for name, alias in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Parva", "Parvan"), ("Quell", "Quellish")]:
        w.actor(name, "state", alias)
    w.actor("Tarn Legion", "armed_group")
    w.source("wire", published="2025-06-30")
    w.say("Norland", "MEDIATION", "Ostia", "wire", "2025-03",
          sentence="Norland brokered the truce in Ostia between the government and the Tarn Legion.")
    w.say("Norland", "MEDIATION", "Tarn Legion", "wire", "2025-03",
          sentence="Norland brokered the truce in Ostia between the government and the Tarn Legion.")
    w.say("Ostia", "AGREEMENT", "Tarn Legion", "wire", "2025-03",
          sentence="The Ostian government and the Tarn Legion signed a truce in Ostia.")
    w.say("Parva", "MEDIATION", "Quell", "wire", "2024-11", sentence="Parva hosted talks on Quell's border row.")
    w.say("Tarn Legion", "ARMED_CLASH", "Ostia", "wire", "2024-06", sentence="The Tarn Legion fought Ostia's army.")
    built = w.graph()
    yield built
    built.close()


def test_a_document_named_by_where_it_holds_is_named_by_the_place():
    from diplograph.queries.documents import document_name

    assert document_name("the ceasefire in Ostia") == document_name("the Ostia ceasefire") == "Ostia"
    assert document_name("the peace talks over Parva") == "Parva"
    assert document_name("in Ostia") == "in Ostia"  # no word for a document first: not a document's place


@pytest.mark.parametrize("question", ["who brokered the ceasefire in Ostia?", "Which country mediated the truce in Ostia?",
                                      "who facilitated the peace deal in ostia", "who were the mediators of the truce in Ostia"])
def test_the_go_betweens_of_a_deal_named_by_its_place(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Norland"]  # Parva's go-between role was over Quell
    assert "MEDIATION" in answer.reading


def test_a_deal_in_a_place_no_go_between_settled_has_none(world):
    answer = reply(world, "who brokered the ceasefire in Quell?")
    assert "Norland" not in names(answer)
