"""Questions in the analyst's own words (session 17): kinds of wording read whatever the words.
Invented facts and invented wording (none taken from a question set); real states only where the
gazetteer's places must lie in them.

- a base, port or town for its state: one the gazetteer lists ("sihanoukville"), or one it lacks that the
  sources name, whose claims hold one state more than any other ("velmar": where the sources that name it are);
- "paid for", "laid", "withheld": irregular pasts of the relation verbs;
- an event named and then asked whether it happened ("the X strike on Y - did it happen?", "X hosting talks
  with Y - yes or no?", "X sent troops to Y: true or false"): the yes-or-no question it stands for;
- "the boss of", "the kingpin of": leading;
- a noun after "during" or "amid" is when, not what was done ("did X send drones to Y during the war");
- two sides named first, then "what happened?" ("ostia & parva in feb 2023: what happened");
- who quit a bloc, when no membership has ended but a source files the leaving as a rejection of it;
- a yes-or-no question typed without its "is" ("norland a lune council member?"); a membership only planned is no.
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session17") / "session17.db")
    for name, alias in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Parva", "Parvan"), ("Quell", "Quellish")]:
        w.actor(name, "state", alias)
    w.actor("Cambodia", "state")
    w.source("wire", published="2025-06-30")
    w.say("Norland", "AID", "Cambodia", "wire", "2024-05",
          sentence="Norland paid for the dredging of the harbour at Sihanoukville.")
    w.say("Ostia", "AID", "Quell", "wire", "2024-08", sentence="Ostia paid for the new pier at Velmar.")
    w.say("Parva", "CRITICISM", "Quell", "wire", "2024-09",
          sentence="Parva worries that Velmar could host foreign warships.")
    w.actor("Selva Front", "armed_group")
    w.actor("Grey Syndicate", "armed_group")
    w.actor("Dario Venn", "person")
    w.say("Norland", "ATTACK", "Ostia", "wire", "2021-05", modality="unconfirmed",
          sentence="Norland is said to have struck an Ostian depot in May 2021.")
    w.say("Quell", "MEDIATION", "Selva Front", "wire", "2025-03",
          sentence="Quell hosted a round of talks with the Selva Front.")
    w.say("Dario Venn", "LEADS", "Grey Syndicate", "wire", modality="unconfirmed",
          sentence="Venn is alleged to run the Grey Syndicate.")
    w.say("Parva", "ARMS_TRANSFER", "Ostia", "wire", "2023-02", weapon="drones",
          sentence="Parva sent drones to Ostia in the Tarn war.")
    w.say("Parva", "ARMED_CLASH", "Quell", "wire", "2023-01", sentence="Parva and Quell fought the Tarn war.")
    w.actor("Lune Council", "organization")
    w.say("Parva", "MEMBER_OF", "Lune Council", "wire", "2020", sentence="Parva joined the Lune Council in 2020.")
    w.say("Norland", "MEMBER_OF", "Lune Council", "wire", "2026", modality="planned",
          sentence="Norland plans to join the Lune Council.")
    w.say("Quell", "REJECTION", "Lune Council", "wire", "2025-02",
          sentence="Quell walked out of the Lune Council and said it would quit the bloc for good.")
    built = w.graph()
    yield built
    built.close()


@pytest.mark.parametrize("question, expected", [
    ("who paid for the harbour works at sihanoukville?", ["Norland"]),
    ("sihanoukville harbour dredging - who funded it?", ["Norland"]),
    ("who paid for the new pier at velmar", ["Ostia"]),
    ("velmar pier - who paid for it?", ["Ostia"]),
])
def test_a_base_or_port_stands_for_its_state(world, question, expected):
    answer = reply(world, question)
    assert names(answer) == expected
    # the reading says how the place was used: as its state, or (a gazetteer place typed in lower case, session
    # 22) as the claims whose sentence names it
    assert "read as" in answer.reading or 'names "Sihanoukville"' in answer.reading


def test_a_place_the_sources_name_says_how_it_was_placed(world):
    answer = reply(world, "who paid for velmar's pier")
    assert "where the sources that name it are" in answer.reading


def test_paid_is_the_past_of_pay(world):
    assert names(reply(world, "who paid for Quell's pier")) == ["Ostia"]


@pytest.mark.parametrize("question, verdict", [
    ("norlandic strike on ostia in may 2021 - did it happen?", "disputed"),
    ("the norland attack on ostia: confirmed or not?", "disputed"),
    ("quell hosting talks with the selva front - yes or no?", "yes"),
    ("parva sent drones to ostia: true or false?", "yes"),
])
def test_an_event_asked_whether_it_happened(world, question, verdict):
    assert reply(world, question).extra["verdict"] == verdict


@pytest.mark.parametrize("question", ["is dario venn the boss of the grey syndicate", "is dario venn the kingpin of the grey syndicate?"])
def test_the_boss_of_a_group_leads_it(world, question):
    answer = reply(world, question)
    assert "LEADS" in answer.reading and answer.extra["verdict"] == "disputed"


def test_a_war_named_after_during_is_the_setting(world):
    answer = reply(world, "did parva send drones to ostia during the tarn war")
    assert "ARMS_TRANSFER" in answer.reading and answer.extra["verdict"] == "yes"


@pytest.mark.parametrize("question, verdict", [("parva a lune council member?", "yes"),
                                               ("norland a member of the lune council", "no")])
def test_a_yes_or_no_question_typed_without_is(world, question, verdict):
    answer = reply(world, question)
    assert answer.extra["verdict"] == verdict


@pytest.mark.parametrize("question", ["parva & ostia in feb 2023: what happened?", "parva/ostia - what's been going on?"])
def test_two_sides_first_then_what_happened(world, question):
    answer = reply(world, question)
    assert "ARMS_TRANSFER" in {e.claim.predicate for e in answer.evidence}


@pytest.mark.parametrize("question", ["which states quit the lune council in feb 2025", "who left the lune council?"])
def test_leaving_a_bloc_filed_as_a_rejection(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Quell"] and "speaks of leaving" in answer.reading
