"""Questions in the analyst's own words (session 20, ask20): kinds of wording read whatever the words.
Invented systems and invented wording (none taken from a question set).

- the buyers of a named system asked without a supplier: only those that received it, not a supplier of
  it that received something else;
- a question that says the arms arrived ("delivered", "took delivery", "in service") keeps orders with no
  delivery recorded apart; the recipient "has the arms delivered" ("have had X delivered", "got X shipped");
- a maker's or programme's name before the system's ("the Brandt Falke"), the programme naming the
  category when it is a known model ("the Eurofighter Falke": not the Falke armoured cars);
- a designation typed without its hyphen ("zk7s" for ZK-7);
- the continents as region adjectives ("African buyers", "European customers") and two regions joined
  ("Nordic and Baltic members", "Gulf or African states"): either region's members;
- a topic named first and asked of after a comma ("the A-B truce in may, who brokered it"); a date in the
  phrase of a go-between question is when, never the name of a document (no claim that merely says "in
  December" answers); a capital's short name in a hyphenated pair ("nairobi-addis");
- a state's initials before the type word ("which US firms", "UK arms makers hit by ... sanctions"): the
  answers' nationality, not a party;
- "what went down" between two sides named first: what happened between them;
- the parties to a relation noun named by a noun of parties after it ("Rhun's defence pact partners"): that
  relation, not cooperation.
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    from diplograph.graph.model import Actor

    w = World(tmp_path_factory.mktemp("session20") / "session20.db")
    for iso, name in [("SWE", "Sweden"), ("NOR", "Norway"), ("EST", "Estonia"), ("LVA", "Latvia"), ("KEN", "Kenya"),
                      ("NGA", "Nigeria"), ("QAT", "Qatar"), ("DEU", "Germany"), ("PER", "Peru")]:
        w.actors[name] = Actor(f"state:{iso}", name, "state")
    w.actor("Baltic Shield", "organization", "BSH")
    w.source("sipri", published="2025-03-01")
    jet = {"weapon_description": "FGA aircraft"}
    w.say("Sweden", "ARMS_TRANSFER", "Kenya", "sipri", "2015", weapon="Falke", number_delivered="12", **jet)
    w.say("Sweden", "ARMS_TRANSFER", "Qatar", "sipri", "2019", weapon="Falke Block-2", number_delivered="8", **jet)
    w.say("Sweden", "ARMS_TRANSFER", "Estonia", "sipri", "2024", modality="planned", weapon="Falke Block-2",
          number_delivered="0", **jet)
    w.say("Germany", "ARMS_TRANSFER", "Nigeria", "sipri", "2016", weapon="Falke", number_delivered="40",
          weapon_description="APC")
    # the supplier of the Falke buys other arms: no buyer of the Falke for that
    w.say("Norway", "ARMS_TRANSFER", "Sweden", "sipri", "2018", weapon="Skarv", number_delivered="4",
          weapon_description="APC")
    w.say("Germany", "ARMS_TRANSFER", "Latvia", "sipri", "2020", weapon="ZK-7", number_delivered="6",
          weapon_description="self-propelled gun")
    w.say("Germany", "ARMS_TRANSFER", "Peru", "sipri", "2021", weapon="ZK-7", number_delivered="10",
          weapon_description="self-propelled gun")
    w.actor("Ostia", "state", "Ostian")
    w.actor("Rhun", "state", "Rhunic")
    w.actor("Parva", "state", "Parvan")
    w.actors["Ethiopia"] = Actor("state:ETH", "Ethiopia", "state")
    w.source("wire", published="2025-01-15")
    for side in ("Rhun", "Parva", "Kenya", "Ethiopia"):
        w.say("Ostia", "MEDIATION", side, "wire", "2024-12", sentence="Ostia brokered the accord.")
    w.actor("Norland", "state", "Norlandic")
    w.say("Norland", "MEDIATION", "Ostia", "wire", "2024-12", sentence="Norland passed messages for Ostia in December.")
    w.actors["United States"] = Actor("state:USA", "United States", "state", ("US", "USA"))
    w.actors["United Kingdom"] = Actor("state:GBR", "United Kingdom", "state", ("UK", "Britain"))
    w.actor("Ridgeline Aero", "company")
    w.actor("Thames Ordnance", "company")
    w.say("Ridgeline Aero", "BASED_IN", "United States", "wire", sentence="Ridgeline Aero, based in the US.")
    w.say("Thames Ordnance", "BASED_IN", "United Kingdom", "wire", sentence="Thames Ordnance, a UK firm.")
    for firm in ("Ridgeline Aero", "Thames Ordnance"):
        w.say("Parva", "COERCION", firm, "wire", "2024-11", sentence=f"Parva sanctioned {firm}.")
    w.say("Rhun", "PROTEST", "Parva", "wire", "2024-06-03", sentence="Rhun recalled its envoy from Parva.")
    w.say("Rhun", "ALLIANCE", "Ostia", "wire", "2001", alliance_type="defense", sentence="COW: Rhun-Ostia defence pact")
    w.say("Rhun", "ALLIANCE", "Norland", "wire", "2003", alliance_type="entente", sentence="COW: Rhun-Norland entente")
    w.say("Rhun", "COOPERATION", "Peru", "wire", "2005", sentence="Rhun and Peru cooperate on fisheries.")
    for state in ("Sweden", "Norway", "Estonia", "Latvia", "Germany"):
        w.say(state, "MEMBER_OF", "Baltic Shield", "sipri", sentence=f"{state} is in the Baltic Shield.")
    built = w.graph()
    yield built
    built.close()


@pytest.mark.parametrize("question", ["Who got Falkes delivered?", "which states took delivery of the falke",
                                      "Falke buyers"])
def test_the_buyers_of_a_system_are_those_that_received_it(world, question):
    found = names(reply(world, question))
    assert "Sweden" not in found  # it supplies the Falke; what it bought is another system
    assert {"Kenya", "Qatar"} <= set(found)


@pytest.mark.parametrize("question", ["which countries have had falkes delivered?", "who has had the Falke delivered",
                                      "Which states actually got Falke jets delivered?"])
def test_a_delivery_asked_keeps_orders_apart(world, question):
    answer = reply(world, question)
    assert "Estonia" not in names(answer)
    assert "Estonia" in [f.actor.name for f in answer.flagged]
    assert "Sweden" not in names(answer)


def test_a_count_of_deliveries_counts_only_those_delivered(world):
    answer = reply(world, "how many countries have had falke jets delivered since 2010?")
    assert answer.extra["count"] == 2 and names(answer) == ["Kenya", "Qatar"]


def test_an_order_still_answers_who_bought(world):
    assert "Estonia" in names(reply(world, "who bought the falke"))


@pytest.mark.parametrize("question", ["buyers of the Brandt Falke", "who are the customers of the brandt falke?"])
def test_a_makers_name_before_the_system(world, question):
    assert {"Kenya", "Qatar"} <= set(names(reply(world, question)))


@pytest.mark.parametrize("question", ["buyers of the eurofighter falke", "who bought the Eurofighter Falke?"])
def test_a_known_model_before_the_system_names_its_category(world, question):
    found = names(reply(world, question))
    assert "Nigeria" not in found  # its Falke is an armoured vehicle
    assert {"Kenya", "Qatar"} <= set(found)


def test_a_plain_system_name_keeps_both_systems_of_that_name(world):
    assert "Nigeria" in names(reply(world, "who bought falkes"))


@pytest.mark.parametrize("question", ["which countries bought zk7s", "zk7 customers", "who bought the zk7"])
def test_a_designation_typed_without_its_hyphen(world, question):
    assert names(reply(world, question)) == ["Latvia", "Peru"]


@pytest.mark.parametrize("question,expected", [
    ("which african countries bought the falke", ["Kenya", "Nigeria"]),
    ("European customers of the ZK-7", ["Latvia"]),
    ("which asian states bought falkes?", ["Qatar"]),
])
def test_a_continent_as_a_region_adjective(world, question, expected):
    assert names(reply(world, question)) == expected


@pytest.mark.parametrize("question,expected", [
    ("nordic and baltic members of the baltic shield", ["Estonia", "Latvia", "Norway", "Sweden"]),
    ("Which Nordic or Baltic states are in the Baltic Shield?", ["Estonia", "Latvia", "Norway", "Sweden"]),
    ("gulf and african buyers of the falke", ["Kenya", "Nigeria", "Qatar"]),
])
def test_two_regions_joined_keep_either_regions_members(world, question, expected):
    assert names(reply(world, question)) == expected


def test_one_region_still_keeps_only_its_members(world):
    assert names(reply(world, "baltic members of the baltic shield")) == ["Estonia", "Latvia"]


@pytest.mark.parametrize("question", ["the rhun-parva reconciliation in dec 2024, who brokered it",
                                      "Rhun-Parva truce - who mediated it?",
                                      "who brokered the rhun-parva reconciliation in december 2024",
                                      "nairobi-addis rapprochement, who brokered it"])
def test_a_go_between_asked_of_a_pair_and_a_date(world, question):
    assert names(reply(world, question)) == ["Ostia"]


def test_a_date_is_no_documents_name(world):
    from diplograph.queries.ask import ask

    answer = ask(world.nx, "who brokered the lune reconciliation in december 2024")
    assert "Norland" not in names(answer)  # its mediation was in December, for no Lune reconciliation


def test_a_month_is_no_place(world):
    from diplograph.queries.places import states_for_places

    assert states_for_places(world.nx, "who mediated for Ostia in December") is None


@pytest.mark.parametrize("question,expected", [
    ("which US companies has Parva sanctioned?", ["Ridgeline Aero"]),
    ("UK arms makers hit by parvan sanctions", ["Thames Ordnance"]),
    ("what US firms were sanctioned by parva", ["Ridgeline Aero"]),
])
def test_a_states_initials_before_the_type_word_are_the_answers_nationality(world, question, expected):
    assert names(reply(world, question)) == expected


@pytest.mark.parametrize("question", ["rhun vs parva, june 2024 - what went down?",
                                      "Rhun and Parva in june 2024: what's gone down"])
def test_what_went_down_between_two_sides(world, question):
    assert "PROTEST" in {e.predicate for e in reply(world, question).evidence}


@pytest.mark.parametrize("question", ["rhun's defence pact partners", "Rhun's defense pact partners in 2010?",
                                      "who are rhun's defence pact counterparts"])
def test_the_partners_of_a_relation_noun(world, question):
    assert names(reply(world, question)) == ["Ostia"]
