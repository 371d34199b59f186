"""More everyday wire-story forms, one family each: what a state receives from another, acts a
government orders carried out, forces sent into a country, and amounts measured by weight or load."""

import pytest


@pytest.mark.parametrize("text, giver, receiver", [
    ("Lebanon received humanitarian aid from Kuwait.", "Kuwait", "Lebanon"),
    ("Kenya secured a loan from the IMF.", "International Monetary Fund", "Kenya"),
    ("Senegal received a $300 million loan from the World Bank to upgrade its grid.", "World Bank", "Senegal"),
])
def test_what_one_receives_from_another_the_other_gives(triples, text, giver, receiver):
    assert (giver, "AID", receiver) in triples(text)


@pytest.mark.parametrize("text, actor, target", [
    ("Guatemala ordered the expulsion of two Nicaraguan diplomats.", "Guatemala", "Nicaragua"),
    ("Poland announced the expulsion of Russia's consul in Gdansk.", "Poland", "Russia"),
    ("Turkey ordered the arrest of 20 Syrian nationals.", "Turkey", "Syria"),
])
def test_an_expulsion_or_arrest_a_government_orders_is_its_own(triples, text, actor, target):
    assert (actor, "COERCION", target) in triples(text)


@pytest.mark.parametrize("text", [
    "Ukraine demanded sanctions against Russia.",
    "Kyiv urged sanctions against Moscow.",
])
def test_demanding_a_measure_is_not_taking_it(triples, text):
    assert not any(p == "COERCION" for _, p, _ in triples(text))


@pytest.mark.parametrize("text, sender, place", [
    ("Uganda sent troops into eastern Congo to hunt rebels.", "Uganda", "Democratic Republic of the Congo"),
    ("Ethiopia dispatched soldiers into Somalia.", "Ethiopia", "Somalia"),
])
def test_forces_sent_into_a_country_are_there(triples, text, sender, place):
    assert (sender, "MILITARY_PRESENCE", place) in triples(text)


@pytest.mark.parametrize("text", [
    "Kuwait handed over 50 tonnes of medical supplies to Lebanon.",
    "Kuwait sent two shipments of food to Lebanon.",
])
def test_goods_counted_by_weight_or_load_are_what_is_given(triples, text):
    assert ("Kuwait", "AID", "Lebanon") in triples(text)


@pytest.mark.parametrize("text", [
    "Peru declared Venezuela's charge d'affaires persona non grata on Tuesday.",
    "Peru declared the Venezuelan ambassador persona non grata.",
    "The Venezuelan envoy was declared persona non grata by Peru.",
    "Peru declared two Venezuelan diplomats personae non gratae.",
])
def test_an_envoy_declared_persona_non_grata_is_expelled_however_parsed(triples, text):
    assert ("Peru", "COERCION", "Venezuela") in triples(text)


def test_declaring_something_else_expels_no_one(triples):
    assert not any(p == "COERCION" for _, p, _ in triples(
        "Peru declared a state of emergency after the ambassador of Venezuela left."))


@pytest.mark.parametrize("text", [
    "The arrival of Kenyan police officers in Haiti was delayed.",
    "Haiti's council welcomed the deployment of Kenyan police officers in Port-au-Prince.",
])
def test_forces_whose_arrival_or_deployment_somewhere_is_told_are_there(triples, text):
    assert ("Kenya", "MILITARY_PRESENCE", "Haiti") in triples(text)


def test_an_envoy_recalled_from_a_posting_named_by_its_to_phrase_protests_the_host(triples):
    assert ("Gambia", "PROTEST", "Senegal") in triples("The Gambia recalled its envoy to Dakar for consultations.")


@pytest.mark.parametrize("text, owner, host", [
    ("Belarus will host Russian tactical nuclear weapons.", "Russia", "Belarus"),
    ("Poland hosts American Patriot batteries.", "United States", "Poland"),
])
def test_another_states_weapons_kept_on_ones_soil_are_its_presence(triples, text, owner, host):
    assert (owner, "MILITARY_PRESENCE", host) in triples(text)


@pytest.mark.parametrize("text, seller, buyer", [
    ("Kazakhstan to buy Airbus military transport planes, ministry says", "Airbus", "Kazakhstan"),
    ("Egypt to buy 24 Rafale jets from France", "France", "Egypt"),
])
def test_a_headlines_infinitive_is_its_future(claims, text, seller, buyer):
    assert (seller, "ARMS_TRANSFER", buyer, "planned") in claims(text)


def test_an_infinitive_another_verb_governs_is_no_headline(claims):
    assert ("Russia", "ARMS_TRANSFER", "Egypt", "planned") not in claims(
        "It was the first time for Egypt to buy Russian jets.")


@pytest.mark.parametrize("text, closer, owner", [
    ("Poland closed the Russian consulate in Poznan.", "Poland", "Russia"),
    ("Russia shut down Poland's consulate in Smolensk.", "Russia", "Poland"),
])
def test_closing_another_states_mission_presses_it(triples, text, closer, owner):
    assert (closer, "COERCION", owner) in triples(text)


def test_closing_ones_own_embassy_somewhere_presses_no_one(triples):
    assert not any(p == "COERCION" for _, p, _ in triples("The United States closed its embassy in Kyiv temporarily."))


@pytest.mark.parametrize("text, seller, buyer", [
    ("Romania bought F-16s from Norway.", "Norway", "Romania"),
    ("Egypt received its first Rafales from France.", "France", "Egypt"),
    ("Poland ordered F-35s from Lockheed.", "Lockheed Martin", "Poland"),
])
def test_a_weapon_model_counted_in_the_plural_is_still_the_weapon(triples, text, seller, buyer):
    assert (seller, "ARMS_TRANSFER", buyer) in triples(text)


def test_a_firm_named_by_the_short_name_wire_copy_uses(triples):
    assert ("Dassault Aviation", "ARMS_TRANSFER", "Indonesia") in triples(
        "Indonesia's defence minister signed a contract for 42 Rafale jets with Dassault.")


@pytest.mark.parametrize("text, blamer, blamed", [
    ("Delhi held Pakistan responsible.", "India", "Pakistan"),
    ("Kyiv holds Moscow accountable for the strike.", "Ukraine", "Russia"),
    ("Baku considers Yerevan responsible for the collapse of the talks.", "Azerbaijan", "Armenia"),
])
def test_holding_someone_responsible_blames_them(triples, text, blamer, blamed):
    assert (blamer, "CRITICISM", blamed) in triples(text)


@pytest.mark.parametrize("text, host, guest", [
    ("Nicaragua granted asylum to former Panamanian president Ricardo Martinelli.", "Nicaragua", "Ricardo Martinelli"),
    ("Russia gave refuge to Bashar al-Assad.", "Russia", "Bashar al-Assad"),
])
def test_sheltering_someone_backs_them(triples, text, host, guest):
    assert (host, "SUPPORT", guest) in triples(text)


@pytest.mark.parametrize("text, person, state", [
    ("Poland's Minister of National Defence, Wladyslaw Kosiniak-Kamysz, spoke.", "Władysław Kosiniak-Kamysz", "Poland"),
    ("Kenya's Minister of Finance, John Mbadi, spoke.", "John Mbadi", "Kenya"),
])
def test_offices_written_minister_of_something(triples, text, person, state):
    assert (person, "AFFILIATED_WITH", state) in triples(text)


def test_a_titled_subject_does_not_serve_the_state_it_makes_demands_of(triples):
    found = triples("The armed forces chief, General Romeo Brawner, demanded that China return the weapons.")
    assert ("Romeo Brawner", "AFFILIATED_WITH", "China") not in found


def test_a_firm_described_by_its_trade_and_nationality_is_based_there(triples):
    assert ("BlackRock", "BASED_IN", "United States") in triples("The US fund manager BlackRock will buy the ports.")


@pytest.mark.parametrize("text, state", [
    ("Delhi protested to Dhaka.", "India"),
    ("Miraflores Palace accused Washington of plotting a coup.", "Venezuela"),
])
def test_capitals_and_seats_the_press_names_the_government_by(triples, text, state):
    assert any(s == state for s, _, _ in triples(text))


@pytest.mark.parametrize("text, threatener, threatened", [
    ("Pyongyang vowed to retaliate against Seoul.", "North Korea", "South Korea"),
    ("Iran vowed revenge against Israel.", "Iran", "Israel"),
])
def test_a_vow_of_revenge_is_a_threat(triples, text, threatener, threatened):
    assert (threatener, "THREAT", threatened) in triples(text)


def test_a_pledge_of_support_is_no_threat(triples):
    assert not any(p == "THREAT" for _, p, _ in triples("Japan pledged support for Ukraine."))


@pytest.mark.parametrize("text, imposer, target", [
    ("Ankara slapped tariffs of 40 percent on Chinese electric vehicles.", "Turkey", "China"),
    ("The EU imposed sanctions on Iran's oil sector.", "European Union", "Iran"),
    ("Washington imposed tariffs on steel from Mexico.", "United States", "Mexico"),
])
def test_a_measure_on_a_states_goods_or_firms_presses_the_state(triples, text, imposer, target):
    assert (imposer, "COERCION", target) in triples(text)


@pytest.mark.parametrize("text, sender, place", [
    ("Three Ghanaian peacekeepers were wounded in an attack in South Sudan.", "Ghana", "South Sudan"),
    ("Two Turkish soldiers were killed in northern Iraq.", "Turkey", "Iraq"),
])
def test_soldiers_of_a_state_told_somewhere_are_its_presence_there(triples, text, sender, place):
    assert (sender, "MILITARY_PRESENCE", place) in triples(text)


def test_a_place_close_to_a_border_is_not_the_neighbours(triples):
    found = triples("Pakistani soldiers were killed in a clash in the Tirah area close to the Afghan border.")
    assert ("Pakistan", "MILITARY_PRESENCE", "Afghanistan") not in found


@pytest.mark.parametrize("text, member, body", [
    ("The Resistance Front is a front for Lashkar-e-Taiba.", "The Resistance Front", "Lashkar-e-Taiba"),
    ("JNIM, the Sahel branch of al-Qaeda, attacked a convoy.", "Jama'at Nusrat al-Islam wal-Muslimin", "al-Qaeda"),
    ("Rosoboronexport, a subsidiary of Rostec, signed the deal.", "Rosoboronexport", "Rostec"),
])
def test_a_front_branch_or_subsidiary_of_a_body_is_part_of_it(triples, text, member, body):
    assert (member, "AFFILIATED_WITH", body) in triples(text)


@pytest.mark.parametrize("text, body, state", [
    ("Baykar's headquarters in Istanbul hosted the delegation.", "Baykar", "Turkey"),
    ("Hamas's headquarters in Gaza City were hit.", "Hamas", "Palestine"),
])
def test_a_body_is_based_where_its_headquarters_are(triples, text, body, state):
    assert (body, "BASED_IN", state) in triples(text)


@pytest.mark.parametrize("text, state, target", [
    ("A Russian court sentenced an American journalist to 16 years.", "Russia", "United States"),
    ("Belarus convicted a Polish journalist.", "Belarus", "Poland"),
    ("Iran executed a British national accused of spying.", "Iran", "United Kingdom"),
])
def test_a_states_courts_sentencing_anothers_national_press_that_state(triples, text, state, target):
    assert (state, "COERCION", target) in triples(text)


def test_executing_a_plan_presses_no_one(triples):
    assert not any(p == "COERCION" for _, p, _ in triples("Russia executed the plan."))


def test_forces_loyal_to_a_capital_still_act_for_its_state(triples):
    assert ("Syria", "ATTACK", "Syrian Democratic Forces") in triples(
        "Pro-government forces loyal to Damascus attacked the Kurdish-led SDF.")
