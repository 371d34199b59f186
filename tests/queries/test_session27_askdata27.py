"""Questions over datasets in the analyst's own words (session 27, askdata27). Invented actors, systems
and wording (none taken from a question set).

- an order a register lists with nothing delivered yet is no transfer: "who bought", "which air forces fly"
  show it apart (flagged), unless the question asks about orders ("who has ordered", "on order");
- attack helicopters and gunships are a weapon category of their own under helicopters, and the relation
  word inside a category's words ("*attack* helicopters") is arms, not an attack;
- a category's own words are never a system's name, nor is an actor's name: "fighter jets" are combat
  aircraft even when a register lists an "APC-9 Fighter", and a state named like a ship is the state;
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
              **({"delivery_years": str(delivered)} if delivered else {}))

    sold("Norland", "Ostia", "Corax", "FGA aircraft", 2012, 2015)
    sold("Norland", "Parva", "Corax", "FGA aircraft", 2023)  # ordered, nothing delivered
    sold("Norland", "Quell", "Corax", "FGA aircraft", 2024)  # ordered, nothing delivered
    sold("Rhun", "Parva", "Vell-28", "combat helicopter", 2016, 2018)
    sold("Rhun", "Tavia", "Vell-8", "transport helicopter", 2017, 2019)
    sold("Ostia", "Tavia", "APC-9 Fighter", "trainer aircraft", 2015, 2016)
    sold("Quell", "Rhun", "Sabre", "FGA aircraft", 2018, 2020)
    sold("Norland", "Tavia", "Parva", "patrol craft", 2010, 2011)  # a boat named after a state
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
    ("who sold fighter jets to rhun", ["Quell"]),
    ("parva helo suppliers since 2015", ["Rhun"]),
])
def test_a_categorys_words_are_no_systems_name(world, question, expected):
    answer = reply(world, question)
    assert names(answer) == expected
    assert "APC-9" not in answer.reading and "weapon Parva" not in answer.reading
