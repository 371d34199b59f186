"""Session 21 (extract21d): the weakest predicates in aggregate (REJECTION, DISPUTE, AID): what binds defied or
not complied with, more words of a quarrel, a stance rejected in apposition, a recipient or a partner of aid
(sentences of our own)."""


def test_defying_the_rulings_of_a_court_rejects_the_court(triples):
    assert ("Hungary", "REJECTION", "European Court of Justice") in \
        triples("Hungary has been defying decisions of the European Court of Justice.")
    assert ("Serbia", "REJECTION", "International Court of Justice") in \
        triples("Serbia ignored the rulings of the International Court of Justice.")
    assert ("Israel", "REJECTION", "Security Council") in triples("Israel ignored the Security Council's resolutions.")


def test_defying_or_ignoring_an_actor_itself_or_its_deeds_is_no_rejection(triples):
    assert ("Iran", "REJECTION", "United States") not in \
        triples("Iran defied the United States and launched missiles at Israel.")
    assert ("Russia", "REJECTION", "Ukraine") not in triples("Russia ignored Ukraine's strikes on the refinery.")


def test_not_complying_with_an_order_rejects_its_author_complying_does_not(triples):
    assert ("Russia", "REJECTION", "International Court of Justice") in \
        triples("Moscow did not comply with the order of the International Court of Justice.")
    assert ("Venezuela", "REJECTION", "International Court of Justice") in \
        triples("Caracas refused to comply with the ruling of the International Court of Justice.")
    assert ("Myanmar", "REJECTION", "International Court of Justice") in \
        triples("Myanmar has never obeyed the rulings of the International Court of Justice.")
    assert ("Kenya", "REJECTION", "International Court of Justice") not in \
        triples("Kenya complied with the order of the International Court of Justice.")
    assert ("Kenya", "REJECTION", "African Union") not in triples("Kenya heeded the demands of the African Union.")


def test_friction_a_rift_and_wrangling_between_two_states_are_a_dispute(triples):
    assert ("Morocco", "DISPUTE", "Algeria") in \
        triples("The deal ended years of friction between Morocco and Algeria over the border.")
    assert ("Rwanda", "DISPUTE", "Burundi") in triples("The rift between Rwanda and Burundi has widened.")
    assert ("Chile", "DISPUTE", "Bolivia") in \
        triples("Decades of wrangling between Chile and Bolivia over sea access ended at the court.")


def test_a_recipient_of_aid_receives_aid_not_arms(triples):
    found = triples("The Solomon Islands is the biggest recipient of Australian aid in the Pacific.")
    assert ("Australia", "AID", "Solomon Islands") in found
    assert ("Australia", "ARMS_TRANSFER", "Solomon Islands") not in found
    assert ("France", "ARMS_TRANSFER", "Egypt") in triples("Egypt is the largest customer of French arms in Africa.")


def test_a_stance_or_an_idea_rejected_in_apposition_rejects_who_holds_it(triples):
    assert ("Cyprus", "REJECTION", "Northern Cyprus") in \
        triples("Ersin Tatar insisted on two states on the island, a position that Nicosia rejects.")
    assert ("Somalia", "REJECTION", "Kenya") in triples("Kenya proposed a joint patrol, an idea that Somalia rejected.")
    assert ("Somalia", "REJECTION", "Kenya") in \
        triples("Kenya said Somalia should hold talks. Mogadishu rejected the idea.")


def test_a_development_partner_gives_aid_to_whose_partner_it_is(triples):
    assert ("Japan", "AID", "Laos") in triples("Japan is Laos's largest development partner.")
    assert ("Australia", "AID", "Papua New Guinea") in \
        triples("Australia, the main development partner of Papua New Guinea, opened a new hospital.")
    assert ("China", "AID", "Pakistan") not in triples("China is Pakistan's closest partner.")


def test_money_or_help_given_to_help_someone_is_aid_to_them(triples):
    assert ("Germany", "AID", "Syria") in triples("Germany pledged 100 million euros in humanitarian aid to help Syria.")
    assert ("Norway", "AID", "Somalia") in triples("Norway gave 20 million dollars to help Somalia fight the drought.")
    assert ("Sweden", "AID", "Greece") in triples("Sweden sent two firefighting planes to help Greece.")
    assert ("Japan", "AID", "Sudan") in triples("Japan announced 50 million dollars to help Sudan.")
    assert ("World Bank", "AID", "Malawi") in \
        triples("The World Bank approved a grant of $300 million to help Malawi rebuild after the cyclone.")
    found = triples("Qatar gave $1 billion to Egypt to help Gaza.")
    assert ("Qatar", "AID", "Egypt") in found


def test_troops_sent_to_help_a_state_are_there_and_no_aid(triples):
    found = triples("France sent troops to help Mali fight the jihadists.")
    assert ("France", "MILITARY_PRESENCE", "Mali") in found
    assert ("France", "AID", "Mali") not in found


def test_a_stake_in_a_place_of_a_state_is_an_investment_in_that_state(triples):
    assert ("COSCO Shipping", "INVESTMENT", "Peru") in \
        triples("The Chinese company Cosco owns 60 per cent of the port of Chancay.")


def test_a_request_not_granted_or_agreed_to_is_rejected(triples):
    assert ("Indonesia", "REJECTION", "Russia") in triples("Indonesia did not agree to Russia's request for a base.")
    assert ("Ghana", "REJECTION", "Nigeria") in \
        triples("Ghana has not granted Nigeria's request for the extradition of the activist.")
    assert ("Panama", "REJECTION", "United States") in triples("Panama never acceded to the demands of the United States.")
    assert ("Ghana", "REJECTION", "Nigeria") not in triples("Ghana granted Nigeria's request for the extradition.")
    assert ("Indonesia", "REJECTION", "Russia") not in triples("Indonesia agreed to Russia's request.")
    assert ("Indonesia", "REJECTION", "Russia") not in triples("Indonesia did not agree to a deal with Russia.")
    assert ("Russia", "REJECTION", "Ukraine") not in triples("Russia has not granted Ukraine access to the plant.")


def test_a_threat_to_act_against_someone_threatens_them_and_the_act_is_not_done(claims):
    found = claims("Russia's threat to invade Moldova alarmed the region.")
    assert ("Russia", "THREAT", "Moldova", "asserted") in found
    assert ("Russia", "ATTACK", "Moldova", "asserted") not in found
    found = claims("Washington dismissed Moscow's threat to retaliate against Finland.")
    assert any(s == "Russia" and p == "THREAT" and o == "Finland" for s, p, o, _ in found)
    assert not any(s == "Russia" and p == "THREAT" and o == "United States" for s, p, o, _ in found)


def test_a_claim_laid_to_land_or_a_territorial_claim_is_a_dispute_with_its_holder(triples):
    assert ("Ethiopia", "DISPUTE", "Eritrea") in triples("Ethiopia lays claim to parts of the Eritrean coast.")
    assert ("Venezuela", "DISPUTE", "Guyana") in \
        triples("Venezuela's territorial claim against Guyana dates back a century.")
    assert ("China", "DISPUTE", "Vietnam") in \
        triples("China has staked a claim to Vietnam's islands in the South China Sea.")
    assert ("Iran", "DISPUTE", "United Nations") not in \
        triples("Iran made claims to the United Nations about the strike.")
    assert ("Russia", "DISPUTE", "Ukraine") not in \
        triples("Russia's claims that Ukraine attacked the plant were rejected by Kyiv.")


def test_a_states_largest_investor_invests_in_it(triples):
    assert ("China", "INVESTMENT", "Cambodia") in triples("China is Cambodia's largest investor.")
    assert ("Japan", "INVESTMENT", "Vietnam") in triples("Japan, the biggest investor in Vietnam, opened a new plant.")
    assert ("China", "INVESTMENT", "Cambodia") not in triples("Cambodia is China's largest investor.")


def test_funding_sent_to_a_place_is_no_investment_there(triples):
    found = triples("In June Wellington paused 18.2 million New Zealand dollars of funding to Rarotonga.")
    assert ("New Zealand", "INVESTMENT", "Cook Islands") not in found
    assert ("Japan", "AID", "Kenya") in triples("Japan's funding to Kenya rose sharply.")
    assert ("China", "INVESTMENT", "Zambia") in triples("Chinese investment in Zambia has soared.")


def test_coming_to_someones_rescue_or_defence_backs_them(triples):
    assert ("Turkey", "SUPPORT", "Azerbaijan") in triples("Turkey came to the aid of Azerbaijan.")
    assert ("Turkey", "SUPPORT", "Azerbaijan") in triples("Turkey came to Azerbaijan's rescue.")
    assert ("Russia", "SUPPORT", "Belarus") in triples("Russia rushed to the defence of Belarus.")
    assert ("Egypt", "SUPPORT", "Sudan") not in triples("Egypt came to the talks with Sudan.")


def test_states_that_claim_the_same_land_are_in_dispute(triples):
    assert ("Japan", "DISPUTE", "China") in triples("Both Japan and China claim the Senkaku Islands.")
    assert ("Vietnam", "DISPUTE", "Philippines") in triples("Vietnam and the Philippines claim parts of the sea.")
    assert ("Russia", "DISPUTE", "China") not in triples("Russia and China claim that the West is encircling them.")
    assert ("Russia", "DISPUTE", "Belarus") not in triples("Russia and Belarus claimed victory.")


def test_contesting_a_states_sovereignty_is_a_dispute_with_it(triples):
    assert ("Bolivia", "DISPUTE", "Chile") in triples("Bolivia contests Chile's sovereignty over the coastline.")
    assert ("Argentina", "DISPUTE", "United Kingdom") in \
        triples("Argentina questions British sovereignty over the Falklands.")
    assert ("Kenya", "DISPUTE", "Somalia") not in triples("Kenya disputed Somalia's account of the clash.")
    assert ("Spain", "DISPUTE", "Morocco") not in triples("Spain respects Morocco's sovereignty.")


def test_a_response_foretold_on_someones_condition_threatens_them(triples):
    assert ("Russia", "THREAT", "Finland") in triples("Moscow said it would respond militarily if Finland joined NATO.")
    assert ("Iran", "THREAT", "Israel") in triples("Iran warned that it will retaliate if Israel strikes its nuclear sites.")
    assert ("China", "THREAT", "Japan") in \
        triples("China said it would take resolute action if Japan interfered in Taiwan.")
    assert not any(p == "THREAT" for _, p, _ in triples("Moscow said NATO would respond if Russia attacked Estonia."))
    assert ("Germany", "THREAT", "Russia") not in triples("Germany said it would support Moldova if Russia invaded.")


def test_a_ruling_rejected_with_no_author_is_the_court_named_before(triples):
    assert ("China", "REJECTION", "Permanent Court of Arbitration") in triples(
        "In 2016 the Permanent Court of Arbitration ruled in favour of Manila. Beijing rejected the award as null and void.")
    assert ("Russia", "REJECTION", "International Criminal Court") in triples(
        "The International Criminal Court issued warrants for two generals. Moscow has ignored the warrants.")
    assert ("Kenya", "REJECTION", "International Court of Justice") not in triples(
        "The International Court of Justice ruled on Monday. Kenya welcomed the ruling.")
