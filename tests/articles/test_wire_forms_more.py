"""More everyday wire-story forms, one family each: what a state receives from another, acts a
government orders carried out, forces sent into a country, and amounts measured by weight or load."""

import pytest


@pytest.mark.parametrize("text, giver, receiver", [
    ("Lebanon received humanitarian aid from Kuwait.", "Kuwait", "Lebanon"),
    ("Kenya secured a loan from the IMF.", "International Monetary Fund", "Kenya"),
    ("Senegal received a $300 million loan from the World Bank to upgrade its grid.", "World Bank", "Senegal"),
])
def test_what_one_receives_from_another_the_other_gives(triples, text, giver, receiver):
    assert (giver, "AID", receiver) in triples(text)


@pytest.mark.parametrize("text, actor, target", [
    ("Guatemala ordered the expulsion of two Nicaraguan diplomats.", "Guatemala", "Nicaragua"),
    ("Poland announced the expulsion of Russia's consul in Gdansk.", "Poland", "Russia"),
    ("Turkey ordered the arrest of 20 Syrian nationals.", "Turkey", "Syria"),
])
def test_an_expulsion_or_arrest_a_government_orders_is_its_own(triples, text, actor, target):
    assert (actor, "COERCION", target) in triples(text)


@pytest.mark.parametrize("text", [
    "Ukraine demanded sanctions against Russia.",
    "Kyiv urged sanctions against Moscow.",
])
def test_demanding_a_measure_is_not_taking_it(triples, text):
    assert not any(p == "COERCION" for _, p, _ in triples(text))


@pytest.mark.parametrize("text, sender, place", [
    ("Uganda sent troops into eastern Congo to hunt rebels.", "Uganda", "Democratic Republic of the Congo"),
    ("Ethiopia dispatched soldiers into Somalia.", "Ethiopia", "Somalia"),
])
def test_forces_sent_into_a_country_are_there(triples, text, sender, place):
    assert (sender, "MILITARY_PRESENCE", place) in triples(text)


@pytest.mark.parametrize("text", [
    "Kuwait handed over 50 tonnes of medical supplies to Lebanon.",
    "Kuwait sent two shipments of food to Lebanon.",
])
def test_goods_counted_by_weight_or_load_are_what_is_given(triples, text):
    assert ("Kuwait", "AID", "Lebanon") in triples(text)
