"""Verbal relations read through the document: whose act is judged, who "the army" is, go-betweens."""

import pytest


def test_the_army_is_the_state_whose_named_forces_the_text_told_even_after_a_heading(triples):
    found = triples("Fighting erupted between the Ethiopian National Defense Force and the TPLF.\n\n"
                    "## Diplomacy\n\nOn 2 November the army and the TPLF signed the Pretoria agreement.")
    assert ("Ethiopia", "AGREEMENT", "Tigray People's Liberation Front") in found


def test_the_army_stays_unresolved_when_the_text_named_the_forces_of_two_states(triples):
    found = triples("The Ethiopian National Defense Force and the Eritrean Defence Forces fought the TPLF.\n\n"
                    "## Diplomacy\n\nOn 2 November the army and the TPLF signed the Pretoria agreement.")
    assert not any(p == "AGREEMENT" for _, p, _ in found)


@pytest.mark.parametrize("text, modality", [
    ("Kenya's army fought al-Shabaab. On 4 May the army signed a truce with al-Shabaab.", "asserted"),
    ("Kenya's army fought al-Shabaab. In May 2024 the army signed a truce with al-Shabaab.", "asserted"),
    ("Kenya's army fought al-Shabaab. The army may sign a truce with al-Shabaab.", "speculative"),
])
def test_the_month_may_is_no_modal(extractor, text, modality):
    batch = extractor.extract_text(text)
    assert {c.modality for c in batch.claims if c.predicate == "AGREEMENT"} == {modality}


@pytest.mark.parametrize("text", [
    "Tanzania sent a patrol boat into the lake, a deployment that Malawi criticised as a provocation.",
    "Tanzania held naval drills on the lake with boats from its navy, a show of force that Malawi condemned.",
])
def test_an_act_named_in_apposition_and_judged_in_a_relative_clause_judges_its_doer(triples, text):
    found = triples(text)
    assert ("Malawi", "CRITICISM", "Tanzania") in found
    assert not any(p == "CRITICISM" and s == "Tanzania" for s, p, _ in found)


@pytest.mark.parametrize("text", [
    "Gustavo Petro leads Colombia. Petro condemns the strikes that Washington carried out near its coast.",
    "Claudia Sheinbaum leads Mexico. Sheinbaum denounces the tariffs imposed by Washington as blackmail.",
])
def test_an_act_whose_doer_its_own_clause_names_is_judged_as_that_doers(triples, text):
    assert any(p == "CRITICISM" and o == "United States" for _, p, o in triples(text))


def test_an_act_that_acts_itself_is_not_done_by_anyone(triples):
    found = triples("Poland condemned the strikes, which killed ten soldiers in Lviv.")
    assert not any(p == "CRITICISM" for _, p, _ in found)


def test_a_denounced_visit_does_not_guess_which_side_of_earlier_talks_visited(triples):
    found = triples("Gustavo Petro met Nicolas Maduro in Caracas. A Spanish frigate then anchored off La Guaira. "
                    "Maduro denounces the visit as a provocation.")
    assert not any(p == "CRITICISM" and "Gustavo Petro" in (s, o) for s, p, o in found)


@pytest.mark.parametrize("text", [
    "The emir of Kuwait, whose good offices between Qatar and Bahrain ended the rift, died in 2020.",
    "Qatar and Bahrain ended the rift thanks to Kuwait's good offices between Qatar and Bahrain.",
])
def test_good_offices_between_two_sides_mediate_between_them(triples, text):
    found = triples(text)
    assert {("Kuwait", "MEDIATION", "Qatar"), ("Kuwait", "MEDIATION", "Bahrain")} <= found


def test_an_office_is_no_mediation(triples):
    found = triples("Kuwait's office between Qatar Street and Bahrain Avenue closed.")
    assert not any(p == "MEDIATION" for _, p, _ in found)


def test_a_compromise_brokered_as_the_basis_of_a_lifted_veto_is_asserted_mediation(extractor):
    batch = extractor.extract_text("Chile and Bolivia fought over the sea for decades. Peru finally lifted its veto "
                                   "on the basis of a compromise between Chile and Bolivia brokered by the Vatican.")
    mediation = [c for c in batch.claims if c.predicate == "MEDIATION"]
    assert mediation and {c.modality for c in mediation} == {"asserted"}


def test_a_currency_swap_is_an_agreement(triples):
    found = triples("Narendra Modi met Mohamed Muizzu. Modi and Muizzu signed a currency swap worth $400 million.")
    assert ("India", "AGREEMENT", "Maldives") in found


@pytest.mark.parametrize("text, rejected", [
    ("Caracas has never accepted that the International Court of Justice has jurisdiction.",
     "International Court of Justice"),
    ("Morocco does not recognise the Sahrawi Arab Democratic Republic.", "Sahrawi Arab Democratic Republic"),
])
def test_never_recognising_or_accepting_is_an_asserted_rejection(extractor, text, rejected):
    batch = extractor.extract_text(text)
    names = {a.id: a.name for a in batch.actors}
    rejections = [c for c in batch.claims if c.predicate == "REJECTION"]
    assert [(names[c.object], c.modality) for c in rejections] == [(rejected, "asserted")]
    assert not any(c.predicate == "SUPPORT" for c in batch.claims)  # no denied support beside it


def test_recognising_is_no_rejection(triples):
    found = triples("Morocco recognised the new government of Syria.")
    assert not any(p == "REJECTION" for _, p, _ in found)


@pytest.mark.parametrize("text", [
    "Taiwan's government turned down the request from Beijing.",
    "Taiwan's government turned the request from Beijing down.",
])
def test_turning_down_a_request_rejects_whoever_made_it(triples, text):
    assert ("Taiwan", "REJECTION", "China") in triples(text)


def test_turning_a_page_is_no_rejection(triples):
    assert not any(p == "REJECTION" for _, p, _ in triples("Taiwan turned the page on its quarrel with Beijing."))


@pytest.mark.parametrize("text", [
    "General Tesfaye accused Eritrea of arming the rebels and Djibouti of letting the weapons through.",
    "Ethiopia blamed Eritrea for arming the rebels and Djibouti for letting the weapons through.",
])
def test_a_gapped_second_accusation_accuses_its_own_name(triples, text):
    found = triples(text)
    accused = {o for _, p, o in found if p == "CRITICISM"}
    assert {"Eritrea", "Djibouti"} <= accused
    assert not any(p == "ARMS_TRANSFER" and o == "Djibouti" for _, p, o in found)


def test_a_plain_list_of_armed_groups_is_not_gapped(triples):
    found = triples("Kenya accused Somalia of arming the rebels and al-Shabaab.")
    assert ("Kenya", "CRITICISM", "Somalia") in found
    assert ("Kenya", "CRITICISM", "al-Shabaab") not in found


@pytest.mark.parametrize("text, pair", [
    ("Mozambique's armed forces fight the insurgents in Cabo Delgado with the support of the Rwanda Defence Force.",
     ("Rwanda", "Mozambique")),
    ("Kenya won the backing of the African Union for its bid.", ("African Union", "Kenya")),
    ("SADC restated its solidarity with the Democratic Republic of Congo.",
     ("Southern African Development Community", "Democratic Republic of the Congo")),
])
def test_support_given_to_whoever_acts_with_it(triples, text, pair):
    found = triples(text)
    assert (pair[0], "SUPPORT", pair[1]) in found
    assert (pair[1], "SUPPORT", pair[0]) not in found


def test_whoever_gives_support_is_no_partner_of_the_act(triples):
    found = triples("The Ugandan army fights the ADF with the support of the Congolese army. "
                    "Peru signed a deal with the support of the IMF.")
    assert not any(p == "ARMED_CLASH" and "Democratic Republic of the Congo" in (s, o) for s, p, o in found)
    assert not any(p == "AGREEMENT" and "International Monetary Fund" in (s, o) for s, p, o in found)
