"""What an act is depends on what it acts on: a partnership signed is a deal, aid held back is
coercion, a label put into law coerces where a label spoken criticises, a town seized is attacked."""

import pytest


def test_a_signed_partnership_is_an_agreement_not_a_programme_of_cooperation(triples):
    found = triples("Fiji's prime minister signed a comprehensive strategic partnership with China in Beijing.")
    assert ("Fiji", "AGREEMENT", "China") in found
    assert ("Fiji", "COOPERATION", "China") not in found
    assert ("Fiji", "COOPERATION", "China") in triples("Fiji's partnership with China has deepened.")


@pytest.mark.parametrize("text, giver, recipient", [
    ("In June Wellington paused 18 million dollars of funding to Rarotonga.", "New Zealand", "Cook Islands"),
    ("Washington withheld $95 million in aid from Cairo.", "United States", "Egypt"),
])
def test_aid_held_back_is_coercion(triples, text, giver, recipient):
    assert (giver, "COERCION", recipient) in triples(text)


def test_pausing_talks_is_no_coercion(triples):
    assert not any(p == "COERCION" for _, p, _ in triples("The US paused talks with Iran."))


def test_a_label_put_into_law_coerces_and_a_label_spoken_criticises(triples):
    assert ("United States", "COERCION", "Tren de Aragua") in triples(
        "The US designated Tren de Aragua a foreign terrorist organisation in February.")
    assert ("Turkey", "CRITICISM", "Kurdistan Workers' Party") in triples(
        "Turkey considers the PKK a terrorist organisation.")


@pytest.mark.parametrize("text, taker, state", [
    ("M23 rebels seized Bukavu in February.", "M23", "Democratic Republic of the Congo"),
    ("M23 fighters entered Goma on Monday.", "M23", "Democratic Republic of the Congo"),
    ("The Taliban took Kabul in August 2021.", "Taliban", "Afghanistan"),
])
def test_a_town_taken_by_force_is_an_attack_on_its_state(triples, text, taker, state):
    found = triples(text)
    assert (taker, "ATTACK", state) in found
    assert (taker, "COERCION", state) not in found


def test_a_ship_seized_is_coercion_not_an_attack(triples):
    found = triples("Iran seized a British tanker in the Strait of Hormuz.")
    assert ("Iran", "COERCION", "United Kingdom") in found
    assert ("Iran", "ATTACK", "United Kingdom") not in found


def test_a_known_firm_is_based_in_its_home_state_when_the_sentence_names_that_state(triples):
    found = triples("Several Turkish firms have won orders: Baykar is delivering drones to the Polish army.")
    assert ("Baykar", "BASED_IN", "Turkey") in found
    assert not any(p == "BASED_IN" for _, p, _ in triples("Baykar is delivering drones to the Polish army."))


def test_a_contract_a_firm_signs_with_a_state_is_a_sale_and_a_deal(triples):
    found = triples("Hanwha Aerospace signed a contract with Romania for 54 K9 howitzers.")
    assert ("Hanwha", "ARMS_TRANSFER", "Romania") in found
    assert ("Hanwha", "AGREEMENT", "Romania") in found
    assert ("Baykar", "AGREEMENT", "Kyrgyzstan") not in triples("Baykar had deals with Kyrgyzstan for drones.")


@pytest.mark.parametrize("text, coercer, coerced", [
    ("India restricted Bangladeshi imports at land crossings in May.", "India", "Bangladesh"),
    ("Beijing halted imports of Japanese seafood.", "China", "Japan"),
    ("Iran suspended cooperation with the IAEA in July.", "Iran", "International Atomic Energy Agency"),
    ("The United States removed Turkey from the F-35 programme in 2019.", "United States", "Turkey"),
])
def test_curbs_on_goods_work_or_programmes_coerce(triples, text, coercer, coerced):
    assert (coercer, "COERCION", coerced) in triples(text)


def test_shutting_someone_out_of_summits_rejects_them(triples):
    found = triples("In 2021 ASEAN barred Myanmar from its summits.")
    assert ("Association of Southeast Asian Nations", "REJECTION", "Myanmar") in found
    assert not any(p == "COERCION" for _, p, _ in found)


def test_a_curb_on_ones_own_goods_or_talks_is_no_coercion(triples):
    assert not any(p == "COERCION" for _, p, _ in triples("Taiwan will not halt its talks with the United States."))
