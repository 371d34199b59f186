"""Session 15: new names given a type by what surrounds them, surnames used alone, relations told
without a verb, and threats told as a refusal to rule force out (sentences of our own)."""


def test_not_ruling_out_force_against_someone_threatens_them(triples):
    assert ("China", "THREAT", "Taiwan") in triples("Beijing has never ruled out the use of force against Taiwan.")
    found = triples("The prime minister would not rule out military action against Azerbaijan.")
    assert ("Armenia", "THREAT", "Azerbaijan") not in found  # (no side of the speaker is named)
    assert ("Russia", "THREAT", "Moldova") in triples("Russia did not rule out strikes on Moldova.")


def test_refusing_to_rule_out_force_is_not_ruling_it_out(triples):
    assert ("Turkey", "THREAT", "Syria") in triples("Ankara refused to rule out a ground offensive against Syria.")
    assert ("United States", "THREAT", "Panama") in triples(
        "Washington declined to rule out using force to take control of Panama.")


def test_ruling_force_out_or_keeping_other_things_open_threatens_no_one(triples):
    assert not any(p == "THREAT" for _, p, _ in triples("Ankara ruled out a ground offensive against Syria."))
    assert not any(p == "THREAT" for _, p, _ in triples("Kenya refused to rule out an appeal against Somalia's claim."))


def test_a_name_set_beside_a_kind_of_person_is_a_person_and_founders_hold_a_role(triples):
    found = triples("On 3 May Canada sanctioned Arkady Belomorov, the billionaire who founded the Union party. "
                    "Latvia and Estonia had already barred Belomorov from their territory.")
    assert ("Arkady Belomorov", "AFFILIATED_WITH", "Union party") in found
    assert ("Latvia", "COERCION", "Arkady Belomorov") in found
    assert ("Estonia", "COERCION", "Arkady Belomorov") in found


def test_a_founding_state_is_still_a_member_not_an_affiliate(triples):
    found = triples("Mali, Burkina Faso and Niger founded the Alliance of Sahel States.")
    assert ("Mali", "MEMBER_OF", "Alliance of Sahel States") in found
    assert not any(p == "AFFILIATED_WITH" for _, p, _ in found)


def test_keeping_someone_out_of_a_state_presses_them(triples):
    assert ("Lithuania", "COERCION", "Georgia") in triples("Lithuania barred two Georgian ministers from its territory.")
    assert not any(p == "COERCION" for _, p, _ in triples("Kenya barred the journalists from the hearing."))


def test_the_first_part_of_a_compound_surname_alone_is_the_person(triples):
    found = triples("Norway's foreign minister, Espen Barth Eide, met Marco Rubio. Barth later criticised Washington.")
    assert ("Espen Barth Eide", "CRITICISM", "United States") in found
    found = triples("Denmark's foreign minister, Lars Løkke Rasmussen, spoke on Monday. Løkke criticised Washington.")
    assert ("Lars Løkke Rasmussen", "CRITICISM", "United States") in found


def test_an_inner_name_two_people_share_names_neither(triples):
    found = triples("Foreign Minister Carlos Ruiz Soto and Defence Minister Ana Ruiz Vega visited Lima. "
                    "Ruiz criticised Chile.")
    assert not any(p == "CRITICISM" for _, p, _ in found)


def test_a_new_name_set_beside_a_kind_of_firm_or_gang_takes_that_type(triples):
    found = triples("In June, Hanwha and Saab agreed to form Skyreach Dynamics Partners, a joint venture "
                    "headquartered in Sweden.")
    assert ("Skyreach Dynamics Partners", "BASED_IN", "Sweden") in found
    found = triples("Washington designated the Cartel de los Lagos as a terrorist organisation.")
    assert ("United States", "COERCION", "Cartel de los Lagos") in found


def test_a_name_listed_with_new_firms_is_a_firm_too(triples):
    found = triples("Ottawa sanctioned three Peruvian lenders, Andibanco, Quellcam and Vector, for laundering money.")
    assert ("Vector", "BASED_IN", "Peru") in found
    found = triples("Washington sanctioned Al-Manar Holdings and Zephyr for shipping oil to Syria.")
    assert ("United States", "COERCION", "Zephyr") in found


def test_a_name_listed_with_a_state_takes_no_firms_type(triples):
    found = triples("Washington sanctioned Al-Manar Holdings and Syria on Monday.")
    assert ("United States", "COERCION", "Syria") in found
    assert not any(s == "Syria" and p == "BASED_IN" for s, p, _ in found)


def test_an_employee_of_a_state_or_firm_named_after_the_title_holds_a_role(triples):
    found = triples("Prosecutors charged a former Indian government employee, Vikram Dasgupta, over the plot.")
    assert ("Vikram Dasgupta", "AFFILIATED_WITH", "India") in found
    assert ("Zhou Wen", "AFFILIATED_WITH", "Huawei") in triples("Zhou Wen, a Huawei employee, was arrested in Poland.")


def test_a_known_firm_working_in_a_city_of_its_own_state_is_based_there(triples):
    found = triples("Two frigates will be built by the state shipyard PT PAL in Surabaya.")
    assert ("PT PAL Indonesia", "BASED_IN", "Indonesia") in found
    found = triples("Hanwha Aerospace will build howitzers in Gliwice for Poland.")
    assert not any(p == "BASED_IN" for _, p, _ in found)


def test_a_demonym_two_states_share_is_the_one_the_document_named(triples):
    found = triples("SEOUL, South Korea. Other Korean firms have joined the programme: Hanwha Aerospace is "
                    "delivering howitzers.")
    assert ("Hanwha", "BASED_IN", "South Korea") in found
    found = triples("Brazzaville hosted the talks on Monday. Congolese troops attacked Chad.")
    assert ("Republic of the Congo", "ATTACK", "Chad") in found


def test_a_shared_demonym_with_neither_or_both_states_named_names_none_of_them(triples):
    assert not any("Korea" in s for s, _, _ in triples("Korean soldiers crossed the line and attacked Japan."))
    found = triples("Seoul and Pyongyang met on Monday. Korean soldiers attacked Japan.")
    assert not any(p == "ATTACK" for _, p, _ in found)


def test_an_act_put_off_is_still_to_come_and_one_shelved_is_not_done(claims):
    assert claims("Vanuatu postponed the signing of the security agreement with Australia.") == {
        ("Vanuatu", "AGREEMENT", "Australia", "planned")}
    assert claims("Georgia shelved the association agreement with the EU.") == {
        ("Georgia", "AGREEMENT", "European Union", "denied")}


def test_a_new_name_set_beside_a_regional_body_is_an_organisation(triples):
    found = triples("Mali and Niger joined the Sahel Fusion Centre, a regional body based in Niamey.")
    assert ("Mali", "MEMBER_OF", "Sahel Fusion Centre") in found
    assert ("Sahel Fusion Centre", "BASED_IN", "Niger") in found
    assert not triples("The National Security Council, a government body, met on Monday in Islamabad.")
