"""Session 20 (extract20d): both actors named, no relation read between them: a whose-clause whose verb acts on
the owned noun, and the heads of two delegations that meet (sentences of our own)."""


def test_a_whose_clause_verb_acts_on_the_owned_noun(triples):
    found = triples("Senegal, whose ambassador Gabon expelled in March, recalled its staff.")
    assert ("Gabon", "COERCION", "Senegal") in found


def test_a_whose_clause_owned_noun_read_into_the_name_after_it(triples):
    found = triples("Lebanon, whose southern villages Israel shelled in October, appealed to the UN.")
    assert ("Israel", "ATTACK", "Lebanon") in found


def test_a_whose_clause_subject_with_a_determiner(triples):
    found = triples("Chad, whose border posts the Sudanese army shelled last week, sent troops north.")
    assert ("Sudan", "ATTACK", "Chad") in found


def test_a_title_before_a_persons_name_in_a_whose_clause_is_the_name_not_an_object(triples):
    found = triples("Zambia, whose president Hakainde Hichilema visited Angola in May, signed a rail deal.")
    assert ("Hakainde Hichilema", "CONSULTATION", "Angola") in found or ("Zambia", "CONSULTATION", "Angola") in found
    assert not any(s == "Hakainde Hichilema" and o == "Zambia" and p != "AFFILIATED_WITH" for s, p, o in found)


def test_the_heads_of_two_delegations_that_meet_consult_each_other(triples):
    found = triples("The Kenyan delegation, led by Musalia Mudavadi, met the Ethiopian delegation led by Taye "
                    "Atske Selassie and Redwan Hussien in Addis Ababa.")
    assert ("Kenya", "CONSULTATION", "Ethiopia") in found
    assert ("Musalia Mudavadi", "CONSULTATION", "Taye Atske Selassie") in found
    assert ("Musalia Mudavadi", "CONSULTATION", "Redwan Hussien") in found


def test_heads_of_delegations_that_do_not_meet_are_not_paired(triples):
    found = triples("The Kenyan delegation, led by Musalia Mudavadi, arrived in Geneva on Monday, and the Ethiopian "
                    "delegation led by Taye Atske Selassie criticised Eritrea.")
    assert not any({s, o} == {"Musalia Mudavadi", "Taye Atske Selassie"} for s, p, o in found)


def test_a_delegation_in_commas_after_an_opening_phrase_is_the_subject_of_the_verb(triples):
    found = triples("On 4 June, at talks in Doha hosted by Qatar, the Sudanese delegation, led by Ali Yousif, met "
                    "the Chadian delegation led by Abderaman Koulamallah.")
    assert ("Sudan", "CONSULTATION", "Chad") in found
    assert ("Ali Yousif", "CONSULTATION", "Abderaman Koulamallah") in found


def test_a_copula_gives_its_subject_the_office_it_names(triples):
    found = triples("Ngozi Eze is a senior fellow at the Abuja Centre for Maritime Studies.")
    assert ("Ngozi Eze", "AFFILIATED_WITH", "Abuja Centre for Maritime Studies") in found


def test_each_of_two_coordinated_offices_after_a_copula_is_read_apart(triples):
    found = triples("Lars Holm is a former Danish diplomat and a researcher at the Baltic Policy Forum.")
    assert ("Lars Holm", "AFFILIATED_WITH", "Baltic Policy Forum") in found


def test_a_passive_verb_of_appointing_gives_the_office(triples):
    found = triples("Amadou Sow was appointed foreign minister of Senegal in April.")
    assert ("Amadou Sow", "AFFILIATED_WITH", "Senegal") in found


def test_a_copula_with_no_office_gives_no_affiliation(triples):
    found = triples("Ngozi Eze is a fierce critic of the Abuja Centre for Maritime Studies.")
    assert not any(s == "Ngozi Eze" and p == "AFFILIATED_WITH" for s, p, o in found)


def test_a_firm_that_makes_weapons_in_another_state_produces_there(triples):
    found = triples("Rheinmetall will produce artillery shells in Lithuania from next year.")
    assert ("Rheinmetall", "CO_PRODUCTION", "Lithuania") in found


def test_a_firm_that_makes_weapons_at_home_produces_with_no_one(triples):
    found = triples("The Indonesian firm Republikorp builds drones in Indonesia, and Baykar makes drones in Istanbul.")
    assert not any(p == "CO_PRODUCTION" for s, p, o in found)


def test_a_firm_that_makes_no_weapons_abroad_produces_nothing_there(triples):
    found = triples("Rheinmetall will produce car parts in Lithuania from next year.")
    assert ("Rheinmetall", "CO_PRODUCTION", "Lithuania") not in found


def test_the_target_of_attacks_hung_on_their_doers_by_phrase(triples):
    found = triples("The ministers condemned the attacks carried out by al-Shabaab and other armed groups against "
                    "civilians and against Kenyan soldiers.")
    assert ("al-Shabaab", "ATTACK", "Kenya") in found


def test_a_clause_on_the_office_after_a_copula_names_no_employer(triples):
    found = triples("Mr KOWALSKI (Labour): Is the minister concerned that Indonesia joined BRICS in January?\n\n"
                    "Mr KOWALSKI (Labour) (10:02): Supplementary question: is the minister concerned that Indonesia "
                    "joined BRICS in January?")
    assert not any(p == "AFFILIATED_WITH" and o == "BRICS" for s, p, o in found)


def test_telling_a_leader_something_is_talks_with_them(triples):
    found = triples("On 3 May Cyril Ramaphosa told Emmerson Mnangagwa that the border would reopen within a week.")
    assert ("Cyril Ramaphosa", "CONSULTATION", "Emmerson Mnangagwa") in found


def test_telling_reporters_or_telling_an_envoy_to_leave_is_no_talks(triples):
    found = triples("Cyril Ramaphosa told reporters that the border would reopen. Assimi Goita told Ambassador "
                    "Joel Meyer to leave the country within 72 hours.")
    assert not any(p == "CONSULTATION" for s, p, o in found)


def test_two_leaders_opening_something_at_home_met_there(triples):
    found = triples("Kenyan President William Ruto and Ugandan President Yoweri Museveni jointly inaugurated a "
                    "new rail terminal in Kampala on Friday.")
    assert ("William Ruto", "CONSULTATION", "Yoweri Museveni") in found or \
        ("Yoweri Museveni", "CONSULTATION", "William Ruto") in found


def test_forces_that_exercise_with_anothers_units_hold_an_exercise_with_it(triples):
    found = triples("Chilean marines exercise with Brazilian units every spring. Argentina urged Chile to "
                    "exercise restraint. The new law lets the Japanese army exercise collective self-defence "
                    "alongside Australia.")
    assert ("Chile", "MILITARY_EXERCISE", "Brazil") in found
    assert not any(p == "MILITARY_EXERCISE" and {"Argentina", "Australia"} & {s, o} for s, p, o in found)


def test_who_commands_a_states_forces_serves_that_state_not_the_one_named_before(triples):
    found = triples("Sudan's army retook the city in March.\n\nLaos's air force, commanded by General Somphone "
                    "Keovilay, bought two trainers.")
    assert ("Somphone Keovilay", "AFFILIATED_WITH", "Laos") in found
    assert ("Somphone Keovilay", "AFFILIATED_WITH", "Sudan") not in found


def test_whom_one_met_with_another_met_them_too(triples):
    found = triples("Narendra Modi met Anura Kumara Dissanayake in Colombo with President Mohamed Muizzu.")
    assert ("Anura Kumara Dissanayake", "CONSULTATION", "Mohamed Muizzu") in found


def test_met_with_force_is_no_meeting_with_anyone_else(triples):
    found = triples("Police met the protesters in Dhaka with force.")
    assert not any(p == "CONSULTATION" for s, p, o in found)


def test_telling_a_name_only_the_model_took_for_a_person_is_no_talks(triples):
    found = triples("Regional analyst Hamid Yusuf told Asharq Al-Awsat that the deal would help Somaliland.")
    assert not any(p == "CONSULTATION" for s, p, o in found)
