"""A ranking that says how many it wants ("the top 3 suppliers", "its two biggest buyers") keeps
that many, by the value the claims weigh, and keeps whoever ties with the last; the number is
never read as a weapon's name. Buyers and suppliers named with the goods after them ("buyers of
Borvian drones", "suppliers of drones to Gorsk") are read as recipients and suppliers.
Invented actors and figures.
"""

import pytest

from diplograph.queries.ask import ask


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("ranked") / "ranked.db")
    for name in ("Aland", "Caldor", "Dastan", "Eskar", "Fenmark", "Gorsk"):
        w.actor(name)
    w.actor("Borvia", "state", "Borvian")
    w.actor("2K90 Kestrel", "weapon")  # a designation that opens with a digit, as Soviet ones do
    w.source("register", published="2024-03-01")
    values = {"Aland": 30, "Caldor": 20, "Dastan": 20, "Eskar": 5, "Fenmark": 1}
    for supplier, tiv in values.items():
        w.say(supplier, "ARMS_TRANSFER", "Gorsk", "register", "2020", weapon="Heron UAV", tiv_delivered=tiv,
              delivery_years=["2020"], sentence=f"{supplier} delivered drones to Gorsk")
    for buyer, tiv in {"Aland": 3, "Caldor": 12, "Eskar": 7}.items():
        w.say("Borvia", "ARMS_TRANSFER", buyer, "register", "2021", weapon="Sparrow UAV", tiv_delivered=tiv,
              delivery_years=["2021"], sentence=f"Borvia delivered drones to {buyer}")
    w.say("Borvia", "ARMS_TRANSFER", "Gorsk", "register", "2019", weapon="2K90 Kestrel", tiv_delivered=2,
          weapon_description="mobile SAM system", delivery_years=["2019"], sentence="Borvia delivered Kestrel launchers to Gorsk")
    with w.graph() as graph:
        yield graph


def names(reply):
    return [a.name for a in reply.answers]


@pytest.mark.parametrize("question", ["Who are Gorsk's top 2 suppliers?", "Gorsk's two biggest arms suppliers",
                                      "top 2 suppliers of Gorsk"])
def test_a_number_keeps_that_many_and_whoever_ties_with_the_last(world, question):
    reply = ask(world.nx, question)
    assert reply.understood and names(reply) == ["Aland", "Caldor", "Dastan"]  # Caldor and Dastan tie at 20
    assert "the top 2 by SIPRI trend-indicator value delivered" in reply.reading
    assert "Eskar: 5" in reply.details[0]  # the rest of the ranking stays in the details


def test_without_a_number_a_plural_keeps_them_all_in_rank_order(world):
    reply = ask(world.nx, "Who are Gorsk's main suppliers?")
    assert names(reply) == ["Aland", "Caldor", "Dastan", "Eskar", "Borvia", "Fenmark"]


def test_a_number_is_no_weapon_name(world):
    reply = ask(world.nx, "Who were the 2 main suppliers of Gorsk?")  # not the 2K90 Kestrel's brand
    assert reply.understood and "weapons named" not in reply.reading
    assert names(reply) == ["Aland", "Caldor", "Dastan"]


@pytest.mark.parametrize("question", ["Who are the buyers of Borvian drones?",
                                      "Which countries are the biggest customers of Borvian weapons?",
                                      "top 2 buyers of Borvian arms"])
def test_buyers_of_a_states_goods(world, question):
    reply = ask(world.nx, question)
    assert reply.understood and reply.reading.startswith("recipients of Borvia")
    if "top 2" in question:
        assert names(reply) == ["Caldor", "Eskar"]
    elif "drones" in question:
        assert set(names(reply)) == {"Aland", "Caldor", "Eskar"}  # not Gorsk: launchers are no drones
    else:
        assert names(reply) == ["Caldor", "Eskar", "Aland", "Gorsk"]  # all, the biggest first


def test_suppliers_of_goods_to_a_state(world):
    reply = ask(world.nx, "Who are the main suppliers of drones to Gorsk?")
    assert reply.understood and "weapon category UAV" in reply.reading
    assert "Borvia" not in names(reply)  # Borvia sent Gorsk launchers, not drones
