"""Who took part: lists of titled leaders the parser breaks apart, and the groups that point back to them."""


def _pairs(found, predicate):
    return {frozenset((s, o)) for s, p, o in found if p == predicate}


def test_titled_leaders_each_with_their_state_are_all_sides_of_the_talks(triples):
    found = triples("President Ruto of Kenya, Prime Minister Abiy of Ethiopia and President Mohamud of Somalia "
                    "held talks in Nairobi.")
    pairs = _pairs(found, "CONSULTATION")
    assert {frozenset(("Kenya", "Ethiopia")), frozenset(("Kenya", "Somalia")),
            frozenset(("Ethiopia", "Somalia"))} <= pairs


def test_offices_named_before_their_holders_list_each_state_once(triples):
    found = triples("The Prime Minister of Nepal, Pushpa Kamal Dahal; the President of Sri Lanka, Ranil "
                    "Wickremesinghe; and the Prime Minister of Bangladesh, Sheikh Hasina, signed the declaration.")
    pairs = _pairs(found, "AGREEMENT")
    assert {frozenset(("Nepal", "Sri Lanka")), frozenset(("Nepal", "Bangladesh")),
            frozenset(("Sri Lanka", "Bangladesh"))} <= pairs
    assert frozenset(("Pushpa Kamal Dahal", "Sheikh Hasina")) in pairs


def test_the_host_who_invited_takes_part_and_is_not_listed_as_an_invitee(triples):
    found = triples("At the invitation of the President of Ghana, John Mahama, the President of Togo, Faure "
                    "Gnassingbe, and the President of Benin, Patrice Talon, held a summit in Accra.")
    pairs = _pairs(found, "CONSULTATION")
    assert frozenset(("Togo", "Benin")) in pairs
    assert frozenset(("Togo", "Ghana")) in pairs and frozenset(("Benin", "Ghana")) in pairs
    assert frozenset(("Faure Gnassingbé", "John Mahama")) in pairs
    assert not any("John Mahama" in pair and ("Togo" in pair or "Benin" in pair) for pair in pairs)


def test_an_unknown_leader_named_with_the_state_still_lists_the_state(triples):
    found = triples("Presidents Mbeki of Lesotho and Nkosi of Eswatini met in Maseru.")
    assert frozenset(("Lesotho", "Eswatini")) in _pairs(found, "CONSULTATION")


def test_a_list_in_semicolons_attends_one_meeting(triples):
    found = triples("The meeting was attended by Poland; Lithuania; Latvia; and Estonia.")
    assert frozenset(("Poland", "Estonia")) in _pairs(found, "CONSULTATION")
    assert frozenset(("Lithuania", "Latvia")) in _pairs(found, "CONSULTATION")


def test_a_phrase_about_someone_else_inside_the_subject_names_no_participant(triples):
    found = triples("The President of Kenya, the host of the talks on Sudan, and the Prime Minister of Ethiopia "
                    "met in Nairobi.")
    assert not any("Sudan" in pair for pair in _pairs(found, "CONSULTATION"))


def test_the_parties_of_a_three_sided_accord_are_all_three(triples):
    found = triples("Kazakhstan, Kyrgyzstan and Uzbekistan signed a water accord in Almaty. "
                    "The Parties agreed to cooperate on hydropower.")
    pairs = _pairs(found, "COOPERATION")
    assert frozenset(("Kazakhstan", "Uzbekistan")) in pairs and frozenset(("Kyrgyzstan", "Uzbekistan")) in pairs


def test_the_heads_of_state_after_a_list_of_leaders_are_their_states(triples):
    found = triples("At the invitation of the President of Ghana, John Mahama, the President of Togo, Faure "
                    "Gnassingbe, and the President of Benin, Patrice Talon, held a summit in Accra. "
                    "The Heads of State signed a treaty on their common borders.")
    pairs = _pairs(found, "AGREEMENT")
    assert {frozenset(("Ghana", "Togo")), frozenset(("Ghana", "Benin")), frozenset(("Togo", "Benin"))} <= pairs


def test_the_parties_after_a_pair_are_still_the_pair(triples):
    found = triples("Chad and Sudan signed a border accord. The parties agreed to open two crossings.")
    assert ("Chad", "AGREEMENT", "Sudan") in found
    assert not any(p == "AGREEMENT" and "Libya" in (s, o) for s, p, o in found)


def test_the_two_governments_include_the_side_a_pronoun_names(triples):
    found = triples("Chilean President Gabriel Boric has made trade his priority. In May he paid a state visit to "
                    "Brazil, held talks with President Lula, and the two governments signed ten agreements.")
    assert frozenset(("Chile", "Brazil")) in _pairs(found, "AGREEMENT")


def test_the_two_governments_are_not_the_pair_of_a_later_clause(triples):
    found = triples("Vietnam has hosted Chinese trainers for years. Its coast guard has worked in Laos since the two "
                    "governments signed a security pact in 2021, and Chinese loans continue to reach Cambodia and "
                    "Myanmar.")
    pairs = _pairs(found, "AGREEMENT")
    assert frozenset(("Vietnam", "Laos")) in pairs
    assert frozenset(("Cambodia", "Myanmar")) not in pairs


def test_the_two_leaders_of_states_named_without_leaders_are_the_states(triples):
    found = triples("Mongolia and Kazakhstan signed a transit agreement. The two leaders also discussed energy "
                    "cooperation.")
    assert frozenset(("Mongolia", "Kazakhstan")) in _pairs(found, "CONSULTATION")


def test_the_three_heads_of_state_are_the_three_states_listed(triples):
    found = triples("Mali, Burkina Faso and Niger held a summit in Niamey. The three heads of state signed a treaty.")
    assert {frozenset(("Mali", "Burkina Faso")), frozenset(("Mali", "Niger"))} <= _pairs(found, "AGREEMENT")


def test_a_leader_the_gazetteer_knows_counts_for_their_state_among_the_two_governments(triples):
    found = triples("Mohamed Muizzu took office in November. In January he paid a state visit to China, held talks "
                    "with President Xi Jinping, and the two governments signed twenty agreements.")
    assert frozenset(("Maldives", "China")) in _pairs(found, "AGREEMENT")


def test_a_section_opening_with_the_two_governments_means_the_pair_the_document_is_about(triples):
    text = ("Why a reef keeps Hanoi and Beijing on edge\n\n"
            "What is at stake?\n\n"
            "Vietnam says the reef lies inside its waters. China claims it too, and Chinese ships patrol there. "
            "Vietnam protested to China in May, and China rejected the protest.\n\n"
            "How did others react?\n\n"
            "Malaysia and Indonesia voiced concern.\n\n"
            "Has anything been agreed since?\n\n"
            "In July the two governments signed a fisheries accord.\n")
    found = triples(text)
    assert any(p == "AGREEMENT" and {a, b} == {"Vietnam", "China"} for a, p, b in found)
    assert not any(p == "AGREEMENT" and {a, b} == {"Malaysia", "Indonesia"} for a, p, b in found)


def test_an_interviewers_short_question_does_not_open_a_new_section(triples):
    text = ("Q: Which states joined the pact?\n\n"
            "A: Mali, Burkina Faso and Niger signed it in Niamey, and France left all three.\n\n"
            "Q: What comes next?\n\n"
            "A: Ankara has already delivered drones to all three.\n")
    found = triples(text)
    assert ("Turkey", "ARMS_TRANSFER", "Niger") in found


def test_the_ministers_of_the_two_countries_hold_office_in_one_each_in_the_order_given(triples):
    found = triples("Gabon and Cameroon opened a new border post. The foreign ministers of the two countries, "
                    "Michel Moussa and Pierre Essomba, signed a protocol.")
    assert ("Michel Moussa", "AFFILIATED_WITH", "Gabon") in found
    assert ("Pierre Essomba", "AFFILIATED_WITH", "Cameroon") in found
    assert ("Pierre Essomba", "AFFILIATED_WITH", "Gabon") not in found


def test_ministers_of_two_named_states_are_not_both_the_first_states(triples):
    found = triples("The foreign ministers of Gabon and Cameroon, Michel Moussa and Pierre Essomba, signed a protocol.")
    assert ("Pierre Essomba", "AFFILIATED_WITH", "Cameroon") in found
    assert ("Pierre Essomba", "AFFILIATED_WITH", "Gabon") not in found


def test_a_capitalised_plural_title_is_still_a_title(triples):
    found = triples("Armenia and Azerbaijan ended the war. The Foreign Ministers of the two countries, Jeyhun "
                    "Bayramov and Ararat Mirzoyan, initialled the agreement.")
    assert ("Jeyhun Bayramov", "AFFILIATED_WITH", "Azerbaijan") in found
    assert ("Ararat Mirzoyan", "AFFILIATED_WITH", "Armenia") in found


def test_officials_from_both_countries_act_for_the_two(triples):
    found = triples("Bolivia and Paraguay settled their water dispute. Officials from both countries met in Asuncion "
                    "to sign the accord.")
    assert frozenset(("Bolivia", "Paraguay")) in _pairs(found, "AGREEMENT")


def test_both_countries_ministers_are_the_two_countries(triples):
    found = triples("Senegal and Mauritania found gas offshore. Both countries' oil ministers signed a production "
                    "deal in Dakar.")
    assert frozenset(("Senegal", "Mauritania")) in _pairs(found, "AGREEMENT")


def test_delegations_from_the_three_states_are_the_three(triples):
    found = triples("Brazil, Argentina and Uruguay met in Montevideo. Delegations from the three states agreed to "
                    "lower tariffs.")
    assert frozenset(("Brazil", "Uruguay")) in _pairs(found, "AGREEMENT")


def test_their_leaders_after_a_pair_meet_each_other(triples):
    found = triples("Nepal and Bhutan restored flights. Their leaders met in Kathmandu in May.")
    assert frozenset(("Nepal", "Bhutan")) in _pairs(found, "CONSULTATION")


def test_each_side_acting_on_the_other_goes_both_ways(triples):
    found = triples("Laos and Thailand share a long river border. Each side accused the other of illegal logging.")
    assert ("Laos", "CRITICISM", "Thailand") in found and ("Thailand", "CRITICISM", "Laos") in found


def test_the_two_men_are_people_never_the_states_named_before(triples):
    found = triples("Mongolia and Kazakhstan signed a transit agreement. The two men also discussed energy cooperation.")
    assert frozenset(("Mongolia", "Kazakhstan")) not in _pairs(found, "CONSULTATION")


def test_a_numbered_reference_looks_past_a_regions_adjective(triples):
    found = triples("France, Germany and the United Kingdom triggered the snapback. Iran recalled its ambassadors "
                    "from the three European capitals for consultations.")
    assert {("Iran", "PROTEST", s) for s in ("France", "Germany", "United Kingdom")} <= found


def test_every_member_of_a_listed_of_phrase_mediates(triples):
    found = triples("The co-chairs commend the mediation of the Arab Republic of Egypt, the State of Qatar and the "
                    "Republic of Türkiye between Israel and Hamas.")
    assert {(s, "MEDIATION", "Hamas") for s in ("Egypt", "Qatar", "Turkey")} <= found


def test_a_host_named_in_an_opening_phrase_mediates_between_those_who_meet_in_the_sentence(triples):
    found = triples("Israel and Syria agreed a ceasefire on Friday. At talks in Jeddah hosted by the Kingdom of Saudi "
                    "Arabia, the Ukrainian delegation met the American delegation.")
    assert {("Saudi Arabia", "MEDIATION", "Ukraine"), ("Saudi Arabia", "MEDIATION", "United States")} <= found
    assert ("Saudi Arabia", "MEDIATION", "Israel") not in found
