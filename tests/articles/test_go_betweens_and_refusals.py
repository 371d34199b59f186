"""Go-betweens named in an opening phrase, refusals of dealings, papers that speak for their
authors, and fighters that are never a body: one family of sentences each."""

import pytest


@pytest.mark.parametrize("text, mediator, sides", [
    ("Through the good offices of Oman, Iran and the United States exchanged prisoners.",
     "Oman", ("Iran", "United States")),
    ("Through Oman's good offices, Iran and the United States exchanged prisoners in 2023.",
     "Oman", ("Iran", "United States")),
    ("With the mediation of Qatar, Israel and Hamas agreed to a truce.", "Qatar", ("Israel", "Hamas")),
    ("Under the auspices of the African Union, Ethiopia and Eritrea signed a peace deal.",
     "African Union", ("Ethiopia", "Eritrea")),
    ("Thanks to Turkey's mediation, Russia and Ukraine signed a grain deal.", "Turkey", ("Russia", "Ukraine")),
])
def test_a_go_between_named_in_the_opening_phrase_mediates_between_those_who_act(triples, text, mediator,
                                                                                    sides):
    found = triples(text)
    assert {(mediator, "MEDIATION", side) for side in sides} <= found
    assert not any(s == mediator and p == "AGREEMENT" or o == mediator and p == "AGREEMENT" for s, p, o in found)


def test_the_sides_of_a_deal_made_with_a_mediators_help_are_each_others_partners(triples):
    assert ("Israel", "AGREEMENT", "Hamas") in triples("With the mediation of Qatar, Israel and Hamas agreed to a truce.")


def test_an_opening_list_is_left_whole_when_the_verb_has_its_own_subject(triples):
    found = triples("With the support of Russia, Iran and Syria, the army retook Aleppo.")
    assert not any(p == "MEDIATION" for _, p, _ in found)


def test_welcoming_a_mediation_does_not_make_the_welcomer_a_side(triples):
    found = triples("The United States welcomed the mediation of Qatar.")
    assert not any(p == "MEDIATION" for _, p, _ in found)


@pytest.mark.parametrize("text, refuser, refused", [
    ("Iran refused to cooperate with the IAEA.", "Iran", "International Atomic Energy Agency"),
    ("The resolution responds to Iran's persistent refusal to cooperate in good faith with the IAEA.",
     "Iran", "International Atomic Energy Agency"),
    ("Pyongyang declined to negotiate with Seoul.", "North Korea", "South Korea"),
    ("Serbia refused to recognise Kosovo's independence.", "Serbia", "Kosovo"),
])
def test_refusing_to_deal_with_someone_rejects_them_and_is_not_told_again_as_denied_dealings(
        claims, text, refuser, refused):
    found = claims(text)
    assert (refuser, "REJECTION", refused, "asserted") in found
    assert not any(m == "denied" and s == refuser and o == refused for s, _, o, m in found)


def test_a_partner_hung_on_an_adjunct_is_still_the_verbs(triples):
    assert ("Kazakhstan", "COOPERATION", "Russia") in triples(
        "Kazakhstan will cooperate on border security with Russia.")


@pytest.mark.parametrize("text, author", [
    ("A United Nations report accused Rwanda of supporting the M23.", "United Nations"),
    ("A recent report by the United Nations Group of Experts accused Rwanda of backing the rebels.",
     "United Nations"),
    ("Last week's letter from Algeria criticised Rwanda.", "Algeria"),
])
def test_a_paper_that_accuses_speaks_for_its_author(triples, text, author):
    assert (author, "CRITICISM", "Rwanda") in triples(text)


def test_a_paper_with_no_author_named_accuses_for_no_one(triples):
    assert not any(p == "CRITICISM" for _, p, _ in triples("The report accused Rwanda of supporting the M23."))


def test_the_rebels_are_never_a_body_named_before_them(triples):
    found = triples("A report by the African Union accused Rwanda of backing the rebels.")
    assert not any(o == "African Union" and p == "SUPPORT" for _, p, o in found)


@pytest.mark.parametrize("text, rejecter, proposer", [
    ("Moscow proposed a ceasefire on Monday. Kyiv rejected the proposal.", "Ukraine", "Russia"),
    ("Iran asked Sudan for a naval base. Khartoum turned down the request.", "Sudan", "Iran"),
    ("The United States demanded that Panama cut ties with Beijing. Panama rejected the demand.",
     "Panama", "United States"),
    ("Venezuela claimed the Essequibo region. Guyana rejected the claim.", "Guyana", "Venezuela"),
])
def test_rejecting_a_proposal_request_demand_or_claim_told_before_rejects_whoever_made_it(
        triples, text, rejecter, proposer):
    assert (rejecter, "REJECTION", proposer) in triples(text)


def test_a_proposal_that_was_never_made_is_no_ones_to_reject(triples):
    found = triples("Moscow did not propose a ceasefire. Kyiv rejected the proposal.")
    assert ("Ukraine", "REJECTION", "Russia") not in found


def test_judging_too_judges_whom_the_judgements_just_before_did(triples):
    found = triples("The Philippines protested to China over the ramming. Japan and Australia also voiced concern.")
    assert {("Japan", "CRITICISM", "China"), ("Australia", "CRITICISM", "China")} <= found


def test_an_also_that_judges_nothing_copies_nothing(triples):
    found = triples("Paris criticised Moscow. Berlin also signed a trade deal.")
    assert not any(s == "Germany" and p == "CRITICISM" for s, p, _ in found)


@pytest.mark.parametrize("text, backer, asker", [
    ("Haiti asked the United Nations for a security force. Secretary-General Antonio Guterres backed the request.",
     "António Guterres", "Haiti"),
    ("Ukraine proposed a grain corridor. Turkey welcomed the proposal.", "Turkey", "Ukraine"),
])
def test_backing_a_request_or_proposal_told_before_backs_whoever_made_it(triples, text, backer, asker):
    assert (backer, "SUPPORT", asker) in triples(text)


def test_welcoming_a_proposal_no_one_made_backs_no_one(triples):
    assert triples("Turkey welcomed the proposal.") == set()
