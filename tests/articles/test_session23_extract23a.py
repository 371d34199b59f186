"""Session 23 (extract23a): the material family measured over many wordings (arms, co-production, aid,
investment, exercises, presence): whose licence, technology or help a production uses, assembly of another's
design, weapons one takes possession of or is equipped with, port calls, access to bases, weapons deployed to
another's soil, drills a state hosts for a body, plants with no weapons as investment (sentences of our own)."""

import pytest


@pytest.mark.parametrize("text, source, host", [
    ("Indonesia will build the frigates under a licence from Britain.", "United Kingdom", "Indonesia"),
    ("Turkey will build the submarines with German technology.", "Germany", "Turkey"),
    ("Algeria is building armoured vehicles with help from Berlin.", "Germany", "Algeria"),
    ("China has helped Serbia build a missile factory near Belgrade.", "China", "Serbia"),
    ("A transfer of technology from South Korea will let Poland produce the howitzers.", "South Korea", "Poland"),
    # a firm named with its state: the production is set up in that state
    ("India's Bharat Dynamics builds Konkurs missiles under licence from Russia.", "Russia", "India"),
])
def test_whoever_gives_the_licence_technology_or_help_sets_up_the_production(triples, text, source, host):
    assert (source, "CO_PRODUCTION", host) in triples(text)


def test_help_with_something_that_is_not_made_weapons_or_a_factory_is_no_co_production(triples):
    assert ("China", "CO_PRODUCTION", "Kenya") not in triples("Kenya will build new roads with Chinese help.")
    assert not {t for t in triples("Vietnam builds its own patrol boats.") if t[1] == "CO_PRODUCTION"}


def test_assembling_another_states_design_is_co_production(triples):
    assert ("China", "CO_PRODUCTION", "Nigeria") in triples(
        "Nigeria assembles Chinese armoured vehicles at a plant near Kaduna.")
    assert ("Turkey", "CO_PRODUCTION", "Uzbekistan") in triples(
        "Uzbekistan began the assembly of Turkish armoured vehicles last year.")
    # the adverb the parser hangs on the preposition after it still qualifies the verb
    assert ("Israel", "CO_PRODUCTION", "Morocco") in triples(
        "Morocco will assemble Israeli drones locally under the agreement.")
    assert not {t for t in triples("Turkey assembles its own armoured vehicles.") if t[1] == "CO_PRODUCTION"}


def test_the_french_and_german_designs_of_knds_come_from_france_and_germany(triples):
    found = triples("Ukraine took delivery of Gepard anti-aircraft guns in 2023.")
    assert ("Germany", "ARMS_TRANSFER", "Ukraine") in found
    assert ("Netherlands", "ARMS_TRANSFER", "Ukraine") not in found
    assert ("France", "ARMS_TRANSFER", "Lithuania") in triples("Lithuania bought CAESAR howitzers last year.")


def test_a_demonym_before_a_designation_read_as_one_place_still_names_its_state(triples):
    assert ("Russia", "ARMS_TRANSFER", "Algeria") in triples("Algeria's army is equipped with Russian Su-30 jets.")


def test_weapons_one_takes_possession_of_were_delivered(triples):
    assert ("China", "ARMS_TRANSFER", "Bangladesh") in triples(
        "The Bangladeshi navy took possession of two Chinese-built frigates.")
    assert not {t for t in triples("Protesters took possession of the Chinese embassy in Dhaka.")
                if t[1] == "ARMS_TRANSFER"}


def test_a_package_of_aid_that_includes_weapons_supplies_arms(triples):
    assert ("Canada", "ARMS_TRANSFER", "Ukraine") in triples(
        "Canada announced a package of military aid to Ukraine, including armoured vehicles.")
    found = triples("Japan sent aid to Syria, including tents and blankets.")
    assert ("Japan", "AID", "Syria") in found and ("Japan", "ARMS_TRANSFER", "Syria") not in found


def test_a_port_call_is_a_presence_at_the_port(triples):
    assert ("China", "MILITARY_PRESENCE", "Sri Lanka") in triples("A Chinese frigate made a port call in Colombo.")
    assert ("France", "MILITARY_PRESENCE", "Japan") in triples("The French navy's port call in Tokyo lasted a week.")


def test_access_to_anothers_bases_is_a_presence_there(triples):
    assert ("India", "MILITARY_PRESENCE", "Oman") in triples("India has secured access to a naval base in Oman.")
    assert not {t for t in triples("Kenya gained access to the European market in Belgium.")
                if t[1] == "MILITARY_PRESENCE"}


def test_weapons_deployed_to_anothers_soil_are_a_presence_but_not_those_deployed_in_a_war(triples):
    assert ("Russia", "MILITARY_PRESENCE", "Belarus") in triples("Moscow will deploy Iskander missiles to Belarus.")
    assert ("Russia", "MILITARY_PRESENCE", "Ukraine") not in triples(
        "Russia deployed glide bombs in the Ukrainian city of Kharkiv.")


def test_drills_a_state_hosts_for_a_body_are_the_bodys_exercise_there(triples):
    assert ("Collective Security Treaty Organization", "MILITARY_EXERCISE", "Kyrgyzstan") in triples(
        "Kyrgyzstan hosted CSTO exercises in October.")


def test_a_plant_built_abroad_with_no_weapons_told_is_investment(triples):
    found = triples("BYD will open a new plant in Turkey next year.")
    assert ("BYD", "INVESTMENT", "Turkey") in found and ("BYD", "CO_PRODUCTION", "Turkey") not in found
    assert ("Baykar", "CO_PRODUCTION", "Ukraine") in triples("Baykar will build a drone factory in Ukraine.")


@pytest.mark.parametrize("text, investor, host", [
    ("South Korean firms intend to invest $2 billion in Uzbekistan's textile industry.", "South Korea", "Uzbekistan"),
    ("Chinese investors have poured money into Laos's hydropower dams.", "China", "Laos"),
    ("Indian carmakers invested heavily in Ethiopia last year.", "India", "Ethiopia"),
])
def test_firms_named_only_by_their_state_invest_for_it(triples, text, investor, host):
    assert (investor, "INVESTMENT", host) in triples(text)


def test_firms_named_by_their_state_set_up_production_abroad_for_it(triples):
    assert ("Turkey", "CO_PRODUCTION", "Azerbaijan") in triples("A Turkish company will open a drone factory in Azerbaijan.")
    # the state's own firms at home, or people who are no firms, put nothing abroad
    assert ("Russia", "INVESTMENT", "Montenegro") not in triples("Russian tourists spent their holidays in Montenegro.")


def test_investment_from_one_state_into_another(triples):
    assert ("Germany", "INVESTMENT", "Mexico") in triples("Investment from Germany into Mexico doubled in 2024.")


def test_smuggling_weapons_supplies_them(triples):
    assert ("Iran", "ARMS_TRANSFER", "Hezbollah") in triples("Iran smuggles rockets to Hezbollah through Syria.")
    assert not {t for t in triples("Traders smuggled gold from Sudan to Egypt.") if t[1] == "ARMS_TRANSFER"}


def test_military_advisers_and_instructors_abroad_are_a_presence(triples):
    assert ("Russia", "MILITARY_PRESENCE", "Niger") in triples("Russian military instructors are present in Niger.")
    assert not {t for t in triples("French advisers to the president met in Paris.") if t[1] == "MILITARY_PRESENCE"}


def test_drills_named_war_games_and_paratroopers_of_a_state(triples):
    assert ("Kazakhstan", "MILITARY_EXERCISE", "Mongolia") in triples(
        "Kazakh paratroopers took part in exercises in Mongolia.")
    assert ("Russia", "MILITARY_EXERCISE", "Belarus") in triples("Russia held war games in Belarus in September.")


def test_what_a_state_funds_abroad_is_aid_and_what_a_firm_funds_or_spends_on_is_investment(triples):
    assert ("Australia", "AID", "Fiji") in triples("Australia will fund a new hospital in Fiji.")
    assert ("Tesla", "INVESTMENT", "India") in triples("Tesla will spend $2 billion on a factory in India.")
    assert ("Norway", "AID", "Malawi") in triples("Norway will spend $30 million on schools in Malawi.")


def test_rescue_teams_doctors_and_bailouts_are_aid(triples):
    assert ("Japan", "AID", "Turkey") in triples("Japan dispatched search-and-rescue teams to Turkey after the earthquake.")
    assert ("Cuba", "AID", "Angola") in triples("Cuban doctors were sent to Angola.")
    assert ("International Monetary Fund", "AID", "Sri Lanka") in triples(
        "The IMF approved a $3 billion bailout for Sri Lanka.")


def test_know_how_cut_at_its_hyphen_is_still_know_how(triples):
    assert ("Italy", "CO_PRODUCTION", "Egypt") in triples("Egypt will build the corvettes with Italian know-how.")


def test_another_states_design_made_jointly_or_made_in_ones_own_state(triples):
    assert ("Turkey", "CO_PRODUCTION", "Pakistan") in triples("Pakistan will co-produce Turkish drones at Kamra.")
    assert ("Iran", "CO_PRODUCTION", "Venezuela") in triples("Caracas plans to manufacture Iranian drones in Venezuela.")
    # a participle on weapons received says where they were made, not where they were received
    assert ("China", "CO_PRODUCTION", "Nigeria") not in triples(
        "Nigeria's navy received two Chinese-built patrol ships at Lagos.")


def test_technology_transferred_from_a_state_is_its_technology(triples):
    assert ("Spain", "CO_PRODUCTION", "Turkey") in triples(
        "Turkey builds the frigates with technology transferred from Spain.")


def test_weapons_one_welcomes_from_a_state_came_from_it(triples):
    assert ("India", "ARMS_TRANSFER", "Armenia") in triples("Armenia welcomed its first Akash batteries from India.")


def test_forces_that_join_anothers_in_drills_exercise_with_them(triples):
    assert ("France", "MILITARY_EXERCISE", "India") in triples("French sailors joined Indian navy ships in patrols off Goa.")
    assert ("Finland", "MILITARY_EXERCISE", "North Atlantic Treaty Organization") not in triples("Finland joined NATO in 2023.")


def test_a_line_of_credit_is_no_plant(triples):
    found = triples("A line of credit of $500 million was extended by Japan to Laos.")
    assert ("Japan", "AID", "Laos") in found and ("Japan", "INVESTMENT", "Laos") not in found


def test_a_refusal_to_host_anothers_drills_rejects_it_and_tells_no_denied_exercise(triples):
    found = triples("Serbia refused to host CSTO exercises in 2022.")
    assert not {t for t in found if t[1] == "MILITARY_EXERCISE"}
    assert ("Collective Security Treaty Organization", "MILITARY_EXERCISE", "Tajikistan") in triples(
        "Tajikistan hosted CSTO exercises in 2022.")
