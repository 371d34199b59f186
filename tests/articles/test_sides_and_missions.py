"""Acts two sides do to each other, what a failed defence says of the attack, which firm "the
Turkish firm" is, whom a bare title serves, and forces serving in a body's mission: each
construction shown on sentences of our own."""


def _claims(triples, text):
    _, batch = triples(text, with_claims=True)
    names = {a.id: a.name for a in batch.actors}
    return {(names[c.subject], c.predicate, names[c.object]): c for c in batch.claims}


# -- sides acting on each other ------------------------------------------------------------------

def test_forces_set_against_each_other_along_a_line_mobilise_both_ways(triples):
    found = triples("Ethiopia and Eritrea fought in 1998. In the years that followed, both sides massed "
                    "troops along the border.")
    assert {("Ethiopia", "MOBILIZATION", "Eritrea"), ("Eritrea", "MOBILIZATION", "Ethiopia")} <= found


def test_each_other_makes_the_subjects_act_on_each_other(triples):
    found = triples("Armenia and Azerbaijan accused each other of breaking the truce in May.")
    assert {("Armenia", "CRITICISM", "Azerbaijan"), ("Azerbaijan", "CRITICISM", "Armenia")} <= found
    found = triples("The two neighbours, Kenya and Somalia, have threatened one another since 2019.")
    assert {("Kenya", "THREAT", "Somalia"), ("Somalia", "THREAT", "Kenya")} <= found


def test_a_lone_subject_with_each_other_relates_no_one(triples):
    assert not {t for t in triples("Peru and its miners blamed each other.") if t[1] == "CRITICISM"}


def test_charges_and_strikes_traded_go_both_ways(triples):
    found = triples("Ethiopia and Eritrea traded accusations over the border in March.")
    assert {("Ethiopia", "CRITICISM", "Eritrea"), ("Eritrea", "CRITICISM", "Ethiopia")} <= found
    found = triples("India and Pakistan traded strikes in May 2025.")
    assert {("India", "ATTACK", "Pakistan"), ("Pakistan", "ATTACK", "India")} <= found
    assert ("Venezuela", "THREAT", "Guyana") in triples("Caracas exchanged threats with Georgetown.")


def test_trading_goods_is_no_act_between_the_sides(triples):
    found = triples("Brazil and Argentina traded goods worth billions last year.")
    assert not {t for t in found if t[1] in ("CRITICISM", "THREAT", "ATTACK")}


# -- what a failed defence or a failed stop says of the act ----------------------------------------

def test_what_a_state_failed_to_defend_against_happened(triples):
    claims = _claims(triples, "The CSTO failed to defend Tajikistan against Afghan incursions in 2021.")
    assert claims[("Afghanistan", "ATTACK", "Tajikistan")].modality == "asserted"
    assert claims[("Collective Security Treaty Organization", "SUPPORT", "Tajikistan")].modality == "denied"


def test_failing_to_stop_an_act_leaves_it_done(triples):
    claims = _claims(triples, "The mission failed to stop Rwandan incursions into the Congo.")
    assert claims[("Rwanda", "ATTACK", "Democratic Republic of the Congo")].modality == "asserted"
    claims = _claims(triples, "Brussels refused to lift its sanctions on Belarus.")
    assert claims[("European Union", "COERCION", "Belarus")].modality == "asserted"


def test_an_undoing_alone_still_denies(triples):
    claims = _claims(triples, "Brussels lifted its sanctions on Belarus in 2015.")
    assert claims[("European Union", "COERCION", "Belarus")].modality == "denied"


# -- which firm "the Turkish firm" is --------------------------------------------------------------

def test_a_firm_named_by_its_nationality_is_the_last_firm_of_that_state(triples):
    found = triples("Pakistan held talks with Baykar and Thales. The Turkish firm will deliver drones to Pakistan.")
    assert ("Baykar", "ARMS_TRANSFER", "Pakistan") in found
    assert ("Thales", "BASED_IN", "Turkey") not in found
    found = triples("Pakistan held talks with Baykar and Thales. The French firm will deliver drones to Pakistan.")
    assert ("Thales", "ARMS_TRANSFER", "Pakistan") in found
    assert ("Baykar", "BASED_IN", "France") not in found


# -- whom a bare title serves ----------------------------------------------------------------------

def test_a_bare_title_does_not_serve_the_state_its_holder_accuses(triples):
    found = triples("After General Musa Bako, a member of the army command, accused the Emirates of arming "
                    "the rebels and Chad of letting the cargo through, N'Djamena expelled four diplomats.")
    assert ("Musa Bako", "AFFILIATED_WITH", "Chad") not in found
    assert ("Musa Bako", "CRITICISM", "Chad") in found
