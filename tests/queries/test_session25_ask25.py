"""Questions in the analyst's own words (session 25, ask25): weaknesses of the reader, each fixed for a family of
wordings. Invented actors, systems and wording (none taken from a question set).

- a clipped label before a dash or colon, naming a source the graph holds and a time ("norwar data, 2011 - ...",
  "2011 - ...", "norwar: ..."), asks the question after it in that time and by that source; a label naming
  anything else is a topic and is left alone;
- a designation typed without the calibre its dataset name carries ("falcata" for "FALCATA 120mm"), or a short
  one of a letter and a digit ("k7"), is the system;
- a category said beside a named system only describes it when no claim files the system in it ("aegir
  missiles" for air defence systems), but still chooses among systems of one name when some claim does;
- a sitting head of state's acts of state power (threats, sanctions, strikes, arms, backing) are his government's
  too: "which countries did <president> threaten" joins the state's threats to his own, "who has <president>
  sanctioned" (no person sanctions, by the ontology) is his state's sanctions; his words and meetings, a minister's
  or a former president's acts stay their own;
- talks that "reached", "produced", "ended in" a deal, or "any deal?" after talks named first, ask whether the
  two sides agreed in the talks' time, not whether they talked;
- a surname taken from any of a person's names, aliases too ("koubangha" of the alias "Idriss Koubangha"), is
  the person, asked alone too; never when two persons share it;
- selling is a transfer: a state building arms with the buyer sells it nothing ("who is selling X arms"), while
  supplying and arming still count co-production;
- a reaction asked through the incident that drew it ("who objected when X sent missiles to P?") is a reaction
  to X, the doer opening the when-clause, kept to the claims whose sentence names the incident when some do;
- forces sent for a purpose ("sent troops to fight the insurgents in P") are forces sent to P: the purpose verb
  no longer asks who fought there.
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session25") / "session25.db")
    for name, *aliases in [("Norland", "Norlandic"), ("Ostia", "Ostian"), ("Rhun", "Rhunic"),
                           ("Parva", "Parvan"), ("Quell", "Quellish"), ("Velmark", "Velmarkian")]:
        w.actor(name, "state", *aliases)
    w.source("norwar", published="2016-01-01", publisher="Norwar Project", title="Norwar alliances")
    w.source("armsreg", published="2024-01-01", publisher="Tallin Arms Register", title="Tallin Arms Register")
    w.source("wire", published="2024-12-20")
    w.say("Norland", "ALLIANCE", "Ostia", "norwar", "2005", end_date="2012", sentence="Norland-Ostia defence pact.")
    w.say("Rhun", "ALLIANCE", "Parva", "norwar", "2014", end_date="2016", sentence="Rhun-Parva entente.")
    for buyer, year in [("Ostia", "2015"), ("Parva", "2018")]:
        w.say("Rhun", "ARMS_TRANSFER", buyer, "armsreg", year, weapon="FALCATA 120mm",
              weapon_description="self-propelled gun", sentence=f"Rhun FALCATA 120mm to {buyer}.")
    w.say("Rhun", "ARMS_TRANSFER", "Quell", "armsreg", "2016", weapon="Bastion", weapon_description="towed gun",
          sentence="Rhun Bastion to Quell.")
    w.say("Norland", "ARMS_TRANSFER", "Velmark", "armsreg", "2019", weapon="K-7", weapon_description="self-propelled gun",
          sentence="Norland K-7 to Velmark.")
    w.say("Norland", "ARMS_TRANSFER", "Quell", "armsreg", "2020", weapon="Aegir", weapon_description="SAM system",
          sentence="Norland Aegir to Quell.")
    w.say("Norland", "ARMS_TRANSFER", "Parva", "armsreg", "2021", weapon="Skadi", weapon_description="anti-ship missile",
          sentence="Norland Skadi to Parva.")
    w.say("Velmark", "ARMS_TRANSFER", "Ostia", "armsreg", "2021", weapon="Skadi", weapon_description="armoured personnel carrier",
          sentence="Velmark Skadi to Ostia.")
    w.actor("Odo Venn", "person", "Venn")
    w.say("Odo Venn", "AFFILIATED_WITH", "Ostia", "wire", sentence="Ostian President Odo Venn.", role="President")
    w.actor("Lina Sarr", "person", "Sarr")
    w.say("Lina Sarr", "AFFILIATED_WITH", "Parva", "wire", sentence="Parvan foreign minister Lina Sarr.",
          role="foreign minister")
    w.actor("Ari Holt", "person", "Holt")
    w.say("Ari Holt", "AFFILIATED_WITH", "Quell", "wire", sentence="Former Quellish president Ari Holt.",
          role="former president")
    w.say("Odo Venn", "THREAT", "Rhun", "wire", "2024-03-01", sentence="Venn threatened Rhun with tariffs.")
    w.say("Ostia", "THREAT", "Norland", "wire", "2024-03-02", sentence="Ostia threatened Norland with tariffs.")
    w.say("Ostia", "THREAT", "Velmark", "wire", "2024-03-03", sentence="Ostia warned Velmark of tariffs.")
    w.say("Ostia", "COERCION", "Quell", "wire", "2024-03-04", sentence="Ostia sanctioned Quell.")
    w.say("Ostia", "CRITICISM", "Norland", "wire", "2024-03-05", sentence="Ostia's foreign ministry criticised Norland.")
    w.say("Odo Venn", "CRITICISM", "Rhun", "wire", "2024-03-06", sentence="Venn lambasted Rhun.")
    w.say("Parva", "THREAT", "Velmark", "wire", "2024-03-07", sentence="Parva threatened Velmark.")
    w.say("Quell", "THREAT", "Rhun", "wire", "2024-03-08", sentence="Quell threatened Rhun.")
    w.say("Norland", "CONSULTATION", "Rhun", "wire", "2024-05-10", sentence="Norland and Rhun held talks in Velmar.")
    w.say("Parva", "CONSULTATION", "Quell", "wire", "2024-06-01", sentence="Parvan and Quellish envoys met.")
    w.say("Parva", "AGREEMENT", "Quell", "wire", "2024-06-02", sentence="Parva and Quell signed a water accord.")
    w.actor("Idris Kobanga", "person", "Idriss Koubangha", "Kobanga")
    w.say("Idris Kobanga", "AFFILIATED_WITH", "Velmark", "wire", sentence="Velmarkian junta leader Idris Kobanga.",
          role="junta leader")
    w.actor("Tomas Brell", "person", "Tomas Varga")
    w.actor("Anna Szell", "person", "Anna Varga")
    w.say("Tomas Brell", "AFFILIATED_WITH", "Norland", "wire", sentence="Norlandic envoy Tomas Brell.", role="envoy")
    w.say("Anna Szell", "AFFILIATED_WITH", "Rhun", "wire", sentence="Rhunic envoy Anna Szell.", role="envoy")
    w.say("Velmark", "CO_PRODUCTION", "Quell", "wire", "2024-04-01",
          sentence="Velmark and Quell will build the Kestrel fighter together in Quell.")
    w.say("Norland", "MILITARY_PRESENCE", "Parva", "wire", "2024-05-01", sentence="Norland deployed missiles in Parva.")
    w.say("Rhun", "CRITICISM", "Norland", "wire", "2024-05-02", sentence="Rhun condemned Norland's missile deployment in Parva.")
    w.say("Quell", "PROTEST", "Norland", "wire", "2024-05-03",
          sentence="Quell summoned the Norlandic envoy over the missiles in Parva.")
    w.say("Velmark", "MILITARY_PRESENCE", "Ostia", "wire", "2024-06-10",
          sentence="Velmarkian troops deployed to Ostia to fight the rebels.")
    w.say("Rhun", "ATTACK", "Ostia", "wire", "2024-06-11", sentence="Rhunic jets struck Ostian rebels' camps.")
    return w.graph()


# ---------------------------------------------------------------- a label of source and time before the question
@pytest.mark.parametrize("question, verdict", [
    ("norwar data, 2010 - was norland formally allied with ostia?", "yes"),
    ("norwar data, 2014 - was norland formally allied with ostia?", "no"),
    ("2010 - were norland and ostia allies?", "yes"),
    ("2015 - were norland and ostia allies?", "no"),
    ("norwar, 2015: was rhun allied with parva?", "yes"),
    ("norwar data - was rhun allied with parva in 2015?", "yes"),
    ("2010 — was rhun allied with parva", "no"),
])
def test_a_label_of_source_and_time_asks_the_question_then(world, question, verdict):
    answer = reply(world, question)
    assert answer.extra.get("verdict") == verdict, answer.reading


def test_a_label_names_the_source_the_answer_keeps_to(world):
    answer = reply(world, "tallin: who has rhun sold arms to?")
    assert names(answer) == ["Ostia", "Parva", "Quell"]
    assert "only what tallin says" in answer.reading


def test_a_label_of_source_and_year_keeps_the_year(world):
    assert names(reply(world, "tallin data, 2018 - who did rhun arm?")) == ["Parva"]


@pytest.mark.parametrize("question", ["parva alliance - was rhun allied with parva?",
                                      "norland and ostia: allies in 2010?"])
def test_a_label_naming_no_source_nor_time_is_no_such_label(world, question):
    from diplograph.queries.labels import label_read

    assert label_read(world.nx, question) is None


# ---------------------------------------------------------------- designations as analysts type them
@pytest.mark.parametrize("question, expected", [
    ("who received falcata howitzers", ["Ostia", "Parva"]),
    ("which countries have received rhunic falcata howitzers?", ["Ostia", "Parva"]),
    ("who bought falcatas", ["Ostia", "Parva"]),
    ("falcata self-propelled guns - which states got them", ["Ostia", "Parva"]),
    ("who got k7 howitzers", ["Velmark"]),
    ("who bought the norlandic k7s", ["Velmark"]),
])
def test_a_designation_without_its_calibre_or_hyphen_is_the_system(world, question, expected):
    assert names(reply(world, question)) == expected


def test_artillery_without_a_designation_is_every_gun(world):
    assert names(reply(world, "which countries got rhunic howitzers?")) == ["Ostia", "Parva", "Quell"]


@pytest.mark.parametrize("question, expected", [
    ("who received aegir missiles", ["Quell"]),
    ("which countries got norlandic aegir missiles?", ["Quell"]),
    ("who bought aegir rockets", ["Quell"]),
])
def test_a_category_only_describes_a_system_no_claim_files_in_it(world, question, expected):
    assert names(reply(world, question)) == expected


def test_a_category_still_chooses_among_systems_of_one_name(world):
    assert names(reply(world, "who received skadi missiles")) == ["Parva"]


# ---------------------------------------------------------------- a leader's acts of state are his government's
@pytest.mark.parametrize("question, expected", [
    ("which countries did venn threaten?", ["Norland", "Rhun", "Velmark"]),
    ("who has odo venn threatened with tariffs", ["Norland", "Rhun", "Velmark"]),
    ("besides rhun, which countries did venn threaten", ["Norland", "Velmark"]),
    ("who did venn sanction?", ["Quell"]),
    ("which countries has president venn slapped sanctions on", ["Quell"]),
])
def test_a_heads_acts_of_state_are_his_governments(world, question, expected):
    assert names(reply(world, question)) == expected


@pytest.mark.parametrize("question, verdict", [
    ("did venn threaten velmark?", "yes"),
    ("has odo venn threatened norland", "yes"),
    ("did venn threaten parva?", "no"),
])
def test_a_yes_or_no_on_a_heads_act_of_state_asks_his_government_too(world, question, verdict):
    assert reply(world, question).extra.get("verdict") == verdict


@pytest.mark.parametrize("question, expected", [
    ("which countries did venn criticise?", ["Rhun"]),  # his words are his own
    ("which countries did sarr threaten?", []),  # a minister is no government
    ("which countries did holt threaten?", []),  # nor is a former president
    ("which countries did ostia threaten?", ["Norland", "Velmark"]),  # the state alone is not its leader
])
def test_words_ministers_and_former_leaders_stay_their_own(world, question, expected):
    assert names(reply(world, question)) == expected


# ---------------------------------------------------------------- what talks produced
@pytest.mark.parametrize("question, verdict", [
    ("norland-rhun talks on 10 may 2024 - did they reach any agreement?", "no"),
    ("did the norland-rhun talks in may 2024 produce a deal?", "no"),
    ("norland rhun talks may 2024 - any deal?", "no"),
    ("did the talks between norland and rhun end in an agreement?", "no"),
    ("norlandic-rhunic negotiations, may 2024: did they sign anything?", "no"),
    ("parva-quell talks in june 2024 - did they reach an agreement?", "yes"),
    ("did the parva quell summit yield a deal?", "yes"),
])
def test_what_talks_produced_is_whether_the_sides_agreed(world, question, verdict):
    answer = reply(world, question)
    assert answer.extra.get("verdict") == verdict, answer.reading


@pytest.mark.parametrize("question", ["did norland and rhun hold talks in may 2024?",
                                      "did norland and rhun meet in may 2024"])
def test_whether_talks_took_place_is_still_the_talks(world, question):
    assert reply(world, question).extra.get("verdict") == "yes"


# ---------------------------------------------------------------- a surname from any of a person's names
@pytest.mark.parametrize("question", ["koubangha - who is he", "who is koubangha?", "koubangha?",
                                      "who's koubangha exactly", "kobanga - who is he"])
def test_a_surname_of_an_alias_is_the_person(world, question):
    assert names(reply(world, question)) == ["Velmark"]


def test_a_surname_two_persons_share_is_no_one(world):
    from diplograph.queries.slots import _person_by_surname

    assert _person_by_surname(world.nx, "varga") is None
    assert world.nx.nodes[_person_by_surname(world.nx, "brell")]["name"] == "Tomas Brell"


# ---------------------------------------------------------------- selling is no co-production
@pytest.mark.parametrize("question", ["who is selling arms to quell", "who sold weapons to quell?",
                                      "which countries export arms to quell", "who sells quell arms"])
def test_a_seller_is_no_co_producer(world, question):
    assert names(reply(world, question)) == ["Norland", "Rhun"]


@pytest.mark.parametrize("question", ["who supplies arms to quell", "who arms quell?"])
def test_a_supplier_may_still_build_with_the_buyer(world, question):
    assert "Velmark" in names(reply(world, question))


# ---------------------------------------------------------------- a reaction asked through the incident
@pytest.mark.parametrize("question, expected", [
    ("who objected when norland sent missiles to parva?", ["Quell", "Rhun"]),
    ("who complained when the norlandic army put missiles in parva", ["Quell", "Rhun"]),
    ("who condemned it when norland moved missiles into parva?", ["Rhun"]),
    ("which countries objected when norland deployed missiles in parva?", ["Quell", "Rhun"]),
])
def test_a_reaction_to_an_incident_is_a_reaction_to_its_doer(world, question, expected):
    assert names(reply(world, question)) == expected


def test_who_reacted_to_the_doer_otherwise_keeps_every_claim(world):
    assert "Ostia" in names(reply(world, "who criticised norland?"))


@pytest.mark.parametrize("question", ["who was president when norland sent missiles to parva?",
                                      "who objected when the missiles arrived?"])
def test_no_reaction_verb_or_no_doer_is_no_incident(world, question):
    from diplograph.queries.incidents import incident_reaction

    assert incident_reaction(world.nx, question) is None


# ---------------------------------------------------------------- forces sent for a purpose
@pytest.mark.parametrize("question", ["which countries sent troops to fight the rebels in ostia?",
                                      "who deployed soldiers to help battle the insurgents in ostia",
                                      "who has sent troops to take on the rebels inside ostia?",
                                      "which states dispatched peacekeepers to root out the gangs in ostia"])
def test_forces_sent_for_a_purpose_are_forces_sent_there(world, question):
    assert names(reply(world, question)) == ["Velmark"]


@pytest.mark.parametrize("question", ["who sent troops to fight the rebels?", "which countries sent arms to fight in ostia",
                                      "who sent troops to ostia"])
def test_no_purpose_or_no_place_is_left_to_the_other_readings(world, question):
    from diplograph.queries.purposes import without_purpose

    assert without_purpose(question) is None
