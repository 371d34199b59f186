"""Questions over datasets in the analyst's own words (session 27, askdata27). Invented actors, systems
and wording (none taken from a question set).

- an order a register lists with nothing delivered yet is no transfer: "who bought", "which air forces fly"
  show it apart (flagged), unless the question asks about orders ("who has ordered", "on order");
- attack helicopters and gunships are a weapon category of their own under helicopters, and the relation
  word inside a category's words ("*attack* helicopters") is arms, not an attack;
- a category's own words are never a system's name, nor is an actor's name: "fighter jets" are combat
  aircraft even when a register lists an "APC-9 Fighter", and a state named like a ship is the state;
- "Korean" names two states: the question is asked of each, the usual sense (South Korea) first, and the first
  the graph answers is kept, the reading saying which and whether the other answers too;
- a system named with its kind after it ("type 88 subs", "hanul-9 howitzers") is that system;
- a year asked by "which year", "in what year", "(first) year X joined Y" is a when-question;
- a name typed with two letters swapped ("otsia") is the one name that spelling makes;
- a decade of four digits needs no article ("in 1980s"), and a window closed at both ends keeps a register's deal
  only when something was delivered in it (SIPRI counts a deal in its delivery years, not its order's);
- a CAMEO code said in a question ("CAMEO 19 events involving X") is asked in the words of its predicate and kept
  to the events coded under it; a code loaded as no relation is said to be so; a verb that names one event under a
  broader relation ("praised": 051) keeps event data to that code, other claims staying;
- "how many clashes between A and B", "how many times did A and B meet" count events (the days they happened on,
  an event seen from both sides counted once), not actors;
- "what share of X's arms imports came from Y", "Y's share of X's arms imports" weigh X's suppliers by SIPRI's
  trend-indicator value delivered and give Y's part; "per year" counts a register's deal in its delivery years;
- a question opened by "any" ("any Coraxes delivered to Parva so far?") lists what it finds and says yes or no,
  an order with nothing delivered being a no that the message names.
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session27d") / "session27d.db")
    for name, *aliases in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Rhun", "Rhunic"),
                           ("Parva", "Parvan"), ("Quell", "Quellish"), ("Tavia", "Tavian")]:
        w.actor(name, "state", *aliases)
    w.source("register", published="2024-03-01", publisher="Lindqvist Institute")

    def sold(supplier, recipient, weapon, description, ordered, delivered=None):
        w.say(supplier, "ARMS_TRANSFER", recipient, source="register", date=str(ordered),
              end_date=str(delivered or ""), modality="asserted" if delivered else "planned",
              method="dataset:sipri", weapon=weapon, weapon_description=description,
              sentence=f"{supplier} -> {recipient}, {weapon}, " + (
                  f"delivered {delivered}" if delivered else "no deliveries recorded"),
              **({"delivery_years": str(delivered), "tiv_delivered": "10"} if delivered else {}))

    sold("Norland", "Ostia", "Corax", "FGA aircraft", 2012, 2015)
    sold("Norland", "Parva", "Corax", "FGA aircraft", 2023)  # ordered, nothing delivered
    sold("Norland", "Quell", "Corax", "FGA aircraft", 2024)  # ordered, nothing delivered
    sold("Rhun", "Parva", "Vell-28", "combat helicopter", 2016, 2018)
    sold("Rhun", "Tavia", "Vell-8", "transport helicopter", 2017, 2019)
    sold("Ostia", "Tavia", "APC-9 Fighter", "trainer aircraft", 2015, 2016)
    sold("Quell", "Rhun", "Sabre", "FGA aircraft", 2018, 2020)
    sold("Norland", "Tavia", "Parva", "patrol craft", 2010, 2011)  # a boat named after a state
    for name in ("South Korea", "North Korea"):
        w.actor(name, "state", name + "n")
    w.actor("Steppe Pact", "organization")
    sold("South Korea", "Ostia", "Hanul-9", "self-propelled gun", 2016, 2019)
    sold("North Korea", "Rhun", "Pyol-170", "self-propelled gun", 1984, 1987)
    sold("North Korea", "Parva", "Hwa-5", "surface-to-surface missile", 1989, 1990)
    sold("Norland", "Quell", "Type-88/1200", "submarine", 2005, 2009)
    sold("Norland", "Rhun", "Lark", "FGA aircraft", 1985, 1991)  # ordered in the 1980s, delivered in the 1990s
    w.say("Ostia", "MEMBER_OF", "Steppe Pact", date="2001", source="register")
    # an article's planned sale: not a register's order, so the plain verb keeps it
    w.say("Rhun", "ARMS_TRANSFER", "Quell", date="2024-01-10", modality="planned",
          sentence="Rhun will supply Vell-8 transport helicopters to Quell.")
    return w.graph()


@pytest.mark.parametrize("question, expected", [
    ("which air forces fly the corax", ["Ostia"]),
    ("who bought corax jets from norland", ["Ostia"]),
    ("how many countries have bought the corax", ["Ostia"]),
])
def test_a_registers_order_with_nothing_delivered_is_no_sale(world, question, expected):
    answer = reply(world, question)
    assert names(answer) == expected
    assert sorted(f.actor.name for f in answer.flagged) == ["Parva", "Quell"]
    assert all(f.why == "ordered, no delivery recorded" for f in answer.flagged)
    assert "orders with no delivery recorded shown apart" in answer.reading


@pytest.mark.parametrize("question", ["who has ordered the corax", "which countries have the corax on order",
                                      "who placed orders for the corax"])
def test_a_question_about_orders_keeps_them(world, question):
    assert names(reply(world, question)) == ["Ostia", "Parva", "Quell"]


def test_an_articles_planned_sale_is_not_a_registers_order(world):
    assert "Quell" in names(reply(world, "who has rhun sold helicopters to"))


@pytest.mark.parametrize("question, expected", [
    ("who sold attack helicopters to parva", ["Rhun"]),
    ("where has parva been sourcing gunships from", ["Rhun"]),
    ("which countries bought rhunic attack helicopters", ["Parva"]),
    ("who bought helicopters from rhun", ["Parva", "Quell", "Tavia"]),  # the broad word: transports too
])
def test_attack_helicopters_are_a_kind_of_their_own(world, question, expected):
    answer = reply(world, question)
    assert names(answer) == expected
    assert "ATTACK" not in answer.reading


@pytest.mark.parametrize("question, expected", [
    ("who sold fighter jets to tavia", []),  # the APC-9 Fighter is a trainer, no fighter jet
    ("who sold fighter jets to rhun", ["Norland", "Quell"]),
    ("parva helo suppliers since 2015", ["Rhun"]),
    ("who sold trainer jets to tavia", ["Ostia"]),  # a category of its own under aircraft
    ("who sold trainer aircraft to rhun", []),  # Rhun's jets are fighters
])
def test_a_categorys_words_are_no_systems_name(world, question, expected):
    answer = reply(world, question)
    assert names(answer) == expected
    assert "APC-9" not in answer.reading and "weapon Parva" not in answer.reading


def test_korean_is_read_as_the_korea_the_graph_answers_for(world):
    answer = reply(world, "korean howitzer buyers")
    assert names(answer) == ["Ostia"]
    assert 'read as "south korean"' in answer.reading and '"north korean" answers too' in answer.reading
    answer = reply(world, "who bought korean missiles")
    assert names(answer) == ["Parva"]  # South Korea sold none
    assert 'read as "north korean"' in answer.reading
    assert reply(world, "has ostia received korean howitzers").extra["verdict"] == "yes"


def test_a_korea_named_is_not_read_again(world):
    answer = reply(world, "who bought south korean missiles")
    assert names(answer) == []
    assert "names two states" not in answer.reading


@pytest.mark.parametrize("question, expected", [
    ("which navies operate type 88 submarines", ["Quell"]),
    ("which countries got type 88 subs", ["Quell"]),
    ("who operates hanul-9 howitzers", ["Ostia"]),
])
def test_a_system_named_with_its_kind_after_it(world, question, expected):
    assert names(reply(world, question)) == expected


@pytest.mark.parametrize("question, year", [
    ("which year did ostia join the steppe pact", "2001"),
    ("in what year did ostia join the steppe pact", "2001"),
    ("year ostia joined the steppe pact", "2001"),
    ("first year rhun got arms from north korea", "1984"),
])
def test_a_year_asked_for_is_a_when_question(world, question, year):
    answer = reply(world, question)
    assert str(answer.extra.get("when", "")).startswith(year), answer.reading


def test_two_letters_swapped_still_name_the_state(world):
    assert names(reply(world, "who sold howitzers to otsia")) == ["South Korea"]


@pytest.mark.parametrize("question, expected", [
    ("who sold arms to rhun in 1980s", ["North Korea"]),
    ("who sold arms to rhun in the 1980s", ["North Korea"]),  # the Lark, ordered in 1985, came in 1991
    ("who sold arms to rhun in the 1990s", ["Norland"]),
])
def test_a_closed_window_keeps_the_deals_delivered_in_it(world, question, expected):
    assert names(reply(world, question)) == expected


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session27e") / "session27e.db")
    for name in ("Norland", "Ostia", "Rhun", "Parva", "Quell", "Tavia"):
        w.actor(name, "state")
    w.source("coded", published="2014-12-31", publisher="Event Data Project")

    def event(subject, predicate, obj, code, day):
        w.say(subject, predicate, obj, source="coded", date=f"2014-{day}", modality="reported", method="dataset:icews",
              cameo=code, sentence=f"ICEWS 2014-{day}: {subject} -> {obj}, event {code}")

    event("Norland", "ARMED_CLASH", "Ostia", "190", "03-02")
    event("Ostia", "ARMED_CLASH", "Norland", "190", "03-02")  # the same fight, coded from Ostia's side
    event("Norland", "ARMED_CLASH", "Ostia", "193", "09-15")
    event("Rhun", "ARMED_CLASH", "Ostia", "193", "04-11")
    event("Parva", "ATTACK", "Ostia", "183", "05-20")  # a bombing: an assault (18), not a fight (19)
    event("Quell", "SUPPORT", "Ostia", "051", "06-01")  # praise
    event("Tavia", "SUPPORT", "Ostia", "054", "06-02")  # diplomatic recognition
    w.say("Rhun", "SUPPORT", "Ostia", date="2014-07-01", sentence="Rhun praised Ostia's new government.")
    return w.graph()


def test_a_cameo_code_keeps_the_events_coded_under_it(events):
    answer = reply(events, "cameo 19 events involving ostia: which parties?")
    assert names(answer) == ["Norland", "Rhun"]  # Parva's bombing is coded 18
    assert "CAMEO 19" in answer.reading
    assert names(reply(events, "who had cameo 18 events with ostia")) == ["Parva"]


def test_a_cameo_code_loaded_as_no_relation_is_said_so(events):
    from diplograph.queries.ask import ask

    answer = ask(events.nx, "cameo 01 events by ostia")
    assert not answer.understood and "no relation" in answer.message


def test_a_verb_naming_one_event_keeps_that_code_and_other_claims(events):
    answer = reply(events, "who praised ostia")
    assert names(answer) == ["Quell", "Rhun"]  # Tavia only recognised Ostia; Rhun's praise is an article's
    assert "CAMEO 051" in answer.reading
    assert names(reply(events, "who supported ostia")) == ["Quell", "Rhun", "Tavia"]


@pytest.mark.parametrize("question", ["how many clashes between norland and ostia in 2014?",
                                      "how many times did norland and ostia clash",
                                      "How many clashes were there between Ostia and Norland"])
def test_how_many_events_counts_the_days_they_happened_on(events, question):
    answer = reply(events, question)
    assert answer.extra["count"] == 2 and "verdict" not in answer.extra
    assert answer.details[:2] == ["2014-03-02: 2 claims", "2014-09-15: 1 claim"]


def test_how_many_actors_still_counts_actors(events):
    answer = reply(events, "how many countries clashed with ostia")
    assert answer.extra["count"] == 3 and names(answer) == ["Norland", "Parva", "Rhun"]  # an attack is a clash too


@pytest.mark.parametrize("question", ["what share of tavia's arms imports came from rhun",
                                      "Rhun's share of Tavia's arms imports"])
def test_a_suppliers_share_of_a_states_arms_imports(world, question):
    answer = reply(world, question)
    assert names(answer) == ["Rhun"]
    assert answer.extra["share"] == 0.3333  # Tavia's three deliveries weigh 10 each: Norland, Ostia, Rhun
    assert "33.3%" in answer.reading


def test_a_share_of_exports(world):
    assert reply(world, "what percentage of norland's arms exports went to ostia").extra["share"] == 0.25


def test_per_year_counts_a_deal_in_its_delivery_years(world):
    answer = reply(world, "how many countries did norland deliver arms to per year")
    assert answer.extra["by_year"]["1991"] == 1 and "1985" not in answer.extra["by_year"]


def test_a_question_opened_by_any_says_yes_or_no(world):
    answer = reply(world, "any coraxes delivered to parva so far?")
    assert answer.extra["verdict"] == "no" and "ordered, no delivery recorded: Norland" in answer.message
    answer = reply(world, "any coraxes delivered to ostia?")
    assert answer.extra["verdict"] == "yes" and names(answer) == ["Norland"]
