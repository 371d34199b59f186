"""Questions over datasets in the analyst's own words (session 29, askdata29). Invented suppliers, deliveries and
wording (none taken from a question set); the recipients are real states so that a region names them.

- arms asked by a noun phrase alone, as typed into a search box over a register of transfers: a supplier, a kind
  of arms and a place ("norlandic drones in the sahel", "norlandic drones in mali?") ask which of the region's
  states have them, or whether the state got them; a kind of arms and a passive verb of supply with its doer
  ("sam systems exported by norland in the 2010s") ask who received them from it.
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session29r") / "session29r.db")
    from diplograph.graph.model import Actor

    w.actor("Norland", "state", "Norlandic")
    w.actor("Rhun", "state")
    for name, iso3 in [("Mali", "MLI"), ("Niger", "NER"), ("Chad", "TCD"), ("Peru", "PER"), ("Kenya", "KEN")]:
        w.actors[name] = Actor.new(name, "state", (), {"iso3": iso3})  # keyed as stores key states
    w.source("register", published="2024-03-01", publisher="Lindqvist Institute")

    def sold(supplier, recipient, weapon, description, delivered, tiv="10"):
        w.say(supplier, "ARMS_TRANSFER", recipient, source="register", date=str(delivered - 2),
              end_date=str(delivered), method="dataset:sipri", weapon=weapon, weapon_description=description,
              delivery_years=str(delivered), tiv_delivered=tiv,
              sentence=f"{supplier} -> {recipient}, {weapon} ({description})")

    sold("Norland", "Mali", "Kite", "UAV", 2021)
    sold("Norland", "Niger", "Kite", "UAV", 2022)
    sold("Norland", "Chad", "Vell-8", "transport helicopter", 2019)  # no drone
    sold("Norland", "Peru", "Kite", "UAV", 2020)  # a drone, outside the Sahel
    sold("Rhun", "Chad", "Kite", "UAV", 2020)  # another supplier's drone
    sold("Norland", "Kenya", "Vallum-4", "SAM system", 2015)
    sold("Norland", "Peru", "Vallum-4", "SAM system", 2008)  # before the decade asked
    return w.graph()


@pytest.mark.parametrize("question", ["norlandic drones in the sahel", "norland drones in the sahel - which countries?",
                                      "Norlandic UAVs in the Sahel?"])
def test_a_suppliers_arms_in_a_region_are_the_region_states_that_got_them(register, question):
    answer = reply(register, question)
    assert names(answer) == ["Mali", "Niger"]  # not Chad (a helicopter; Rhun's drone), not Peru (elsewhere)
    assert "asked as" in answer.reading


def test_a_suppliers_arms_in_a_state_ask_whether_it_got_them(register):
    assert reply(register, "norlandic drones in niger?").extra["verdict"] == "yes"
    assert reply(register, "norlandic drones in chad").extra["verdict"] == "no"


@pytest.mark.parametrize("question, expected", [
    ("sam systems exported by norland in the 2010s", ["Kenya"]),
    ("drones sold by norland", ["Mali", "Niger", "Peru"]),
    ("helicopters supplied by norland - which countries?", ["Chad"]),
])
def test_arms_and_a_passive_verb_of_supply_ask_who_received_them(register, question, expected):
    assert names(reply(register, question)) == expected


def test_forces_in_a_place_are_not_arms(register):
    from diplograph.queries.arms_fragments import arms_fragment

    assert arms_fragment(register, "norlandic troops in the sahel") is None
    assert arms_fragment(register, "which countries bought drones from norland") is None


@pytest.fixture(scope="module")
def visits(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session29e") / "session29e.db")
    for name in ("Ostia", "Rhun", "Parva", "Tavia"):
        w.actor(name, "state")
    w.actor("Ilse Varga", "person")
    w.actor("Vesk Front", "armed_group")
    w.source("coded", published="2014-12-31", publisher="Event Data Project")

    def visit(guest, host, day):  # one visit coded from both ends, as event data code it
        ends = sorted([guest, host], key=lambda n: w.actors[n].id)
        for doer, other, code, label in ((guest, host, "042", "Make a visit"), (host, guest, "043", "Host a visit")):
            w.say(ends[0], "CONSULTATION", ends[1], source="coded", date=f"2014-{day}", method="dataset:icews",
                  modality="reported", cameo=code, doer=w.actors[doer].id,
                  sentence=f"ICEWS 2014-{day}: {doer} → {other}, {label}")

    visit("Ilse Varga", "Ostia", "03-02")
    visit("Ilse Varga", "Rhun", "05-10")
    visit("Parva", "Ilse Varga", "06-01")  # Parva's envoy came to her: she hosted, no trip of hers
    visit("Tavia", "Ostia", "09-20")
    return w.graph()


@pytest.mark.parametrize("question, expected", [
    ("who hosted ilse varga in 2014?", ["Ostia", "Rhun"]),  # the places she went, not Parva
    ("which countries welcomed ilse varga", ["Ostia", "Rhun"]),
    ("who did ostia host", ["Ilse Varga", "Tavia"]),
    ("ostia hosted which visitors in 2014", ["Ilse Varga", "Tavia"]),
    ("who did ostia host before june 2014", ["Ilse Varga"]),
])
def test_hosting_a_guest_is_the_other_end_of_the_visit(visits, question, expected):
    answer = reply(visits, question)
    assert names(answer) == expected
    assert "a guest hosted" in answer.reading


@pytest.mark.parametrize("question", ["who hosted the talks", "who hosted ostia and rhun", "which state hosts the vesk front"])
def test_talks_two_sides_or_a_group_hosted_are_no_visit(visits, question):
    from diplograph.queries.guests import guest_visit

    assert guest_visit(visits.nx, question) is None


@pytest.fixture(scope="module")
def pledges(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session29p") / "session29p.db")
    for name in ("Ostia", "Rhun", "Parva", "Tavia", "Quell"):
        w.actor(name, "state")
    w.source("coded", published="2014-12-31", publisher="Event Data Project")
    for doer, code, modality, day in (("Rhun", "0332", "planned", "02-01"), ("Parva", "0331", "planned", "03-01"),
                                      ("Tavia", "071", "reported", "04-01"), ("Quell", "072", "reported", "05-01")):
        w.say(doer, "AID", "Ostia", source="coded", date=f"2014-{day}", method="dataset:icews", modality=modality,
              cameo=code, sentence=f"ICEWS 2014-{day}: {doer} → Ostia, CAMEO {code}")
    return w.graph()


@pytest.mark.parametrize("question, expected", [
    ("who pledged military aid to ostia", ["Rhun"]),  # not Parva's promise of money
    ("who promised economic assistance to ostia", ["Parva"]),
    ("who gave economic aid to ostia", ["Tavia"]),  # not Quell's arms
    ("who pledged aid to ostia", ["Parva", "Rhun"]),  # any promise of aid
])
def test_a_kind_of_aid_keeps_the_events_of_its_code(pledges, question, expected):
    assert names(reply(pledges, question)) == expected
