"""Forms added in session 12 (helper extract12): constructions that cover families of sentences the
loader missed (founding members read as verbs, reduced passives of place, descriptions coordinated in
an apposition, neighbours, co-signers and guests met with a companion)."""

import pytest


def _either(found, a, predicate, b):
    return (a, predicate, b) in found or (b, predicate, a) in found


@pytest.mark.parametrize("text", [
    "The Indian Ocean Rim Association, of which Kenya and Tanzania are founding members together with Oman and "
    "Yemen, met in Nairobi.",
    "Kenya and Tanzania are founding members of the Indian Ocean Rim Association, together with Oman and Yemen.",
])
def test_founding_members_is_no_progressive_verb(triples, text):
    found = triples(text)
    for state in ("Kenya", "Tanzania", "Oman", "Yemen"):
        assert (state, "MEMBER_OF", "Indian Ocean Rim Association") in found, found


def test_a_real_progressive_stays_a_verb(extractor):
    from diplograph.loaders.articles.nlp import load_pipeline

    doc = load_pipeline()("Kenya and Tanzania are training soldiers in Arusha.")
    training = next(t for t in doc if t.lower_ == "training")
    assert training.dep_ != "amod" and doc[training.i + 1].dep_ == "dobj"


@pytest.mark.parametrize("text, firm, state", [
    ("Baykar, based in Istanbul, doubled its exports.", "Baykar", "Turkey"),
    ("Rheinmetall, a weapons maker headquartered in Düsseldorf, hired staff.", "Rheinmetall", "Germany"),
])
def test_a_reduced_passive_of_place_says_where_a_body_is_based(triples, text, firm, state):
    assert (firm, "BASED_IN", state) in triples(text)


@pytest.mark.parametrize("text", [
    "Greece, Turkey's neighbour and NATO ally, objected to the plan.",
    "Turkey's neighbour Greece objected to the plan.",
])
def test_a_states_neighbour_borders_it(triples, text):
    assert _either(triples(text), "Greece", "BORDERS", "Turkey")


def test_a_description_coordinated_in_an_apposition_describes_the_name(triples):
    found = triples("Portugal, Spain's neighbour and NATO ally, objected to the plan.")
    assert ("Portugal", "MEMBER_OF", "North Atlantic Treaty Organization") in found, found


def test_a_neighbour_of_a_state_borders_it(triples):
    assert _either(triples("Laos is a neighbour of Thailand."), "Laos", "BORDERS", "Thailand")


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a joint declaration with Argentina in Lima.",
    "In May Boric went to Lima, where he and Peru's president, Dina Boluarte, signed a joint declaration with "
    "Argentina.",
])
def test_co_signers_of_a_declaration_with_a_third_are_parties_to_it(triples, text):
    found = triples(text)
    assert _either(found, "Chile", "AGREEMENT", "Peru") or _either(found, "Gabriel Boric", "AGREEMENT",
                                                                   "Dina Boluarte"), found
    assert _either(found, "Peru", "AGREEMENT", "Argentina") or _either(found, "Dina Boluarte", "AGREEMENT",
                                                                       "Argentina"), found


def test_whom_one_meets_with_a_companion_is_met_too(triples):
    found = triples("On Monday Lula met Gabriel Boric in Santiago with President Javier Milei.")
    assert _either(found, "Luiz Inácio Lula da Silva", "CONSULTATION", "Gabriel Boric"), found
    assert _either(found, "Luiz Inácio Lula da Silva", "CONSULTATION", "Javier Milei"), found


@pytest.mark.parametrize("text", [
    "Kenya and Uganda released a joint communiqué on trade.",
    "After the talks Ruto and Museveni issued a joint statement on the border.",
    "Kenya issued a joint declaration with Uganda on Friday.",
])
def test_a_joint_text_two_sides_put_out_is_their_agreement(triples, text):
    found = triples(text)
    assert _either(found, "Kenya", "AGREEMENT", "Uganda") or _either(
        found, "William Ruto", "AGREEMENT", "Yoweri Museveni"), found


def test_statements_each_side_issues_are_no_agreement(triples):
    assert not any(p == "AGREEMENT" for _, p, _ in triples("Kenya and Uganda issued statements on the floods."))


def test_who_fights_beside_an_ally_against_a_foe_clashes_with_the_foe(triples):
    found = triples("Chadian troops fought alongside Nigerien soldiers against Boko Haram near the lake.")
    assert ("Chad", "ARMED_CLASH", "Boko Haram") in found, found
    assert ("Chad", "SUPPORT", "Niger") in found, found


def test_challenging_a_measure_criticises_whoever_took_it(triples):
    assert ("Canada", "CRITICISM", "China") in triples(
        "Canada challenged the Chinese tariffs at the World Trade Organization.")


def test_a_partner_in_a_venture_and_its_companions_belong_to_it(triples):
    found = triples("Leonardo is a partner in the Eurofighter consortium together with Airbus.")
    assert ("Leonardo", "AFFILIATED_WITH", "Eurofighter GmbH") in found, found
    assert ("Airbus", "AFFILIATED_WITH", "Eurofighter GmbH") in found, found


def test_a_venture_named_after_a_state_makes_no_partner_of_the_state(triples):
    found = triples("Eni is a partner in the Mozambique LNG consortium.")
    assert not any(o == "Mozambique" for _, _, o in found), found


def test_a_partner_country_of_a_bloc_cooperates_with_it(triples):
    assert ("Kenya", "COOPERATION", "BRICS") in triples("Kenya has been a partner country of BRICS since 2024.")


def test_a_name_before_a_models_name_after_a_verb_of_giving_is_the_recipient(triples):
    assert ("France", "ARMS_TRANSFER", "Greece") in triples("France has sold Greece Rafale fighter jets and frigates.")


def test_alarm_voiced_at_a_deed_criticises_its_doer(triples):
    assert ("Amnesty International", "CRITICISM", "Egypt") in triples(
        "Amnesty International expressed alarm at Egyptian air strikes in Libya.")


@pytest.mark.parametrize("text, state, body", [
    ("Peru, a state party to the Rome Statute since 2001, ignored the request.", "Peru",
     "International Criminal Court"),
    ("Tajikistan became a party to the Collective Security Treaty in 1994.", "Tajikistan",
     "Collective Security Treaty Organization"),
])
def test_a_party_to_a_bodys_founding_treaty_is_a_member_of_the_body(triples, text, state, body):
    assert (state, "MEMBER_OF", body) in triples(text)


def test_not_being_a_party_to_a_founding_treaty_is_a_denied_membership(triples):
    found, batch = triples("Kazakhstan is not a party to the Rome Statute.", with_claims=True)
    assert [c.modality for c in batch.claims if c.predicate == "MEMBER_OF"] == ["denied"], found


def test_a_party_of_a_state_is_no_treaty_party(triples):
    assert not any(p == "MEMBER_OF" for _, p, _ in triples("The ruling party of Kenya won the vote in May."))


@pytest.mark.parametrize("text, lifter, target", [
    ("The United States lifted its sanctions on Syria in June.", "United States", "Syria"),
    ("The EU will ease sanctions against Belarus next year.", "European Union", "Belarus"),
    ("Washington announced the lifting of sanctions on Venezuela.", "United States", "Venezuela"),
])
def test_lifting_a_measure_is_a_step_in_the_targets_favour(triples, text, lifter, target):
    found = triples(text)
    assert (lifter, "SUPPORT", target) in found, found


def test_imposing_a_measure_is_no_support(triples):
    found = triples("Canada imposed sanctions on Iran in May.")
    assert ("Canada", "COERCION", "Iran") in found and ("Canada", "SUPPORT", "Iran") not in found, found


@pytest.mark.parametrize("text, a, b", [
    ("Japan continued to seek a strategic relationship with China.", "Japan", "China"),
    ("Vietnam has forged a comprehensive partnership with Australia.", "Vietnam", "Australia"),
])
def test_ties_forged_or_sought_are_cooperation(triples, text, a, b):
    assert (a, "COOPERATION", b) in triples(text)


@pytest.mark.parametrize("text", ["Ruto attended Lula's swearing-in in January.",
                                  "Ruto flew to Lula's inauguration in Brasilia."])
def test_a_guest_at_a_leaders_ceremony_meets_the_leader(triples, text):
    assert _either(triples(text), "William Ruto", "CONSULTATION", "Luiz Inácio Lula da Silva")


@pytest.mark.parametrize("text, follower, leader, predicate, target", [
    ("Britain joined France in condemning Iran.", "United Kingdom", "France", "CRITICISM", "Iran"),
    ("Germany followed the United States in sanctioning Venezuela.", "Germany", "United States", "COERCION",
     "Venezuela"),
])
def test_whom_one_joins_in_an_act_does_it_too(triples, text, follower, leader, predicate, target):
    found = triples(text)
    assert (follower, predicate, target) in found and (leader, predicate, target) in found, found


def test_a_body_linked_to_another_is_affiliated_with_it(triples):
    found = triples("Shahed Aviation Industries, a firm linked to the Islamic Revolutionary Guard Corps, makes drones.")
    assert ("Shahed Aviation Industries", "AFFILIATED_WITH", "Islamic Revolutionary Guard Corps") in found, found


@pytest.mark.parametrize("text, owner, host", [
    ("Turkish troops remain on Iraqi territory.", "Turkey", "Iraq"),
    ("Russia maintains a naval base on Syrian soil.", "Russia", "Syria"),
    ("The United Kingdom keeps two sovereign base areas on Cyprus.", "United Kingdom", "Cyprus"),
])
def test_forces_on_a_states_ground_are_present_there(triples, text, owner, host):
    assert (owner, "MILITARY_PRESENCE", host) in triples(text)


def test_talks_on_a_state_place_no_one_there(triples):
    assert not any(p == "MILITARY_PRESENCE" for _, p, _ in triples("Kenya and Uganda held talks on Somalia."))


def test_a_position_a_state_rejects_is_its_holders(triples):
    found = triples("Erdogan repeated that the island must be split, a position that Nicosia and Athens reject.")
    assert ("Cyprus", "REJECTION", "Turkey") in found and ("Greece", "REJECTION", "Turkey") in found, found


@pytest.mark.parametrize("text, sender, receiver", [
    ("Mexico sent 29 prisoners to the United States in February.", "Mexico", "United States"),
    ("Colombia handed over three suspects to Ecuador.", "Colombia", "Ecuador"),
])
def test_detainees_one_state_hands_to_another_are_cooperation(triples, text, sender, receiver):
    found = triples(text)
    assert (sender, "COOPERATION", receiver) in found and (sender, "AID", receiver) not in found, found
