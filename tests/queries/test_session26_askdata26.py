"""Questions over datasets in the analyst's own words (session 26, askdata26): SIPRI-like transfers. Invented
actors, systems and wording (none taken from a question set).

- the kinds of warship analysts name ("frigates", "corvettes", "destroyers") are kinds of their own under ships:
  asked for, they are not every ship a supplier sold (patrol boats, tugs, submarines);
- "SAMs", "surface-to-air missiles" are the missile systems (SAM systems), not anti-aircraft guns; "anti-ship
  missiles" are a kind of missile, not every missile;
- a system is found however analysts type its designation: a space for the hyphen ("harl 5"), an "i" for a
  transliterated "y" ("krizh" for SIPRI's "Kryzh"), its name without the index number SIPRI sets first ("kryzh-m1"
  of "4K7 Kryzh-M1");
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session26d") / "session26d.db")
    for name, *aliases in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Rhun", "Rhunic"),
                           ("Parva", "Parvan"), ("Quell", "Quellish"), ("Tavia", "Tavian")]:
        w.actor(name, "state", *aliases)
    w.source("register", published="2024-03-01", publisher="Lindqvist Institute")
    sale = dict(source="register")

    def sold(supplier, recipient, weapon, description, ordered, delivered):
        w.say(supplier, "ARMS_TRANSFER", recipient, date=str(ordered), end_date=str(delivered), weapon=weapon,
              weapon_description=description, delivery_years=str(delivered), number_delivered="2", **sale)

    sold("Norland", "Ostia", "Harrow-class", "frigate", 2010, 2014)
    sold("Norland", "Parva", "Kestrel", "patrol boat", 2012, 2013)
    sold("Norland", "Quell", "Tern", "corvette", 2015, 2018)
    sold("Norland", "Tavia", "Narwal", "submarine", 2011, 2016)
    sold("Rhun", "Quell", "Lance-4", "SAM system", 2016, 2017)
    sold("Rhun", "Parva", "Dyrr 35mm", "anti-aircraft gun", 2016, 2017)
    sold("Ostia", "Tavia", "Skua-2", "anti-ship missile", 2018, 2019)
    sold("Ostia", "Rhun", "Gale", "surface-to-surface missile", 2018, 2019)
    sold("Rhun", "Tavia", "4K7 Kryzh-M1", "SAM system", 2019, 2020)
    sold("Ostia", "Parva", "Harl-5", "tank", 2019, 2021)
    return w.graph()


@pytest.mark.parametrize("question, expected", [
    ("who bought frigates from norland", ["Ostia"]),
    ("norlandic corvette customers", ["Quell"]),
    ("who bought ships from norland", ["Ostia", "Parva", "Quell", "Tavia"]),  # the broad word keeps every ship
    ("who has norland sold warships to", ["Ostia", "Parva", "Quell", "Tavia"]),
])
def test_a_kind_of_warship_is_that_kind_only(world, question, expected):
    assert names(reply(world, question)) == expected


def test_no_frigate_sold_is_no_answer(world):
    assert names(reply(world, "who sold destroyers to quell")) == []  # a corvette is no destroyer


@pytest.mark.parametrize("question, expected", [
    ("who bought SAMs from rhun", ["Quell", "Tavia"]),
    ("who did rhun sell surface-to-air missiles to", ["Quell", "Tavia"]),
    ("who bought air defence from rhun", ["Parva", "Quell", "Tavia"]),  # the broad word: guns too
    ("which countries got anti-ship missiles from ostia", ["Tavia"]),
    ("which countries got missiles from ostia", ["Rhun", "Tavia"]),
])
def test_sams_and_anti_ship_missiles_are_kinds_of_their_own(world, question, expected):
    assert names(reply(world, question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("kryzh-m1 buyers", ["Tavia"]),
    ("who operates the kryzh", ["Tavia"]),
    ("who has received the krizh", ["Tavia"]),
    ("harl 5 buyers", ["Parva"]),
])
def test_a_designation_typed_another_way_is_that_system(world, question, expected):
    assert names(reply(world, question)) == expected
