"""Session 29 (precision29): wrong relations that recur across the development sets, each construction with the
look-alikes that must keep their relation. Sentences of our own."""

# -- acts told only as the content of a question, a condition, a fear or a let-down hope (untold_contents.py) ----


def test_an_open_question_tells_no_deployment(triples):
    found = triples("The question is whether Kenya or Uganda will send troops to Somalia.")
    assert ("Kenya", "MILITARY_PRESENCE", "Somalia") not in found
    assert ("Uganda", "MILITARY_PRESENCE", "Somalia") not in found


def test_a_whether_clause_as_subject_tells_no_pact(triples):
    assert ("Ghana", "AGREEMENT", "Togo") not in triples("Whether Ghana will sign a defence pact with Togo is disputed.")


def test_a_whether_clause_left_unclear_stays_an_unconfirmed_report(claims):
    found = claims("It is unclear whether Peru bought the drones from Israel.")
    assert ("Israel", "ARMS_TRANSFER", "Peru", "unconfirmed") in found


def test_talks_whose_sides_are_their_own_hold_inside_a_question(triples):
    found = triples("Whether the talks between Egypt and Ethiopia will resume is far from certain.")
    assert ("Egypt", "CONSULTATION", "Ethiopia") in found


def test_a_condition_tells_no_deal_while_the_promise_it_conditions_stands(triples):
    found = triples("The European Union promised Jordan 200 million euros if Amman signed an agreement with the "
                    "World Bank.")
    assert ("European Union", "AID", "Jordan") in found
    assert ("Jordan", "AGREEMENT", "World Bank") not in found


def test_the_clause_a_condition_governs_is_still_read(claims):
    found = claims("Egypt might strike Sudanese positions if the fighting nears its border.")
    assert ("Egypt", "ATTACK", "Sudan", "speculative") in found
    found = claims("Kenya said it would send troops to Haiti if the council approved the mission.")
    assert ("Kenya", "MILITARY_PRESENCE", "Haiti", "planned") in found


def test_a_feared_invasion_is_a_threat_and_no_attack(triples):
    found = triples("The juntas formed the pact in 2023, when they feared that Nigeria would invade Benin.")
    assert ("Nigeria", "ATTACK", "Benin") not in found
    assert ("Nigeria", "THREAT", "Benin") in found


def test_a_fear_that_goes_through_an_infinitive_is_still_a_fear(triples):
    found = triples("Ghana feared that Burkina Faso would try to attack its border posts.")
    assert ("Burkina Faso", "ATTACK", "Ghana") not in found


def test_a_hope_let_down_tells_no_deal(triples):
    found = triples("Chile, which had hoped to sign a trade deal with Japan, reacted coolly.")
    assert ("Chile", "AGREEMENT", "Japan") not in found


def test_a_hope_still_held_is_a_plan(claims):
    found = claims("Poland hopes to buy more tanks from South Korea.")
    assert ("South Korea", "ARMS_TRANSFER", "Poland", "planned") in found


def test_a_deal_signed_after_a_fear_is_told(triples):
    found = triples("Fearing an attack, Ghana signed a defence pact with Togo.")
    assert ("Ghana", "AGREEMENT", "Togo") in found


# -- a meeting called off, an envoy staying away (called_off.py, phrasal_senses) -------------------------------


def test_a_cancelled_trip_is_no_meeting_not_even_a_denied_one(triples):
    found = triples("The French trade minister, Anne Moreau, cancelled her trip to Baku in response.")
    assert ("Anne Moreau", "AFFILIATED_WITH", "France") in found
    assert ("Anne Moreau", "CONSULTATION", "Azerbaijan") not in found
    assert ("France", "CONSULTATION", "Azerbaijan") not in found


def test_a_summit_called_off_or_scrapped_is_no_meeting(triples):
    assert ("Ghana", "CONSULTATION", "Togo") not in triples("Ghana called off a planned summit with Togo.")
    assert ("Ghana", "CONSULTATION", "Togo") not in triples("The visit by Ghana's president to Togo was scrapped.")


def test_negotiations_suspended_are_neither_told_nor_denied(claims):
    # (session 30, broken_ties.py: they went on until then, so "denied" said the opposite; no gold of the development
    # sets requires the suspended tie, several list it as optional)
    found = claims("Colombia suspended the negotiations with the ELN.")
    assert not any(p == "CONSULTATION" for _, p, _, _ in found)


def test_a_visit_after_a_summit_was_cancelled_still_happened(triples):
    assert ("Ghana", "CONSULTATION", "Togo") in triples("Ghana's president visited Togo after the summit was cancelled.")


def test_an_ambassador_who_stayed_away_did_not_come(triples):
    found = triples("Kenya's ambassador to Ethiopia stayed away from the celebrations in Addis Ababa.")
    assert ("Kenya", "CONSULTATION", "Ethiopia") not in found


def test_troops_that_stayed_on_are_still_there(triples):
    found = triples("Turkish troops stayed in Qatar after the crisis.")
    assert ("Turkey", "MILITARY_PRESENCE", "Qatar") in found


# -- asking a state to close its embassy or bases sends it away: no talk (request's other_complement) ----------


def test_asking_a_state_to_close_its_embassy_is_no_consultation(triples):
    assert ("Mexico", "CONSULTATION", "Peru") not in triples("Mexico asked Peru to close its embassy.")


def test_asking_troops_to_vacate_their_base_tells_they_were_there(triples):
    found = triples("Chad asked French troops to vacate their base in Abeche.")
    assert ("France", "MILITARY_PRESENCE", "Chad") in found
    assert ("Chad", "CONSULTATION", "France") not in found


def test_asking_a_state_to_share_its_studies_is_still_a_consultation(triples):
    assert ("Vietnam", "CONSULTATION", "Cambodia") in triples("Vietnam asked Cambodia to share its studies of the river.")


def test_an_intent_denied_in_the_past_perfect_is_a_denial_not_a_hope(claims):
    found = claims("The Russian defence ministry said it had not intended to strike any target in Poland.")
    assert ("Russia", "ATTACK", "Poland", "denied") in found


def test_a_rivalry_of_its_own_holds_inside_a_condition(triples):
    found = triples("China could send more ships to Cuba if its rivalry with the United States sharpens.")
    assert ("China", "RIVALRY", "United States") in found


def test_an_infinitive_of_purpose_in_an_open_question_is_asked_too(triples):
    found = triples("Whether Venezuelan troops are there to contain the ELN or to watch it is disputed.")
    assert ("Venezuela", "RIVALRY", "National Liberation Army") not in found
    assert ("National Liberation Army", "RIVALRY", "Venezuela") not in found


# -- taking in a state's refugees or exiles neither supports nor meets that state (theme `displaced`) ----------


def test_hosting_refugees_is_no_meeting_with_the_state_they_fled(triples):
    assert ("Turkey", "CONSULTATION", "Syria") not in triples("Turkey hosts three million Syrian refugees.")
    assert ("Turkey", "MEDIATION", "Syria") not in triples("Turkey hosts three million Syrian refugees.")


def test_sheltering_exiles_is_no_support_of_the_state_they_fled(triples):
    found = triples("Costa Rica, which shelters tens of thousands of Nicaraguan exiles, is watching closely.")
    assert ("Costa Rica", "SUPPORT", "Nicaragua") not in found
    assert ("Jordan", "SUPPORT", "Syria") not in triples("Jordan shelters thousands of Syrian refugees.")


def test_sheltering_an_armed_groups_fighters_still_supports_the_group(triples):
    found = triples("Turkey accused Sweden of harbouring members of the PKK.")
    assert ("Sweden", "SUPPORT", "Kurdistan Workers' Party") in found


def test_hosting_envoys_is_still_a_meeting(triples):
    assert ("Qatar", "MEDIATION", "Sudan") in triples("Qatar hosted envoys of Sudan and Chad in Doha.") or \
        ("Qatar", "CONSULTATION", "Sudan") in triples("Qatar hosted envoys of Sudan and Chad in Doha.")


def test_deporting_refugees_still_presses_their_state(triples):
    assert ("Pakistan", "COERCION", "Afghanistan") in triples("Pakistan has deported Afghan refugees.")


def test_what_a_condition_alone_tells_is_no_act_and_what_it_governs_is_still_read(claims):
    found = claims("If Tehran supplies missiles to Moscow, Europe will sanction Iran.")
    assert not any(s == "Iran" and p == "ARMS_TRANSFER" for s, p, _, _ in found)


# -- "has yet to": not done so far (modality denied phrases) ------------------------------------------------------


def test_a_pact_a_state_has_yet_to_sign_is_not_signed(claims):
    found = claims("Japan has yet to sign the pact with Vietnam.")
    assert ("Japan", "AGREEMENT", "Vietnam", "asserted") not in found
    assert ("Japan", "AGREEMENT", "Vietnam", "denied") in found


def test_talks_opened_before_a_yet_to_clause_still_happened(claims):
    found = claims("North Macedonia opened accession talks with the European Union in 2022, but the country has yet "
                   "to begin negotiating a single chapter.")
    assert not any(p == "CONSULTATION" and m == "denied" for _, p, _, m in found)


def test_an_act_told_after_not_hesitating_is_done(claims):
    assert ("South Korea", "ARMS_TRANSFER", "Poland", "asserted") in claims(
        "Poland did not hesitate to buy tanks from South Korea.")


# -- people sent to a state are no aid to it (transfer's predicate for `victims` and `displaced`) ----------------


def test_deportees_or_migrants_sent_to_a_state_are_no_aid(triples):
    assert ("United States", "AID", "Ghana") not in triples("The United States sent eight men to Ghana last week.")
    assert ("United Kingdom", "AID", "Rwanda") not in triples("Britain sent asylum seekers to Rwanda.")


def test_troops_and_police_sent_are_still_a_presence_and_money_still_aid(triples):
    assert ("France", "MILITARY_PRESENCE", "Chad") in triples("France sent 300 soldiers to Chad.")
    assert ("Kenya", "MILITARY_PRESENCE", "Haiti") in triples("Kenya sent police officers to Haiti.")
    assert ("Japan", "AID", "Haiti") in triples("Japan sent $5 million in emergency aid to Haiti.")
