"""Questions over datasets (session 25, askdata25): SIPRI-like transfers and COW-like alliances. Invented
actors, systems and wording (none taken from a question set).

- a system's name followed by a word for its category ("Vantor howitzers") names the system (ask25's reading of a
  designation without its calibre), not every buyer of the supplier's artillery; "trainer aircraft" names no system;
- a year set before the question as a heading ("1998 - were A and B allied?", "2003: was A in B?") is the
  question's time, as "in 1998" said after it; a source said first as a heading ("cow data, 1998 - ...",
  "sipri data: who ...") keeps the claims of that source, the heading's punctuation dropped; keeping one source's
  claims never makes an answer of an actor set apart (an order with no delivery when deliveries are asked);
- a kind of pact hyphenated before a noun ("defence-pact partners", "neutrality-pact partners") is that kind of
  alliance, not cooperation; "the defence pact partners of X" asks for X's, as "X's defence pact partners" does;
- "has X actually bought / got the Y yet?" asks whether the arms arrived: an order with no delivery is no;
- "IGOs" is a word for organisations, and "which organisations / IGOs / blocs was X in (in 2005)" asks for X's
  memberships (not "which states are Ostian troops in", a presence);
- a system delivered, sold or exported "to which ..." (or "which states were X sold to") asks for the side the
  arms went to, not their supplier;
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
    w.say("Quell", "ARMS_TRANSFER", "Rhun", date="2014", end_date="2015", weapon="KT-1",
          weapon_description="trainer aircraft", delivery_years="2015", number_delivered="8", **sale)
    w.say("Quell", "ARMS_TRANSFER", "Norland", date="2016", end_date="2017", weapon="Osprey Trainer",
          weapon_description="light aircraft", delivery_years="2017", number_delivered="4", **sale)
    w.source("alliances", published="2016-01-01", publisher="Correlates of War Project",
             title="Correlates of War Formal Alliances")
    w.say("Rhun", "ALLIANCE", "Quell", "alliances", date="1990", end_date="2005", alliance_type="defense")
    w.say("Norland", "ALLIANCE", "Tavia", "alliances", date="1960", end_date="1975", alliance_type="entente")
    w.say("Rhun", "ALLIANCE", "Parva", "alliances", date="1992", end_date="2001", alliance_type="neutrality")
    w.say("Rhun", "COOPERATION", "Ostia", "wire", date="1995-06-01", sentence="Rhun and Ostia agreed to cooperate on policing.")
    w.actor("Tarn Council", "organization", "TARN")
    w.actor("Velmar Pact Organisation", "organization", "VPO")
    w.source("igo", published="2016-01-01", publisher="Correlates of War Project", title="Correlates of War IGO")
    w.say("Norland", "MEMBER_OF", "Tarn Council", "igo", date="1990", end_date="2010", membership="full")
    w.say("Ostia", "MEMBER_OF", "Tarn Council", "igo", date="2008", membership="full")
    w.say("Norland", "MEMBER_OF", "Velmar Pact Organisation", "igo", date="2001", membership="full")
    w.source("wire", published="2024-05-01")
    w.say("Ostia", "MILITARY_PRESENCE", "Rhun", "wire", date="2024-04-02", sentence="Ostian troops are deployed in Rhun.")
    w.say("Norland", "ALLIANCE", "Quell", "wire", date="2024-04-01", sentence="Norland and Quell signed a mutual defence treaty.")
    return w.graph()


@pytest.mark.parametrize("question, expected", [
    ("who has received vantor howitzers", ["Ostia"]),
    ("who ordered vantor howitzers", ["Ostia", "Parva"]),
    ("which countries have received norlandic vantor howitzers?", ["Ostia"]),
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


@pytest.mark.parametrize("question, verdict", [
    ("1998 - were rhun and quell allied?", "yes"),
    ("2010 - were rhun and quell allied?", "no"),  # the alliance ended in 2005
    ("1965: was norland allied with tavia", "yes"),
    ("1980: was norland allied with tavia", "no"),
    ("cow data, 1998 - was rhun formally allied with quell?", "yes"),
    ("cow data, 2010 - was rhun formally allied with quell?", "no"),
])
def test_a_year_or_source_said_first_as_a_heading(world, question, verdict):
    assert reply(world, question).extra.get("verdict") == verdict


def test_a_source_heading_keeps_that_sources_claims(world):
    answer = reply(world, "cow data: who were quell's allies")
    assert names(answer) == ["Rhun"]  # not Norland, whom only the wire names
    assert names(reply(world, "who were quell's allies")) == ["Norland", "Rhun"]


def test_a_year_inside_a_question_or_a_span_of_years_is_no_heading():
    from diplograph.queries.restating import _dates_restated

    for question in ("who did norland sell arms to in 2019, 2020 and 2021", "2019-2021 arms sales of norland",
                     "2019, 2020 and 2021: norland's arms sales"):
        assert _dates_restated(question) == question


@pytest.mark.parametrize("question, expected", [
    ("rhun's defence-pact partners in 1998", ["Quell"]),
    ("rhun's defense-pact partners", ["Quell"]),
    ("who were rhun's defence pact partners in 1998", ["Quell"]),
    ("defence-pact partners of rhun in 1998", ["Quell"]),
    ("who were the defence pact partners of rhun in 1998", ["Quell"]),
    ("rhun's neutrality-pact partners", ["Parva"]),
    ("the neutrality pact partners of rhun", ["Parva"]),
])
def test_a_kind_of_pact_before_partners_is_that_kind_of_alliance(world, question, expected):
    answer = reply(world, question)
    assert names(answer) == expected  # never Ostia, a partner in cooperation only
    assert "ALLIANCE" in answer.reading


def test_partners_of_a_state_without_a_pact_still_refused_or_broad(world):
    from diplograph.queries.ask import ask

    assert not ask(world.nx, "the enemies of rhun").understood  # an actor only qualifying whom it asks about
    assert "Ostia" in names(reply(world, "rhun's partners in 1995"))  # no kind said: cooperation counts


@pytest.mark.parametrize("question, expected", [
    ("kv-7s delivered to which armies?", ["Quell", "Tavia"]),
    ("kv-7s were sold to which countries", ["Quell", "Tavia"]),
    ("which states were kv-7s delivered to", ["Quell", "Tavia"]),
    ("kelpies exported to whom?", ["Tavia"]),
    ("which countries sold kv-7s", ["Ostia"]),  # the seller asked: no swap
    ("who supplied kelpies", ["Rhun"]),
])
def test_arms_sent_to_which_side_asks_for_the_recipients(world, question, expected):
    assert names(reply(world, question)) == expected


@pytest.mark.parametrize("question, verdict", [
    ("has ostia actually bought the vantors yet?", "yes"),
    ("has parva actually bought the vantors yet?", "no"),  # ordered, nothing delivered
    ("has parva actually got its vantors yet", "no"),
    ("did ostia actually get its vantors", "yes"),
    ("has tavia actually received the kelpies", "yes"),
    ("has quell actually bought kelpies", "no"),  # Quell's ships from Rhun are frigates
])
def test_actually_bought_asks_whether_the_arms_arrived(world, question, verdict):
    assert reply(world, question).extra.get("verdict") == verdict


@pytest.mark.parametrize("question, expected", [
    ("which igos was norland in in 2005", ["Tarn Council", "Velmar Pact Organisation"]),
    ("which organisations was norland in in 1995", ["Tarn Council"]),
    ("which IGOs is ostia in", ["Tarn Council"]),
    ("which blocs is ostia in", ["Tarn Council"]),
    ("what igos did norland belong to in 1995", ["Tarn Council"]),
    ("norland's igo memberships in 2005", ["Tarn Council", "Velmar Pact Organisation"]),
])
def test_igo_memberships_of_a_state(world, question, expected):
    assert names(reply(world, question)) == expected


def test_a_state_that_troops_are_in_is_no_membership(world):
    answer = reply(world, "which states are ostian troops in")
    assert names(answer) == ["Rhun"] and "MILITARY_PRESENCE" in answer.reading


def test_a_kind_of_arms_is_no_system_named_after_its_first_word(world):
    answer = reply(world, "who has quell sold trainer aircraft to")
    assert "Rhun" in names(answer)  # the KT-1, a trainer aircraft, though its name has no "Trainer"


def test_a_named_source_keeps_undelivered_orders_apart(world):
    plain = reply(world, "who has taken delivery of vantor howitzers")
    answer = reply(world, "who has taken delivery of vantor howitzers (lindqvist)")
    assert names(plain) == names(answer) == ["Ostia"]
    assert [f.actor.name for f in answer.flagged] == ["Parva"]  # ordered, nothing delivered
