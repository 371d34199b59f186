"""Questions over datasets (session 25, askdata25): SIPRI-like transfers and COW-like alliances. Invented
actors, systems and wording (none taken from a question set).

- a system's name followed by a word for its category ("Vantor howitzers", "Kelpie subs", "Marsh Viper
  tanks") names the system (with its variants), the category word only telling what it is: the answers are
  the system's buyers, not every buyer of the supplier's artillery or ships;
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session25d") / "session25d.db")
    for name, *aliases in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Rhun", "Rhunic"),
                           ("Parva", "Parvan"), ("Quell", "Quellish"), ("Tavia", "Tavian")]:
        w.actor(name, "state", *aliases)
    w.source("register", published="2024-03-01", publisher="Lindqvist Institute")
    sale = dict(source="register")
    w.say("Norland", "ARMS_TRANSFER", "Ostia", date="2019", end_date="2021", weapon="Vantor 155mm",
          weapon_description="self-propelled gun", delivery_years="2020, 2021", number_delivered="18", **sale)
    w.say("Norland", "ARMS_TRANSFER", "Parva", date="2022", weapon="Vantor 155mm",
          weapon_description="self-propelled gun", number_ordered="12", modality="planned", **sale)
    w.say("Norland", "ARMS_TRANSFER", "Quell", date="2018", end_date="2019", weapon="Harl M-70",
          weapon_description="towed gun", delivery_years="2019", number_delivered="40", **sale)
    w.say("Rhun", "ARMS_TRANSFER", "Tavia", date="2015", end_date="2017", weapon="Kelpie",
          weapon_description="submarine", delivery_years="2017", number_delivered="2", **sale)
    w.say("Rhun", "ARMS_TRANSFER", "Quell", date="2016", end_date="2018", weapon="Brask-class",
          weapon_description="frigate", delivery_years="2018", number_delivered="2", **sale)
    w.say("Ostia", "ARMS_TRANSFER", "Tavia", date="2020", end_date="2022", weapon="KV-7 Marsh Viper",
          weapon_description="tank", delivery_years="2022", number_delivered="30", **sale)
    w.say("Ostia", "ARMS_TRANSFER", "Quell", date="2020", end_date="2021", weapon="KV-7",
          weapon_description="tank", delivery_years="2021", number_delivered="10", **sale)
    w.say("Ostia", "ARMS_TRANSFER", "Rhun", date="2012", end_date="2013", weapon="Loren",
          weapon_description="tank", delivery_years="2013", number_delivered="60", **sale)
    return w.graph()


@pytest.mark.parametrize("question, expected", [
    ("who has received vantor howitzers", ["Ostia"]),
    ("who ordered vantor howitzers", ["Ostia", "Parva"]),
    ("which countries have received norlandic vantor howitzers?", ["Ostia"]),
    ("who has kelpie subs", ["Tavia"]),
    ("which navies have kelpie submarines", ["Tavia"]),
    ("who bought marsh viper tanks", ["Tavia"]),
    ("who bought kv7 tanks", ["Quell", "Tavia"]),
])
def test_a_system_then_its_category_word_names_the_system(world, question, expected):
    assert names(reply(world, question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("who bought norlandic howitzers", ["Ostia", "Parva", "Quell"]),  # no system named: the category narrows
    ("who bought ostian tanks", ["Quell", "Rhun", "Tavia"]),
    ("who bought rhunic submarines", ["Tavia"]),
])
def test_a_category_word_alone_still_narrows_by_category(world, question, expected):
    assert names(reply(world, question)) == expected
