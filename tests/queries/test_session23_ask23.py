"""Questions in the analyst's own words (session 23, ask23): kinds of wording read whatever the words.
Invented actors and invented wording (none taken from a question set).

- a list question closed by the candidates to choose between ("who is backing Ostia's army, Norland or Rhun?",
  "which state arms the Hill Front: A, B or C?") keeps only those candidates among its answers; names the question
  reads as its own parties ("who sanctioned A, B or C") are never candidates;
- slang for backing: urging someone on ("egg on", "spur on", "cheer on") is support; bankrolling or underwriting
  someone is support and aid, either answers;
- a quarrel noun in the setting of a verb of mediation ("who brokered between A and B in the 2021 row over ...")
  or its object ("who mediated the A-B feud") is what was mediated: the go-betweens, never the two sides'
  adversaries; short words alone ("in the", "to the") never name a document;
- a bracketed aside ("the A-B minerals deal (leader-leader) - when signed?") is left out when nothing reads the
  question with it; "date signed", "signing date" closing a clipped query ask when;
- the type asked for is never the relation word of the loose reading ("which *armed* groups is X supplying with
  weapons": X supplies them, not arms);
- forces sent to a bloc's mission in a place ("TARN mission in ostia - which countries contributed troops?") are a
  presence there, kept to the bloc's members; jets or ships committed to a bloc's named operation with no place
  ("which allies committed jets to the tarn council's northern watch") back the bloc; never arms sold;
- two months stamped on a clipped query without "from" ("A and B, nov 2022 to jan 2023 - what went down?") are one
  window, its first month kept;
- a name of several words with one long word misspelt ("banda del nortte") is the one actor so named, never an
  actor its first word names;
- a group named through its leader ("brak's Hill Front") is the group; a leader's forces ("brak's militia",
  "venn's army") are those of the group he leads, else of the state he serves;
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session23") / "session23.db")
    for name, *aliases in [("Norland", "Norlandic"), ("Ostia", "Ostian", "Velmar"), ("Rhun", "Rhunic"),
                           ("Parva", "Parvan"), ("Quell", "Quellish")]:
        w.actor(name, "state", *aliases)
    w.source("wire", published="2023-12-20")
    w.say("Norland", "SUPPORT", "Ostia", "wire", "2023-03-04", sentence="Norland backs the Ostian army.")
    w.say("Rhun", "SUPPORT", "Ostia", "wire", "2023-04-04", modality="denied", sentence="Rhun denied backing Ostia.")
    w.say("Quell", "SUPPORT", "Ostia", "wire", "2023-05-04", sentence="Quell stands by Ostia.")
    w.actor("Hill Front", "armed_group")
    w.say("Parva", "SUPPORT", "Hill Front", "wire", "2023-02-01", sentence="Parva backs the Hill Front.")
    w.say("Rhun", "AID", "Hill Front", "wire", "2023-02-11", sentence="Rhun funds the Hill Front.")
    w.say("Norland", "COERCION", "Parva", "wire", "2023-06-01", sentence="Norland sanctioned Parva.")
    w.say("Quell", "COERCION", "Rhun", "wire", "2023-06-02", sentence="Quell sanctioned Rhun.")
    w.say("Norland", "DISPUTE", "Rhun", "wire", "2021-02-01", sentence="Norland and Rhun feuded over the river.")
    w.say("Parva", "CRITICISM", "Rhun", "wire", "2021-03-01", sentence="Parva criticised Rhun over the river row.")
    w.say("Parva", "CRITICISM", "Norland", "wire", "2021-03-02", sentence="Parva criticised Norland too.")
    for side in ("Norland", "Rhun"):
        w.say("Quell", "MEDIATION", side, "wire", "2021-05-01", sentence="Quell brokered talks over the river row.")
    w.say("Norland", "AGREEMENT", "Rhun", "wire", "2023-07-15", sentence="Norland and Rhun signed a minerals deal.")
    w.actor("Brak Tollan", "person", "Brak")
    w.say("Brak Tollan", "LEADS", "Hill Front", "wire", sentence="Brak Tollan, the Hill Front's commander.")
    w.actor("Odo Venn", "person")
    w.say("Odo Venn", "AFFILIATED_WITH", "Ostia", "wire", sentence="Ostian president Odo Venn.")
    w.say("Rhun", "ARMS_TRANSFER", "Hill Front", "wire", "2023-01-05", modality="denied",
          sentence="Rhun denied accusations that it sent rifles to the Hill Front.")
    w.say("Parva", "ARMS_TRANSFER", "Ostia", "wire", "2023-01-09", sentence="Parva delivered rifles to the Ostian army.")
    w.actor("Kite Brigade", "armed_group")
    w.say("Parva", "ARMS_TRANSFER", "Kite Brigade", "wire", "2023-03-09", sentence="Parva shipped rockets to the Kite Brigade.")
    w.actor("Tarn Council", "organization", "TARN")
    for member in ("Norland", "Rhun", "Quell"):
        w.say(member, "MEMBER_OF", "Tarn Council", "wire", sentence=f"{member} is a Tarn Council member.")
    for member in ("Norland", "Quell"):
        w.say(member, "MILITARY_PRESENCE", "Ostia", "wire", "2023-08-01", sentence="Tarn Council troops arrived in Ostia.")
    w.say("Parva", "MILITARY_PRESENCE", "Ostia", "wire", "2023-08-03", sentence="Parvan troops are in Ostia too.")
    w.say("Rhun", "ARMS_TRANSFER", "Ostia", "wire", "2023-08-04", sentence="Rhun sold jets to Ostia.")
    for member in ("Norland", "Quell"):
        w.say(member, "SUPPORT", "Tarn Council", "wire", "2023-09-01",
              sentence="Norland and Quell committed jets and ships to Northern Watch, the council's operation.")
    w.say("Rhun", "THREAT", "Parva", "wire", "2022-11-10", sentence="Rhun threatened Parva.")
    w.say("Parva", "PROTEST", "Rhun", "wire", "2022-12-10", sentence="Parva summoned Rhun's envoy.")
    w.say("Rhun", "COERCION", "Parva", "wire", "2023-01-10", sentence="Rhun banned Parvan imports.")
    w.say("Rhun", "CONSULTATION", "Parva", "wire", "2023-02-10", sentence="Rhun and Parva held talks.")
    w.actor("Banda del Norte", "armed_group")
    w.actor("Banda", "state")
    w.say("Banda del Norte", "BASED_IN", "Rhun", "wire", sentence="Banda del Norte, the Rhunic gang.")
    built = w.graph()
    yield built
    built.close()


@pytest.mark.parametrize("question", [
    "who is backing ostia's army, norland or rhun?",
    "who backs the ostians: norland or rhun",
    "which state supports ostia - norland or the rhunic?",
    "who stands behind the Ostian army, Rhun, or Norland?",
])
def test_candidates_closing_a_list_question(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Norland"]
    assert "Quell" not in {f.actor.name for f in answer.flagged}


def test_candidates_none_of_whom_did_it(world):
    answer = reply(world, "who backs ostia: parva or rhun?")
    assert names(answer) == []
    assert "Norland" not in {f.actor.name for f in answer.flagged}


@pytest.mark.parametrize("question", ["which countries sanctioned parva, rhun or ostia?",
                                      "who sanctioned parva, or rhun?"])
def test_a_list_of_parties_is_no_choice(world, question):
    from diplograph.queries.ask import ask

    assert "which of" not in ask(world.nx, question).reading


@pytest.mark.parametrize("question,expected", [
    ("is parva egging on the hill front?", "yes"),
    ("did parva spur on the hill front", "yes"),
    ("is norland cheering on the hill front", "no"),
])
def test_urging_on_is_backing(world, question, expected):
    assert reply(world, question).extra.get("verdict") == expected


@pytest.mark.parametrize("question", ["who is bankrolling the hill front", "which states bankroll the Hill Front?",
                                      "who underwrites the hill front"])
def test_bankrolling_is_backing_and_aid(world, question):
    assert set(names(reply(world, question))) == {"Parva", "Rhun"}


@pytest.mark.parametrize("question", [
    "who brokered between norland and rhun in the 2021 row over the river?",
    "who mediated between norland and rhun during their feud",
    "who mediated the norland-rhun feud",
    "which state brokered an end to the norland-rhun spat?",
    "who mediated in the norland-rhun row",
])
def test_the_quarrel_a_go_between_settled(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Quell"]
    assert "Parva" not in names(answer)


@pytest.mark.parametrize("question", [
    "norland and rhun minerals deal (tollan-venn) - when signed?",
    "when did norland (the north) and rhun sign their minerals deal?",
    "norland-rhun minerals deal - date signed",
    "the norland rhun minerals pact: signing date?",
])
def test_a_bracketed_aside_and_the_signing_date(world, question):
    assert reply(world, question).extra.get("when") == "2023-07-15"


@pytest.mark.parametrize("question,expected", [
    ("is rhun really sending weapons to brak's hill front?", "disputed"),
    ("did parva back tollan's Hill Front", "yes"),
    ("does rhun arm brak's militia", "disputed"),
])
def test_a_group_named_through_its_leader(world, question, expected):
    answer = reply(world, question)
    assert answer.extra.get("verdict") == expected
    assert "Hill Front" in answer.reading


@pytest.mark.parametrize("question,expected", [
    ("who supplies venn's army?", ["Parva", "Rhun"]),
    ("who backs tollan's paramilitaries", ["Parva"]),
])
def test_a_leaders_forces(world, question, expected):
    assert sorted(names(reply(world, question))) == expected


@pytest.mark.parametrize("question", ["Which armed groups is Parva supplying with weapons?",
                                      "which armed groups does parva supply with rockets",
                                      "which armed groups are supplied by parva"])
def test_the_type_asked_is_no_relation_word(world, question):
    assert names(reply(world, question)) == ["Kite Brigade"]


@pytest.mark.parametrize("question", [
    "TARN mission in ostia - which countries contributed troops?",
    "tarn council mission in ostia: which states sent soldiers",
    "which countries contributed troops to the tarn council mission in ostia?",
    "which states sent peacekeepers to the Tarn Council's force in Ostia",
])
def test_forces_sent_to_a_blocs_mission_in_a_place(world, question):
    answer = reply(world, question)
    assert set(names(answer)) == {"Norland", "Quell"}  # not Parva (no member), not Rhun (arms sold)


@pytest.mark.parametrize("question", [
    "which allies committed jets or ships to the tarn council's northern watch",
    "which countries contributed aircraft to tarn's northern watch operation?",
    "which states have sent warships to the Tarn Council's Northern Watch",
])
def test_forces_committed_to_a_blocs_operation(world, question):
    assert set(names(reply(world, question))) == {"Norland", "Quell"}


@pytest.mark.parametrize("question", [
    "rhun and parva, nov 2022 to jan 2023 - what went down?",
    "parva vs rhun, november 2022 - january 2023: what happened",
    "what happened between rhun and parva from nov 2022 to jan 2023",
])
def test_two_months_stamped_are_one_window(world, question):
    assert {e.predicate for e in reply(world, question).evidence} == {"THREAT", "PROTEST", "COERCION"}


@pytest.mark.parametrize("question", ["where is banda del nortte based", "which country is banda del norye from"])
def test_a_long_name_misspelt(world, question):
    assert names(reply(world, question)) == ["Rhun"]


def test_a_long_name_misspelt_twice_is_no_name(world):
    from diplograph.queries.ask import ask

    assert names(ask(world.nx, "where is banda dal nortte based")) != ["Rhun"]
