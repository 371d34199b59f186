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
