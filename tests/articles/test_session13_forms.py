"""Forms added in session 13 (helper extract13): sentence-level constructions that name a doer or a
thing away from its verb (series designations, makers in reduced relatives and appositions, the
weapon a relative clause is said of)."""

import pytest


@pytest.mark.parametrize("text, name", [
    ("The navy picked the Type 31 frigate for its new squadron.", "Type 31"),
    ("Hanoi took delivery of two Project 20380 corvettes last year.", "Project 20380"),
    ("Canberra wants eleven Hobart-class destroyers.", "Hobart-class"),
])
def test_a_series_designation_before_a_weapon_noun_is_a_weapon(extractor, text, name):
    batch = extractor.extract_text(text)
    assert any(a.type == "weapon" and a.name == name for a in batch.actors), [(a.name, a.type) for a in batch.actors]


def test_a_series_word_without_a_weapon_noun_names_nothing(extractor):
    batch = extractor.extract_text("Type 2 diabetes rates rose in Chile, and the Project 2025 plan was debated.")
    assert not [a for a in batch.actors if a.type == "weapon"]


@pytest.mark.parametrize("text, maker, weapon", [
    # a reduced relative on the weapon, between commas
    ("The Royal Navy chose the Type 31 frigate, designed by Hanwha, for its fleet.", "Hanwha", "Type 31"),
    # a reduced relative on an apposition of the weapon
    ("Ankara showed 20 Hurjet trainers, a light attack design developed by Turkish Aerospace.",
     "Turkish Aerospace", "Hürjet"),
    # a relative clause whose object is the weapon, its subject a pronoun
    ("Hanwha exhibited the K9 howitzer, which it builds at Changwon.", "Hanwha", "K9 Thunder"),
    ("Warsaw wants more of the K2 tank, which Hyundai Rotem assembles in Changwon.", "Hyundai Rotem",
     "K2 Black Panther"),
])
def test_the_maker_of_a_weapon_named_away_from_its_verb(triples, text, maker, weapon):
    found = triples(text)
    assert (maker, "MANUFACTURES", weapon) in found, found


@pytest.mark.parametrize("text, sellers, buyer", [
    # a model bought: its known maker's state sells; the maker too when the text names it
    ("Greece ordered 24 Rafale jets in 2021.", ["France"], "Greece"),
    ("Dassault Aviation said that Greece ordered 24 Rafale jets.", ["Dassault Aviation", "France"], "Greece"),
    # a contract for a model signed by both sides: the side of the model's maker sells to the other
    ("Officials of the Greek and French defence ministries signed a contract for 24 Rafale jets.", ["France"], "Greece"),
    # a maker named in a reduced relative on the model bought
    ("Warsaw selected the Type 31 frigate, designed by Hanwha, for its navy.", ["Hanwha"], "Poland"),
])
def test_a_model_bought_comes_from_its_maker(triples, text, sellers, buyer):
    found = triples(text)
    for seller in sellers:
        assert (seller, "ARMS_TRANSFER", buyer) in found, found
    assert (buyer, "ARMS_TRANSFER", sellers[-1]) not in found, found


@pytest.mark.parametrize("text", [
    "Greece flies Rafale jets over the Aegean.",  # flying a model says nothing of whom it was bought from
    "Greece ordered 24 Rafale jets from the United Arab Emirates.",  # a seller named wins
])
def test_a_model_used_or_bought_elsewhere_is_not_bought_from_its_maker(triples, text):
    assert ("France", "ARMS_TRANSFER", "Greece") not in triples(text)


def test_a_seller_named_elsewhere_in_the_sentence_wins_over_the_maker(triples):
    found = triples("Chile signed a contract with Norway in 2023 to buy 12 used F-16 fighters.")
    assert ("Norway", "ARMS_TRANSFER", "Chile") in found, found
    assert ("United States", "ARMS_TRANSFER", "Chile") not in found, found


@pytest.mark.parametrize("text, body, members", [
    ("The Quad is a grouping of four democracies: Australia, India, Japan and the United States.",
     "Quadrilateral Security Dialogue", ["Australia", "India", "Japan", "United States"]),
    ("Ministers of the Quad, a forum of four states: Australia, India, Japan and the United States, met in Tokyo.",
     "Quadrilateral Security Dialogue", ["Australia", "India", "Japan", "United States"]),
])
def test_a_body_described_by_the_states_it_is_made_of(triples, body, members, text):
    found = triples(text)
    for state in members:
        assert (state, "MEMBER_OF", body) in found, found


def test_a_body_made_of_states_named_without_a_list_has_no_members(triples):
    found = triples("The Quad is a grouping of four democracies, and Australia praised it.")
    assert not [t for t in found if t[1] == "MEMBER_OF"], found


@pytest.mark.parametrize("text", [
    "The JEF is a UK-led force of northern European nations: Norway, Sweden and Denmark.",
    "Ministers met in Oslo for the JEF, a UK-led force of northern European nations: Norway, Sweden and Denmark.",
])
def test_the_leader_of_a_described_body(triples, text):
    found = triples(text)
    assert ("United Kingdom", "LEADS", "Joint Expeditionary Force") in found, found
    assert ("United Kingdom", "MEMBER_OF", "Joint Expeditionary Force") in found, found
    assert ("Norway", "MEMBER_OF", "Joint Expeditionary Force") in found, found


@pytest.mark.parametrize("text, triple", [
    ("The M23, which is equipped, trained and funded by Rwanda, took the town.", ("Rwanda", "ARMS_TRANSFER", "M23")),
    ("The Houthis, who are supplied and financed by Iran, fired missiles.", ("Iran", "ARMS_TRANSFER", "Houthis")),
])
def test_passive_verbs_coordinated_share_the_last_ones_by_phrase(triples, text, triple):
    found = triples(text)
    assert triple in found, found


@pytest.mark.parametrize("text, seller, buyer", [
    ("Vietnam's purchase of BrahMos missiles was completed in 2024.", "India", "Vietnam"),
    ("Croatia's order for 12 Rafale jets was signed in 2021.", "France", "Croatia"),
])
def test_a_purchase_named_as_a_noun_comes_from_the_models_maker(triples, text, seller, buyer):
    found = triples(text)
    assert (seller, "ARMS_TRANSFER", buyer) in found, found


@pytest.mark.parametrize("text, triple", [
    # (the parser reads "was closed" as the main clause, "sanctioned" as its conjunct)
    ("The United Kingdom, whose embassy in Kabul was closed, sanctioned the Taliban.",
     ("United Kingdom", "COERCION", "Taliban")),
    ("The United States, whose embassy in Niamey was closed, sanctioned the junta of Niger.",
     ("United States", "COERCION", "Niger")),
])
def test_the_main_verb_after_a_whose_clause_keeps_its_subject(triples, text, triple):
    found = triples(text)
    assert triple in found, found


def test_a_whose_clause_read_right_stays_as_it_is(extractor):
    from diplograph.loaders.articles.nlp import load_pipeline

    doc = load_pipeline()("Kyiv condemned Russia, whose forces shelled Kharkiv overnight.")
    shelled = next(t for t in doc if t.lower_ == "shelled")
    assert shelled.dep_ == "relcl" and shelled.head.text == "Russia"


@pytest.mark.parametrize("text, owner, host", [
    # a base named after its place: the place says where it is, its apposition whose it is
    ("Since 2002 Djibouti has hosted Camp Lemonnier, the main American base in Africa.", "United States", "Djibouti"),
    ("Turkey hosts Incirlik Air Base, a key American facility.", "United States", "Turkey"),
    ("Since 2003 Qatar has hosted Al Udeid Air Base, the largest American installation in the region.",
     "United States", "Qatar"),
])
def test_a_base_named_after_its_place_belongs_to_whom_its_apposition_says(triples, text, owner, host):
    found = triples(text)
    assert (owner, "MILITARY_PRESENCE", host) in found, found
    assert not [t for t in found if t[0] in ("Incirlik Air Base", "Base")], found


@pytest.mark.parametrize("text, triple", [
    ("Caracas is holding six Colombian nationals.", ("Venezuela", "COERCION", "Colombia")),
    ("Manila demanded the release of the Filipino fishermen held by China since May.",
     ("China", "COERCION", "Philippines")),
])
def test_holding_anothers_people_presses_their_state(triples, text, triple):
    found = triples(text)
    assert triple in found, found


def test_holding_talks_with_citizens_is_no_custody(triples):
    found = triples("Kenya held talks on trade with Ugandan officials in Kampala.")
    assert not [t for t in found if t[1] == "COERCION"], found


@pytest.mark.parametrize("text", [
    "Washington sanctioned two Turkish firms, Baykar and Aselsan, in May.",
    "The ban hit two Turkish companies, Baykar and Aselsan.",
])
def test_a_plural_description_before_a_list_of_firms_places_each(triples, text):
    found = triples(text)
    assert ("Baykar", "BASED_IN", "Turkey") in found and ("Aselsan", "BASED_IN", "Turkey") in found, found


@pytest.mark.parametrize("text, triple", [
    ("Reporters asked about Viktor Bout, on whom Washington imposed an asset freeze in 2006.",
     ("United States", "COERCION", "Viktor Bout")),
    ("The ICC issued an arrest warrant against Netanyahu in November.",
     ("International Criminal Court", "COERCION", "Benjamin Netanyahu")),
    ("Lawyers cited Netanyahu, against whom the ICC issued a warrant in November.",
     ("International Criminal Court", "COERCION", "Benjamin Netanyahu")),
])
def test_measures_and_warrants_against_whom_a_relative_names(triples, text, triple):
    found = triples(text)
    assert triple in found, found


@pytest.mark.parametrize("text, triple", [
    ("Beijing lifted its import restrictions on Australia in 2024.", ("China", "SUPPORT", "Australia")),
    ("Ottawa's tariffs on Chinese steel angered Beijing.", ("Canada", "COERCION", "China")),
])
def test_a_measure_named_on_someone(triples, text, triple):
    found = triples(text)
    assert triple in found, found


def test_a_measure_on_people_of_no_state_is_none(triples):
    assert not triples("The ministry eased border controls on travellers in May.")


def test_winning_a_run_off_written_with_a_hyphen(triples):
    found = triples("Daniel Noboa, who won Ecuador's presidential run-off in April, met Lula.")
    assert ("Daniel Noboa", "AFFILIATED_WITH", "Ecuador") in found, found


def test_a_weapon_of_a_firm_is_made_by_it_and_of_a_state_is_only_its_own(triples):
    found = triples("The navy shortlisted the Type 31 frigate of Babcock International and the FDI frigate of Naval Group.")
    assert ("Babcock International", "MANUFACTURES", "Type 31") in found, found
    found = triples("The Leopard 2 tanks of Poland were sent to Kyiv.")
    assert not [t for t in found if t[1] == "MANUFACTURES"], found
