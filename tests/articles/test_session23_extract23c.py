"""Session 23 (extract23c): the cooperation family (agreements, talks, mediation, cooperation, membership) across
the wordings of wire copy and communiqués. Sentences of our own."""


def _agreed(found, a, b):
    return (a, "AGREEMENT", b) in found or (b, "AGREEMENT", a) in found


def test_one_side_signing_in_another_capital_signs_with_its_host(triples):
    found = triples("President Gustavo Petro signed a coffee export agreement in Tokyo on Thursday.")
    assert _agreed(found, "Colombia", "Japan")
    found = triples("Prime Minister Mark Carney signed a memorandum on critical minerals in Canberra last week.")
    assert _agreed(found, "Canada", "Australia")


def test_signing_at_home_or_at_a_gathering_names_no_host(triples):
    found = triples("President Gustavo Petro signed a coffee export agreement in Bogota on Thursday.")
    assert not any(p == "AGREEMENT" for _, p, _ in found)
    found = triples("Peru signed the climate declaration in Brasilia at the Amazon summit on Tuesday.")
    assert not _agreed(found, "Peru", "Brazil")
    # two sides signing in a third capital are its guests, not its partners
    found = triples("Serbia and Kosovo signed a customs protocol in Paris on Friday.")
    assert _agreed(found, "Serbia", "Kosovo")
    assert not _agreed(found, "Serbia", "France") and not _agreed(found, "Kosovo", "France")


def test_the_two_sides_of_an_act_done_under_a_deal_are_its_parties(triples):
    found = triples("Under a 1998 defence accord, Singapore stations troops in Brunei.")
    assert _agreed(found, "Singapore", "Brunei")
    found = triples("Under a 2021 contract, Turkey will deliver Akinci drones to Kuwait.")
    assert _agreed(found, "Turkey", "Kuwait")
    found = triples("Under the 2019 treaty, Italy trains the border police of Libya.")
    assert _agreed(found, "Italy", "Libya")


def test_an_act_under_a_plan_or_a_truce_is_no_deal_between_its_sides(triples):
    found = triples("Under its aid package, Japan funds the coast guard of Sri Lanka.")
    assert not _agreed(found, "Japan", "Sri Lanka")
    found = triples("Despite the accord with Egypt, Israel supplies drones to Azerbaijan.")
    assert not _agreed(found, "Israel", "Azerbaijan")



def test_an_act_ended_under_a_deal_undoes_no_deal(claims):
    found = claims("Under the truce deal, Ethiopia withdrew its troops from Eritrea.")
    assert not any(p == "AGREEMENT" and m == "denied" for _, p, _, m in found)


def test_a_signer_with_an_unnamed_second_side_has_no_host_partner(triples):
    found = triples("Sudanese and rebel envoys signed a declaration of principles in Nairobi.")
    assert not _agreed(found, "Sudan", "Kenya")
    found = triples("Mozambique signed a truce with the insurgents in Pretoria on Friday.")
    assert not _agreed(found, "Mozambique", "South Africa")


def test_exchanging_messages_views_or_visits_is_talking(triples):
    found = triples("The Omani sultan exchanged letters with the Iranian president about the nuclear file.")
    assert ("Oman", "CONSULTATION", "Iran") in found or ("Iran", "CONSULTATION", "Oman") in found
    found = triples("Chile and Bolivia exchanged views on lithium in a video call.")
    assert ("Chile", "CONSULTATION", "Bolivia") in found or ("Bolivia", "CONSULTATION", "Chile") in found
    found = triples("Ethiopia and Eritrea exchanged accusations over the port of Assab.")
    assert ("Ethiopia", "CONSULTATION", "Eritrea") not in found and ("Eritrea", "CONSULTATION", "Ethiopia") not in found


def test_held_discussions_with_a_delegation_is_talks(triples):
    found = triples("Togo's foreign minister held discussions with a visiting Algerian delegation in Lome.")
    assert ("Togo", "CONSULTATION", "Algeria") in found or ("Algeria", "CONSULTATION", "Togo") in found


def test_talks_one_is_due_to_hold_are_planned(claims):
    found = claims("Namibia's president is due to hold talks with Angolan leaders in Luanda next week.")
    assert ("Namibia", "CONSULTATION", "Angola", "planned") in found or \
        ("Angola", "CONSULTATION", "Namibia", "planned") in found


def test_coordinating_with_another_is_cooperation(claims):
    found = claims("Laos and Thailand pledged to coordinate their flood warnings on the Mekong.")
    assert ("Laos", "COOPERATION", "Thailand", "planned") in found or \
        ("Thailand", "COOPERATION", "Laos", "planned") in found


def test_ties_elevated_to_a_partnership_are_cooperation(triples):
    found = triples("Vietnam and Australia raised their relations to a comprehensive strategic partnership in March.")
    assert ("Vietnam", "COOPERATION", "Australia") in found or ("Australia", "COOPERATION", "Vietnam") in found


def test_a_joint_body_or_programme_set_up_together_is_cooperation(triples):
    found = triples("Zambia and Malawi launched a joint initiative to curb cholera along their border.")
    assert ("Zambia", "COOPERATION", "Malawi") in found or ("Malawi", "COOPERATION", "Zambia") in found
    found = triples("Peru formed a joint commission with Chile to manage fisheries.")
    assert ("Peru", "COOPERATION", "Chile") in found or ("Chile", "COOPERATION", "Peru") in found


def test_joint_strikes_or_drills_are_no_programme_of_cooperation(triples):
    found = triples("Iraq and Iran launched joint strikes on Kurdish camps.")
    assert ("Iraq", "COOPERATION", "Iran") not in found and ("Iran", "COOPERATION", "Iraq") not in found


def test_talks_in_a_third_capital_make_its_state_a_go_between(triples):
    found = triples("Negotiations in Nairobi between Ethiopia and the Tigray People's Liberation Front resumed in May.")
    assert ("Kenya", "MEDIATION", "Ethiopia") in found
    found = triples("The talks between Sudan and Chad in Vienna ended on Friday.")
    assert ("Austria", "MEDIATION", "Sudan") in found and ("Austria", "MEDIATION", "Chad") in found


def test_talks_in_a_side_capital_or_with_a_named_broker_have_no_venue_go_between(triples):
    found = triples("Talks in Kyiv between Ukraine and Poland on grain were cordial.")
    assert not any(p == "MEDIATION" for _, p, _ in found)
    found = triples("Talks in Addis Ababa between Sudan and Egypt, brokered by the African Union, stalled.")
    assert ("Ethiopia", "MEDIATION", "Sudan") not in found


def test_shuttle_diplomacy_between_two_sides_is_mediation(triples):
    found = triples("Turkey's shuttle diplomacy between Kyiv and Moscow kept the grain corridor open.")
    assert ("Turkey", "MEDIATION", "Ukraine") in found and ("Turkey", "MEDIATION", "Russia") in found


def test_a_go_between_named_after_without_is_denied(claims):
    found = claims("Armenia and Azerbaijan met in Prague without French mediation.")
    assert ("France", "MEDIATION", "Armenia", "asserted") not in found


def test_a_body_suspending_a_state_keeps_it_a_member(triples):
    found = triples("The Southern African Development Community suspended Madagascar after the coup.")
    assert ("Madagascar", "MEMBER_OF", "Southern African Development Community") in found
    found = triples("Burkina Faso was suspended from the African Union in 2022.")
    assert ("Burkina Faso", "MEMBER_OF", "African Union") in found


def test_a_measure_suspended_on_a_state_makes_no_member(triples):
    found = triples("The European Union suspended Serbia's access to pre-accession funds.")
    assert ("Serbia", "MEMBER_OF", "European Union") not in found
    found = triples("Chad suspended Sudan's flights over its territory.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found)


def test_a_deal_between_two_others_negotiated_by_a_third_is_mediation(triples):
    found = triples("A prisoner swap between Armenia and Azerbaijan was negotiated by the United States.")
    assert ("United States", "MEDIATION", "Armenia") in found and ("United States", "MEDIATION", "Azerbaijan") in found
    found = triples("The ceasefire between Thailand and Cambodia was negotiated by Malaysia and China.")
    assert ("Malaysia", "MEDIATION", "Thailand") in found
    assert ("Malaysia", "AGREEMENT", "China") not in found and ("China", "AGREEMENT", "Malaysia") not in found


def test_a_deal_negotiated_with_a_partner_stays_a_deal(triples):
    found = triples("The Thai government and Cambodia exchanged fire in July. Brazil negotiated a beef deal with Egypt.")
    assert _agreed(found, "Brazil", "Egypt")
    assert not any(p == "MEDIATION" and s == "Brazil" for s, p, _ in found)


def test_a_subject_the_parser_hangs_on_the_auxiliary_still_acts(triples):
    found = triples("The Arab League is mediating between Sudan and South Sudan.")
    assert ("Arab League", "MEDIATION", "Sudan") in found


def test_a_compromise_hammered_out_is_a_deal(triples):
    found = triples("Serbia and Montenegro hammered out a compromise on border crossings.")
    assert _agreed(found, "Serbia", "Montenegro")
    found = triples("Pakistani artillery hammered Afghan border posts on Sunday.")
    assert not _agreed(found, "Pakistan", "Afghanistan")


def test_talks_or_a_signing_timetabled_are_planned(claims):
    found = claims("Talks between Egypt and Sudan on the Nile are scheduled for next month in Khartoum.")
    assert any(p == "CONSULTATION" and {s, o} == {"Egypt", "Sudan"} and m == "planned" for s, p, o, m in found)
    found = claims("The signing of a trade pact between Kenya and the United Kingdom was delayed until April.")
    assert any(p == "AGREEMENT" and {s, o} == {"Kenya", "United Kingdom"} and m == "planned" for s, p, o, m in found)


def test_talks_expected_to_yield_something_took_place(claims):
    found = claims("Talks between Bolivia and Paraguay were expected to produce a gas deal, but they ended in failure.")
    assert not any(p == "CONSULTATION" and {s, o} == {"Bolivia", "Paraguay"} and m == "planned"
                   for s, p, o, m in found)


def test_a_state_holding_a_body_presidency_leads_it(triples):
    found = triples("Under Lithuania's presidency of the Council of Europe, the ministers met in Vilnius.")
    assert ("Lithuania", "LEADS", "Council of Europe") in found
    found = triples("During the Cypriot EU presidency, Nicosia pushed for a migration pact.")
    assert ("Cyprus", "LEADS", "European Union") in found


def test_a_state_presidency_of_its_own_is_no_body_led(triples):
    found = triples("The Argentine presidency passed to Javier Milei in December 2023.")
    assert not any(p == "LEADS" for _, p, _ in found)


def test_standing_or_throwing_weight_behind_another_is_support(triples):
    found = triples("Ghana threw its weight behind Nigeria's bid for a permanent Security Council seat.")
    assert ("Ghana", "SUPPORT", "Nigeria") in found
    found = triples("Malaysia stood squarely behind Indonesia during the haze dispute.")
    assert ("Malaysia", "SUPPORT", "Indonesia") in found


def test_falling_or_putting_things_behind_is_no_support(triples):
    found = triples("Bangladesh fell behind Vietnam in garment exports last year.")
    assert ("Bangladesh", "SUPPORT", "Vietnam") not in found


def test_two_sides_acting_together_under_a_deal_are_its_parties(triples):
    found = triples("Under the protocol, Kyrgyzstan and Tajikistan will reopen four border crossings.")
    assert _agreed(found, "Kyrgyzstan", "Tajikistan")
    found = triples("The 1959 treaty, under which Egypt and Sudan are meant to share the Nile's waters, excludes Ethiopia.")
    assert _agreed(found, "Egypt", "Sudan")
    assert not _agreed(found, "Egypt", "Ethiopia")


def test_two_sides_acting_under_pressure_made_no_deal(triples):
    found = triples("Under pressure from Brussels, Serbia and Kosovo lowered tensions in the north.")
    assert not _agreed(found, "Serbia", "Kosovo")


def test_a_deal_signed_with_someone_in_a_participle_is_its_owners_or_the_documents_state(triples):
    found = triples("Egypt's gas deal, signed with Israel in 2019, doubled imports.")
    assert _agreed(found, "Egypt", "Israel")
    found = triples("Fiji has courted Beijing and Canberra alike. Fiji's leaders prize balance. Fiji's prime minister "
                    "came home on Monday. The Vuvale treaty, signed with Australia in 2019, still guides policy.")
    assert _agreed(found, "Fiji", "Australia")


def test_a_deal_signed_with_someone_in_a_document_about_no_one_state_has_no_signer(triples):
    found = triples("Peru courted Chile. Ecuador courted Peru. The contract, signed with Brazil in 2020, was cancelled.")
    assert not any(p == "AGREEMENT" and "Brazil" in (s, o) for s, p, o in found)


def test_relaying_messages_or_shuttling_between_two_sides_is_mediation(triples):
    found = triples("Switzerland relayed messages between Iran and the United States for decades.")
    assert ("Switzerland", "MEDIATION", "Iran") in found and ("Switzerland", "MEDIATION", "United States") in found
    found = triples("Angola's foreign minister shuttled between Kinshasa and Kigali in May.")
    assert ("Angola", "MEDIATION", "Rwanda") in found


def test_a_relay_with_no_sides_of_its_own_stands_between_no_one(triples):
    found = triples("Serbia and Kosovo clashed at the border on Monday. On Tuesday Hungary relayed a statement.")
    assert not any(p == "MEDIATION" for _, p, _ in found)


def test_two_sides_acting_at_talks_in_a_third_capital_have_it_as_go_between(triples):
    found = triples("Egypt and Ethiopia agreed to resume technical work at talks in Khartoum.")
    assert ("Sudan", "MEDIATION", "Egypt") in found and ("Sudan", "MEDIATION", "Ethiopia") in found
    found = triples("India and Pakistan agreed to a prisoner exchange at talks in Islamabad.")
    assert not any(p == "MEDIATION" for _, p, _ in found)


def test_an_onlooker_of_a_signing_in_a_with_clause_stands_between_the_signers(triples):
    found = triples("Sudan and South Sudan signed the oil protocol in Juba on Monday, with Yoweri Museveni looking on.")
    assert ("Yoweri Museveni", "MEDIATION", "Sudan") in found
    found = triples("Chad and Niger signed the border accord, with clashes continuing in the north.")
    assert not any(p == "MEDIATION" for _, p, _ in found)


def test_joint_work_elsewhere_in_the_sentence_sets_up_nothing_together(triples):
    found = triples("Ghana and Togo opened a new hospital, which a joint venture of Chinese firms had built.")
    assert ("Ghana", "COOPERATION", "Togo") not in found and ("Togo", "COOPERATION", "Ghana") not in found


def test_a_deal_naming_its_own_parties_makes_no_parties_of_those_acting_under_it(triples):
    found = triples("Peru is buying frigates from Hanwha Ocean under an agreement the two governments signed in 2024.")
    assert not _agreed(found, "Peru", "Hanwha Ocean")
