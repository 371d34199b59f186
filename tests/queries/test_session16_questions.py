"""Questions in the analyst's own words (session 16): kinds of wording read whatever the words.
Invented facts and invented wording (none taken from a question set).

- a dispute or deal typed all in lower case ("the vessa lake dispute"): its shorter runs of words name it;
- a circle qualified by its cause ("which of Ostia's backers on the strait also ..."): the cause said, not used;
- a bloc's countries ("list the LC countries", "the countries in the LC"): its members;
- objecting ("objected to", "took exception to", "complained about"): a protest, a refusal or a rebuke;
- running or setting up a base, station or facility somewhere: a military presence there, not leading it;
- the go-betweens of one side's talks with another ("guarantors of Parva's talks w/ the Selva Front");
- a designation said by its list's name ("listed as FTOs", "as a foreign terrorist organization"): naming them
  terrorists, a punitive step;
- the buyers of one maker's system ("the foreign buyers of Norland's Vell-3 jet").
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session16") / "session16.db")
    for name, alias in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Parva", "Parvan"), ("Quell", "Quellish"),
                        ("Lune", "Lunese")]:
        w.actor(name, "state", alias)
    w.actor("Selva Front", "armed_group")
    w.actor("Lune Council", "organization", "LC")
    w.actor("Grey Syndicate", "armed_group")
    w.source("oped", published="2024-05-01", title="Why the Vessa needs a water treaty")
    w.source("wire", published="2025-06-30")
    for side in ("Ostia", "Quell"):
        w.say("Norland", "MEDIATION", side, "oped", "2023-11",
              sentence="Talks hosted by Norland's treasury went nowhere.")
    w.say("Lune", "MEDIATION", "Parva", "wire", "2025-04", sentence="Lune brokered a prisoner swap.")
    w.say("Norland", "SUPPORT", "Ostia", "wire", "2024-02", sentence="Norland backs Ostia's claim to the strait.")
    w.say("Quell", "SUPPORT", "Ostia", "wire", "2024-03", sentence="Quell backed Ostia's plan for the strait.")
    w.say("Norland", "AGREEMENT", "Ostia", "wire", "2024-09", sentence="Norland and Ostia signed a port deal.")
    for member in ("Parva", "Quell"):
        w.say(member, "MEMBER_OF", "Lune Council", "wire", "2023-09-16",
              sentence="Parva and Quell founded the Lune Council on 16 September 2023.")
    w.say("Lune", "PROTEST", "Parva", "wire", "2025-05-02",
          sentence="Lune made its objection known to Parva through diplomatic channels.")
    w.say("Norland", "MILITARY_PRESENCE", "Quell", "wire", "2025-01", modality="unconfirmed",
          sentence="Norland is believed to operate a listening post in Quell.")
    for side in ("Parva", "Selva Front"):
        for go_between in ("Lune", "Quell"):
            w.say(go_between, "MEDIATION", side, "wire", "2025-02",
                  sentence="Lune and Quell act as guarantors of the talks between Parva and the Selva Front.")
    w.say("Norland", "COERCION", "Grey Syndicate", "wire", "2025-03-04",
          sentence="Norland's foreign office designated the Grey Syndicate a terrorist organisation.")
    w.say("Norland", "ARMS_TRANSFER", "Parva", "wire", "2025-01", weapon="Vell-3",
          sentence="Parva signed for twelve Norlandic Vell-3 jets.")
    built = w.graph()
    yield built
    built.close()


@pytest.mark.parametrize("question", ["who has mediated the vessa water dispute", "who mediated the vessa dam row",
                                      "who brokered the vessa lake talks"])
def test_a_dispute_typed_in_lower_case_is_named_by_its_shorter_words(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Norland"] and '"vessa' in answer.reading


@pytest.mark.parametrize("question", ["which of ostia's backers on the strait have also signed deals with ostia",
                                      "which of ostia's supporters over the strait also signed agreements with ostia"])
def test_a_circle_qualified_by_its_cause(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Norland"]
    assert "not used to narrow" in answer.reading


@pytest.mark.parametrize("question", ["list the LC countries", "the lune council states", "name the LC nations",
                                      "list the countries in the lune council"])
def test_a_blocs_countries_are_its_members(world, question):
    answer = reply(world, question)
    assert answer.reading.startswith("members of") and names(answer) == ["Parva", "Quell"]


@pytest.mark.parametrize("question", ["which country objected to parva's plans", "who took exception to parva",
                                      "who has complained about parva", "did lune object to parva's move"])
def test_objecting_is_a_protest_a_refusal_or_a_rebuke(world, question):
    answer = reply(world, question)
    assert "PROTEST" in answer.reading and "Lune" in [a.name for a in answer.answers]


@pytest.mark.parametrize("question", ["is norland running a spy base in quell?",
                                      "does norland operate a listening station in quell",
                                      "has norland set up an intelligence facility in quell"])
def test_running_a_base_somewhere_is_being_there(world, question):
    answer = reply(world, question)
    assert "MILITARY_PRESENCE" in answer.reading and "LEADS" not in answer.reading
    assert not answer.answers and "Norland" in [f.actor.name for f in answer.flagged]


@pytest.mark.parametrize("question", ["guarantors of parva's talks w/ the selva front?",
                                      "who are the guarantors of parva's talks with the selva front",
                                      "who facilitates parva's peace process with the selva front",
                                      "mediators of the talks with the selva front"])
def test_go_betweens_of_one_sides_talks_with_another(world, question):
    answer = reply(world, question)
    assert "MEDIATION" in answer.reading and names(answer) == ["Lune", "Quell"]


@pytest.mark.parametrize("question", ["which gangs did norland list as FTOs in march 2025",
                                      "which groups has norland designated as a foreign terrorist organization",
                                      "who did norland label as terrorist groups"])
def test_a_designation_said_by_its_lists_name(world, question):
    answer = reply(world, question)
    assert "COERCION" in answer.reading and names(answer) == ["Grey Syndicate"]


@pytest.mark.parametrize("question", ["who are the foreign buyers of norland's vell-3", "buyers of norland's Vell-3",
                                      "who is the export customer for norland's vell-3"])
def test_the_buyers_of_one_makers_system(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Parva"]
