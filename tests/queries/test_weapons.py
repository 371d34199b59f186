"""Weapon categories: "drones" means the same on SIPRI rows and on article claims.

SIPRI rows carry SIPRI's weapon description ("armed UAV", "transport helicopter"); article claims
carry the weapon's name ("Hawkeye-3 drones", "Su-30"), or none. A category word in a question
keeps the claims whose weapon is in it, drops those whose weapon is known to be something else,
and keeps (and counts, in the reading) those whose weapon cannot be told.
"""

import pytest

from diplograph.errors import OntologyError
from diplograph.graph.weapons import load_weapons, parse_weapons
from diplograph.queries.ask import ask


@pytest.fixture(scope="module")
def armed(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("weapons") / "weapons.db")
    for name in ("Norland", "Ostia", "Parva", "Quell"):
        w.actor(name, "state")
    w.actor("Tarn Aero", "company")
    # rows as the SIPRI loader writes them: designation and SIPRI's description
    w.say("Norland", "ARMS_TRANSFER", "Parva", "register", "2019", weapon="Hawkeye-3",
          weapon_description="armed UAV")
    w.say("Ostia", "ARMS_TRANSFER", "Parva", "register", "2015", weapon="Rook", weapon_description="transport helicopter")
    w.say("Quell", "ARMS_TRANSFER", "Parva", "register", "2021", weapon="Lark", weapon_description="UAV")
    # article claims: a named system, a generic sentence, nothing at all
    w.say("Ostia", "ARMS_TRANSFER", "Quell", "news", "2022", weapon="Su-30",
          sentence="Ostia delivered Su-30 fighters to Quell.")
    w.say("Norland", "ARMS_TRANSFER", "Quell", "news", "2022", sentence="Norland sold drones to Quell.")
    w.say("Tarn Aero", "ARMS_TRANSFER", "Quell", "news", "2023", sentence="Tarn Aero completed the order.")
    built = w.graph()
    yield built
    built.close()


def names(graph, question):
    reply = ask(graph.nx, question, resolve=lambda name: graph.actor(name).id)
    assert reply.understood, reply.message
    return sorted(a.name for a in reply.answers)


def test_a_category_word_keeps_the_rows_whose_description_is_in_it(armed):
    assert names(armed, "Who supplies drones to Parva?") == ["Norland", "Quell"]
    assert names(armed, "Who supplies helicopters to Parva?") == ["Ostia"]
    assert names(armed, "Who supplied armed drones to Parva?") == ["Norland"]  # an armed UAV is a UAV too


def test_article_claims_are_judged_by_the_weapon_they_name_or_their_sentence(armed):
    # Su-30s are combat aircraft, not drones; the sentence of Norland's claim says drones; Tarn
    # Aero's names nothing, so it stays, and the reading says one such claim was kept
    reply = ask(armed.nx, "Who supplies drones to Quell?", resolve=lambda name: armed.actor(name).id)
    assert sorted(a.name for a in reply.answers) == ["Norland", "Tarn Aero"]
    assert "weapon category UAV" in reply.reading and "kept 1 claim(s) whose weapon is not named" in reply.reading
    assert names(armed, "Who sold fighter jets to Quell?") == ["Ostia", "Tarn Aero"]


def test_a_word_without_a_category_narrows_nothing(armed):
    assert names(armed, "Who supplies weapons to Parva?") == ["Norland", "Ostia", "Quell"]


def test_the_taxonomy_reads_sipri_descriptions_and_model_names():
    weapons = load_weapons()
    assert weapons.categories_of("Anything", description="(armed) UAV") == {"uav", "armed_uav"}
    assert weapons.categories_of("Mi-35M") == {"helicopters", "combat_helicopters"}  # a gunship (session 27)
    assert weapons.categories_of("S-400 Triumf") == {"air_defence", "sam_systems"}
    assert weapons.categories_of("Stinger", description="portable SAM") == {"air_defence"}  # no SAM system
    assert weapons.categories_of("HCDS", description="coastal defence system") == {"missiles", "anti_ship"}
    assert weapons.categories_of("Scorpène Evolved submarines") == {"ships", "submarines"}
    assert weapons.categories_of("Tornado") == {"aircraft", "combat_aircraft", "fighter_aircraft"}  # not the Tor air defence
    assert weapons.categories_of("the first batch") == frozenset()


def test_a_taxonomy_with_a_loop_or_an_unknown_parent_is_refused():
    with pytest.raises(OntologyError, match="unknown parent"):
        parse_weapons({"categories": {"a": {"label": "A", "words": ["a"], "parent": "b"}}})
    with pytest.raises(OntologyError, match="loop"):
        parse_weapons({"categories": {"a": {"label": "A", "words": ["a"], "parent": "b"},
                                      "b": {"label": "B", "words": ["b"], "parent": "a"}}})
