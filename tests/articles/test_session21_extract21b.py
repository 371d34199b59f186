"""Session 21 (extract21b): constructions met in unseen real prose from the Americas, Africa and the Middle
East: fighters outside a state's forces are not the state their demonym names, forces loyal to a person
are not his country's, the one an act befell is not judged in the passive either, two states recalling
their ambassadors protest to each other (sentences of our own)."""


def test_backing_rebels_a_demonym_qualifies_backs_no_state(triples):
    found = triples("Later incursions by Ugandan troops and Kampala's backing of Sudanese rebels prolonged the conflict.")
    assert ("Uganda", "SUPPORT", "Sudan") not in found
    found = triples("Qatar has long backed Syrian rebels fighting the government in Damascus.")
    assert ("Qatar", "SUPPORT", "Syria") not in found


def test_arming_militias_a_demonym_qualifies_arms_no_state(triples):
    found = triples("Ethiopia accused Egypt of arming Somali militias.")
    assert ("Egypt", "ARMS_TRANSFER", "Somalia") not in found
    assert ("Ethiopia", "CRITICISM", "Egypt") in found
    found = triples("Ankara's support for Libyan militias angered Cairo.")
    assert ("Turkey", "SUPPORT", "Libya") not in found


def test_named_rebels_and_state_forces_are_still_read(triples):
    assert ("Rwanda", "SUPPORT", "M23") in triples("Rwanda backs the M23 rebels, a UN report said.")
    assert ("Iran", "ARMS_TRANSFER", "Houthis") in triples("Iran has armed the Houthi rebels for years.")
    assert ("Turkey", "ATTACK", "Iraq") in triples("Turkish jets struck Kurdish militants in northern Iraq.")


def test_forces_loyal_to_a_person_are_not_his_countrys(triples):
    found = triples("The UAE has supplied drones to forces loyal to Sudanese general Mohamed Hamdan Dagalo.")
    assert ("United Arab Emirates", "ARMS_TRANSFER", "Sudan") not in found
    assert ("Russia", "ARMS_TRANSFER", "Syria") in triples("Russia sent jets to forces loyal to Damascus.")


def test_the_one_an_act_befell_is_not_judged_in_the_passive(triples):
    found = triples("Former president Evo Morales' arrest was condemned by Venezuela.")
    assert ("Venezuela", "CRITICISM", "Evo Morales") not in found
    found = triples("Angola's arrest of the opposition leader was condemned by Portugal.")  # the doer stays judged
    assert ("Portugal", "CRITICISM", "Angola") in found


def test_two_states_recalling_their_ambassadors_protest_to_each_other(triples):
    found = triples("Ghana and Togo recalled their ambassadors on Monday over the border row.")
    assert ("Ghana", "PROTEST", "Togo") in found and ("Togo", "PROTEST", "Ghana") in found
    found = triples("Peru and Chile recalled their envoys after the incident.")
    assert ("Peru", "PROTEST", "Chile") in found and ("Chile", "PROTEST", "Peru") in found


def test_states_recalling_their_ambassadors_from_a_third_protest_to_it_alone(triples):
    found = triples("Bolivia and Nicaragua recalled their ambassadors from Washington.")
    assert ("Bolivia", "PROTEST", "United States") in found and ("Nicaragua", "PROTEST", "United States") in found
    assert ("Bolivia", "PROTEST", "Nicaragua") not in found
    found = triples("Mali, Burkina Faso and Niger have recalled their ambassadors.")
    assert not any(p == "PROTEST" for _, p, _ in found)


def test_an_acronym_the_text_coins_for_a_body_names_it_later(triples):
    found = triples("The Islamic Fund for African Roads (IFAR) on Monday signed a loan agreement with Malawi.\n\n"
                    "IFAR granted a loan of $12 million to Zambia to help build a bridge.\n\n"
                    "In June, IFAR also signed a deal with Lesotho.")
    assert ("Islamic Fund for African Roads", "AID", "Zambia") in found
    assert ("Islamic Fund for African Roads", "AGREEMENT", "Lesotho") in found


def test_an_acronym_coined_for_a_body_the_gazetteer_knows_under_other_initials_names_it_later(triples):
    found = triples("The Arab Bank for Economic Development in Africa (BADEA) met Ethiopian officials.\n\n"
                    "BADEA later signed a deal with Malawi.")
    assert ("Arab Bank for Economic Development in Africa", "AGREEMENT", "Malawi") in found


def test_a_contract_awarded_to_a_firm_sells_its_weapons_to_the_awarding_state(triples):
    found = triples("The Chilean government awarded the contract for two frigates to Navantia.")
    assert ("Navantia", "ARMS_TRANSFER", "Chile") in found
    found = triples("Peru awarded a contract to Hanwha for 40 howitzers.")
    assert ("Hanwha", "ARMS_TRANSFER", "Peru") in found
    found = triples("The ministry awarded the contract for new barracks to Vinci.")
    assert not any(p == "ARMS_TRANSFER" for _, p, _ in found)


def test_a_short_word_in_capitals_after_no_name_is_no_surname(triples):
    found = triples("Peru signed a contract with a consortium of Hyundai and SIMA for four frigates.")
    assert not any("Sima" in o for _, _, o in found)
    assert ("Hyundai", "ARMS_TRANSFER", "Peru") in found


def test_driving_an_armed_group_off_ground_attacks_it(triples):
    assert ("Somalia", "ATTACK", "al-Shabaab") in triples("Somali troops dislodged al-Shabaab from several villages.")
    found = triples("Malian soldiers expelled the JNIM fighters from the town of Boni.")
    assert ("Mali", "ATTACK", "Jama'at Nusrat al-Islam wal-Muslimin") in found
    found = triples("Mali expelled the French ambassador from Bamako.")
    assert ("Mali", "ATTACK", "France") not in found and ("Mali", "COERCION", "France") in found


def test_the_guarantors_of_a_truce_are_no_parties_to_it(triples):
    found = triples("Tehran accused Egypt and Qatar - who are guarantors of the ceasefire - of complacency toward Israel.")
    assert ("Egypt", "AGREEMENT", "Qatar") not in found and ("Egypt", "ARMED_CLASH", "Qatar") not in found
    found = triples("Hamas and Israel signed the truce in Cairo.")
    assert ("Hamas", "AGREEMENT", "Israel") in found or ("Israel", "AGREEMENT", "Hamas") in found


def test_a_surname_as_the_text_spells_it_names_the_gazetteer_person_spelt_otherwise(triples):
    found = triples("Foreign ministry spokesman Nasser Kanani condemned the raid on Tuesday.\n\n"
                    "Kanani also accused Britain of hypocrisy.")
    assert ("Nasser Kanaani", "CRITICISM", "United Kingdom") in found


def test_the_nations_of_a_body_listed_by_name_are_its_members(triples):
    found = triples("Mercosur nations, including Argentina, Brazil and Uruguay, condemned the decision.")
    assert {("Argentina", "MEMBER_OF", "Mercosur"), ("Uruguay", "MEMBER_OF", "Mercosur")} <= found
    found = triples("Several ECOWAS countries, among them Nigeria and Ghana, pledged troops.")
    assert ("Ghana", "MEMBER_OF", "Economic Community of West African States") in found


def test_nations_a_state_or_a_people_qualifies_are_no_members_of_a_body(triples):
    found = triples("European countries such as Norway and Switzerland stayed outside.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found)
    found = triples("Russian allies such as Belarus backed the move.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found)


def test_backing_won_by_a_plan_backs_its_owner(triples):
    found = triples("Morocco's autonomy plan won the backing of Spain last month.")
    assert ("Spain", "SUPPORT", "Morocco") in found
    found = triples("Ghana's bid for a council seat won the support of Nigeria.")
    assert ("Nigeria", "SUPPORT", "Ghana") in found


def test_favouring_a_side_supports_it(triples):
    found = triples("Both Egypt and Russia have publicly favoured Khalifa Haftar.")
    assert ("Egypt", "SUPPORT", "Khalifa Haftar") in found and ("Russia", "SUPPORT", "Khalifa Haftar") in found
    found = triples("Washington favours a negotiated settlement in Sudan.")
    assert not any(p == "SUPPORT" for _, p, _ in found)


def test_several_states_calling_for_troops_to_leave_host_none_of_them(triples):
    found = triples("Canada, Japan and Italy called for a swift withdrawal of the Rwandan soldiers.")
    assert not any(p == "MILITARY_PRESENCE" and o in ("Canada", "Japan", "Italy") for _, p, o in found)
    found = triples("The junta in Niamey demanded the departure of the French troops.")
    assert ("France", "MILITARY_PRESENCE", "Niger") in found


def test_fighting_on_the_side_of_a_group_backs_it(triples):
    found = triples("Rwandan troops are fighting on the side of the M23 against the Congolese army.")
    assert ("Rwanda", "SUPPORT", "M23") in found and ("Rwanda", "ARMED_CLASH", "M23") not in found
    assert ("Rwanda", "ARMED_CLASH", "Democratic Republic of the Congo") in found


def test_go_betweens_named_along_with_one_of_them_mediate_too(triples):
    found = triples("Qatar and Egypt hosted talks between Israel and Hamas in Doha.\n\n"
                    "Qatar is one of the guarantor nations for the talks, along with Egypt and Turkey.")
    assert ("Turkey", "MEDIATION", "Israel") in found and ("Turkey", "MEDIATION", "Hamas") in found


def test_a_point_of_contention_between_two_states_is_a_dispute(triples):
    found = triples("The Nile dam remains a bone of contention between Egypt and Ethiopia.")
    assert ("Egypt", "DISPUTE", "Ethiopia") in found or ("Ethiopia", "DISPUTE", "Egypt") in found
    assert not triples("The plan caused much contention within the government.")


def test_an_undoing_verb_undoes_nothing_through_a_phrase_of_time(claims):
    found = claims("Eritrean forces have started withdrawing from Tigray after fighting against the TPLF.")
    assert ("Eritrea", "ARMED_CLASH", "Tigray People's Liberation Front", "asserted") in found
    found = claims("Eritrea withdrew its troops from Ethiopia.")
    assert ("Eritrea", "MILITARY_PRESENCE", "Ethiopia", "asserted") in found


def test_one_who_violates_sanctions_is_not_their_target(triples):
    found = triples("Chad was accused of violating EU sanctions.")
    assert ("European Union", "COERCION", "Chad") not in found
    assert ("European Union", "COERCION", "Russia") in triples("Russia faced new EU sanctions over the war.")
