"""Questions in the analyst's own words (session 31, ask31): families of wording, each over an invented world
(states, people, firms and systems invented; no sentence taken from a question set).

- idioms and slang said for a plain verb, in any tense ("rolled out the red carpet for", "showed X the door",
  "read X the riot act", "haul X in", "flogging drones to"): asked with the plain verb (``idioms_plain``);
- arms chosen are arms bought ("opted for", "signed up for", "went with", "chose" the system), never a choice
  of anything else ("who opted for talks");
- a light verb carries the relation noun after it ("ran exercises with", "staged joint drills with");
- a sentence of context before the question names whom its pronoun means ("X went to P. Who hosted him?");
- a demonym between a possessive and the other party is where that party is from ("X's Parvan JV partner");
- a quoted name before a noun ("'third neighbour' partners") is no relation of its own;
- a border shut or sealed to a neighbour is a punitive step, no border; a head of state asked as host is a
  person the guest visited; a reason said through someone's plight ("for X's gas crunch") is an aside.
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session31") / "session31.db")
    for name, *aliases in [("Norland", "Norlandic"), ("Ostia", "Ostian", "Ostburg"), ("Rhun", "Rhunic"),
                           ("Parva", "Parvan"), ("Quell", "Quellish", "Quellton"), ("Sarn", "Sarnian"),
                           ("Tavia", "Tavian")]:
        w.actor(name, "state", *aliases)
    w.actor("Odo Venn", "person", "Venn")
    w.actor("Ines Kora", "person", "Kora")
    w.actor("Pavel Drun", "person", "Drun")
    w.actor("Lena Sarr", "person", "Sarr")
    w.actor("Kestrel Arms", "company", "Kestrel")
    w.actor("Parva Dynamics", "company")
    w.actor("Tavia Motors", "company")
    w.actor("Northern Pact", "organization")
    w.actor("Kite-9", "weapon")
    w.source("wire", published="2025-12-20")
    say = w.say
    say("Odo Venn", "AFFILIATED_WITH", "Norland", "wire", sentence="Norlandic President Odo Venn.", role="President")
    say("Odo Venn", "LEADS", "Northern Pact", "wire", sentence="Venn chairs the Northern Pact.")
    say("Pavel Drun", "AFFILIATED_WITH", "Rhun", "wire", sentence="Rhunic President Pavel Drun.", role="President")
    say("Lena Sarr", "AFFILIATED_WITH", "Ostia", "wire", sentence="Ostian President Lena Sarr.", role="President")
    say("Ines Kora", "AFFILIATED_WITH", "Parva", "wire", sentence="Parvan foreign minister Ines Kora.")
    say("Parva Dynamics", "BASED_IN", "Parva", "wire", sentence="Parva Dynamics, a Parvan firm.")
    say("Tavia Motors", "BASED_IN", "Tavia", "wire", sentence="Tavia Motors, a Tavian firm.")
    say("Northern Pact", "MILITARY_EXERCISE", "Sarn", "wire", "2023-05", sentence="The Northern Pact drilled with Sarn.")
    say("Ines Kora", "CONSULTATION", "Lena Sarr", "wire", "2024-10-10", sentence="Kora held talks with Sarr.")
    say("Odo Venn", "CONSULTATION", "Pavel Drun", "wire", "2024-06-02", sentence="Venn met Drun in Quellton.")
    for buyer, year in (("Parva", "2022"), ("Sarn", "2023")):
        say("Kestrel Arms", "ARMS_TRANSFER", buyer, "wire", year, weapon="Kite-9", weapon_description="self-propelled gun",
            sentence=f"{buyer} bought Kite-9 howitzers from Kestrel Arms.")
    for buyer in ("Sarn", "Quell"):
        say("Rhun", "ARMS_TRANSFER", buyer, "wire", "2024", weapon="Swift", weapon_description="UAV",
            sentence=f"Rhun sold Swift drones to {buyer}.")
    say("Kestrel Arms", "CO_PRODUCTION", "Parva Dynamics", "wire", "2024", sentence="Kestrel set up a joint venture.")
    say("Kestrel Arms", "COOPERATION", "Tavia Motors", "wire", "2024", sentence="Kestrel partnered Tavia Motors.")
    say("Rhun", "PROTEST", "Sarn", "wire", "2025-04-01", sentence="Rhun summoned Sarn's ambassador.")
    say("Quell", "COERCION", "Norland", "wire", "2025-02-01", sentence="Quell expelled Norland's diplomats.")
    say("Quell", "CRITICISM", "Ostia", "wire", "2025-03-01", sentence="Quell condemned Ostia.")
    say("Pavel Drun", "CRITICISM", "Ostia", "wire", "2025-03-05", sentence="Drun blamed Ostia for the blackout.")
    say("Parva", "COOPERATION", "Quell", "wire", "2024", sentence="Parva calls Quell a good-neighbour partner.")
    say("Parva", "COOPERATION", "Tavia", "wire", "2024", sentence="Parva and Tavia are partners.")
    say("Sarn", "COERCION", "Tavia", "wire", "2024-01-11", sentence="Sarn closed its border with Tavia.")
    say("Sarn", "BORDERS", "Tavia", "wire", sentence="Sarn borders Tavia.")
    for side in ("Sarn", "Rhun"):
        say("Tavia", "MEDIATION", side, "wire", "2024-09-01", sentence="Tavia mediated between Sarn and Rhun.")
    return w.graph()


@pytest.mark.parametrize("question, expected", [
    ("who rolled out the red carpet for kora?", ["Lena Sarr"]),  # hosted her: whom she visited
    ("which country showed norland's diplomats the door?", ["Quell"]),
    ("who has shown the norlandic diplomats the door", ["Quell"]),
    ("who sent norland's diplomats packing?", ["Quell"]),
    ("who hauled sarn's envoy in?", ["Rhun"]),
    ("who read ostia the riot act", ["Pavel Drun", "Quell"]),
    ("who's rhun been flogging drones to?", ["Quell", "Sarn"]),
    ("who has rhun been peddling drones to", ["Quell", "Sarn"]),
    ("who did kora have bilaterals with", ["Lena Sarr"]),
])
def test_idioms_are_asked_with_their_plain_verb(world, question, expected):
    answer = reply(world, question)
    assert names(answer) == expected
    assert "an idiom said plainly" in answer.reading


def test_an_idiom_keeps_its_tense_in_a_yes_or_no_question(world):
    assert reply(world, "did quell show norland's diplomats the door?").to_dict()["verdict"] == "yes"
    assert reply(world, "did rhun show norland's diplomats the door?").to_dict()["verdict"] == "no"


@pytest.mark.parametrize("question, expected", [
    ("which countries chose the kite-9?", ["Parva", "Sarn"]),
    ("who opted for kestrel's kite-9s?", ["Parva", "Sarn"]),
    ("apart from parva, who else has signed up for the kite-9?", ["Sarn"]),
    ("which armies went for the kite-9", ["Parva", "Sarn"]),
    ("which states selected kite-9 howitzers", ["Parva", "Sarn"]),
    ("which countries have gone with rhun's drones?", ["Quell", "Sarn"]),
])
def test_arms_chosen_are_arms_bought(world, question, expected):
    answer = reply(world, question)
    assert names(answer) == expected
    assert "arms chosen" in answer.reading


def test_arms_chosen_in_a_yes_or_no_question(world):
    assert reply(world, "did sarn opt for the kite-9?").to_dict()["verdict"] == "yes"
    assert reply(world, "did quell choose the kite-9?").to_dict()["verdict"] == "no"


@pytest.mark.parametrize("question", ["which countries chose neutrality?", "who opted for talks with sarn?"])
def test_a_choice_of_anything_but_arms_is_no_purchase(world, question):
    from diplograph.queries.ask import ask

    answer = ask(world.nx, question)
    assert "arms chosen" not in answer.reading
    assert "ARMS_TRANSFER" not in answer.reading


@pytest.mark.parametrize("question", ["which bloc ran exercises with sarn?", "who has sarn run joint drills with?",
                                      "which bloc carried out drills with sarn", "who staged war games with sarn"])
def test_a_light_verb_carries_the_relation_noun_after_it(world, question):
    assert names(reply(world, question)) == ["Northern Pact"]


def test_a_light_verb_alone_keeps_its_own_meaning(world):
    assert names(reply(world, "who runs the northern pact?")) == ["Odo Venn"]


@pytest.mark.parametrize("question, expected", [
    ("Kora went to Ostburg in October. Who did she meet?", ["Lena Sarr"]),
    ("Venn was at the summit in Quellton. who did he sit down with?", ["Pavel Drun"]),
    ("Drun spoke at length. Which country did he blame?", ["Ostia"]),
    ("Rhun keeps arming its friends; who has it sold drones to?", ["Quell", "Sarn"]),
])
def test_a_context_sentence_names_whom_the_pronoun_means(world, question, expected):
    answer = reply(world, question)
    assert names(answer) == expected
    assert "the context" in answer.reading


def test_a_plural_pronoun_stands_for_the_two_the_context_joins(world):
    answer = reply(world, "Sarn and Rhun quarrelled over water. Who mediated between them?")
    assert names(answer) == ["Tavia"] and "between Sarn and Rhun" in answer.reading


def test_a_pronoun_for_a_person_skips_the_states_of_the_context(world):
    answer = reply(world, "Rhun and Quell traded barbs while Drun was abroad. Which country did he blame?")
    assert names(answer) == ["Ostia"]


@pytest.mark.parametrize("question, expected", [
    ("kestrel's parvan jv partner?", ["Parva Dynamics"]),
    ("kestrel arms' tavian partner", ["Tavia Motors"]),
])
def test_a_demonym_before_the_other_party_is_where_it_is_from(world, question, expected):
    answer = reply(world, question)
    assert names(answer) == expected
    assert "a nationality before the other party" in answer.reading


def test_a_name_before_the_noun_is_still_a_party(world):
    assert names(reply(world, "who are parva's partners?")) != ["Parva Dynamics"]


def test_a_quoted_name_before_a_noun_names_no_relation_and_keeps_the_claims_that_say_it(world):
    answer = reply(world, "parva 'good neighbour' partners")
    assert names(answer) == ["Quell"]  # the one partnership whose sentence says it
    assert "BORDERS" not in answer.reading and "a name in quotes" in answer.reading


def test_a_quoted_name_no_sentence_says_narrows_nothing(world):
    answer = reply(world, 'who are parva\'s "old friends" partners?')
    assert {"Quell", "Tavia"} <= set(names(answer)) and "a name in quotes" in answer.reading


@pytest.mark.parametrize("question", ["sarn shut its border w/ tavia - what date was that",
                                      "when did sarn seal the border with tavia?"])
def test_a_border_shut_to_a_neighbour_is_a_punitive_step(world, question):
    answer = reply(world, question)
    assert "COERCION" in answer.reading and "BORDERS" not in answer.reading
    assert answer.to_dict()["when"].startswith("2024-01-11")


def test_a_border_shared_is_still_a_border(world):
    assert "BORDERS" in reply(world, "which countries border tavia?").reading


def test_a_head_of_state_asked_as_host_is_a_person_visited(world):
    answer = reply(world, "Kora flew to Ostburg. Which head of state rolled out the red carpet for her?")
    assert names(answer) == ["Lena Sarr"]


def test_a_reason_through_someone_s_plight_is_left_unread(world):
    answer = reply(world, "drun - who's he blaming for ostia's power cuts?")
    assert names(answer) == ["Ostia"] and "not read" in answer.reading
