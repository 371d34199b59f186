"""Judging an act judges whoever did it: the doer named with the act, or told just before."""

import pytest


@pytest.mark.parametrize("text, judge, predicate, doer", [
    ("Chile lamented the announcement from Buenos Aires.", "Chile", "CRITICISM", "Argentina"),
    ("Peru called the Bolivian decision hasty and illegal.", "Peru", "CRITICISM", "Bolivia"),
    ("Manila denounced the Chinese deployment as a provocation.", "Philippines", "CRITICISM", "China"),
    ("Hanoi criticised the visit of the American carrier.", "Vietnam", "CRITICISM", "United States"),
    ("Kenya condemned the attacks carried out by al-Shabaab against civilians.", "Kenya", "CRITICISM", "al-Shabaab"),
])
def test_the_doer_named_with_the_act_is_judged(triples, text, judge, predicate, doer):
    assert (judge, predicate, doer) in triples(text)


def test_an_act_named_without_its_doer_is_the_one_told_last(triples):
    found = triples("Washington approved arms sales worth $1.8 billion to Taipei in October. "
                    "Beijing firmly opposes the arms sales.")
    assert ("China", "CRITICISM", "United States") in found


def test_an_act_that_names_its_own_parties_is_not_looked_for_earlier(triples):
    found = triples("Pakistan sold drones to Nigeria in May. "
                    "Britain has long blocked the sale of British-made components to the Argentine air force.")
    assert not any(s == "United Kingdom" and o == "Pakistan" for s, _, o in found)


@pytest.mark.parametrize("text, who, whom", [
    ("Turkey refused to ratify Sweden's membership.", "Turkey", "Sweden"),
    ("Colombia refused to meet Venezuela's demand.", "Colombia", "Venezuela"),
])
def test_refusing_to_accept_what_someone_asks_rejects_them(triples, text, who, whom):
    assert (who, "REJECTION", whom) in triples(text)


def test_refusing_to_hand_over_someones_assets_is_no_rejection_of_them(triples):
    found = triples("The Tajik government refused to hand over the assets of Babak Zanjani.")
    assert not any(p == "REJECTION" for _, p, _ in found)


@pytest.mark.parametrize("text", [
    "Iran-backed militias like the Badr Corps and Kataib Hezbollah attacked the base.",
    "Militias backed by Iran, such as Kataib Hezbollah, attacked the base.",
])
def test_backing_a_kind_of_group_backs_the_examples_given(triples, text):
    assert ("Iran", "SUPPORT", "Kata'ib Hezbollah") in triples(text)


@pytest.mark.parametrize("text, judge, doer", [
    ("Peru called the Bolivian decree a direct threat to its sovereignty.", "Peru", "Bolivia"),
    ("Chile described Argentina's move as a provocation.", "Chile", "Argentina"),
    ("Ecuador labelled the Colombian raid a flagrant breach of international law.", "Ecuador", "Colombia"),
])
def test_a_verdict_spoken_on_an_act_criticises_its_doer(triples, text, judge, doer):
    assert (judge, "CRITICISM", doer) in triples(text)


def test_seeing_something_as_a_threat_is_no_criticism(triples):
    found = triples("China considers Turkey's drone diplomacy in Central Asia a threat to its regional role.")
    assert not any(p == "CRITICISM" for _, p, _ in found)


@pytest.mark.parametrize("text, who, whom", [
    ("On 13 June the Security Council demanded that the ELN halt the siege.", "Security Council",
     "National Liberation Army"),
    ("The African Union urged Rwanda to withdraw its troops from Goma.", "African Union", "Rwanda"),
])
def test_demanding_that_someone_stop_criticises_them(triples, text, who, whom):
    assert (who, "CRITICISM", whom) in triples(text)


def test_urging_someone_to_do_more_is_no_criticism(triples):
    assert not any(p == "CRITICISM" for _, p, _ in triples("The United States urged Japan to increase its spending."))


def test_a_refusal_rejects_whom_it_concerns(triples):
    found = triples("Ethiopia and Somaliland signed a port deal on Monday. Somalia declared on Tuesday its rejection "
                    "of the deal.")
    assert {("Somalia", "REJECTION", "Ethiopia"), ("Somalia", "REJECTION", "Somaliland")} <= found


def test_them_in_a_second_act_are_the_things_of_the_first(triples):
    found = triples("Kenya cut ties with Taipei and established them with Beijing.")
    assert ("Kenya", "PROTEST", "Taiwan") in found and ("Kenya", "AGREEMENT", "China") in found
    assert not any(o == "China" and p == "PROTEST" for _, p, o in found)


def test_an_offensive_of_someone_against_a_target_attacks_it(triples):
    found = triples("The offensive of the Libyan National Army against Tripoli failed in 2020.")
    assert ("Libyan National Army", "ATTACK", "Libya") in found


def test_judging_a_decision_judges_whoever_acted_last(triples):
    found = triples("Bamako cut diplomatic ties with Kyiv on 4 August. Kyiv denied any involvement and called the "
                    "decision hasty.")
    assert ("Ukraine", "CRITICISM", "Mali") in found


@pytest.mark.parametrize("text", [
    "Turkey condemned the invasion of Ukraine.",
    "Jordan denounced the attack on Lebanon.",
    "Egypt condemned the blockade of Qatar.",
])
def test_judging_an_act_of_force_with_no_doer_named_blames_neither_its_victim_nor_the_judge(triples, text):
    found = triples(text)
    assert not any(p in ("CRITICISM", "ATTACK", "COERCION") for _, p, _ in found)


def test_judging_an_act_of_force_blames_the_doer_its_phrase_names(triples):
    found = triples("Brazil criticised the occupation of the West Bank by Israel. Spain condemned Russia's invasion "
                    "of Ukraine.")
    assert {("Brazil", "CRITICISM", "Israel"), ("Spain", "CRITICISM", "Russia")} <= found
    assert not any(p == "CRITICISM" and o in ("Ukraine", "Palestine") for _, p, o in found)


@pytest.mark.parametrize("text, judge, doer", [
    ("Pakistan announced a plan to expel Afghan refugees. The Taliban called the plan unacceptable.",
     "Taliban", "Pakistan"),
    ("Caracas issued a decree annexing the disputed region. Guyana condemned it as a breach of international law.",
     "Guyana", "Venezuela"),
    ("Serbia passed a law restricting foreign broadcasters. Croatia criticised the move.", "Croatia", "Serbia"),
])
def test_a_deed_told_a_sentence_before_is_judged_with_its_doer(triples, text, judge, doer):
    assert (judge, "CRITICISM", doer) in triples(text)


def test_a_deed_is_looked_for_only_a_sentence_or_two_back():
    from diplograph.graph.model import Actor
    from diplograph.loaders.articles.resolve import DocumentContext

    ctx = DocumentContext()
    pakistan = Actor.new("Pakistan", "state")
    ctx.deeds.append((100, "plan", (pakistan,)))
    assert ctx.deed_doers(("plan",), before=300, reach=600) == (pakistan,)
    assert ctx.deed_doers(None, before=300, reach=600) == (pakistan,)  # "the move", "it": a deed of any kind
    assert ctx.deed_doers(("law",), before=300, reach=600) == ()
    assert ctx.deed_doers(("plan",), before=900, reach=600) == ()


def test_a_deed_done_by_several_judges_them_all(triples):
    found = triples("Mali, Burkina Faso and Niger announced their withdrawal from the bloc on Sunday. "
                    "Nigeria regretted the decision.")
    assert {("Nigeria", "CRITICISM", name) for name in ("Mali", "Burkina Faso", "Niger")} <= found


@pytest.mark.parametrize("text", [
    "Chile condemned the decision by Bolivia to close the border.",
    "Bolivia's ruling party passed a law in May that Chile condemned.",
    "Bolivia passed a law that Chile condemned.",
])
def test_the_doer_of_a_judged_decision_or_law_is_the_one_who_made_it(triples, text):
    assert ("Chile", "CRITICISM", "Bolivia") in triples(text)


@pytest.mark.parametrize("text, judge, doer", [
    ("Vietnam condemned the drills that China staged near the Paracels.", "Vietnam", "China"),
    ("Guyana denounced the referendum that Venezuela organised in December.", "Guyana", "Venezuela"),
])
def test_the_relative_clause_on_a_judged_act_names_its_doer(triples, text, judge, doer):
    found = triples(text)
    assert any(s == judge and p in ("CRITICISM", "REJECTION") and o == doer for s, p, o in found)


@pytest.mark.parametrize("text, doers", [
    ("Morocco held a large air exercise near the frontier, which Algeria condemned.", {"Morocco"}),
    ("Greece and Cyprus staged naval drills in March, which Turkey denounced as provocative.", {"Greece", "Cyprus"}),
])
def test_a_relative_after_a_comma_judges_the_act_its_clause_told(triples, text, doers):
    found = triples(text)
    judge = "Algeria" if "Algeria" in text else "Turkey"
    assert {o for s, p, o in found if s == judge and p == "CRITICISM"} == doers


def test_a_relative_after_a_comma_on_a_place_that_is_no_act_judges_nothing(triples):
    found = triples("Japan released treated water from the Fukushima plant, which China inspected.")
    assert not any(s == "China" for s, _, _ in found)


def test_who_judged_an_act_in_its_relative_clause_did_not_do_it(triples):
    # "a claim that X denied" tells what the claim says, not that X made it
    found = triples("Bogotá accuses Caracas of sheltering the ELN guerrillas, a claim that Maduro has repeatedly denied.")
    assert ("Colombia", "CRITICISM", "Venezuela") in found
    assert not any(s == "Colombia" and o == "Nicolás Maduro" for s, _, o in found)
