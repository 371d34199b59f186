"""Definite descriptions of a state by what it is ("the island", "the Gulf state", "the Himalayan
kingdom", "the landlocked country"): the state of that class named last (sentences invented for
these tests; the classes are data, diplograph/gazetteer/state_classes.yaml)."""

from pathlib import Path

import yaml

from diplograph.loaders.articles.described import classes_named, state_classes

ROOT = Path(__file__).resolve().parents[2]


def test_a_regional_adjective_picks_the_member_of_the_region_named_last(triples):
    found = triples("Estonia expelled a Russian diplomat. The Baltic state accused Moscow of sabotage.")
    assert ("Estonia", "CRITICISM", "Russia") in found


def test_a_regional_adjective_skips_a_later_state_outside_the_region(triples):
    found = triples("Kuwait bought Patriot batteries from the United States. "
                    "The Gulf state also bought Typhoon fighter jets from Italy.")
    assert ("Italy", "ARMS_TRANSFER", "Kuwait") in found
    assert ("Italy", "ARMS_TRANSFER", "United States") not in found


def test_two_classes_narrow_to_the_state_in_both(triples):
    found = triples("India and Bhutan signed a hydropower deal. China and the Himalayan kingdom held border talks "
                    "in Beijing.")
    assert any(p == "CONSULTATION" and {s, o} == {"China", "Bhutan"} for s, p, o in found)


def test_a_himalayan_nation_is_not_the_large_neighbour_named_after_it(triples):
    found = triples("Nepal's prime minister visited Beijing and met Chinese leaders. The Himalayan nation signed a "
                    "rail agreement with China.")
    assert any(p == "AGREEMENT" and {s, o} == {"Nepal", "China"} for s, p, o in found)


def test_a_landlocked_country(triples):
    found = triples("Mali ordered drones from Turkey. The landlocked country also signed a defence pact with Russia.")
    assert any(p == "AGREEMENT" and {s, o} == {"Mali", "Russia"} for s, p, o in found)


def test_an_archipelago(triples):
    found = triples("Japan signed a reciprocal access agreement with the Philippines. China warned the archipelago "
                    "against the deal.")
    assert ("China", "THREAT", "Philippines") in found or ("China", "CRITICISM", "Philippines") in found


def test_an_island_kingdom(triples):
    found = triples("Saudi Arabia and Bahrain opened talks with Iran. The island kingdom restored relations with "
                    "Tehran in 2024.")
    assert any({s, o} == {"Bahrain", "Iran"} for s, p, o in found)
    assert not any({s, o} == {"Saudi Arabia", "Iran"} and p == "COOPERATION" for s, p, o in found)


def test_the_island_is_never_britain(triples):
    found = triples("Britain keeps two bases on Cyprus. The island also hosts UN peacekeepers.")
    assert ("United Nations", "MILITARY_PRESENCE", "Cyprus") in found


def test_a_city_state(triples):
    found = triples("Singapore bought F-35s from the United States. The city-state also signed a defence pact "
                    "with Australia.")
    assert any(p == "AGREEMENT" and {s, o} == {"Singapore", "Australia"} for s, p, o in found)


def test_a_class_no_state_of_which_was_named_points_to_no_one(triples):
    found = triples("Russia cut gas supplies to Moldova. The Baltic state condemned the decision.")
    assert not any(p == "CRITICISM" and s in ("Russia", "Moldova") for s, p, o in found)


def test_a_described_state_followed_by_of_names_its_own_place(triples):
    found = triples("Vietnam protested to China. The island of Hainan hosts a naval base.")
    assert not any(o == "Vietnam" and p == "MILITARY_PRESENCE" for s, p, o in found)


def test_the_former_colonial_power_is_the_state_that_ruled_one_named_near_it(triples):
    found = triples("Niger expelled French troops in 2023. The former colonial power had kept a base in Niamey "
                    "for decades.")
    assert ("France", "MILITARY_PRESENCE", "Niger") in found


def test_the_former_colonial_power_is_no_state_that_never_ruled_one_named(triples):
    found = triples("Russia sent instructors to Mali. Sweden criticised the former colonial power.")
    assert not any(p == "CRITICISM" and s == "Sweden" for s, p, o in found)
    assert ("Sweden", "CRITICISM", "France") in triples("France closed its base in Mali. Sweden criticised the "
                                                         "former colonial power.")


def test_his_country_is_the_state_the_person_serves(triples):
    found = triples("Anwar Ibrahim, Malaysia's prime minister, said his country condemned Myanmar's coup.")
    assert ("Malaysia", "CRITICISM", "Myanmar") in found


def test_whose_country_is_the_state_of_the_person_the_clause_describes(triples):
    found = triples("The summit was opened by Prime Minister Anwar Ibrahim, whose country chairs ASEAN this year.")
    assert ("Malaysia", "LEADS", "Association of Southeast Asian Nations") in found


def test_his_country_points_to_no_state_for_a_person_who_serves_none(triples):
    found = triples("The novelist Arturo Vela said his country condemned the coup in Myanmar.")
    assert not any(p == "CRITICISM" and o == "Myanmar" and s != "Arturo Vela" for s, p, o in found)


def test_classes_are_read_from_the_words_of_the_phrase():
    assert classes_named("small baltic democracy") == ["baltic"]
    assert classes_named("mediterranean island") == ["island", "mediterranean"]
    assert classes_named("city-state") == ["city_state"]
    assert classes_named("gulfstream") == []


def test_the_regions_the_ask_reader_knows_have_the_same_members():
    regions = yaml.safe_load((ROOT / "diplograph" / "queries" / "regions.yaml").read_text(encoding="utf-8"))
    for region, cls in (("Gulf states", "gulf"), ("Baltic states", "baltic"), ("Nordic countries", "nordic"),
                        ("Sahel", "sahel"), ("Central Asia", "central_asia"), ("South Caucasus", "south_caucasus")):
        assert {m.lower() for m in regions[region]["members"]} == set(state_classes()[cls][1]), region


def test_every_member_is_a_state_of_the_gazetteer():
    from diplograph.gazetteer import load_gazetteer

    ids = {e.id.split(":", 1)[1].lower() for e in load_gazetteer() if e.type == "state"}
    unknown = {(c, m) for c, (_, members) in state_classes().items() for m in members if m not in ids}
    # territories without a government of their own are islands too, but no actor
    assert {m for _, m in unknown} <= {"ncl", "pyf", "abw", "cuw", "sxm", "bmu", "cym", "tca", "vgb", "gum", "mnp",
                                       "asm", "cok", "niu", "pri"}
