"""Session 20 (extract20a): constructions met in unseen real prose from Africa, the Americas and the Middle
East: the deed a measure is sought or laid for, the aim of a mediation, a pronoun inside a participle's
by-phrase (sentences of our own)."""


def test_a_deed_told_by_a_gerund_after_sanctions_imposed_is_the_targets(claims):
    found = claims("The African Union imposed sanctions on Chad for arming the rebels of the FACT movement.")
    assert ("African Union", "COERCION", "Chad", "asserted") in found
    assert not any(s == "African Union" and p == "ARMS_TRANSFER" for s, p, _, _ in found)


def test_a_deed_told_by_a_gerund_after_sanctions_called_for_is_the_targets_and_happened(claims):
    found = claims("Uganda has called for sanctions on Burundi for backing the RED-Tabara rebels.")
    assert ("Uganda", "COERCION", "Burundi", "planned") in found
    assert ("Burundi", "SUPPORT", "RED-Tabara", "asserted") in found
    assert not any(s == "Uganda" and p == "SUPPORT" for s, p, _, _ in found)


def test_an_embargo_sought_for_a_deed_makes_the_target_its_doer_never_the_one_who_asks(triples):
    found = triples("The Arab League pressed for an embargo on Libya for supplying weapons to the Sudanese army.")
    assert ("Libya", "ARMS_TRANSFER", "Sudan") in found
    assert ("Arab League", "ARMS_TRANSFER", "Sudan") not in found


def test_a_sanction_with_no_target_names_no_doer_of_the_deed(triples):
    found = triples("Ghana called for sanctions for backing the coup in Guinea.")
    assert not any(s == "Ghana" and p == "SUPPORT" for s, p, _ in found)


def test_the_go_betweens_of_a_mediation_are_no_parties_to_the_truce_it_aims_at(triples):
    found = triples("Kenya and Ethiopia stepped up their joint mediation efforts to reach a truce in South Sudan.")
    assert ("Kenya", "AGREEMENT", "Ethiopia") not in found
    found = triples("Oman and Jordan reviewed their mediation efforts to achieve an immediate ceasefire in Yemen.")
    assert ("Oman", "AGREEMENT", "Jordan") not in found and ("Oman", "ARMED_CLASH", "Jordan") not in found


def test_a_mediation_that_ends_a_war_still_mediates_between_its_sides(triples):
    found = triples("Egypt's mediation effort to end the war between Ethiopia and Eritrea continued.")
    assert ("Egypt", "MEDIATION", "Ethiopia") in found and ("Egypt", "MEDIATION", "Eritrea") in found


def test_parties_that_reach_a_truce_by_their_own_efforts_still_agree(triples):
    found = triples("Ethiopia and Eritrea made efforts to reach a truce.")
    assert ("Ethiopia", "AGREEMENT", "Eritrea") in found or ("Eritrea", "AGREEMENT", "Ethiopia") in found


def test_its_inside_a_participles_by_phrase_is_the_by_phrases_doer_not_the_coordinated_subject(triples):
    found = triples("Both Kenya and Uganda took part in talks that freed two sailors seized by the Houthis during "
                    "their attack on Eritrea.")
    assert ("Houthis", "ATTACK", "Eritrea") in found
    assert ("Kenya", "ATTACK", "Eritrea") not in found
    found = triples("Both Chad and Niger had been involved in talks which led to the release of aid workers "
                    "abducted by Boko Haram during its raid on Cameroon.")
    assert ("Boko Haram", "ATTACK", "Cameroon") in found
    assert ("Chad", "ATTACK", "Cameroon") not in found


def test_its_of_a_passive_with_its_own_subject_is_still_the_subject(triples):
    found = triples("Iran was condemned by the United Nations for its missile strikes on Iraq.")
    assert ("Iran", "ATTACK", "Iraq") in found


def test_a_minister_who_signs_for_a_state_or_on_its_behalf_holds_office_in_it(triples):
    found = triples("Foreign Minister Kwame Boateng signed for Ghana, while the trade minister, Aminata Touré, "
                    "signed for Senegal.")
    assert ("Kwame Boateng", "AFFILIATED_WITH", "Ghana") in found
    assert ("Aminata Touré", "AFFILIATED_WITH", "Senegal") in found
    assert ("Kwame Boateng", "AFFILIATED_WITH", "Senegal") not in found
    found = triples("The memorandum was signed by Samuel Okafor on behalf of Nigeria and by Moussa Faki on behalf "
                    "of the African Union.")
    assert ("Samuel Okafor", "AFFILIATED_WITH", "Nigeria") in found
    assert ("Samuel Okafor", "AFFILIATED_WITH", "African Union") not in found


def test_signing_for_a_release_or_voting_for_a_state_is_no_office(triples):
    found = triples("Kenya voted for Ethiopia at the council. Governor Ali Hassan signed for the release of "
                    "the prisoners held by Somalia.")
    assert not any(p == "AFFILIATED_WITH" and s == "Ali Hassan" and o == "Somalia" for s, p, o in found)


def test_a_ministers_portfolio_the_model_tags_as_a_body_is_no_actor(triples):
    found = triples("The Minister of Foreign Affairs and International Cooperation, Fatou Sarr, met Kenya's "
                    "president in Nairobi.")
    assert not any("International Cooperation" in (s, o) for s, _, o in found)
    found = triples("The Minister of International Relations and Cooperation, Thandi Mokoena, visited Angola.")
    assert not any("International Relations and Cooperation" in (s, o) for s, _, o in found)


def test_a_quoted_nickname_inside_a_name_leaves_one_person(triples):
    found = triples('The army accused General Abdou Karim "Tiger" Traoré of backing the rebels in Mali.')
    people = {s for s, _, _ in found} | {o for _, _, o in found}
    assert "Abdou Karim Traoré" in people
    assert "Abdou Karim" not in people and "Tiger" not in people
    found = triples('Colombia extradited Dairo Antonio "Otoniel" Úsuga to the United States.')
    assert ("Colombia", "COERCION", "Dairo Antonio Úsuga") in found


def test_a_quoted_phrase_between_two_sentences_parts_joins_no_names(triples):
    found = triples('Kenya called the deal "a betrayal" and Ethiopia rejected it.')
    people = {s for s, _, _ in found} | {o for _, _, o in found}
    assert not any("betrayal" in p for p in people)


def test_an_acronym_written_as_a_name_is_the_body(triples):
    found = triples("Ecowas imposed sanctions on Guinea after the coup, and Nato condemned Russia for the strike on Moldova.")
    assert ("Economic Community of West African States", "COERCION", "Guinea") in found
    assert ("North Atlantic Treaty Organization", "CRITICISM", "Russia") in found
    found = triples("Sadc deployed troops to Lesotho in 1998.")
    assert ("Southern African Development Community", "MILITARY_PRESENCE", "Lesotho") in found


def test_a_capitalised_word_that_spells_an_acronym_is_no_body(triples):
    found = triples("Edge Kenya criticised Tanzania. Rand Water signed a deal with Zambia.")
    names = {s for s, _, _ in found} | {o for _, _, o in found}
    assert not any(n in names for n in ("EDGE Group", "EDGE", "RAND Corporation", "RAND"))


def test_a_group_linked_or_aligned_to_another_by_a_hyphen_is_affiliated_with_it(triples):
    found = triples("The al-Qaeda-linked JNIM attacked Burkina Faso, and the Islamic State-aligned ISWAP struck Niger.")
    assert ("Jama'at Nusrat al-Islam wal-Muslimin", "AFFILIATED_WITH", "al-Qaeda") in found
    assert ("Islamic State West Africa Province", "AFFILIATED_WITH", "Islamic State") in found
    found = triples("The attack on Burkina Faso was linked to JNIM.")
    assert not any(p == "AFFILIATED_WITH" for _, p, _ in found)


def test_a_team_or_delegation_of_officials_acts_for_their_state(triples):
    found = triples("A team of Ghanaian police commanders met Nigeria's inspector general of police in Abuja.")
    assert ("Ghana", "CONSULTATION", "Nigeria") in found
    found = triples("A delegation of Chadian army officers held talks with Sudanese officials.")
    assert ("Chad", "CONSULTATION", "Sudan") in found or ("Sudan", "CONSULTATION", "Chad") in found


def test_a_team_of_experts_with_no_side_names_no_one(triples):
    found = triples("A team of independent experts met Kenyan officials in Nairobi.")
    assert not any(s == o for s, _, o in found)
    assert not any(s == "Kenya" and o == "Kenya" for s, _, o in found)


def test_hostilities_against_a_side_are_an_attack_on_it(triples):
    found = triples("The raids were part of the Emirati-led coalition's increased hostilities against the Houthis.")
    assert ("United Arab Emirates", "ATTACK", "Houthis") in found
    found = triples("The hostility of Algeria towards Morocco grew.")
    assert ("Algeria", "ATTACK", "Morocco") not in found


def test_armoured_cars_and_trucks_are_weapons_plain_cars_are_not(triples):
    found = triples("In March, Niger received 24 armoured cars from Turkey. Chad received 10 mine-resistant trucks "
                    "from France.")
    assert ("Turkey", "ARMS_TRANSFER", "Niger") in found
    assert ("France", "ARMS_TRANSFER", "Chad") in found
    found = triples("Japan donated 50 cars to Kenya.")
    assert ("Japan", "ARMS_TRANSFER", "Kenya") not in found


def test_a_firm_saying_goods_will_be_delivered_with_no_sender_named_delivers_them(claims):
    found = claims("Otokar said 40 Cobra armoured vehicles will be delivered to Rwanda next year.")
    assert ("Otokar", "ARMS_TRANSFER", "Rwanda", "planned") in found
    found = claims("Otokar announced that the first Arma armoured vehicles had been handed over to Ghana.")
    assert any(s == "Otokar" and p == "ARMS_TRANSFER" and o == "Ghana" for s, p, o, _ in found)


def test_a_state_saying_goods_were_delivered_is_no_sender(triples):
    found = triples("Egypt said the drones were delivered to Sudan in May.")
    assert ("Egypt", "ARMS_TRANSFER", "Sudan") not in found
