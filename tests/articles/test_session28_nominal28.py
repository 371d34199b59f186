"""Session 28 (nominal28): relations one sentence carries in nouns, relative phrases and helping verbs rather than
in a verb with its subject and object. Sentences of our own.

- who chairs a body's gathering leads the body ("met under the chairmanship of X"), and so does whom its chair
  passes to ("the chairmanship of X passes to Y"; chaired_meetings.py);
- a body's name before a body word is the body joined or left ("joined the BRICS group", `body_heads`);
- a firm's holding abroad told from the holding ("the mines in X belong to Y", `holdings_belong`);
- a noun's in- or of-phrase fronted by a relative ("Nayara, in which Rosneft holds a stake", relative_phrases.py),
  and a shareholder invests in the firm (`shareholder`);
- whom helping helps as the doer of what it helps do ("help Mozambique fight", helped_doers.py);
- taking part in an exercise another hosts or leads is exercising with them ("took part in the drills hosted by
  Poland", hosted_events.py);
- worrying about another's act objects to it, as voicing concern over it does ("have worried about China's police
  links", worries.py);
- buying or importing a state's oil, gas or ore is trade with it ("still import Russian crude", `commodity_trade`).
"""

import pytest


@pytest.mark.parametrize("text, relation", [
    ("The ministers of the Caribbean Community gathered in Kingston under the chairmanship of Jamaica.",
     ("Jamaica", "LEADS", "Caribbean Community")),
    ("The summit of the African Union opened in Malabo under the presidency of Mauritania.",
     ("Mauritania", "LEADS", "African Union")),
    # the person named after the chair's title leads it, and the title's state with them
    ("Leaders of ECOWAS met in Accra under the chairmanship of Nigeria's President, Bola Tinubu.",
     ("Bola Tinubu", "LEADS", "Economic Community of West African States")),
    ("Leaders of ECOWAS met in Accra under the chairmanship of Nigeria's President, Bola Tinubu.",
     ("Nigeria", "LEADS", "Economic Community of West African States")),
])
def test_who_chairs_a_bodys_gathering_leads_the_body(triples, text, relation):
    assert relation in triples(text)


@pytest.mark.parametrize("text", [
    # no gathering: a presidency under which a state acts is its own office
    "Under the presidency of Emmanuel Macron, France pulled out of the NATO command.",
    # two bodies meeting together: which one the chair leads is left open
    "The ministers of ECOWAS and the African Union met in Abuja under the chairmanship of Ghana.",
    # auspices are no chair
    "The talks between Chad and Sudan were held in Addis Ababa under the auspices of the African Union.",
])
def test_a_chair_without_one_gathering_of_one_body_leads_nothing(triples, text):
    assert not any(p == "LEADS" for _, p, _ in triples(text))


@pytest.mark.parametrize("text, relation", [
    ("The chairmanship of the Andean Community for next year passes to Ecuador.",
     ("Ecuador", "LEADS", "Andean Community", "asserted")),
    ("The presidency of the Andean Community falls to Colombia in July.",
     ("Colombia", "LEADS", "Andean Community", "asserted")),
])
def test_whom_a_bodys_chair_passes_to_leads_it(claims, text, relation):
    assert relation in claims(text)


@pytest.mark.parametrize("text", [
    "Ecuador's exports fell to two billion dollars.",
    # a presidency of no body passes no chair
    "The presidency passes to Daniel Noboa in May.",
])
def test_a_chair_of_no_body_told_leads_nothing(triples, text):
    assert not any(p == "LEADS" for _, p, _ in triples(text))


@pytest.mark.parametrize("text, relation", [
    ("Algeria has applied to join the BRICS group.", ("Algeria", "MEMBER_OF", "BRICS")),
    ("Chile joined the APEC forum in 1994.", ("Chile", "MEMBER_OF", "Asia-Pacific Economic Cooperation")),
])
def test_a_bodys_name_before_a_body_word_is_the_body_joined(triples, text, relation):
    assert relation in triples(text)


@pytest.mark.parametrize("text", [
    "Norway joined the EU sanctions on Belarus.",  # a body's measures
    "Ukraine joined the NATO mission in Iraq.",    # a body's mission
])
def test_a_bodys_measures_or_missions_joined_are_no_membership(triples, text):
    assert not any(p == "MEMBER_OF" for _, p, _ in triples(text))


@pytest.mark.parametrize("text, relation", [
    ("The largest oil field in Kazakhstan belongs to Chevron.", ("Chevron", "INVESTMENT", "Kazakhstan")),
    ("The biggest mines in the Congolese copperbelt belong to China's Zijin Mining.",
     ("Zijin Mining", "INVESTMENT", "Democratic Republic of the Congo")),
])
def test_a_holding_abroad_that_belongs_to_a_firm_is_the_firms_investment(triples, text, relation):
    assert relation in triples(text)


@pytest.mark.parametrize("text", [
    "The final decision on the field belongs to Chevron.",  # no holding
    "Kenya belongs to Chevron's list of partners.",
])
def test_what_belongs_to_a_firm_that_is_no_holding_is_no_investment(triples, text):
    assert not any(p == "INVESTMENT" for _, p, _ in triples(text))


@pytest.mark.parametrize("text, relation", [
    ("The refinery belongs to Essar Oil, in which the Russian state oil company Rosneft holds a 49 per cent stake.",
     ("Rosneft", "INVESTMENT", "Essar Oil")),
    # the clause hung on the site's place: the stake is in the site, its owner the possessive's
    ("Sanctions hit Nayara Energy's refinery at Jamnagar, in which Rosneft holds a stake.",
     ("Rosneft", "INVESTMENT", "Nayara Energy")),
])
def test_a_stake_held_in_what_a_relative_clause_is_said_of(triples, text, relation):
    assert relation in triples(text)


@pytest.mark.parametrize("text, relation", [
    ("Aramco is a shareholder in Sinopec.", ("Saudi Aramco", "INVESTMENT", "Sinopec")),
    ("Qatar is the largest shareholder of Glencore.", ("Qatar", "INVESTMENT", "Glencore")),
    # in a relative clause that fronts the in-phrase
    ("Sinopec, in which Aramco is a shareholder, opened a refinery.", ("Saudi Aramco", "INVESTMENT", "Sinopec")),
])
def test_a_shareholder_invests_in_the_firm(triples, text, relation):
    assert relation in triples(text)


def test_a_stakeholder_in_a_process_invests_in_nothing(triples):
    assert not any(p == "INVESTMENT" for _, p, _ in triples("Kenya is a stakeholder in the peace process."))


def test_a_stake_held_elsewhere_is_not_in_the_relatives_noun(triples):
    text = "Gazprom, with which Rosneft holds a stake in a Serbian refinery, signed a deal."
    assert ("Rosneft", "INVESTMENT", "Gazprom") not in triples(text)


@pytest.mark.parametrize("text, relation", [
    ("Rwanda will help Mozambique fight the insurgents in Cabo Delgado.", ("Rwanda", "SUPPORT", "Mozambique", "planned")),
    ("Turkey helped Azerbaijan retake the region in 2020.", ("Turkey", "SUPPORT", "Azerbaijan", "asserted")),
    # an offer to help is a help planned
    ("Brazil has offered to lead a police mission to help Haiti's police restore order.",
     ("Brazil", "SUPPORT", "Haiti", "planned")),
])
def test_helping_a_side_do_something_supports_it(claims, text, relation):
    assert relation in claims(text)


@pytest.mark.parametrize("text", [
    "The accord helped end the war.",                           # no one helped is named
    "Qatar helped ensure that Hamas released the hostages.",   # a clause of its own
])
def test_helping_bring_something_about_supports_no_one(triples, text):
    assert not any(p == "SUPPORT" for _, p, _ in triples(text))


@pytest.mark.parametrize("text, relation", [
    ("Estonia took part in the naval exercise hosted by Denmark.", ("Estonia", "MILITARY_EXERCISE", "Denmark")),
    ("Lithuanian soldiers took part in the drills led by the United States.",
     ("Lithuania", "MILITARY_EXERCISE", "United States")),
    # the host's co-hosts of a relative clause too
    ("Dutch marines joined the manoeuvres that Norway staged with Finland.",
     ("Netherlands", "MILITARY_EXERCISE", "Finland")),
])
def test_taking_part_in_an_exercise_another_holds_is_exercising_with_it(triples, text, relation):
    assert relation in triples(text)


def test_an_exercise_someone_judged_is_not_theirs(triples):
    assert ("Japan", "MILITARY_EXERCISE", "China") not in triples(
        "Japan took part in the exercise criticised by China.")


@pytest.mark.parametrize("text, relation", [
    ("Fiji and Samoa have both worried about China's fishing fleets in the region.", ("Samoa", "CRITICISM", "China")),
    ("Seoul frets over Pyongyang's missile tests.", ("South Korea", "CRITICISM", "North Korea")),
])
def test_worrying_about_anothers_act_criticises_it(triples, text, relation):
    assert relation in triples(text)


@pytest.mark.parametrize("text", [
    "Kenya worries about the economy.",       # no one's act
    "China's drills worried Tokyo.",           # the act alarms: `angered` reads it only in the passive
])
def test_worrying_about_no_ones_act_criticises_no_one(triples, text):
    assert ("Kenya", "CRITICISM", "Kenya") not in triples(text)
    assert ("China", "CRITICISM", "Japan") not in triples(text)


@pytest.mark.parametrize("text, relation", [
    ("Austria and Serbia still import Russian gas through the TurkStream pipeline.", ("Russia", "COOPERATION", "Serbia")),
    ("Pakistan buys Qatari liquefied natural gas under a long-term deal.", ("Qatar", "COOPERATION", "Pakistan")),
])
def test_buying_a_states_oil_or_gas_is_trade_with_it(triples, text, relation):
    assert relation in triples(text)


@pytest.mark.parametrize("text, absent", [
    # weapons bought are a transfer, not trade
    ("Kenya buys Israeli rifles.", ("Israel", "COOPERATION", "Kenya")),
    # a firm that buys oil trades for itself: no state's trade
    ("Reliance Industries bought Russian crude in May.", ("Russia", "COOPERATION", "Reliance Industries")),
])
def test_what_is_no_commodity_or_no_states_purchase_is_no_trade(triples, text, absent):
    assert absent not in triples(text)
