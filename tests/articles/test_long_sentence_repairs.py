"""Acts whose doer or target the parser loses in long sentences: relative clauses opened by a
preposition, participles with a by-phrase read as finite verbs, relative verbs read as nouns, and
verbs coordinated around one object or one subject (sentences of our own)."""

import pytest


@pytest.fixture(scope="module")
def parse():
    from diplograph.loaders.articles.nlp import load_pipeline

    return load_pipeline()


def _token(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, contributors, place", [
    ("The SADC Mission in Mozambique (SAMIM), deployed in Cabo Delgado since 9 August 2021, to which Botswana, "
     "Angola and Lesotho contribute troops, ended its mandate.", ("Botswana", "Angola", "Lesotho"), "Mozambique"),
    ("UNIFIL, to which Ghana and Nepal contribute troops, patrols the Blue Line.", ("Ghana", "Nepal"), "Lebanon"),
])
def test_states_that_contribute_troops_to_a_named_mission_are_present_where_it_serves(triples, text,
                                                                                       contributors, place):
    found = triples(text)
    assert {(c, "MILITARY_PRESENCE", place) for c in contributors} <= found


def test_a_relative_clause_opened_by_a_preposition_is_rebuilt_on_the_noun_it_is_said_of(parse):
    doc = parse("The mission, set up in Juba on 9 July 2011, to which Rwanda and Kenya contribute police, "
                "ends in May.")
    verb = _token(doc, "contribute")
    assert verb.pos_ == "VERB" and verb.dep_ == "relcl" and verb.head.text == "mission"
    assert {c.text for c in verb.children if c.dep_ == "nsubj"} == {"Rwanda"}
    assert _token(doc, "to").head == verb and _token(doc, "police").head == verb


def test_a_relative_clause_the_parser_read_right_is_left_alone(parse):
    doc = parse("The deal, under which Spain will supply patrol boats to Senegal, was signed in Dakar.")
    verb = _token(doc, "supply")
    assert _token(doc, "under").head == verb and verb.head.text == "deal"


@pytest.mark.parametrize("text, sides", [
    ("The Prespa Agreement, concluded in June 2018 by Greece and North Macedonia, ended a long quarrel.",
     ("Greece", "North Macedonia")),
    ("The Tashkent accord, signed in March 2022 by Uzbekistan and Tajikistan, settled the border.",
     ("Uzbekistan", "Tajikistan")),
])
def test_a_participle_with_a_by_phrase_read_as_a_finite_verb_names_the_parties(triples, parse, text, sides):
    assert (sides[0], "AGREEMENT", sides[1]) in triples(text) or (sides[1], "AGREEMENT", sides[0]) in triples(text)
    doc = parse(text)
    participle = next(t for t in doc if t.lower_ in ("concluded", "signed"))
    assert participle.tag_ == "VBN" and participle.dep_ == "acl"
    assert next(t for t in doc if t.dep_ == "ROOT").lower_ in ("ended", "settled")


@pytest.mark.parametrize("text, supplier, supplied", [
    ("Hamas, the Palestinian group that Iran arms and funds, fired rockets at Israel.", "Iran", "Hamas"),
    ("The Houthis, a movement that Tehran arms, seized a ship in the Red Sea.", "Iran", "Houthis"),
])
def test_verbs_of_a_relative_clause_read_as_nouns_are_verbs_again(triples, text, supplier, supplied):
    assert (supplier, "ARMS_TRANSFER", supplied) in triples(text)


def test_a_verb_coordinated_right_after_another_acts_on_the_same_object(triples):
    found = triples("Hamas, the Palestinian group that Iran arms and funds, fired rockets at Israel.")
    assert ("Iran", "AID", "Hamas") in found


def test_a_verb_coordinated_with_a_complement_of_its_own_does_not_take_the_other_object(triples):
    found = triples("In 2019 the Kenyan government seized and refused to hand over the assets of Somalia.")
    assert not any(p == "REJECTION" for _, p, _ in found)


def test_a_passive_verb_coordinated_with_another_shares_its_subject(triples):
    found = triples("The truce was brokered by Egypt and signed by Israel and Hamas in Cairo.")
    assert ("Israel", "AGREEMENT", "Hamas") in found or ("Hamas", "AGREEMENT", "Israel") in found
