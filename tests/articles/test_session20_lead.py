"""Forms added in session 20 (lead), from a probe of invented wire and analysis sentences across regions.
Every sentence here is our own."""

import pytest


@pytest.mark.parametrize("text, state, host", [
    ("French troops are in Niger at the invitation of the government.", "France", "Niger"),
    ("Rwandan troops are in Mozambique at the invitation of President Daniel Chapo.", "Rwanda", "Mozambique"),
    ("Chinese soldiers are stationed in Cambodia at the invitation of Prime Minister Hun Manet.", "China", "Cambodia"),
])
def test_troops_somewhere_at_an_invitation_are_a_presence_not_a_visit(claims, text, state, host):
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    assert (state, "MILITARY_PRESENCE", host) in found
    assert not any(p == "CONSULTATION" for _, p, _ in found)


def test_a_leader_somewhere_at_an_invitation_still_visits(claims):
    found = {(s, p, o) for s, p, o, _ in claims(
        "Brazil's president Lula is in Tokyo at the invitation of Japanese Prime Minister Shigeru Ishiba.")}
    assert ("Luiz Inácio Lula da Silva", "CONSULTATION", "Shigeru Ishiba") in found or \
        ("Brazil", "CONSULTATION", "Japan") in found


@pytest.mark.parametrize("text, blocker, body", [
    ("Hungary blocked the EU's 15th sanctions package for a month.", "Hungary", "European Union"),
    ("Slovakia has vetoed the European Union's proposal on frozen assets.", "Slovakia", "European Union"),
    ("Budapest again blocked fresh EU sanctions on Minsk.", "Hungary", "European Union"),
    ("Greece stalled a NATO proposal on the Aegean for months.", "Greece", "North Atlantic Treaty Organization"),
])
def test_holding_up_a_bodys_measures_or_proposals_rejects_the_body(claims, text, blocker, body):
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    assert (blocker, "REJECTION", body) in found
    assert (blocker, "COERCION", body) not in found  # a veto is no sanction on the body


def test_the_state_the_blocked_sanctions_aim_at_is_not_rejected(claims):
    found = {(s, p, o) for s, p, o, _ in claims("Hungary blocked new EU sanctions against Belarus.")}
    assert ("Hungary", "REJECTION", "Belarus") not in found
    assert ("Hungary", "COERCION", "Belarus") not in found


def test_sanctions_as_the_means_of_punishment_are_still_coercion(claims):
    found = {(s, p, o) for s, p, o, _ in claims("The African Union punished Niger with sanctions after the coup.")}
    assert ("African Union", "COERCION", "Niger") in found


def test_suspending_a_states_sanctions_is_no_coercion_done(claims):
    found = claims("The United States suspended its sanctions on Syria in May.")
    assert ("United States", "COERCION", "Syria", "asserted") not in found


def test_a_bodys_measures_named_as_a_qualifier_belong_to_the_body(claims):
    found = {(s, p, o) for s, p, o, _ in claims("Iran condemned the new EU sanctions.")}
    assert ("Iran", "CRITICISM", "European Union") in found


@pytest.mark.parametrize("text, buyer, seller", [
    ("Indonesia signed a contract for six frigates with Fincantieri.", "Indonesia", "Fincantieri"),
    ("Ghana inked a deal for four patrol boats with Damen Shipyards.", "Ghana", "Damen Shipyards Group"),
])
def test_the_with_phrase_hung_on_what_a_deal_is_for_is_the_deals_partner(claims, text, buyer, seller):
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    assert (seller, "ARMS_TRANSFER", buyer) in found or (buyer, "AGREEMENT", seller) in found


def test_what_a_deal_is_for_with_a_feature_names_no_partner(claims):
    found = claims("Ghana signed a contract for four patrol boats with larger engines.")
    assert not any(p in ("AGREEMENT", "ARMS_TRANSFER") for _, p, _, _ in found)


@pytest.mark.parametrize("text, side, other", [
    ("Serbia is buying the jets through an agreement reached with France last year.", "Serbia", "France"),
    ("Kenya sent police officers to Haiti under an accord concluded with the Haitian government.", "Kenya", "Haiti"),
    ("Uzbekistan opened its airspace to the drones under a treaty signed with Kazakhstan.", "Uzbekistan",
     "Kazakhstan"),
])
def test_a_deal_told_made_with_someone_by_no_one_named_is_the_clauses_subjects(claims, text, side, other):
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    assert (side, "AGREEMENT", other) in found or (other, "AGREEMENT", side) in found or \
        (other, "ARMS_TRANSFER", side) in found


def test_a_deal_told_made_by_someone_named_is_theirs(claims):
    found = {(s, p, o) for s, p, o, _ in claims(
        "Serbia is buying the jets under an agreement signed by Slovakia with France.")}
    assert ("Serbia", "AGREEMENT", "France") not in found


@pytest.mark.parametrize("text, doer, state", [
    ("Fighters of the Islamic State killed 15 soldiers in western Niger.", "Islamic State", "Niger"),
    ("Boko Haram gunmen abducted dozens of students in northern Nigeria.", "Boko Haram", "Nigeria"),
    ("Al-Shabaab militants massacred villagers in eastern Kenya.", "al-Shabaab", "Kenya"),
])
def test_soldiers_or_civilians_killed_or_seized_in_a_state_are_an_attack_on_it(claims, text, doer, state):
    assert (doer, "ATTACK", state) in {(s, p, o) for s, p, o, _ in claims(text)}


@pytest.mark.parametrize("text, state", [
    ("Russian agents killed a defector in Spain.", "Spain"),  # one person, no one's soldier or civilian
    ("French troops killed a senior Islamic State commander in Mali.", "Mali"),  # whose he was says who
    ("The earthquake killed hundreds of people in Turkey.", "Turkey"),  # no one did it
])
def test_a_killing_somewhere_of_someone_else_attacks_no_state(claims, text, state):
    assert not any(p == "ATTACK" and o == state for _, p, o, _ in claims(text))


@pytest.mark.parametrize("text", [
    "Rwandan soldiers killed three rebels in Mozambique.",
    "French troops killed 20 civilians in Mali.",  # forces there, whatever they did, are no attack on the state
])
def test_soldiers_killing_somewhere_attack_no_state_there(claims, text):
    assert not any(p == "ATTACK" for _, p, _, _ in claims(text))


@pytest.mark.parametrize("text, maker_state, buyer", [
    ("Niger received Bayraktar TB2 drones in 2023.", "Turkey", "Niger"),
    ("The first J-10C fighters were delivered to Egypt last month.", "China", "Egypt"),
    ("Rafale jets landed in Serbia for the first time on Friday.", "France", "Serbia"),
])
def test_a_model_received_or_delivered_from_no_one_named_comes_from_its_maker(claims, text, maker_state, buyer):
    assert (maker_state, "ARMS_TRANSFER", buyer) in {(s, p, o) for s, p, o, _ in claims(text)}


def test_a_model_delivered_by_someone_named_comes_from_them_not_its_maker(claims):
    found = {(s, p, o) for s, p, o, _ in claims("Rafale jets were delivered to Ukraine by Greece.")}
    assert ("Greece", "ARMS_TRANSFER", "Ukraine") in found
    assert ("France", "ARMS_TRANSFER", "Ukraine") not in found


@pytest.mark.parametrize("text, members, other, predicate", [
    ("Guinea, Gabon and Chad recalled their ambassadors from Paris.", ("Guinea", "Gabon", "Chad"), "France",
     "PROTEST"),
    ("Peru, Chile or Colombia condemned the attack by Ecuador.", ("Peru", "Chile", "Colombia"), "Ecuador",
     "CRITICISM"),
])
def test_a_name_opening_a_list_the_parser_cut_off_is_its_first_item(claims, text, members, other, predicate):
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    for member in members:
        assert (member, predicate, other) in found



def test_a_progressive_the_parser_reads_as_a_predicate_is_still_the_verb(claims):
    # (the small parser reads this "is mediating" as "is" with a predicate)
    found = claims("Sources close to the negotiations said Qatar is mediating between Kabul and Islamabad.")
    assert ("Qatar", "MEDIATION", "Afghanistan", "reported") in found
    assert ("Qatar", "MEDIATION", "Pakistan", "reported") in found


@pytest.mark.parametrize("text, side, partner", [
    ("Panama will not renew its 2017 memorandum with China on the Belt and Road.", "Panama", "China"),
    ("Chad did not extend its defence pact with France.", "Chad", "France"),
])
def test_a_deal_one_will_not_renew_or_extend_rejects_its_partner(claims, text, side, partner):
    assert (side, "REJECTION", partner) in {(s, p, o) for s, p, o, _ in claims(text)}


@pytest.mark.parametrize("text, side, other", [
    ("Panama will renew its memorandum with China.", "Panama", "China"),  # renewed: no rejection
    ("Japan did not extend its sanctions on Iran.", "Japan", "Iran"),  # sanctions are no deal
])
def test_a_renewed_deal_or_measures_not_extended_reject_no_one(claims, text, side, other):
    assert (side, "REJECTION", other) not in {(s, p, o) for s, p, o, _ in claims(text)}


@pytest.mark.parametrize("text, judge, maker, predicate", [
    ("Sudan declined to sign a draft accord that Egypt had initialled.", "Sudan", "Egypt", "REJECTION"),
    ("Mali rejected the agreement that Algeria proposed.", "Mali", "Algeria", "REJECTION"),
    ("Cyprus condemned the deal that Turkey signed with Libya.", "Cyprus", "Turkey", "CRITICISM"),
])
def test_a_deal_judged_is_the_deal_of_whoever_its_relative_clause_says_made_it(claims, text, judge, maker,
                                                                                predicate):
    assert (judge, predicate, maker) in {(s, p, o) for s, p, o, _ in claims(text)}


def test_the_go_between_of_a_deal_signed_is_no_party_to_it(claims):
    found = {(s, p, o) for s, p, o, _ in claims("Sudan and Chad signed the deal that Qatar brokered.")}
    assert ("Sudan", "AGREEMENT", "Chad") in found or ("Chad", "AGREEMENT", "Sudan") in found
    assert not any(p == "AGREEMENT" and "Qatar" in (s, o) for s, p, o in found)


@pytest.mark.parametrize("text, a, b", [
    ("Sudan and South Sudan still disagree over the Abyei area.", "Sudan", "South Sudan"),
    ("Nepal disagrees with India over the Kalapani border.", "Nepal", "India"),
])
def test_a_disagreement_over_land_water_or_a_border_is_a_dispute(claims, a, b, text):
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    assert (a, "DISPUTE", b) in found or (b, "DISPUTE", a) in found


def test_a_disagreement_over_policy_is_no_dispute(claims):
    found = claims("Spain and Italy disagree over the migration rules.")
    assert not any(p == "DISPUTE" for _, p, _, _ in found)


@pytest.mark.parametrize("text, warner, warned", [
    ("Paris warned that any incursion into Chad would be very costly for Khartoum.", "France", "Sudan"),
    ("Seoul warned that an attack on its islands would end badly for Pyongyang.", "South Korea", "North Korea"),
    ("Beijing warned of consequences if Manila continued its patrols near the shoal.", "China", "Philippines"),
    ("Pyongyang vowed a merciless response to any South Korean provocation.", "North Korea", "South Korea"),
])
def test_a_warning_of_harm_for_someone_or_on_their_condition_threatens_them(claims, text, warner, warned):
    assert (warner, "THREAT", warned) in {(s, p, o) for s, p, o, _ in claims(text)}


@pytest.mark.parametrize("text", [
    "The IMF warned that the tariffs would be painful for Mexico.",  # a forecast of what is under way
    "Economists warned of a recession if Germany raised taxes.",  # no consequence at someone's hands
])
def test_a_forecast_of_harm_threatens_no_one(claims, text):
    assert not any(p == "THREAT" for _, p, _, _ in claims(text))


@pytest.mark.parametrize("text, backer, backed", [
    ("Paris said it would treat any attack on Djibouti as an attack on France itself.", "France", "Djibouti"),
    ("Saudi Arabia will always stand by Pakistan.", "Saudi Arabia", "Pakistan"),
    ("The African Union commended Kenya for hosting the talks.", "African Union", "Kenya"),
    ("Jordan praised Egypt for its mediation.", "Jordan", "Egypt"),
    ("Minsk has long been Moscow's most loyal friend.", "Belarus", "Russia"),
])
def test_pledges_to_defend_standing_by_praise_for_deeds_and_friendship_back_the_other(claims, text, backer, backed):
    assert (backer, "SUPPORT", backed) in {(s, p, o) for s, p, o, _ in claims(text)}


def test_an_attack_one_would_treat_as_a_threat_is_not_ones_own(claims):
    found = {(s, p, o) for s, p, o, _ in claims(
        "Washington would treat an armed attack on Qatar as a threat to its own security.")}
    assert ("United States", "ATTACK", "Qatar") not in found


def test_a_persons_friend_is_no_backing(claims):
    found = {(s, p, o) for s, p, o, _ in claims("Putin, an old friend of Xi Jinping, arrived in Beijing.")}
    assert ("Vladimir Putin", "SUPPORT", "Xi Jinping") not in found


@pytest.mark.parametrize("text, speaker, target", [
    ("Moscow called the OSCE a relic of the Cold War.", "Russia", "Organization for Security and Co-operation in Europe"),
    ("Pyongyang branded Seoul a vassal of Washington.", "North Korea", "South Korea"),
])
def test_scorning_a_body_or_state_as_outdated_or_servile_criticises_it(claims, text, speaker, target):
    assert (speaker, "CRITICISM", target) in {(s, p, o) for s, p, o, _ in claims(text)}


@pytest.mark.parametrize("text, payer, paid", [
    ("Canberra pays Tuvalu 15 million dollars a year.", "Australia", "Tuvalu"),
    ("Japan paid $30 million to Tonga after the eruption.", "Japan", "Tonga"),
    ("China paid for the upgrade of Cambodia's Ream base.", "China", "Cambodia"),
])
def test_money_paid_to_another_or_for_what_another_gets_is_aid(claims, text, payer, paid):
    assert (payer, "AID", paid) in {(s, p, o) for s, p, o, _ in claims(text)}


@pytest.mark.parametrize("text", [
    "Russia will pay a heavy price for its aggression against Ukraine.",
    "The Saudi minister paid a visit to Beijing.",
    "India paid tribute to the Nepalese soldiers.",
])
def test_paying_a_price_a_visit_or_tribute_is_no_aid(claims, text):
    assert not any(p == "AID" for _, p, _, _ in claims(text))


@pytest.mark.parametrize("text, sender, pressed", [
    ("Moscow sent two frigates into Latvian waters on Tuesday.", "Russia", "Latvia"),
    ("The Venezuelan navy sent patrol boats into Guyana's waters.", "Venezuela", "Guyana"),
    ("China moved an aircraft carrier group near Taiwan.", "China", "Taiwan"),
    ("Turkish warships shadowed the Greek research vessel.", "Turkey", "Greece"),
])
def test_warships_sent_into_or_near_anothers_waters_or_trailing_its_ships_press_it(claims, text, sender, pressed):
    found = {(s, p, o) for s, p, o, _ in claims(text)}
    assert (sender, "MOBILIZATION", pressed) in found
    assert (sender, "ATTACK", pressed) not in found
    assert not any(p == "MILITARY_EXERCISE" for _, p, _ in found)  # a patrol boat holds no patrol


def test_missiles_sent_into_a_state_still_attack_it(claims):
    assert ("Iran", "ATTACK", "Israel") in {(s, p, o) for s, p, o, _ in claims("Iran sent missiles into Israel.")}


def test_praise_of_a_leader_for_their_leadership_backs_no_state(claims):
    found = {(s, p, o) for s, p, o, _ in claims(
        "President Lula commended President Boric for his courageous leadership.")}
    assert not any(p == "SUPPORT" for _, p, _ in found)


def test_a_platform_misread_as_a_conjunct_of_a_state_is_not_hit_with_it(claims):
    found = {(s, p, o) for s, p, o, _ in claims(
        "The war shows a similar pattern with Turkish drones supplied to Azerbaijan and Iranian drones supplied to "
        "Armenia.")}
    assert ("Turkey", "ARMS_TRANSFER", "Iran") not in found
