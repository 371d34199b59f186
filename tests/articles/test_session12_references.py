"""Sides the document gives only by context (session 12): an office with no name and no owner, a part of a
firm or a state's agency under a possessive pronoun. Every document here is our own invention."""

import pytest


@pytest.mark.parametrize("text, found", [
    ("Peru has long quarrelled with Chile over the sea border. Peru says the talks failed. The foreign minister "
     "accused Chile of bad faith.", ("Peru", "CRITICISM", "Chile")),
    ("Ghana's economy is recovering after the debt crisis. Ghana exports cocoa and gold. The president met the "
     "Chinese ambassador on Monday.", ("Ghana", "CONSULTATION", "China")),
    ("Ghana's economy is recovering. Ghana exports cocoa. Ghana has a new cabinet. The defence minister visited "
     "Togo on Monday.", ("Ghana", "CONSULTATION", "Togo")),
])
def test_an_unnamed_office_serves_the_state_the_text_is_about(triples, text, found):
    assert found in triples(text)


@pytest.mark.parametrize("text", [
    # someone else's office: a nationality, an of-phrase
    "Ghana's economy is recovering. Ghana exports cocoa. Ghana has a new cabinet. The Togolese defence minister "
    "criticised Benin on Monday.",
    "Ghana's economy is recovering. Ghana exports cocoa. Ghana has a new cabinet. The president of the Commission "
    "criticised Benin on Monday.",
    # no state stands out
    "Ghana and Benin met Togo. The defence minister criticised Niger on Monday.",
])
def test_an_office_that_says_whose_it_is_or_a_text_about_no_one_state_gives_no_side(triples, text):
    assert not any(p == "CRITICISM" and s == "Ghana" for s, p, o in triples(text))


@pytest.mark.parametrize("text, found", [
    ("Hanwha is a South Korean conglomerate. Its defence division builds the K9 howitzer.",
     ("Hanwha", "MANUFACTURES", "K9 Thunder")),
    ("Rheinmetall is expanding in the east. Its ammunition unit will supply shells to Ukraine.",
     ("Rheinmetall", "ARMS_TRANSFER", "Ukraine")),
    ("Georgia has quarrelled with Armenia for a year. Its State Security Service then expelled two Armenian "
     "diplomats.", ("Georgia", "COERCION", "Armenia")),
])
def test_a_part_or_agency_under_a_possessive_pronoun_acts_for_its_owner(triples, text, found):
    assert found in triples(text)


def test_a_possessive_pronoun_on_an_agency_is_never_a_firm(triples):
    found = triples("Rheinmetall opened a plant in Hungary. Its Supervisory Committee later criticised Poland.")
    assert not any(p == "CRITICISM" and o == "Poland" for s, p, o in found)


@pytest.mark.parametrize("text, found", [
    ("HARARE (Wire) - Foreign Minister Tendai Moyo accused Zambia on Friday of hosting rebels.",
     ("Tendai Moyo", "AFFILIATED_WITH", "Zimbabwe")),
    ("HARARE, May 2 (Wire) - The defence minister accused Zambia on Friday of hosting rebels.",
     ("Zimbabwe", "CRITICISM", "Zambia")),
    ("Cattle raids strain border\n\nHARARE - Interior Minister Tendai Moyo met the Zambian envoy.",
     ("Zimbabwe", "CONSULTATION", "Zambia")),
])
def test_a_bare_title_in_a_wire_story_serves_the_state_of_its_dateline(triples, text, found):
    assert found in triples(text)


def test_a_release_issued_in_a_capital_gives_its_officials_no_state(triples):
    found = triples("NEWS RELEASE\n\nSaab AB\n\nStockholm, 2 May 2024\n\nSaab welcomes the decision of Colombia, "
                    "announced by the Minister of Defence, Ivan Rojas, to buy Gripen jets.")
    assert ("Ivan Rojas", "AFFILIATED_WITH", "Sweden") not in found


def test_a_dateline_gives_way_to_the_state_the_story_is_about(triples):
    found = triples("HARARE (Wire) - Zambia's cabinet met on Friday. Zambia says the talks failed, and Zambia "
                    "recalled its envoy. Foreign Minister Tendai Moyo then accused Malawi of hosting rebels.")
    assert ("Tendai Moyo", "AFFILIATED_WITH", "Zambia") in found
    assert ("Tendai Moyo", "AFFILIATED_WITH", "Zimbabwe") not in found


def test_a_roundup_of_items_filed_from_several_places_has_no_dateline_state(triples):
    # (session 17: each item's own dateline gives that item's bare titles their state, never another item's)
    found = triples("HARARE - Foreign Minister Tendai Moyo accused Zambia of hosting rebels.\n\n"
                    "LUSAKA - Defence Minister Mwila Banda visited Malawi on Monday.")
    assert ("Tendai Moyo", "AFFILIATED_WITH", "Zambia") not in found
    assert ("Mwila Banda", "AFFILIATED_WITH", "Zimbabwe") not in found
    assert ("Mwila Banda", "AFFILIATED_WITH", "Zambia") in found


@pytest.mark.parametrize("text, found", [
    ("Ecuador has long quarrelled with Colombia over the border. The government has now recalled its ambassador "
     "from Bogota.", ("Ecuador", "PROTEST", "Colombia")),
    ("Ecuador has long quarrelled with Colombia over the border. The authorities expelled two Colombian diplomats "
     "on Monday.", ("Ecuador", "COERCION", "Colombia")),
])
def test_the_government_is_never_a_state_its_own_clause_names_beside_it(triples, text, found):
    assert found in triples(text)


def test_the_government_still_points_back_to_the_state_named_last_when_its_clause_names_no_other(triples):
    found = triples("Ecuador accused Colombia of spying on Monday. The government rejected the charge and "
                    "criticised Ecuador.")
    assert ("Colombia", "CRITICISM", "Ecuador") in found
