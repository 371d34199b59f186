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
