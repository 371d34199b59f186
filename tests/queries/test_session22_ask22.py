"""Questions in the analyst's own words (session 22, ask22): kinds of wording read whatever the words.
Invented actors (and a few real states for their combining forms) and invented wording (none taken from a
question set).

- a half or a quarter of a year ("the second half of 2021", "H1 2022", "Q3 2021", "since the 2nd half of 2021")
  is the months it spans, whatever the question's form;
- a state's combining form as one half of a hyphenated pair ("the indo-pak truce", "sino-russian ties") names the
  state; alone it names nothing;
- "what happened" said another way ("what went on between A and B", "A-B row: what did each side do?",
  "who did what"): every relation between them, not a visit read from "went";
- a time phrase closing the topic named before a colon ("the A-B row in 2021: what happened?") is the window;
- a state's arms then two possible suppliers ("ostia's kh-9s - from norland or rhun?"): which of them sold them;
  a state's arms asked in the passive whether delivered ("have ostia's kh-9s been delivered yet?");
- a designation typed without the model name or variant letter its claims give ("kh-9s" for the "KH-9A Falcon");
- a source's name after the question mark ("... rhun? wire") is the source, as "(wire)" is;
- a name between "the" and the relation noun, another after it ("which states triggered the Tarn Council sanctions
  on Parva"), says whose measure it was: no party; "on X" makes X the object (the marker was read as a yes/no
  boolean by YAML, "on" as True, and so never matched);
- refereeing, umpiring or arbitrating between two sides is mediating ("who refereed the A-B talks");
- a surname misspelt in a hyphenated pair ("the kovacik-brell talks") is the one person it nearly names;
- a capital in the topic named before the colon ("lunegrad process: who mediated between A and B?") names the
  occasion, no party, when the question after the colon names its own;
- a region said before the arms the buyers asked for bought ("sahel falke customers", "african kh-9 buyers") keeps
  the buyers in it: no part of the weapon's name;
- armed groups named by a deed ("the rebels who ambushed Norland", "the militants which attacked X") stand for the
  armed groups the graph gives that relation with the actor, in a yes-or-no question;
- a place no actor bears, typed in lower case, names the claims that write it ("who brokered the idlib truce");
  a type word after a participle closing a clipped query ("idlib truce - brokering countries?") is the type asked;
- a maker's delivery that names no system answers for the maker's system asked about, unless the sources name
  the arms it supplies that recipient as another system ("who got vortex missiles from kestrel works");
- a fixed list of quarrel, cooperation and supply wordings keeps its readings: the lexicon is shared with the
  extractor, and a new trigger there must not silently narrow a question here (as "friction" once did).
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session22") / "session22.db")
    for name, *aliases in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Rhun", "Rhunic"), ("Parva", "Parvan"),
                           ("Quell", "Quellish", "Lunegrad"), ("India", "Indian"), ("Pakistan", "Pakistani"),
                           ("China", "Chinese"), ("Russia", "Russian")]:
        w.actor(name, "state", *aliases)
    from diplograph.graph.model import Actor

    for name, iso3 in [("Mali", "MLI"), ("Niger", "NER"), ("Kenya", "KEN")]:  # keyed as the regions list them
        w.actors[name] = Actor.new(name, "state", (), {"iso3": iso3})
    w.source("wire", published="2022-12-20")
    w.say("Rhun", "THREAT", "Parva", "wire", "2021-03-04", sentence="Rhun threatened Parva over the dam.")
    w.say("Parva", "PROTEST", "Rhun", "wire", "2021-08-10", sentence="Parva summoned Rhun's ambassador.")
    w.say("Rhun", "COERCION", "Parva", "wire", "2021-10-02", sentence="Rhun suspended aid to Parva.")
    w.say("Rhun", "CONSULTATION", "Parva", "wire", "2022-02-11", sentence="Rhun's envoy visited Parva.")
    w.say("Quell", "MEDIATION", "India", "wire", "2022-05-10", sentence="Quell brokered the truce.")
    w.say("Quell", "MEDIATION", "Pakistan", "wire", "2022-05-10", sentence="Quell brokered the truce.")
    w.say("China", "COOPERATION", "Russia", "wire", "2022-04", sentence="China and Russia deepened ties.")
    w.source("register", published="2022-06-01", publisher="Lindqvist Institute")
    w.say("Norland", "ARMS_TRANSFER", "Ostia", "register", "2020", weapon="KH-9A Falcon", number_delivered="12",
          weapon_description="SAM system")
    w.say("Rhun", "ARMS_TRANSFER", "Ostia", "register", "2021", weapon="Bora", number_delivered="8",
          weapon_description="SAM system")
    w.say("Norland", "ARMS_TRANSFER", "Quell", "register", "2022", modality="planned", weapon="KH-9A Falcon",
          number_delivered="0", weapon_description="SAM system")
    for buyer in ("Mali", "Niger", "Kenya"):
        w.say("Norland", "ARMS_TRANSFER", buyer, "register", "2022", weapon="Falke", number_delivered="2",
              weapon_description="armed UAV")
    w.actor("Hill Front", "armed_group")
    w.say("Hill Front", "ATTACK", "Norland", "wire", "2022-07-01", sentence="The Hill Front ambushed a Norlandic convoy.")
    w.say("Parva", "SUPPORT", "Hill Front", "wire", "2022-08-01", sentence="Parva backs the Hill Front.")
    w.actor("Ridge Army", "armed_group")
    for side in ("Ostia", "Ridge Army"):
        w.say("Quell", "MEDIATION", side, "wire", "2022-11-03", sentence="Quell brokered the Idlib truce.")
    w.actor("Kestrel Works", "company")
    w.actor("Vortex", "weapon", "Vortex missile", "Vortex missiles")
    w.say("Kestrel Works", "MANUFACTURES", "Vortex", "wire", sentence="Kestrel Works builds the Vortex missile.")
    w.say("Kestrel Works", "ARMS_TRANSFER", "Rhun", "wire", "2022-05",
          sentence="Kestrel Works handed over its first coastal missile system to Rhun.")
    w.say("Kestrel Works", "ARMS_TRANSFER", "Parva", "wire", "2022-06",
          sentence="Kestrel Works handed over a coastal missile system to Parva.")
    w.say("Kestrel Works", "ARMS_TRANSFER", "Parva", "register", "2022", weapon="Tempest",
          weapon_description="anti-ship missile", number_delivered="4")
    w.actor("Anselm Kovacic", "person")
    w.actor("Tomas Brell", "person")
    for side in ("Anselm Kovacic", "Tomas Brell"):
        w.say("Ostia", "MEDIATION", side, "wire", "2022-03-01", sentence="Ostia hosted Kovacic and Brell.")
    for side in ("Rhun", "Parva"):
        w.say("Quell", "MEDIATION", side, "wire", "2022-09-01", sentence="Quell brought Rhun and Parva together.")
    w.actor("Tarn Council", "organization")
    w.say("Norland", "COERCION", "Parva", "wire", "2021-05-02", sentence="Norland applied the Tarn Council sanctions.")
    w.say("Parva", "COERCION", "Quell", "wire", "2021-06-01", sentence="Parva embargoed Quell.")
    built = w.graph()
    yield built
    built.close()


def _predicates(answer) -> set[str]:
    return {e.predicate for e in answer.evidence}


@pytest.mark.parametrize("question", [
    "what happened between rhun and parva in the second half of 2021?",
    "Rhun vs Parva, H2 2021 - what happened",
    "rhun-parva quarrel in the 2nd half of 2021: what happened?",
    "what has gone on between Rhun and Parva during the second half of 2021",

])
def test_the_second_half_of_a_year(world, question):
    assert _predicates(reply(world, question)) == {"PROTEST", "COERCION"}


@pytest.mark.parametrize("question,expected", [
    ("what happened between rhun and parva in the first half of 2021", {"THREAT"}),
    ("what happened between rhun and parva in q3 2021", {"PROTEST"}),
    ("rhun and parva, fourth quarter of 2021: what happened?", {"COERCION"}),
    ("what happened between rhun and parva since the second half of 2021", {"PROTEST", "COERCION", "CONSULTATION"}),
    ("what happened between rhun and parva before the second half of 2021", {"THREAT"}),
])
def test_halves_and_quarters_bound_the_window(world, question, expected):
    assert _predicates(reply(world, question)) == expected


def test_a_half_year_said_plainly():
    from diplograph.queries.yearparts import year_parts_said

    assert year_parts_said("who armed X in h1 2019") == "who armed X between January 2019 and June 2019"
    assert year_parts_said("who armed X after the first quarter of 2019") == "who armed X after March 2019"
    assert year_parts_said("the 2019 halftime report") == "the 2019 halftime report"


@pytest.mark.parametrize("question", ["did quell really broker the indo-pak truce?", "who brokered the indo-pak ceasefire",
                                      "indo-pak truce - who mediated?"])
def test_a_combining_form_in_a_hyphenated_pair(world, question):
    answer = reply(world, question)
    assert "Quell" in names(answer) or answer.extra.get("verdict") == "yes"
    assert {"India", "Pakistan"} <= {e.object.name for e in answer.evidence}


def test_sino_in_a_pair(world):
    assert _predicates(reply(world, "what's behind the sino-russian ties")) == {"COOPERATION"}


def test_a_combining_form_alone_names_nothing():
    from diplograph.queries.named import _short_name

    assert _short_name("indo") == "India" and _short_name("Parva") == "Parva"


@pytest.mark.parametrize("question", [
    "What went on between Rhun and Parva in the first half of 2021?",
    "rhun-parva row in march 2021: what did each side do?",
    "Rhun and Parva in March 2021 - who did what?",
    "what went down between rhun and parva in march 2021",
])
def test_what_happened_said_another_way(world, question):
    assert _predicates(reply(world, question)) == {"THREAT"}


@pytest.mark.parametrize("question", ["the rhun-parva row in 2021: what happened?",
                                      "rhun-parva quarrel in october 2021: what happened?"])
def test_a_time_closing_the_topic_before_a_colon(world, question):
    answer = reply(world, question)
    assert _predicates(answer) and "CONSULTATION" not in _predicates(answer)


@pytest.mark.parametrize("question", ["ostia's kh-9s - from norland or rhun?", "Ostia's KH-9s: Rhun or Norland",
                                      "Ostia's KH-9 batteries - bought from Rhun or Norland?"])
def test_a_states_arms_then_two_possible_suppliers(world, question):
    assert names(reply(world, question)) == ["Norland"]


def test_a_states_other_nouns_then_two_names_are_no_supply_choice():
    from diplograph.queries.armsasked import arms_asked

    assert arms_asked("ostia's allies - rhun or quell") == "ostia's allies - rhun or quell"


@pytest.mark.parametrize("question,verdict", [("have quell's kh-9s been delivered yet?", "no"),
                                              ("were the kh-9s for quell delivered", "no"),
                                              ("have ostia's kh-9s been delivered", "yes")])
def test_arms_asked_whether_delivered(world, question, verdict):
    assert reply(world, question).extra["verdict"] == verdict


def test_a_designation_typed_without_its_variant_letter(world):
    assert names(reply(world, "who sold kh-9s to ostia")) == ["Norland"]


def test_a_source_after_the_question_mark(world):
    answer = reply(world, "who armed ostia? lindqvist")
    assert names(answer) == ["Norland", "Rhun"]
    assert "only what lindqvist says" in answer.reading


@pytest.mark.parametrize("question", ["which states triggered the tarn council sanctions on parva",
                                      "how many countries enforced the Tarn Council sanctions on Parva?"])
def test_a_name_qualifying_the_relation_noun(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Norland", "Rhun"]
    assert "tarn council" in answer.reading.lower()


def test_on_marks_the_object():
    from diplograph.queries.loose import load_lexicon

    assert "on" in load_lexicon().object_markers and "on" in load_lexicon().stopwords


@pytest.mark.parametrize("question", ["who was refereeing the kovacic-brell talks?", "who refereed between Kovacic and Brell",
                                      "who umpired between Kovacic and Brell", "who was refereeing the kovacik-brell talks"])
def test_refereeing_is_mediating(world, question):
    assert names(reply(world, question)) == ["Ostia"]


@pytest.mark.parametrize("question", ["lunegrad process: who mediated between rhun and parva?",
                                      "the Lunegrad talks - who brokered between Rhun and Parva?"])
def test_a_capital_in_the_topic_named_first_is_no_party(world, question):
    assert names(reply(world, question)) == ["Quell"]


_QUARREL = ["DISPUTE", "RIVALRY", "CRITICISM", "PROTEST", "REJECTION", "COERCION", "THREAT"]
_FRIENDLY = ["COOPERATION", "SUPPORT", "AGREEMENT", "ALLIANCE", "CONSULTATION"]


@pytest.mark.parametrize("question,predicates", [
    ("what are the tensions between rhun and parva", _QUARREL),
    ("rhun-parva friction - what happened?", _QUARREL),
    ("is there a rift between rhun and parva", _QUARREL),
    ("the rhun-parva spat", _QUARREL),
    ("rhun and parva: what's behind the row?", _QUARREL),
    ("are rhun and parva at odds", _QUARREL),
    ("have rhun and parva fallen out?", _QUARREL),
    ("is rhun on good terms with parva", _FRIENDLY),
    ("who does rhun have warm ties with", _FRIENDLY),
    ("who has rhun teamed up with", ["COOPERATION", "AGREEMENT", "CO_PRODUCTION", "ALLIANCE"]),
    ("who arms ostia", ["ARMS_TRANSFER", "CO_PRODUCTION"]),
    ("who supplies ostia with weapons", ["ARMS_TRANSFER", "CO_PRODUCTION"]),
    ("who equips ostia", ["ARMS_TRANSFER", "CO_PRODUCTION"]),
    ("who is arming ostia", ["ARMS_TRANSFER", "CO_PRODUCTION"]),
    ("ostia's arms suppliers", ["ARMS_TRANSFER", "CO_PRODUCTION"]),
    ("who delivered weapons to ostia", ["ARMS_TRANSFER", "CO_PRODUCTION"]),
])
def test_shared_lexicon_keeps_the_readings_of_common_wordings(world, question, predicates):
    import re

    reading = reply(world, question).reading
    said = set(re.findall(r"\b[A-Z][A-Z_]{3,}\b", reading))
    assert said == set(predicates), reading


@pytest.mark.parametrize("question", ["sahel falke customers", "Sahel Falke buyers?", "sahel falke drone operators"])
def test_a_region_glued_to_the_arms_bought(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Mali", "Niger"]


@pytest.mark.parametrize("question,verdict", [("did parva help the rebels who ambushed norland?", "yes"),
                                              ("Did Parva back the militants which attacked Norland", "yes"),
                                              ("did quell help the rebels who ambushed norland", "no")])
def test_armed_groups_named_by_a_deed(world, question, verdict):
    answer = reply(world, question)
    assert answer.extra["verdict"] == verdict
    assert "Hill Front" in answer.reading


@pytest.mark.parametrize("question", ["who brokered the idlib truce", "idlib truce - brokering countries?",
                                      "which states mediated the idlib ceasefire"])
def test_a_place_in_lower_case_names_the_claims(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Quell"]


def test_a_makers_unnamed_delivery_named_elsewhere_as_another_system(world):
    answer = reply(world, "which states got vortex missiles from kestrel works?")
    assert names(answer) == ["Rhun"]  # Parva's are Tempests
    assert "by its maker" in answer.reading
