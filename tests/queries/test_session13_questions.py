"""Questions in the analyst's own words (session 13): each family read whatever the wording.
Invented facts, invented wording (none taken from a question set).

- a body named last after "at" ("... Quell's arrears at the Lune Fund", "who condemned Parva at the
  Council") is where it was done, once no form reads the question with it: left aside, said, and no
  answer itself; a whole name of two words or more that holds a relation word ("the Lune *Fund*") is the
  name in the general reading; so is a capitalised surname that exactly one person bears ("who signed with
  Brant?");
- the occasion a question is asked of ("When Brant was in Quell, whom did he meet?", "During Brant's visit
  to Quell in May 2024, ...", "When Parva and Quell met in Lune in 2023, who facilitated the talks?",
  "... on his trip to Quell"): said in the question's own terms (a pronoun for its subject, two sides who
  met for a question that names none, its time as the window), its place never a party; the reading says
  how the occasion was read and that it was not checked;
- asked whom a person met or signed with, a state beside a person who serves it is said through that person;
- memoranda and MoUs are agreements; the loose reading leaves a hyphenated pair ("the Parva-Quell talks in
  Ostia") to the general reading;
- words of mention joined ("quoted or named"), a live blog as a text, negotiators and delegates as persons;
- guarantors, facilitators, mediators "at the X peace table", "of the talks with X": X's mediators;
- "What did X do (in <place>)?", "What has X done?": X's own acts (no standing fact, no symmetric relation),
  kept to the claims whose sentence names the place when any does;
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session13") / "session13.db")
    for name, alias in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Parva", "Parvan"), ("Quell", "Quellish")]:
        w.actor(name, "state", alias)
    w.actor("Lune Fund", "organization")
    w.actor("Ivo Brant", "person")
    w.actor("Lia Sorn", "person")
    w.actor("Oma Dent", "person")
    w.actor("Eda Morn", "person")
    w.actor("Selva Group", "armed_group")
    w.source("wire", published="2024-06-01")
    w.say("Norland", "AID", "Quell", "wire", "2024-03", sentence="Norland cleared Quell's arrears at the Lune Fund.")
    w.say("Ostia", "AID", "Quell", "wire", "2024-03", sentence="Ostia paid part of Quell's arrears.")
    w.say("Lune Fund", "AID", "Quell", "wire", "2024-05", modality="planned", sentence="The fund may lend again.")
    w.say("Ivo Brant", "AFFILIATED_WITH", "Parva", "wire", role="Foreign Minister")
    w.say("Lia Sorn", "AFFILIATED_WITH", "Quell", "wire", role="Prime Minister")
    w.say("Oma Dent", "AFFILIATED_WITH", "Ostia", "wire", role="Defence Minister")
    w.say("Ivo Brant", "CONSULTATION", "Lia Sorn", "wire", "2024-05", sentence="In Lune, Brant held talks with Sorn.")
    w.say("Ivo Brant", "CONSULTATION", "Quell", "wire", "2024-05", sentence="Brant was received in Lune.")
    w.say("Ivo Brant", "AGREEMENT", "Oma Dent", "wire", "2024-02", sentence="Brant and Dent signed the Tarn accord.")
    w.say("Ivo Brant", "AGREEMENT", "Ostia", "wire", "2024-02", sentence="Brant signed the Tarn accord with Ostia.")
    w.say("Parva", "CONSULTATION", "Quell", "wire", "2023-05", sentence="Parva and Quell met in Lune.")
    w.say("Norland", "MEDIATION", "Parva", "wire", "2023-05", sentence="Norland facilitated the Lune talks.")
    w.say("Norland", "MEDIATION", "Quell", "wire", "2023-05", sentence="Norland facilitated the Lune talks.")
    w.say("Ostia", "MEDIATION", "Parva", "wire", "2021-03", sentence="Ostia hosted earlier talks.")
    w.say("Ostia", "MEDIATION", "Quell", "wire", "2021-03", sentence="Ostia hosted earlier talks.")
    w.say("Eda Morn", "AFFILIATED_WITH", "Parva", "wire", role="chief negotiator")
    w.say("Selva Group", "ATTACK", "Ostia", "wire", "2024-01", sentence="The Selva Group shelled Ostian posts in Tarn.")
    w.say("Selva Group", "CRITICISM", "Parva", "wire", "2024-02", sentence="The Selva Group denounced Parva.")
    w.say("Selva Group", "BASED_IN", "Quell", "wire", sentence="The Selva Group, based in Quell, ...")
    w.say("Quell", "COERCION", "Selva Group", "wire", "2024-03", sentence="Quell arrested Selva fighters in Tarn.")
    built = w.graph()
    yield built
    built.close()


@pytest.mark.parametrize("question", [
    "Who paid off Quell's arrears at the Lune Fund?",
    "Which countries cleared Quell's debts at the Lune Fund?",
])
def test_a_body_named_last_after_at_is_where_it_was_done(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Norland", "Ostia"]
    assert 'not read: "at the Lune Fund"' in answer.reading and "leaving out the place named" in answer.reading


def test_a_name_holding_a_relation_word_is_the_name(world):
    answer = reply(world, "Whom has the Lune Fund aided or helped?")
    assert names(answer) == ["Quell"]
    assert answer.reading.startswith("AID, SUPPORT relations of Lune Fund (objects)")


@pytest.mark.parametrize("question", [
    "When Ivo Brant was in Quell, whom did he meet?",
    "Who did Ivo Brant meet on his trip to Quell?",
    "During Brant's official visit to Quell, who did he hold talks with?",
    "While Brant was visiting Quell in May 2024, whom did he talk to?",
])
def test_an_occasion_with_a_place(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Lia Sorn"]
    assert "(the occasion " in answer.reading and "in Quell; the occasion itself not checked" in answer.reading
    assert "Quell said through Lia Sorn, who serves it" in answer.reading


def test_an_occasion_of_two_sides_who_met(world):
    answer = reply(world, "When Parva and Quell met in Lune in May 2023, who facilitated the talks?")
    assert names(answer) == ["Norland"]  # Ostia's earlier talks are outside the occasion's time
    assert "between Parva and Quell in May 2023" in answer.reading


def test_an_occasion_says_whom_a_pronoun_stands_for(world):
    answer = reply(world, "When Brant signed the Tarn accord, who signed with him?")
    assert names(answer) == ["Oma Dent"]
    assert "Ostia said through Oma Dent, who serves it" in answer.reading
    assert "'who signed with Brant'" in answer.reading


def test_a_closing_occasion_with_no_place_is_left_unread(world):
    answer = reply(world, "Who has Ostia mediated for during Brant's visit?")
    assert names(answer) == ["Parva", "Quell"]
    assert "the occasion \"during Brant's visit\"" in answer.reading


def test_a_surname_in_the_general_reading(world):
    answer = reply(world, "Who signed or met with Brant?")
    assert "Ivo Brant" in answer.reading


@pytest.mark.parametrize("question", [
    "Which Parvan officials and negotiators are quoted or named in the live blog?",
    "Which Parvan officials and delegates does the Lune piece name?",
])
def test_mentions_joined_and_negotiators(world, question):
    assert names(reply(world, question)) == ["Eda Morn", "Ivo Brant"]


@pytest.mark.parametrize("question", [
    "Who are the guarantor countries at the Parva peace table?",
    "Which states are facilitators of the talks with Quell?",
])
def test_guarantors_at_a_peace_table_are_mediators(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Norland", "Ostia"]
    assert answer.reading.startswith("mediators (MEDIATION subjects) for ")


def test_what_one_actor_did_somewhere(world):
    answer = reply(world, "What did the Selva Group do in Tarn, and to whom?")
    assert names(answer) == ["Ostia"]  # Quell's arrests in Tarn were done to it, not by it
    assert "only its own acts, only claims whose sentence names 'Tarn'" in answer.reading


def test_what_one_actor_has_done(world):
    answer = reply(world, "What has the Selva Group done?")
    assert names(answer) == ["Ostia", "Parva"]  # its base in Quell is no act
    assert answer.reading.endswith("only its own acts")


def test_memoranda_and_a_persons_counterparts_in_the_loose_reading(world):
    answer = reply(world, "Who did Brant sign memoranda with?")
    assert names(answer) == ["Oma Dent"]
    assert "Ostia said through Oma Dent, who serves it" in answer.reading


def test_a_hyphenated_pair_with_a_place_is_no_loose_question(world):
    answer = reply(world, "Who facilitated the Parva-Quell talks in Ostia?")
    assert answer.query["form"] != "loose"
    assert "both Parva and Quell" in answer.reading
    assert names(answer) == ["Norland", "Ostia"]  # Ostia hosted talks too: a host may be a go-between
