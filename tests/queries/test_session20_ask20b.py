"""Questions in the analyst's own words (session 20, ask20b): kinds of wording read whatever the words.
Invented facts and invented wording (none taken from a question set).

- a deal, truce or talks named by where they hold ("the ceasefire in Ostia", "the talks over Parva"): named
  by that place, as "the Ostia ceasefire" is, so that its go-betweens and parties are found;
- a state that hosts, harbours or shelters a group or a body ("which country hosts the Tarn Legion"): where the
  group is based or has forces (hosting a person is a visit, hosting talks a go-between's part);
- a region before a singular type word asked for ("which Gulf state", "what Central Asian country"): the region
  narrows the answer, as before a plural; said of a name ("is X a Gulf state") it is no filter;
- the go-betweens of a thing named that no mediation's sentence names ("who brokered the Kessel Valley truce"): those
  who mediated between two sides of the claims that name it, never those sides themselves; a month and year in
  the question ("of March 2025") is when, never the thing named;
- warrants said in the plural or against their target, a wanted list, "wanted by": seeking an arrest (coercion), never
  a deal ("who has X issued warrants for" was read as an agreement by "issued");
- how two sides get on ("how are A and B getting along", "how does A get on with B"): all that passed between them,
  never arms got; a hyphenated pair whose name on either side has two words ("the Norland-East Ostia relationship",
  "East Ostia-Parva ties") is that pair.
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from diplograph.graph.model import Actor
    from query_world import World

    w = World(tmp_path_factory.mktemp("session20b") / "session20b.db")
    for name, alias in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Parva", "Parvan"), ("Quell", "Quellish")]:
        w.actor(name, "state", alias)
    w.actor("Tarn Legion", "armed_group")
    w.actor("Vesk Front", "armed_group")
    w.actor("Orrin Vale", "person")
    w.actors["Qatar"] = Actor.new("Qatar", "state", external_ids={"iso3": "QAT"})  # the id regions.yaml lists
    w.actor("Lorn", "state")
    w.actor("Meridian Court", "organization")
    w.actor("Dane Holt", "person")
    w.actor("East Ostia", "state")
    w.source("wire", published="2025-06-30")
    w.say("Norland", "MEDIATION", "Ostia", "wire", "2025-03",
          sentence="Norland brokered the truce in Ostia between the government and the Tarn Legion.")
    w.say("Norland", "MEDIATION", "Tarn Legion", "wire", "2025-03",
          sentence="Norland brokered the truce in Ostia between the government and the Tarn Legion.")
    w.say("Ostia", "AGREEMENT", "Tarn Legion", "wire", "2025-03",
          sentence="The Ostian government and the Tarn Legion signed a truce in Ostia.")
    w.say("Parva", "MEDIATION", "Quell", "wire", "2024-11", sentence="Parva hosted talks on Quell's border row.")
    w.say("Tarn Legion", "ARMED_CLASH", "Ostia", "wire", "2024-06", sentence="The Tarn Legion fought Ostia's army.")
    w.say("Tarn Legion", "BASED_IN", "Parva", "wire", sentence="The Tarn Legion keeps its political office in Parva.")
    w.say("Vesk Front", "BASED_IN", "Qatar", "wire", sentence="The Vesk Front's leaders live in Doha.")
    w.say("Norland", "MEDIATION", "Vesk Front", "wire", "2025-01",
          sentence="Norland hosted talks between the Vesk Front and Quell.")
    w.say("Norland", "MEDIATION", "Quell", "wire", "2025-01", sentence="Norland hosted talks between the Vesk Front and Quell.")
    w.say("Quell", "CONSULTATION", "Orrin Vale", "wire", "2025-02", sentence="Quell hosted Orrin Vale for talks.")
    w.say("Lorn", "CRITICISM", "Ostia", "wire", "2025-04", sentence="Lorn condemned the fighting in Ostia.")
    w.say("Ostia", "ATTACK", "Tarn Legion", "wire", "2025-02", sentence="Ostian guns shelled the Tarn Legion in the Kessel Valley.")
    w.say("Lorn", "CRITICISM", "Ostia", "wire", "2025-05", sentence="Lorn condemned Ostia over the standoff at the Dray Pass.")
    w.say("Meridian Court", "COERCION", "Orrin Vale", "wire", "2024-09",
          sentence="The Meridian Court issued a warrant for Orrin Vale's arrest.")
    w.say("Meridian Court", "AGREEMENT", "Parva", "wire", "2023-01",
          sentence="The Meridian Court signed a host-state accord with Parva.")
    w.say("Norland", "COERCION", "Dane Holt", "wire", "2025-02", sentence="Norland placed Dane Holt on its wanted list.")
    w.say("Norland", "CRITICISM", "East Ostia", "wire", "2025-03", sentence="Norland criticised East Ostia's dam.")
    w.say("East Ostia", "AGREEMENT", "Parva", "wire", "2025-04", sentence="East Ostia and Parva signed a water accord.")
    w.say("Parva", "ARMS_TRANSFER", "Norland", "wire", "2024", weapon="drones", sentence="Parva sold drones to Norland.")
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
    answer = reply(world, "who brokered the ceasefire in Lorn?")
    assert names(answer) == []  # Norland's truce was in Ostia


@pytest.mark.parametrize("question", ["which country hosts the Tarn Legion?", "who harbours the Tarn Legion",
                                      "Which states have sheltered the Tarn Legion?"])
def test_who_hosts_a_group_is_where_it_is_based(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Parva"]  # Ostia, whose truce it signed, hosts nothing of it
    assert "BASED_IN" in answer.reading


def test_hosting_a_group_is_not_hosting_its_talks(world):
    assert names(reply(world, "who hosts the Vesk Front?")) == ["Qatar"]  # Norland hosted talks with it, not the group
    assert names(reply(world, "who hosted talks between the Vesk Front and Quell?")) == ["Norland"]


def test_hosting_a_person_is_no_base():
    from diplograph.queries.grammar import load_grammar

    form = next(f for f in load_grammar().forms if f.id == "hosts")
    assert "person" not in form.params["slot_types"] and "state" not in form.params["slot_types"]


@pytest.mark.parametrize("question", ["Which Gulf state hosts the Vesk Front?", "what gulf country harbours the Vesk Front"])
def test_a_region_before_a_singular_type_word_narrows(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Qatar"]
    assert "Gulf" in answer.reading


def test_a_region_said_of_a_name_is_no_filter():
    from diplograph.queries.named import _region_words

    assert _region_words("Is Qatar a Gulf state")[1] == []
    assert [r.name for r in _region_words("which Gulf state hosts Hamas")[1]] == ["Gulf states"]


@pytest.mark.parametrize("question", ["who brokered the Kessel Valley truce?", "Which states mediated the Kessel Valley ceasefire?",
                                      "who helped broker the Kessel Valley truce of March 2025"])
def test_the_go_betweens_of_a_named_thing_are_those_between_its_sides(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Norland"]  # not Ostia, whose shelling names the valley
    assert "Kessel Valley" in answer.reading


def test_a_named_thing_whose_sides_had_no_go_between_has_none(world):
    assert names(reply(world, "who brokered the Dray Pass truce?")) == []  # not Lorn, one of its sides


def test_a_month_and_year_is_never_the_thing_named(world):
    from diplograph.queries.topics import named_topic

    assert named_topic(world.nx, "who brokered the Kessel Valley truce in March 2025") == "Kessel Valley"
    assert named_topic(world.nx, "who brokered the truce of February 2025") is None


@pytest.mark.parametrize("question", ["who has the Meridian Court issued warrants for?",
                                      "who did the meridian court issue warrants against", "who is wanted by the Meridian Court?"])
def test_warrants_and_wanted_are_charges_not_deals(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Orrin Vale"]  # not Parva, party to the court's accord
    assert "COERCION" in answer.reading and "AGREEMENT" not in answer.reading


@pytest.mark.parametrize("question", ["who did Norland put on its wanted list?", "who has norland declared wanted"])
def test_a_wanted_list_is_a_charge(world, question):
    assert names(reply(world, question)) == ["Dane Holt"]


def test_wanted_by_in_a_yes_or_no_question(world):
    assert reply(world, "is Dane Holt wanted by Norland?").extra["verdict"] == "yes"
    assert reply(world, "is Orrin Vale wanted by Norland?").extra["verdict"] == "no"


@pytest.mark.parametrize("question", ["how are Norland and East Ostia getting along?", "How do Norland and East Ostia get on?",
                                      "how is Norland getting on with East Ostia"])
def test_how_two_sides_get_on_is_all_between_them(world, question):
    answer = reply(world, question)
    assert {e.predicate for e in answer.evidence} == {"CRITICISM"}  # not the drones Norland got from Parva


@pytest.mark.parametrize("question", ["what's the state of Norland-East Ostia relations?", "East Ostia-Parva ties: how are they?",
                                      "how are east ostia-parva relations"])
def test_a_hyphenated_pair_of_names_of_two_words(world, question):
    answer = reply(world, question)
    predicates = {e.predicate for e in answer.evidence}
    assert predicates in ({"CRITICISM"}, {"AGREEMENT"})
    assert len({e.subject.name for e in answer.evidence} | {e.object.name for e in answer.evidence}) == 2


def test_a_hyphen_between_words_that_name_nothing_is_no_pair(world):
    from diplograph.queries.named import hyphen_pair

    assert hyphen_pair(world.nx, ["the", "norland-east", "ostia", "talks"], 1) != []
    assert hyphen_pair(world.nx, ["a", "long-running", "row"], 1) == []
