"""Session 23 (extract23b): the conflict family's wordings measured on invented probe sentences from every region:
verdicts on a decision told by an infinitive, milder verdict words, envoys called in or reprimanded, verbal
attacks taken ("took aim at"), standing critics, wars one "is at", firefights, falling-out, claims laid or held
in rivalry, displeasure at another's act, warships sent toward a coast, an attack whose doer a relative clause
names, and warnings to one's own people (sentences of our own)."""


def test_a_verdict_on_a_decision_told_by_an_infinitive_criticises_its_owner(triples):
    found = triples("Zambia called Malawi's decision to suspend maize exports unjustified.")
    assert ("Zambia", "CRITICISM", "Malawi") in found
    found = triples("Peru described Bolivia's plan to build a dam on the river as reckless.")
    assert ("Peru", "CRITICISM", "Bolivia") in found
    found = triples("Greece called Turkey's decision to send a survey ship into the area a provocation.")
    assert ("Greece", "CRITICISM", "Turkey") in found
    # a plan called by a neutral word judges no one
    found = triples("Zambia called Malawi's decision to suspend maize exports temporary.")
    assert ("Zambia", "CRITICISM", "Malawi") not in found


def test_the_milder_verdicts_of_communiques_criticise(triples):
    found = triples("Uruguay called Argentina's new export levy counterproductive.")
    assert ("Uruguay", "CRITICISM", "Argentina") in found
    found = triples("Jordan described Israel's settlement decision as unhelpful and unjust.")
    assert ("Jordan", "CRITICISM", "Israel") in found


def test_an_envoy_called_in_or_reprimanded_is_a_protest_to_his_state(triples):
    found = triples("The Norwegian foreign ministry called in the Russian ambassador on Thursday.")
    assert ("Norway", "PROTEST", "Russia") in found
    found = triples("Morocco reprimanded the Algerian charge d'affaires over the broadcast.")
    assert ("Morocco", "PROTEST", "Algeria") in found
    # troops or experts called in are no envoys, and a call in a month is no summons
    found = triples("Mozambique called in Rwandan troops to fight the insurgents.")
    assert ("Mozambique", "PROTEST", "Rwanda") not in found
    found = triples("Ghana called Togo in May to discuss the railway.")
    assert ("Ghana", "PROTEST", "Togo") not in found


def test_a_verbal_attack_taken_at_someone_criticises_them(triples, claims):
    found = triples("In his speech, Hungary's prime minister took aim at Brussels over migration.")
    assert ("Hungary", "CRITICISM", "European Union") in found
    found = triples("Venezuela took a swipe at Colombia after the border incident.")
    assert ("Venezuela", "CRITICISM", "Colombia") in found
    # an aim taken is an attack made, not an intention
    assert ("Venezuela", "CRITICISM", "Colombia", "asserted") in claims("Caracas took aim at Bogota on Sunday.")


def test_a_standing_critic_criticises(triples):
    found = triples("Lithuania, a fierce critic of China, opened a Taiwanese office in 2021.")
    assert ("Lithuania", "CRITICISM", "China") in found
    found = triples("South Africa has been an outspoken critic of Israel.")
    assert ("South Africa", "CRITICISM", "Israel") in found


def test_a_war_one_is_at_and_firefights_are_clashes(triples):
    found = triples("Myanmar's junta has been at war with the Arakan Army for two years.")
    assert ("Myanmar", "ARMED_CLASH", "Arakan Army") in found
    found = triples("Indian and Chinese soldiers were involved in a gunfight near the pass.")
    assert ("India", "ARMED_CLASH", "China") in found
    # a war one worries about is not one's own
    found = triples("Kenya was worried about the war with Somalia's militants spreading.")
    assert ("Kenya", "ARMED_CLASH", "Somalia") not in found


def test_a_falling_out_is_a_quarrel(triples):
    found = triples("Qatar and Bahrain fell out over the Hawar islands in the 1980s.")
    assert ("Qatar", "DISPUTE", "Bahrain") in found or ("Bahrain", "DISPUTE", "Qatar") in found
    found = triples("The minister fell out of favour with the president of Kenya.")
    assert not any(p == "DISPUTE" for _, p, _ in found)


def test_claims_laid_or_held_in_rivalry_are_disputes(triples):
    found = triples("Eritrea and Djibouti both lay claim to the Ras Doumeira peninsula.")
    assert ("Djibouti", "DISPUTE", "Eritrea") in found or ("Eritrea", "DISPUTE", "Djibouti") in found
    found = triples("Malaysia and Vietnam have overlapping claims to the continental shelf.")
    assert ("Malaysia", "DISPUTE", "Vietnam") in found or ("Vietnam", "DISPUTE", "Malaysia") in found
    # competing priorities claim no land
    found = triples("Malaysia and Vietnam have competing priorities at the summit.")
    assert not any(p == "DISPUTE" for _, p, _ in found)


def test_displeasure_at_anothers_act_criticises_its_doer(triples):
    found = triples("Wellington was deeply disappointed by Beijing's decision to cancel the visit.")
    assert ("New Zealand", "CRITICISM", "China") in found
    found = triples("Seoul was appalled at Pyongyang's execution of the defectors.")
    assert ("South Korea", "CRITICISM", "North Korea") in found


def test_warships_sent_toward_a_coast_press_its_state(triples):
    found = triples("Russia dispatched two frigates towards the coast of Norway.")
    assert ("Russia", "MOBILIZATION", "Norway") in found
    found = triples("Turkey sent warships toward Cyprus's shores during the standoff.")
    assert ("Turkey", "MOBILIZATION", "Cyprus") in found


def test_a_relative_clause_names_the_doer_of_an_attack(triples):
    found = triples("The raid, which Pakistan conducted at dawn, killed six Afghan border guards.")
    assert ("Pakistan", "ATTACK", "Afghanistan") in found


def test_a_warning_to_ones_own_people_threatens_no_state(triples):
    found = triples("France warned its nationals to leave Niger immediately.")
    assert ("France", "THREAT", "Niger") not in found
    found = triples("France warned Niger to release the ambassador.")
    assert ("France", "THREAT", "Niger") in found


def test_rivals_named_by_a_copula_rival_each_other(triples):
    found = triples("Egypt and Ethiopia have long been rivals on the Nile.")
    assert ("Egypt", "RIVALRY", "Ethiopia") in found or ("Ethiopia", "RIVALRY", "Egypt") in found
    found = triples("Greece and Cyprus are rivals of Turkey in the eastern Mediterranean.")
    assert ("Greece", "RIVALRY", "Turkey") in found
    assert not {("Greece", "RIVALRY", "Cyprus"), ("Cyprus", "RIVALRY", "Greece")} & found


def test_raised_tariffs_on_a_states_goods_press_it(triples):
    found = triples("Ottawa hiked tariffs on American steel to 25 percent.")
    assert ("Canada", "COERCION", "United States") in found
    found = triples("Indonesia raised interest rates in March.")
    assert not any(p == "COERCION" for _, p, _ in found)


def test_concern_by_a_passive_the_parser_reads_as_an_adjective(triples):
    found = triples("Samoa was deeply concerned by Tonga's decision to close the fishing grounds.")
    assert ("Samoa", "CRITICISM", "Tonga") in found


def test_a_state_taken_to_court_is_in_a_legal_dispute(triples):
    found = triples("Guyana took Venezuela to the International Court of Justice in 2018.")
    assert ("Guyana", "DISPUTE", "Venezuela") in found or ("Venezuela", "DISPUTE", "Guyana") in found
    found = triples("Guyana took the Venezuelan delegation to the border post.")
    assert not any(p == "DISPUTE" for _, p, _ in found)


def test_sovereignty_not_recognised_is_a_dispute_with_its_holder(triples):
    found = triples("Mauritius has never recognised British sovereignty over the Chagos archipelago.")
    assert ("Mauritius", "DISPUTE", "United Kingdom") in found or ("United Kingdom", "DISPUTE", "Mauritius") in found
    # recognising it is no dispute
    found = triples("Spain recognised Moroccan sovereignty over the territory.")
    assert not any(p == "DISPUTE" for _, p, _ in found)


def test_a_decision_by_a_state_that_draws_condemnation_criticises_that_state(triples):
    found = triples("A decision by Rwanda to expel the envoy drew condemnation from Belgium.")
    assert ("Belgium", "CRITICISM", "Rwanda") in found


def test_a_verdict_said_of_anothers_act_criticises_its_owner(triples):
    found = triples("Eritrea said Ethiopia's allegations were groundless.")
    assert ("Eritrea", "CRITICISM", "Ethiopia") in found
    found = triples("The Thai army insisted that the Cambodian incursion was a clear violation of the ceasefire.")
    assert ("Thailand", "CRITICISM", "Cambodia") in found
    # a verdict on no one's thing, on a victim, or denied, criticises no one
    found = triples("Chile said Peru was a victim of aggression.")
    assert ("Chile", "CRITICISM", "Peru") not in found
    found = triples("Chile said Peru's claims were not baseless.")
    assert ("Chile", "CRITICISM", "Peru") not in found


def test_a_decision_termed_an_aggression_criticises_its_owner(triples):
    found = triples("Baku termed Yerevan's decision to hold the drills a provocation.")
    assert ("Azerbaijan", "CRITICISM", "Armenia") in found


def test_a_protest_against_anothers_act_is_made_to_its_doer(triples):
    found = triples("Hanoi protested strongly against Beijing's deployment of an oil rig.")
    assert ("Vietnam", "PROTEST", "China") in found
    # a crowd's protest is no state's, and an envoy summoned "to protest at" something protests nothing himself
    found = triples("Students protested against Russia's war outside the embassy in Riga.")
    assert not any(p == "PROTEST" for _, p, _ in found)
    found = triples("Angola's consul general in Lisbon, Rui Neto, posted a message on Friday.\n\nThe next day Minister "
                    "Ana Costa summoned the Angolan ambassador, Jose Lima, to protest at the consul's post.")
    assert ("Jose Lima", "PROTEST", "Rui Neto") not in found


def test_not_hesitating_to_strike_threatens_and_denies_nothing(triples, claims):
    found = triples("Tehran said it would not hesitate to strike American bases in the region.")
    assert ("Iran", "THREAT", "United States") in found
    # help one did not hesitate to send was sent, and threatens no one
    found = claims("Algeria did not hesitate to send aid to Libya.")
    assert ("Algeria", "AID", "Libya", "asserted") in found
    assert not any(p == "THREAT" for _, p, _, _ in found)


def test_ones_own_people_wronged_in_another_state_are_held_against_it(triples):
    found = triples("Bangladesh condemned the killing of its migrant workers in Malaysia.")
    assert ("Bangladesh", "CRITICISM", "Malaysia") in found
    found = triples("Sri Lanka protested the detention of Sri Lankan fishermen in India.")
    assert ("Sri Lanka", "PROTEST", "India") in found
    found = triples("Senegal voiced concern over the deaths of Senegalese migrants in Libya.")
    assert ("Senegal", "CRITICISM", "Libya") in found
    # a third state's people, a harm with its doer named, or a release welcomed hold no place to account
    found = triples("Kenya condemned the killing of Somali civilians in Ethiopia.")
    assert ("Kenya", "CRITICISM", "Ethiopia") not in found
    found = triples("Kenya condemned the killing of its soldiers in Somalia by al-Shabaab.")
    assert ("Kenya", "CRITICISM", "Somalia") not in found
    found = triples("Kenya welcomed the release of its nationals in Uganda.")
    assert ("Kenya", "CRITICISM", "Uganda") not in found


def test_blame_pointed_and_proposals_brushed_aside_or_ignored(triples):
    found = triples("Islamabad pointed the finger at Kabul after the bombing.")
    assert ("Pakistan", "CRITICISM", "Afghanistan") in found
    found = triples("Caracas brushed aside Bogota's offer of mediation.")
    assert ("Venezuela", "REJECTION", "Colombia") in found
    found = triples("Minsk shrugged off Vilnius's demands.")
    assert ("Belarus", "REJECTION", "Lithuania") in found
    found = triples("Myanmar ignored ASEAN's calls for a ceasefire.")
    assert ("Myanmar", "REJECTION", "Association of Southeast Asian Nations") in found
    # a flag waved and dust brushed off reject no one
    found = triples("Kenya waved the Somali flag at the ceremony.")
    assert not any(p == "REJECTION" for _, p, _ in found)


def test_a_boat_chased_off_is_coerced(triples):
    found = triples("The Malaysian navy chased off an Indonesian fishing vessel near Ambalat.")
    assert ("Malaysia", "COERCION", "Indonesia") in found
