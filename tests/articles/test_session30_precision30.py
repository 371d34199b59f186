"""Session 30 (precision30): constructions that look like relations and are not (sentences of our own).

- People who fled a state ("Syrian refugees", "Afghan migrants") never stand for it.
- A clash between named people, or over a matter, with no fighting told, is a quarrel (DISPUTE), not a battle.
- Leaders who witness the signing of memoranda with no signers named witness their own governments' deal.
- Ties broken off (suspended, cut, dropped) held until then: they are neither told nor denied.
"""


def test_people_who_fled_a_state_do_not_stand_for_it(triples):
    assert ("Canada", "SUPPORT", "Syria") not in triples("Canada granted asylum to Syrian refugees last year.")
    assert not any(o == "Afghanistan" for _, _, o in triples("Germany offered shelter to Afghan migrants."))
    # the state itself, or its government, still receives what is given, and a deed against them presses the state
    assert ("Japan", "AID", "Syria") in triples("Japan sent humanitarian aid to the Syrian government.")
    assert ("Dominican Republic", "COERCION", "Haiti") in triples(
        "The Dominican Republic has stepped up deportations of Haitian migrants since October.")


def test_a_clash_of_words_is_a_quarrel_and_a_clash_of_troops_a_fight(triples):
    found = triples("Prime Minister Sitiveni Rabuka clashed with Canberra over the fishing treaty.")
    assert ("Fiji", "DISPUTE", "Australia") in found and ("Fiji", "ARMED_CLASH", "Australia") not in found
    found = triples("President Gustavo Petro clashed with Donald Trump.")
    assert not any(p == "ARMED_CLASH" for _, p, _ in found)
    # troops, a killing or a place fought over keep the fight
    assert ("India", "ARMED_CLASH", "China") in triples("Indian and Chinese troops clashed in the Galwan valley.")
    found = triples("Azerbaijan and Armenia clashed over the disputed border, killing four soldiers.")
    assert ("Azerbaijan", "ARMED_CLASH", "Armenia") in found


def test_leaders_witnessing_their_own_governments_signing_mediate_nothing(triples):
    found = triples("Polish Prime Minister Donald Tusk met Japanese Prime Minister Fumio Kishida in Tokyo. "
                    "The two leaders witnessed the signing of memoranda of understanding on shipbuilding.")
    assert not any(p == "MEDIATION" for _, p, _ in found)
    # a third party who witnesses two others sign stands between them
    found = triples("In Kuala Lumpur, Malaysia's prime minister Anwar Ibrahim witnessed the signing of a joint "
                    "declaration by Thailand's prime minister Anutin Charnvirakul and Cambodia's prime minister Hun Manet.")
    assert ("Malaysia", "MEDIATION", "Thailand") in found and ("Malaysia", "MEDIATION", "Cambodia") in found


def test_ties_broken_off_are_neither_told_nor_denied(claims):
    found = claims("Iran suspended its cooperation with the IAEA in July.")
    assert not any(p == "COOPERATION" for _, p, _, _ in found)
    assert ("Iran", "COERCION", "International Atomic Energy Agency", "asserted") in found
    found = claims("The government cut aid to Colombia and suspended the energy agreements with Trinidad and Tobago.")
    assert not any(p in ("AID", "AGREEMENT") for _, p, _, _ in found)
    # a break refused or negated leaves the tie going on
    found = claims("Germany refused to suspend aid to Ukraine.")
    assert ("Germany", "AID", "Ukraine", "asserted") in found
    assert any(p == "AGREEMENT" for _, p, _, _ in claims("Japan signed a cooperation agreement with Vietnam."))


def test_harm_promised_on_a_condition_is_a_threat_made_now(claims):
    found = claims("Washington said it would sanction Ankara if it bought more Russian missiles.")
    assert ("United States", "THREAT", "Turkey", "asserted") in found
    assert not any(p == "COERCION" for _, p, _, _ in found)
    found = claims("Morocco warned that it would expel the Algerian ambassador unless Algiers apologised.")
    assert ("Morocco", "THREAT", "Algeria", "asserted") in found
    # the writer's own conjecture stays the act, and pressure kept until something happens goes on
    found = claims("Egypt might strike RSF columns itself if the fighting nears its border.")
    assert ("Egypt", "ATTACK", "Rapid Support Forces", "speculative") in found
    found = claims("Washington said it will keep its sanctions on Caracas until the elections are held.")
    assert not any(p == "THREAT" for _, p, _, _ in found)


def test_a_people_describing_a_group_is_not_a_group_of_its_own(triples):
    found = triples("Kinshasa accuses Kigali of cooperating with the FDLR, a Rwandan Hutu armed group based in North Kivu.")
    assert not any("Hutu" in s or "Hutu" in o for s, _, o in found)
    found = triples("The attack was carried out by the Red Hill Army, a mostly Nuer militia, near the town of Nasir.")
    assert not any("Nuer" in s or "Nuer" in o for s, _, o in found)


def test_a_digest_sub_head_takes_no_earlier_items_sides(triples):
    text = ("Four capitals and their deals\n\n"
            "Hanoi: an old quarrel eased\n\n"
            "On 3 May Vietnam and Cambodia agreed to reopen two border crossings closed since 2020.\n\n"
            "Muscat: a swap brokered by Oman\n\n"
            "In June Iran released two French citizens in exchange for an Iranian engineer held in France.")
    found = triples(text)
    assert ("Vietnam", "AGREEMENT", "Cambodia") in found
    assert not any(s == "Oman" and o in ("Vietnam", "Cambodia") for s, _, o in found)
    # within one item the deal told just before is still the one brokered
    found = triples("Vietnam and Cambodia agreed to reopen two border crossings. The deal was brokered by Laos.")
    assert ("Laos", "MEDIATION", "Vietnam") in found and ("Laos", "MEDIATION", "Cambodia") in found
