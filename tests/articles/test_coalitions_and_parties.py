"""Actors beyond states and treaty bodies: coalitions and formats of a few states, consortia,
political parties, a state's own agencies named with their state, and groups only the model
finds, typed by their name or the words around them (sentences invented for these tests)."""


def test_a_coalition_of_a_few_states_is_an_organisation_one_joins(triples):
    found = triples("Norway and the Netherlands joined the Joint Expeditionary Force in 2017.")
    assert ("Norway", "MEMBER_OF", "Joint Expeditionary Force") in found


def test_a_coalition_is_named_by_its_abbreviation(triples):
    found = triples("The JEF condemned Russia over the damage to the undersea cable.")
    assert ("Joint Expeditionary Force", "CRITICISM", "Russia") in found


def test_a_format_of_three_states_speaks_as_one(triples):
    assert ("E3", "CRITICISM", "Iran") in triples("The E3 accused Iran of breaching the nuclear deal.")


def test_a_consortium_is_a_firm_of_its_own(triples):
    found = triples("Kenya ordered jets from Eurofighter GmbH, the consortium of Airbus, BAE Systems and Leonardo.")
    assert any(s == "Eurofighter GmbH" for s, p, o in found)


def test_a_party_is_an_actor_that_accuses(triples):
    found = triples("The Awami League accused Pakistan of meddling in the election.")
    assert ("Awami League", "CRITICISM", "Pakistan") in found


def test_a_party_is_named_by_its_abbreviation(triples):
    found, batch = triples("The BNP condemned the attack on the Indian consulate.", with_claims=True)
    assert any(a.name == "Bangladesh Nationalist Party" and a.type == "ngo" for a in batch.actors)


def test_a_party_the_gazetteer_lacks_is_named_by_its_head_word(triples):
    found, batch = triples("The People's Renewal Party of Lesotho criticised South Africa over the border closure.",
                           with_claims=True)
    assert {a.type for a in batch.actors if "Renewal Party" in a.name} == {"ngo"}


def test_a_states_agency_named_with_its_possessor_is_the_state(triples):
    found = triples("Poland's Armament Agency signed a contract with Hanwha for 152 howitzers.")
    assert ("Hanwha", "ARMS_TRANSFER", "Poland") in found
    assert not any("Agency" in s or "Agency" in o for s, p, o in found)


def test_a_states_agency_named_before_its_state_is_the_state(triples):
    found = triples("The Armament Agency of Poland ordered 96 Apache helicopters from Boeing.")
    assert ("Boeing", "ARMS_TRANSFER", "Poland") in found


def test_an_intelligence_service_is_its_state_not_a_person(triples):
    found, batch = triples("Egypt's General Intelligence Service hosted talks between Hamas and Fatah.",
                           with_claims=True)
    assert not any(a.type == "person" for a in batch.actors)
    assert ("Egypt", "MEDIATION", "Hamas") in found


def test_a_states_agency_with_a_demonym_is_the_state(triples):
    found = triples("The Chilean Directorate of Defence Procurement bought frigates from the Netherlands.")
    assert ("Netherlands", "ARMS_TRANSFER", "Chile") in found


def test_an_intergovernmental_agency_is_not_the_state_after_it(triples):
    found, batch = triples("The International Atomic Energy Agency of the UN inspected Iran's sites.",
                           with_claims=True)
    assert any(a.name == "International Atomic Energy Agency" for a in batch.actors)


def test_a_news_agency_is_not_its_state_acting(triples):
    found = triples("China's Xinhua News Agency criticised Japan over the visit.")
    assert ("China", "CRITICISM", "Japan") not in found


def test_a_group_whose_name_says_it_fights_is_an_armed_group(triples):
    found, batch = triples("The Sahel Patriotic Movement ambushed Nigerien soldiers near Tillaberi.", with_claims=True)
    assert {a.type for a in batch.actors if a.name == "Sahel Patriotic Movement"} == {"armed_group"}


def test_fighters_of_an_unknown_body_make_it_an_armed_group(triples):
    found, batch = triples("Fighters of the Kwale Resistance Union attacked a police station.", with_claims=True)
    assert {a.type for a in batch.actors if a.name == "Kwale Resistance Union"} == {"armed_group"}


def test_a_states_agency_is_a_partner_of_a_joint_venture(triples):
    found = triples("Kestrel Dynamics is a joint venture of Brazil's Aerospace Technology Agency and Saab of Sweden.")
    assert ("Saab", "CO_PRODUCTION", "Brazil") in found


def test_a_named_ship_is_no_actor(triples):
    found, batch = triples("Trump and Takaichi visited the aircraft carrier USS George Washington at Yokosuka.",
                           with_claims=True)
    assert not any("George Washington" in a.name for a in batch.actors)


def test_names_listed_after_a_plural_noun_take_its_type(triples):
    found, batch = triples("The United States sanctioned three Mexican financial institutions, Banco Oriel, "
                           "Intermex Capital and Fintrex, for laundering money.", with_claims=True)
    assert {a.name for a in batch.actors if a.type == "company"} >= {"Banco Oriel", "Intermex Capital"}
    assert ("United States", "COERCION", "Intermex Capital") in found


def test_a_firm_with_limited_in_its_name_is_a_company(triples):
    found, batch = triples("Kenya signed a contract with Harbourline Holdings Limited for patrol boats.",
                           with_claims=True)
    assert {a.type for a in batch.actors if "Harbourline" in a.name} == {"company"}


def test_a_states_committee_is_the_state(triples):
    found = triples("Kyrgyzstan's State Committee for National Security arrested two Tajik officers.")
    assert ("Kyrgyzstan", "COERCION", "Tajikistan") in found


def test_a_standing_coalition_against_a_group_is_an_organisation_one_joins(triples):
    found = triples("Syria joined the US-led coalition against the Islamic State in November.")
    assert ("Syria", "MEMBER_OF", "Global Coalition against Daesh") in found


def test_a_capital_inside_a_ships_name_names_no_state(triples):
    found = triples("The two leaders then visited the aircraft carrier USS George Washington at Yokosuka.")
    assert not any("United States" in (s, o) for s, p, o in found)


def test_the_trace_shows_the_names_that_became_no_actor(extractor):
    from diplograph.loaders.articles.trace import Trace

    trace = Trace()
    extractor.extract_text("Kenya sanctioned the Zorvath Collective on Monday.", trace=trace)
    assert any("Zorvath Collective" in name for s in trace.sentences for name in s.unnamed)
    assert any(line.startswith("  no actor for: ") for line in trace.lines())
