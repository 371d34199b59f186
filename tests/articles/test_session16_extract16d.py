"""Session 16, extract16d: verdicts on a thing someone owns judge its owner ("called X's Y illegal")."""

import pytest


@pytest.mark.parametrize("text, judge, judged", [
    ("Caracas on Tuesday called Guyana's offshore licensing round illegal.", "Venezuela", "Guyana"),
    ("Beijing called Tokyo's new defence budget a threat to regional stability.", "China", "Japan"),
    ("Moscow described Finland's border fence as a provocation.", "Russia", "Finland"),
    ("Rabat deemed Algeria's pipeline project unacceptable.", "Morocco", "Algeria"),
    ("Budapest called Austria's new border controls unjustified.", "Hungary", "Austria"),
])
def test_a_verdict_on_an_owned_thing_judges_its_owner(triples, text, judge, judged):
    assert (judge, "CRITICISM", judged) in triples(text)


@pytest.mark.parametrize("text", [
    "Brazil called Argentina's trade proposal constructive.",  # a favourable verdict
    "Chile described Peru's port expansion as a welcome step.",
])
def test_a_favourable_verdict_is_no_criticism(triples, text):
    assert not any(p == "CRITICISM" for _, p, _ in triples(text))


def test_the_wronged_owner_inside_the_verdict_is_not_judged(triples):
    found = triples("Cairo called the dam a violation of Egypt's water rights.")
    assert ("Egypt", "CRITICISM", "Egypt") not in found
    assert not any(o == "Egypt" and p == "CRITICISM" for _, p, o in found)


def test_a_judge_calling_its_own_thing_judges_no_one(triples):
    found = triples("Seoul called South Korea's export ban an unjustified but necessary step.")
    assert not any(p == "CRITICISM" for _, p, _ in found)


@pytest.mark.parametrize("text, judge, judged", [
    ("Berlin voiced concern that Hungary had vetoed the joint statement.", "Germany", "Hungary"),
    ("Nairobi expressed alarm that Uganda was arming the rebels.", "Kenya", "Uganda"),
    ("Tokyo raised concerns that China was building runways on the reefs.", "Japan", "China"),
])
def test_a_worry_that_someone_did_something_judges_them(triples, text, judge, judged):
    assert (judge, "CRITICISM", judged) in triples(text)


@pytest.mark.parametrize("text", [
    "Paris voiced concern that Niger could collapse into chaos.",  # what befalls a state is no deed of its own
    "London expressed concern that Sudan was attacked by the militia.",  # the passive's subject is the victim
])
def test_a_worry_about_what_befalls_a_state_judges_no_one(triples, text):
    assert not any(p == "CRITICISM" for _, p, _ in triples(text))


@pytest.mark.parametrize("text, judge, judged", [
    ("Cairo considers Ethiopia's new reservoir a violation of the 2015 declaration.", "Egypt", "Ethiopia"),
    ("New Delhi regards the Chinese bridge as a provocation.", "India", "China"),
])
def test_a_verb_of_judging_gives_the_verdicts_too(triples, text, judge, judged):
    assert (judge, "CRITICISM", judged) in triples(text)


def test_a_threat_perceived_is_no_criticism(triples):
    found = triples("Tokyo regards Beijing's naval buildup as a threat.")
    assert ("Japan", "CRITICISM", "China") not in found


@pytest.mark.parametrize("text, judge, judged", [
    ("Iran plans to build a dam on the Helmand. The Taliban called the plan unacceptable.", "Taliban", "Iran"),
    ("Eritrean soldiers crossed into Ethiopia on Sunday. Addis Ababa called the incursion a provocation.",
     "Ethiopia", "Eritrea"),
    ("Washington imposed new tariffs on Brazil. Brasilia called the tariffs illegal.", "Brazil", "United States"),
    ("Niger decided to expel the French envoy. Paris called the decision regrettable.", "France", "Niger"),
])
def test_an_act_told_by_a_verb_is_judged_by_a_later_verdict_on_its_noun(triples, text, judge, judged):
    assert (judge, "CRITICISM", judged) in triples(text)


def test_a_favourable_verdict_on_an_act_told_before_is_no_criticism(triples):
    found = triples("Iran plans to reopen the border crossing. The Taliban called the plan welcome news.")
    assert not any(p == "CRITICISM" for _, p, _ in found)


@pytest.mark.parametrize("text, judge, judged", [
    ("Belgrade's decision to buy Chinese drones drew objections from Zagreb.", "Croatia", "Serbia"),
    ("Ankara voiced displeasure over Greece's naval drills.", "Turkey", "Greece"),
])
def test_objections_and_displeasure_criticise(triples, text, judge, judged):
    assert (judge, "CRITICISM", judged) in triples(text)


@pytest.mark.parametrize("text, judge, judged", [
    ("Seoul demanded that Tokyo retract the minister's remarks.", "South Korea", "Japan"),
    ("Islamabad urged New Delhi to apologise for the raid.", "Pakistan", "India"),
])
def test_demanding_that_someone_take_back_what_they_did_criticises_them(triples, text, judge, judged):
    assert (judge, "CRITICISM", judged) in triples(text)


def test_urging_someone_to_sign_is_no_criticism(triples):
    assert not any(p == "CRITICISM" for _, p, _ in triples("Nairobi urged Kampala to sign the treaty."))


def test_a_group_planning_its_attacks_makes_no_plan_a_later_verdict_judges(triples):
    found = triples("Kabul says the ISKP plans its attacks from Pakistani soil. "
                    "Islamabad gave migrants a month to leave. The Taliban called the plan unacceptable.")
    assert not any(o == "ISKP" or "Khorasan" in o or "Islamic State" in o for _, p, o in found if p == "CRITICISM")


def test_a_relative_pronoun_judges_its_own_noun_not_the_deed_told_before(triples):
    found = triples("Moscow deployed mercenaries to the east. In May Ankara and Tripoli signed a maritime "
                    "memorandum that Athens condemned as illegal.")
    assert ("Greece", "CRITICISM", "Russia") not in found
