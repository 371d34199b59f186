"""Sides and references the document gives outside the sentence (session 15, extract15a): parts of a body
named for the body, and the pairs "the two governments" stands for. Every document here is our own invention."""

import pytest


@pytest.mark.parametrize("text, found", [
    ("The International Criminal Court opened a case on Sudan in 2005. In May Pre-Trial Chamber I issued an arrest "
     "warrant for Ahmed Haroun.", ("International Criminal Court", "COERCION", "Ahmed Haroun")),
    ("Chad was asked by the International Criminal Court to arrest the visitor. In 2011 the Chamber found that "
     "Malawi had failed to comply with its obligations.", ("International Criminal Court", "CRITICISM", "Malawi")),
    ("The International Criminal Court sits in The Hague. The same Chamber later found that Burundi had failed to "
     "cooperate with the investigation.", ("International Criminal Court", "CRITICISM", "Burundi")),
])
def test_a_courts_chamber_acts_for_the_court_named_before(triples, text, found):
    assert found in triples(text)


@pytest.mark.parametrize("text", [
    # no court named: a chamber is someone else's
    "In May the Chamber found that Malawi had failed to comply with its obligations.",
    # a house of parliament or a chamber of something is no court, whatever court was named
    "The International Criminal Court sits in The Hague. The Upper Chamber found that Malawi had failed to comply "
    "with its obligations.",
    "The International Criminal Court sits in The Hague. The Chamber of Commerce found that Malawi had failed to "
    "comply with its obligations.",
])
def test_a_chamber_with_no_court_named_or_of_another_body_is_not_the_court(triples, text):
    assert not any(s == "International Criminal Court" and o == "Malawi" for s, p, o in triples(text))


@pytest.mark.parametrize("text, found", [
    ("Chad has armed the rebels for years. Its president met their chief in June.\n\nQatar is back as well. The two "
     "governments agreed in May to reopen embassies, which N'Djamena had closed in 2017.",
     ("Qatar", "AGREEMENT", "Chad")),
    ("Brazil sells beef across Asia.\n\nVietnam has joined in. The two governments signed a trade accord on Monday, "
     "which Brasilia hopes will double exports.", ("Vietnam", "AGREEMENT", "Brazil")),
])
def test_the_two_governments_are_the_one_the_paragraph_named_and_the_one_the_sentence_names_later(
        triples, text, found):
    got = triples(text)
    assert found in got or found[::-1] in got


@pytest.mark.parametrize("text", [
    # two actors named in the paragraph: the pair is not taken from this rule
    "Egypt backs the army. Iran is back as well, and Turkey too. The two governments agreed in May to restore "
    "relations, which Khartoum had severed in 2016.",
    # the later actor is no subject of its clause
    "Iran is back as well. The two governments agreed in May to send advisers to Khartoum.",
])
def test_no_pair_from_one_actor_in_the_paragraph_when_it_is_not_alone_or_the_later_one_does_nothing(triples, text):
    got = triples(text)
    assert ("Iran", "AGREEMENT", "Sudan") not in got and ("Sudan", "AGREEMENT", "Iran") not in got



@pytest.mark.parametrize("text, found, not_found", [
    ("Armenia and Azerbaijan fought again in 2023.\n\nQatar and Oman facilitated the talks in Doha at which the two "
     "countries signed a border accord.", ("Armenia", "AGREEMENT", "Azerbaijan"), ("Qatar", "AGREEMENT", "Oman")),
    ("Peru and Ecuador have argued over fishing rights for years.\n\nBrazil and Chile hosted the round in Brasilia "
     "in which both sides agreed on a joint patrol.", ("Peru", "AGREEMENT", "Ecuador"), ("Brazil", "AGREEMENT", "Chile")),
])
def test_the_hosts_or_facilitators_of_what_the_two_sides_do_are_not_the_two_sides(triples, text, found, not_found):
    got = triples(text)
    assert found in got or found[::-1] in got
    assert not_found not in got and not_found[::-1] not in got


@pytest.mark.parametrize("text, found, not_found", [
    ("In March the M23 attacked Goma, the capital of North Kivu in Congo. Uganda and Burundi sent troops to the "
     "border.\n\nIn June the two sides signed a ceasefire in Doha.", ("M23", "AGREEMENT", "Democratic Republic of the Congo"),
     ("Uganda", "AGREEMENT", "Burundi")),
    ("Ethiopia and Eritrea fought a border war from 1998. Djibouti and Somalia watched.\n\nIn 2000 the two sides "
     "agreed to a truce in Algiers.", ("Ethiopia", "AGREEMENT", "Eritrea"), ("Djibouti", "AGREEMENT", "Somalia")),
])
def test_the_two_sides_of_a_truce_are_those_of_the_fighting_told_last(triples, text, found, not_found):
    got = triples(text)
    assert found in got or found[::-1] in got
    assert not_found not in got and not_found[::-1] not in got


def test_the_two_sides_of_a_truce_with_no_fighting_told_are_read_as_before(triples):
    got = triples("Uganda and Burundi sent envoys to the border.\n\nIn June the two sides signed a ceasefire.")
    assert ("Uganda", "AGREEMENT", "Burundi") in got or ("Burundi", "AGREEMENT", "Uganda") in got
