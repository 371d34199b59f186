"""Precision fixes of session 12 (helper precision12): families of sentences that gave a relation the text
does not state, or gave it to the wrong actor. Each wrong reading has a nearby right one beside it."""

import pytest


@pytest.mark.parametrize("text, wrong", [
    ("Nigeria urged Niger to expel the French ambassador.", ("Niger", "COERCION", "France")),
    ("The African Union called on Ethiopia to sign a truce with the TPLF.",
     ("African Union", "AGREEMENT", "Tigray People's Liberation Front")),
    ("Kenya urged Somalia and Ethiopia to hold talks in Nairobi.", ("Somalia", "CONSULTATION", "Ethiopia")),
    ("Brazil pressed Venezuela to sign a border treaty with Guyana.", ("Venezuela", "AGREEMENT", "Guyana")),
])
def test_what_someone_is_urged_to_do_is_not_done(triples, text, wrong):
    found = triples(text)
    assert wrong not in found and (wrong[2], wrong[1], wrong[0]) not in found, found


def test_the_urging_itself_and_a_deed_done_stay(triples):
    found = triples("Nigeria expelled the French ambassador and urged Niger to do the same.")
    assert ("Nigeria", "COERCION", "France") in found, found
    found = triples("Kenya and Tanzania signed a border pact in May.")
    assert ("Kenya", "AGREEMENT", "Tanzania") in found or ("Tanzania", "AGREEMENT", "Kenya") in found, found


def test_an_act_one_asks_to_do_oneself_is_no_urged_act(claims):
    found = claims("Ghana asked to join the Alliance of Sahel States.")
    assert any(s == "Ghana" and p == "MEMBER_OF" for s, p, _, _ in found), found


@pytest.mark.parametrize("text, name", [
    ("In May a Russian flotilla led by the frigate Admiral Kasatonov docked in Havana.", "Kasatonov"),
    ("Suspicion fell on the Panamanian-flagged bulk carrier Xin Hai 7, which had left a Chinese port.", "Xin Hai"),
])
def test_a_name_after_a_vessel_noun_is_a_ship_not_an_actor(triples, text, name):
    found = triples(text)
    assert not any(name in s or name in o for s, _, o in found), found


def test_a_state_after_a_vessel_noun_still_acts(triples):
    found = triples("The frigate Italy built for its navy was sold to Egypt in 2020.")
    assert not any("frigate" in s for s, _, _ in found)
    found = triples("Italy sold a frigate to Egypt in 2020.")
    assert ("Italy", "ARMS_TRANSFER", "Egypt") in found, found


def test_what_one_is_urged_to_guard_against_happened(triples):
    found = triples("Tbilisi asked NATO to protect Georgia against Russian incursions.")
    assert ("Russia", "ATTACK", "Georgia") in found, found


@pytest.mark.parametrize("text, wrong", [
    ("The US flew B-2 bombers to Guam in March.", ("United States", "CONSULTATION", "Guam")),
    ("The UAE flew aid to Sudan in April.", ("United Arab Emirates", "CONSULTATION", "Sudan")),
])
def test_flying_something_somewhere_is_no_visit(triples, text, wrong):
    assert wrong not in triples(text)


def test_flying_somewhere_oneself_is_a_visit(triples):
    found = triples("Modi flew to Washington to meet Trump.")
    assert ("India", "CONSULTATION", "United States") in found or ("Narendra Modi", "CONSULTATION", "Donald Trump") in \
        found, found


@pytest.mark.parametrize("verb", ["finalised", "clinched"])
def test_a_trade_deal_finalised_is_a_deal_not_trade(triples, verb):
    found = triples(f"In May Kenya and Uganda {verb} the trade deal agreed in March.")
    assert ("Kenya", "AGREEMENT", "Uganda") in found or ("Uganda", "AGREEMENT", "Kenya") in found, found
    assert ("Kenya", "COOPERATION", "Uganda") not in found and ("Uganda", "COOPERATION", "Kenya") not in found, found


def test_trade_talked_of_is_still_cooperation(triples):
    found = triples("Trade between Kenya and Uganda grew sharply in 2023.")
    assert ("Kenya", "COOPERATION", "Uganda") in found or ("Uganda", "COOPERATION", "Kenya") in found, found


def test_the_body_whose_summit_is_hosted_is_no_side(triples):
    found = triples("Ghana will host an extraordinary summit of the African Union and ECOWAS in Accra.")
    assert not any(p == "MEDIATION" for _, p, _ in found), found
    found = triples("Qatar hosted talks between the United States and the Taliban.")
    assert ("Qatar", "MEDIATION", "Taliban") in found, found


def test_two_sides_agreeing_to_work_with_a_third_agree_with_each_other_only(triples):
    text = ("Prime Minister Sanae Takaichi of Japan met President Lee Jae-myung of South Korea in Gyeongju.\n\n"
            "The two leaders discussed North Korea's missiles and agreed to work more closely with Australia.\n")
    found = triples(text)
    assert not any(p == "AGREEMENT" and "Australia" in (s, o) for s, p, o in found), found
    assert ("Japan", "COOPERATION", "Australia") in found, found
    found = triples("Kenya agreed with Uganda to reopen the border.")
    assert ("Kenya", "AGREEMENT", "Uganda") in found or ("Uganda", "AGREEMENT", "Kenya") in found, found


def test_recognising_someones_work_backs_no_one(triples):
    found = triples("Egypt hosted the talks. The mediators recognise the work of the Prime Minister of Qatar, "
                    "Mohammed bin Abdulrahman Al Thani, and of Egypt's intelligence chief.")
    assert not any(p == "SUPPORT" for _, p, _ in found), found


@pytest.mark.parametrize("text, right", [
    ("In 2008 Kenya recognised Kosovo.", ("Kenya", "SUPPORT", "Kosovo")),
    ("The United States recognised Moroccan sovereignty over Western Sahara.", ("United States", "SUPPORT", "Morocco")),
])
def test_recognising_a_state_or_its_sovereignty_backs_it(triples, text, right):
    assert right in triples(text)


def test_co_facilitators_of_talks_are_no_sides_of_them(triples):
    found = triples("Norway and Qatar facilitated the talks in Oslo in May.")
    assert ("Norway", "CONSULTATION", "Qatar") not in found and ("Qatar", "CONSULTATION", "Norway") not in found, found
    found = triples("Armenia and Azerbaijan held talks in Almaty in May.")
    assert ("Armenia", "CONSULTATION", "Azerbaijan") in found or ("Azerbaijan", "CONSULTATION", "Armenia") in found


def test_a_deal_only_discussed_is_no_deal_yet(triples):
    found = triples("Sudan and Chad held talks in Doha in August. A border agreement has been discussed but not "
                    "concluded.")
    assert ("Sudan", "AGREEMENT", "Chad") not in found and ("Chad", "AGREEMENT", "Sudan") not in found, found
    found = triples("Sudan and Chad held talks in Doha in August. A border agreement was reached on Friday.")
    assert ("Sudan", "AGREEMENT", "Chad") in found or ("Chad", "AGREEMENT", "Sudan") in found, found


def test_developing_a_weapon_together_is_cooperation_not_production(triples):
    found = triples("Sweden, Poland and Spain are jointly developing a new air-defence missile.")
    assert not any(p == "CO_PRODUCTION" for _, p, _ in found), found
    assert ("Sweden", "COOPERATION", "Poland") in found or ("Poland", "COOPERATION", "Sweden") in found, found
    found = triples("Turkey and Indonesia will jointly produce the KAAN fighter.")
    assert ("Turkey", "CO_PRODUCTION", "Indonesia") in found, found
