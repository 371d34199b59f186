"""Questions in the analyst's own words (session 15): kinds of wording read whatever the words.
Invented facts and invented wording (none taken from a question set).

- production set up, begun or run together ("who has X set up missile production with", "opened a drone
  factory with"): co-production, either side;
- clipped "with" ("cut ties w/ Y", "w Y"), cutting or breaking off relations answered by a punitive step whose
  sentence speaks of it when no protest is filed;
- taking the go-between's part ("playing middleman between A and B", "acting as the honest broker");
- working together however said ("teaming up with", "joining forces with", "partnering with");
- "Vance — whose president is he?": whom a person serves in a role;
- "are there norlandic troops in Ostia yet": a demonym typed lower case before a noun of forces asks yes or
  no, and a closing "yet" asks nothing more;
- founding a body ("who set up the X council", "when did A found X"): its first members; "set up a base",
  "started talks" found nothing;
- a blow said for a punitive step ("got hit with Norlandic sanctions", "hit X with sanctions"): coercion;
- hitting or pushing back at someone's quoted or described words: criticism of the speaker;
- a named operation typed in lower case ("sent ships to grey harbour"): the doers of the claims that name it;
- a closing city ("who did X meet in Beijing") or setting ("... over the Kessel war") keeps the claims that name it;
- a person's act asked when ("when did Vance put sanctions on X"): the act of the state he serves when he
  has none of his own;
- loitering munitions are a category of their own (not every armed drone), and a weapon the sentence describes in
  brackets after its name ("12 Vigil-9 (air search radar)") is of that description's category.
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session15") / "session15.db")
    for name, alias in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Parva", "Parvan"), ("Quell", "Quellish"),
                        ("Lune", "Lunese")]:
        w.actor(name, "state", alias)
    w.actor("Ado Vance", "person")
    w.actor("Ivo Brant", "person")
    w.actor("Selva Front", "armed_group")
    w.actor("Lune Council", "organization", "LC")
    w.actor("Tarn Marine", "company")
    w.actor("Vost Yard", "company")
    w.source("wire", published="2025-06-30")
    w.say("Ado Vance", "AFFILIATED_WITH", "Norland", "wire", role="President")
    w.say("Ivo Brant", "AFFILIATED_WITH", "Parva", "wire", role="Interior Minister")
    w.say("Vost Yard", "BASED_IN", "Quell", "wire", sentence="Vost Yard, a Quellish shipbuilder, ...")
    w.say("Tarn Marine", "BASED_IN", "Ostia", "wire", sentence="Tarn Marine, the Ostian builder, ...")
    w.say("Norland", "CO_PRODUCTION", "Ostia", "wire", "2024-03", weapon="drones",
          sentence="Norland and Ostia opened a joint drone assembly line.")
    w.say("Parva", "COERCION", "Quell", "wire", "2025-03-17",
          sentence="Parva severed diplomatic relations with Quell on 17 March.")
    for side in ("Selva Front", "Parva"):
        w.say("Lune", "MEDIATION", side, "wire", "2025-04",
              sentence="Lune relayed messages between the Selva Front and Parva.")
    w.say("Tarn Marine", "AGREEMENT", "Vost Yard", "wire", "2025-01",
          sentence="Tarn Marine signed with Vost Yard to build two frigates.")
    w.say("Norland", "MILITARY_PRESENCE", "Ostia", "wire", "2025-05", modality="planned",
          sentence="Norland's parliament approved sending troops to Ostia.")
    for member in ("Parva", "Quell"):
        w.say(member, "MEMBER_OF", "Lune Council", "wire", "2023-09-16",
              sentence="Parva and Quell founded the Lune Council on 16 September 2023.")
    w.say("Norland", "COERCION", "Ivo Brant", "wire", "2025-02-20", sentence="Norland's treasury designated Ivo Brant.")
    w.say("Norland", "SUPPORT", "Lune Council", "wire", "2025-06",
          sentence="Norland sent two frigates to Operation Grey Harbour.")
    w.say("Ostia", "SUPPORT", "Lune Council", "wire", "2025-06",
          sentence="Ostia committed jets to Grey Harbour, the council said.")
    w.say("Ivo Brant", "CRITICISM", "Ado Vance", "wire", "2025-01-11", sentence="Brant hit back at Vance.")
    w.actor("China", "state")
    w.actor("Lin Bo", "person")
    w.say("Lin Bo", "AFFILIATED_WITH", "China", "wire", role="Premier")
    w.say("Ado Vance", "CONSULTATION", "Lin Bo", "wire", "2025-03-02", sentence="Vance met Lin Bo in Beijing.")
    w.say("Ado Vance", "CONSULTATION", "Ivo Brant", "wire", "2025-03-09", sentence="Vance met Brant in Vessa.")
    w.say("Lune", "COERCION", "Parva", "wire", "2025-04-02", sentence="Lune sanctioned Parvan generals over the Kessel war.")
    w.say("Lune", "COERCION", "Quell", "wire", "2025-04-09", sentence="Lune sanctioned Quell over drone exports.")
    w.say("Norland", "COERCION", "Lune Council", "wire", "2025-05-12",
          sentence="Norland suspended its cooperation with the Lune Council on 12 May.")
    w.say("Lin Bo", "REJECTION", "Ado Vance", "wire", "2025-01-12", sentence="Lin Bo rejected Vance's plan for the strait.")
    built = w.graph()
    yield built
    built.close()


@pytest.mark.parametrize("question", ["who has norland set up drone production with",
                                      "Who did Ostia set up a joint drone production line with?",
                                      "which country did norland open a drone factory with",
                                      "who has ostia started making drones with"])
def test_production_set_up_with_someone_is_co_production(world, question):
    answer = reply(world, question)
    assert "CO_PRODUCTION" in answer.reading
    assert names(answer) in (["Ostia"], ["Norland"])


@pytest.mark.parametrize("question", ["did parva cut diplomatic ties w/ quell?", "has parva severed relations w/ quell",
                                      "did parva break off diplomatic relations w quell?"])
def test_cutting_ties_with_a_clipped_with(world, question):
    answer = reply(world, question)
    assert answer.extra["verdict"] == "yes"
    assert reply(world, "did quell cut ties w/ parva").extra["verdict"] == "no"


@pytest.mark.parametrize("question", ["is lune playing middleman between the selva front and parva?",
                                      "Has Lune been acting as a go-between between the Selva Front and Parva?",
                                      "is lune playing the honest broker between parva and the selva front"])
def test_playing_the_go_between_is_mediation(world, question):
    answer = reply(world, question)
    assert "MEDIATION" in answer.reading and answer.extra["verdict"] == "yes"


def test_playing_middleman_asked_for_the_mediator(world):
    assert names(reply(world, "who played middleman between parva and the selva front")) == ["Lune"]


@pytest.mark.parametrize("question", ["which quellish shipyard is tarn marine teaming up with",
                                      "who has tarn marine joined forces with", "who is tarn marine partnering with",
                                      "which quellish firms has tarn marine teamed up with"])
def test_teaming_up_is_working_together(world, question):
    assert names(reply(world, question)) == ["Vost Yard"]


@pytest.mark.parametrize("question, served", [("vance — whose president is he?", "Norland"),
                                              ("whose interior minister is ivo brant", "Parva"),
                                              ("Brant: whose minister is he", "Parva")])
def test_whose_role_a_person_holds(world, question, served):
    assert names(reply(world, question)) == [served]


@pytest.mark.parametrize("question", ["are there norlandic troops in ostia yet", "are there norlandic soldiers in ostia",
                                      "has norland got a base in ostia yet"])
def test_forces_asked_of_with_yet(world, question):
    answer = reply(world, question)
    assert "MILITARY_PRESENCE" in answer.reading
    assert answer.extra["verdict"] == "no"  # only approved: planned, not there


@pytest.mark.parametrize("question", ["who founded the lune council", "who set up the LC",
                                      "who established the lune council"])
def test_founders_of_a_body_are_its_first_members(world, question):
    assert names(reply(world, question)) == ["Parva", "Quell"]


def test_when_a_body_was_founded(world):
    assert reply(world, "when did parva set up the LC").extra["when"] == "2023-09-16"


@pytest.mark.parametrize("question", ["where has norland established a base", "who started talks with parva"])
def test_founding_verbs_found_only_bodies(world, question):
    assert "MEMBER_OF" not in reply(world, question).reading


@pytest.mark.parametrize("question", ["which parvan official got hit with norlandic sanctions",
                                      "who got slapped with sanctions by norland",
                                      "which officials were hit with new norlandic treasury sanctions"])
def test_hit_with_sanctions_is_coercion(world, question):
    answer = reply(world, question)
    assert "COERCION" in answer.reading and "ATTACK" not in answer.reading
    assert "Ivo Brant" in names(answer)


def test_hitting_someone_with_sanctions(world):
    answer = reply(world, "did norland hit ivo brant with sanctions")
    assert "COERCION" in answer.reading and answer.extra["verdict"] == "yes"


@pytest.mark.parametrize("question", ["who pushed back at vance's 'we owe nothing' remark",
                                      "which officials hit back at vance's comments"])
def test_hitting_back_at_words_is_criticism(world, question):
    answer = reply(world, question)
    assert "CRITICISM" in answer.reading and "Ivo Brant" in names(answer)


def test_pushing_back_against_a_plan_is_rejection(world):
    answer = reply(world, "who has pushed back against ado vance's plans for the strait")
    assert "REJECTION" in answer.reading and names(answer) == ["Lin Bo"]


def test_a_named_operation_in_lower_case(world):
    answer = reply(world, "which countries sent ships to grey harbour")
    assert names(answer) == ["Norland", "Ostia"] and "Grey Harbour" in answer.reading


def test_a_closing_city_keeps_the_claims_that_name_it(world):
    answer = reply(world, "who did vance meet in beijing")
    assert names(answer) == ["Lin Bo"]


def test_a_closing_setting_keeps_the_claims_that_name_it(world):
    answer = reply(world, "who did lune slap sanctions on over the kessel war")
    assert names(answer) == ["Parva"] and "kessel" in answer.reading.lower()


def test_weapon_described_in_brackets_and_loitering_munitions(tmp_path):
    from query_world import World

    w = World(tmp_path / "arms.db")
    for name in ("Norland", "Ostia", "Parva", "Quell"):
        w.actor(name, "state")
    w.source("register", published="2025-01-01")
    w.say("Norland", "ARMS_TRANSFER", "Ostia", "register", "2019", weapon="Vigil-9",
          sentence="Register: Norland → Ostia, 12 Vigil-9 (air search radar), ordered 2019.")
    w.say("Norland", "ARMS_TRANSFER", "Parva", "register", "2020", weapon="Harop",
          sentence="Register: Norland → Parva, 40 Harop, ordered 2020.")
    w.say("Norland", "ARMS_TRANSFER", "Quell", "register", "2021", weapon="Skyhold", weapon_description="armed UAV",
          sentence="Register: Norland → Quell, 4 Skyhold (armed UAV), ordered 2021.")
    graph = w.graph()
    try:
        assert names(reply(graph, "which countries bought norland's loitering munitions")) == ["Parva"]
        assert names(reply(graph, "which countries bought armed drones from norland")) == ["Parva", "Quell"]
        answer = reply(graph, "who has norland sold submarines to")
        assert names(answer) == [] and "not named" not in answer.reading
    finally:
        graph.close()


def test_a_persons_act_asked_when_is_his_states(world):
    answer = reply(world, "when did Ado Vance sanction the Lune Council")
    assert answer.extra["when"] == "2025-05-12" and "Norland" in answer.reading
