"""Session 19 (extract19d): the buyer of a contract awarded in the passive ("was awarded a contract by X
to build ..."), leaving a body told as a noun ("their withdrawal from ECOWAS"), and allies or rivals named
as examples after "like" or "such as" (sentences of our own)."""


def test_the_by_phrase_of_an_awarded_contract_is_whom_the_work_is_for(triples):
    found = triples("Fincantieri was awarded a contract by Qatar to build four corvettes.")
    assert ("Fincantieri", "ARMS_TRANSFER", "Qatar") in found
    found = triples("Hanwha Aerospace has been granted a contract by Romania to supply 54 howitzers.")
    assert ("Hanwha", "ARMS_TRANSFER", "Romania") in found
    found = triples("China Harbour Engineering was given a contract by Ghana to build a new port.")
    assert ("Ghana", "AGREEMENT", "China Harbour Engineering Company") in found
    assert not any(p == "ARMS_TRANSFER" for _, p, _ in found)


def test_a_contract_awarded_by_no_one_named_gives_no_buyer(triples):
    found = triples("Airbus was awarded a contract to build two observation satellites.")
    assert not any(p == "ARMS_TRANSFER" for _, p, _ in found)


def test_a_withdrawal_from_a_body_told_as_a_noun_rejects_it_as_the_verb_does(claims):
    found = claims("Rwanda, Burundi and Angola announced their withdrawal from the Economic Community of Central "
                   "African States.")
    for state in ("Rwanda", "Burundi", "Angola"):
        assert (state, "REJECTION", "Economic Community of Central African States", "asserted") in found
    found = claims("The withdrawal of Nicaragua from the Organization of American States took effect in November.")
    assert ("Nicaragua", "REJECTION", "Organization of American States", "asserted") in found
    found = claims("Burundi's exit from the International Criminal Court was a first.")
    assert ("Burundi", "REJECTION", "International Criminal Court", "asserted") in found


def test_a_withdrawal_from_a_state_or_of_troops_from_a_mission_rejects_no_one(triples):
    found = triples("Britain completed its withdrawal from Iraq in 2009.")
    assert not any(p == "REJECTION" for _, p, _ in found)
    found = triples("Kenya announced the withdrawal of its troops from the African Union mission in Somalia.")
    assert not any(p == "REJECTION" for _, p, _ in found)


def test_allies_and_rivals_named_after_like_or_such_as_are_the_owners(triples):
    found = triples("Egypt and its regional rivals such as Ethiopia are competing for the Nile's waters.")
    assert ("Ethiopia", "RIVALRY", "Egypt") in found
    found = triples("Canberra and partners like New Zealand and Fiji welcomed the agreement.")
    assert ("New Zealand", "COOPERATION", "Australia") in found
    assert ("Fiji", "COOPERATION", "Australia") in found
    found = triples("China and its allies, such as Cambodia and Laos, opposed the statement.")
    assert ("Cambodia", "COOPERATION", "China") in found
    found = triples("Armenia's rivals like Azerbaijan objected.")
    assert ("Azerbaijan", "RIVALRY", "Armenia") in found


def test_allies_like_without_an_owner_or_other_kinds_named_as_examples_relate_no_one(triples):
    found = triples("Allies like Poland and Estonia have voiced doubts about the plan.")
    assert not any(p == "COOPERATION" for _, p, _ in found)
    found = triples("Brazil and countries like India abstained.")
    assert not any(p in ("COOPERATION", "RIVALRY") for _, p, _ in found)
