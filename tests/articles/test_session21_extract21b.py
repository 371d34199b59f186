"""Session 21 (extract21b): constructions met in unseen real prose from the Americas, Africa and the Middle
East: fighters outside a state's forces are not the state their demonym names, forces loyal to a person
are not his country's, the one an act befell is not judged in the passive either, two states recalling
their ambassadors protest to each other (sentences of our own)."""


def test_backing_rebels_a_demonym_qualifies_backs_no_state(triples):
    found = triples("Later incursions by Ugandan troops and Kampala's backing of Sudanese rebels prolonged the conflict.")
    assert ("Uganda", "SUPPORT", "Sudan") not in found
    found = triples("Qatar has long backed Syrian rebels fighting the government in Damascus.")
    assert ("Qatar", "SUPPORT", "Syria") not in found


def test_arming_militias_a_demonym_qualifies_arms_no_state(triples):
    found = triples("Ethiopia accused Egypt of arming Somali militias.")
    assert ("Egypt", "ARMS_TRANSFER", "Somalia") not in found
    assert ("Ethiopia", "CRITICISM", "Egypt") in found
    found = triples("Ankara's support for Libyan militias angered Cairo.")
    assert ("Turkey", "SUPPORT", "Libya") not in found


def test_named_rebels_and_state_forces_are_still_read(triples):
    assert ("Rwanda", "SUPPORT", "M23") in triples("Rwanda backs the M23 rebels, a UN report said.")
    assert ("Iran", "ARMS_TRANSFER", "Houthis") in triples("Iran has armed the Houthi rebels for years.")
    assert ("Turkey", "ATTACK", "Iraq") in triples("Turkish jets struck Kurdish militants in northern Iraq.")


def test_forces_loyal_to_a_person_are_not_his_countrys(triples):
    found = triples("The UAE has supplied drones to forces loyal to Sudanese general Mohamed Hamdan Dagalo.")
    assert ("United Arab Emirates", "ARMS_TRANSFER", "Sudan") not in found
    assert ("Russia", "ARMS_TRANSFER", "Syria") in triples("Russia sent jets to forces loyal to Damascus.")


def test_the_one_an_act_befell_is_not_judged_in_the_passive(triples):
    found = triples("Former president Evo Morales' arrest was condemned by Venezuela.")
    assert ("Venezuela", "CRITICISM", "Evo Morales") not in found
    found = triples("Angola's arrest of the opposition leader was condemned by Portugal.")  # the doer stays judged
    assert ("Portugal", "CRITICISM", "Angola") in found


def test_two_states_recalling_their_ambassadors_protest_to_each_other(triples):
    found = triples("Ghana and Togo recalled their ambassadors on Monday over the border row.")
    assert ("Ghana", "PROTEST", "Togo") in found and ("Togo", "PROTEST", "Ghana") in found
    found = triples("Peru and Chile recalled their envoys after the incident.")
    assert ("Peru", "PROTEST", "Chile") in found and ("Chile", "PROTEST", "Peru") in found


def test_states_recalling_their_ambassadors_from_a_third_protest_to_it_alone(triples):
    found = triples("Bolivia and Nicaragua recalled their ambassadors from Washington.")
    assert ("Bolivia", "PROTEST", "United States") in found and ("Nicaragua", "PROTEST", "United States") in found
    assert ("Bolivia", "PROTEST", "Nicaragua") not in found
    found = triples("Mali, Burkina Faso and Niger have recalled their ambassadors.")
    assert not any(p == "PROTEST" for _, p, _ in found)
