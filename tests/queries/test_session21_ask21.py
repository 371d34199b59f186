"""Questions in the analyst's own words (session 21, ask21): kinds of wording read whatever the words.
Invented actors and invented wording (none taken from a question set).

- a surname typed with other vowels in the same places ("varnak" for Varnek), when one person's bears it;
- a type word opening a clipped list question ("militias Ostia arms", "armed groups rhun supplies weapons to"):
  the answers are of that type;
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session21") / "session21.db")
    for name, demonym in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Rhun", "Rhunic"), ("Parva", "Parvan"),
                          ("Velmar", "Velmari"), ("Quell", "Quellish")]:
        w.actor(name, "state", demonym)
    w.actor("Tomas Varnek", "person")
    w.actor("Hill Front", "armed_group")
    w.actor("Delta Brigades", "armed_group")
    w.source("wire", published="2025-01-15")
    w.say("Tomas Varnek", "AFFILIATED_WITH", "Velmar", "wire", sentence="Tomas Varnek, Velmar's strongman.")
    w.say("Norland", "SUPPORT", "Tomas Varnek", "wire", "2024-03", modality="unconfirmed",
          sentence="Norland reportedly backs Varnek.")
    for group in ("Hill Front", "Delta Brigades", "Parva"):
        w.say("Ostia", "ARMS_TRANSFER", group, "wire", "2024-05", sentence=f"Ostia shipped rifles to {group}.")
    built = w.graph()
    yield built
    built.close()


@pytest.mark.parametrize("question", ["did norland back varnak", "Did Norland support Varnak?", "has norland backed varnik",
                                      "who is varnak"])
def test_a_surname_typed_with_other_vowels(world, question):
    answer = reply(world, question)
    assert any("Tomas Varnek" in (e.subject.name, e.object.name) for e in answer.evidence) \
        or "Tomas Varnek" in [f.actor.name for f in answer.flagged]


def test_a_surname_with_another_consonant_is_no_such_person(world):
    from diplograph.queries.ask import ask

    answer = ask(world.nx, "did norland back varnet")
    assert not any("Tomas Varnek" in (e.subject.name, e.object.name) for e in answer.evidence)


@pytest.mark.parametrize("question", ["militias Ostia arms", "armed groups ostia supplies weapons to",
                                      "militias ostia sends weapons to?"])
def test_a_type_word_opening_a_clipped_list(world, question):
    assert names(reply(world, question)) == ["Delta Brigades", "Hill Front"]


def test_a_state_opening_the_question_is_no_type_word(world):
    assert "Parva" in names(reply(world, "ostia arms recipients"))
