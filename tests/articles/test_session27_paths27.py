"""Session 27 (paths27): two actors named in one sentence, with the word of their relation on the path between them,
that the parser's reading of the sentence kept apart. Sentences of our own."""

import pytest


# A name, its apposition, then a present-tense verb that is also a plural noun: the verb, not the noun.
@pytest.mark.parametrize("text, relation", [
    ("Egypt, a key partner of the European Union, borders Libya and Sudan.", ("Egypt", "BORDERS", "Sudan")),
    ("Egypt, a key partner of the European Union, borders Libya and Sudan.", ("Egypt", "BORDERS", "Libya")),
    ("Norway, a founding member of the alliance, borders Russia.", ("Norway", "BORDERS", "Russia")),
    ("Mexico, the largest trading partner of the United States, borders Guatemala.",
     ("Mexico", "BORDERS", "Guatemala")),
    ("Hungary, a member of the Western alliance, borders Austria.", ("Hungary", "BORDERS", "Austria")),
])
def test_a_verb_after_the_subjects_apposition_is_the_verb(triples, text, relation):
    assert relation in triples(text)


def test_the_apposition_keeps_its_own_relation_and_gives_none_to_the_object(triples):
    found = triples("Uganda, a member of the East African Community, borders Kenya.")
    assert ("Uganda", "MEMBER_OF", "East African Community") in found
    assert ("Uganda", "BORDERS", "Kenya") in found
    assert ("Kenya", "MEMBER_OF", "East African Community") not in found  # the object is no member said


def test_a_plural_after_the_apposition_with_no_object_after_it_stays_a_noun(triples):
    found = triples("Chad, a member of the African Union, borders on collapse.")
    assert ("Chad", "MEMBER_OF", "African Union") in found
    assert not any(p == "BORDERS" for _, p, _ in found)


# What an act reached, as a speaker named it: "struck what it said were X positions".
@pytest.mark.parametrize("text, relation", [
    ("Israel struck what it said were Hezbollah positions in southern Lebanon.", ("Israel", "ATTACK", "Hezbollah")),
    ("Israel struck what it said were Hezbollah positions in southern Lebanon.", ("Israel", "ATTACK", "Lebanon")),
    ("Iran fired missiles at what it called an Israeli spy base in Iraq.", ("Iran", "ATTACK", "Israel")),
    ("Russia hit what Kyiv called a Ukrainian energy facility.", ("Russia", "ATTACK", "Ukraine")),
    ("Turkish drones struck what Ankara described as PKK hideouts in northern Iraq.",
     ("Turkey", "ATTACK", "Kurdistan Workers' Party")),
    ("Pakistan attacked what it claimed were Taliban camps in Afghanistan.", ("Pakistan", "ATTACK", "Taliban")),
])
def test_a_free_relative_names_what_the_act_reached(triples, text, relation):
    assert relation in triples(text)


@pytest.mark.parametrize("text", [
    # a free relative that is a question, a topic or a subject reaches no one
    "Ukraine does not know what Russia said about the talks.",
    "Egypt asked what Ethiopia meant by the statement.",
    "Ukraine said what Russia called a ceasefire was a trick.",
])
def test_a_free_relative_out_of_an_objects_place_gives_nothing(triples, text):
    assert triples(text) == set()


def test_the_speaker_of_the_naming_is_not_what_the_act_reached(triples):
    found = triples("Russia hit what Kyiv called a Ukrainian energy facility.")
    assert found == {("Russia", "ATTACK", "Ukraine")}


# The one side named of hosted or brokered talks, acting at or after them: the host is its go-between.
@pytest.mark.parametrize("text, relation", [
    ("After talks hosted by Saudi Arabia in Jeddah, Ukraine said it was ready to accept a ceasefire.",
     ("Saudi Arabia", "MEDIATION", "Ukraine")),
    ("Through talks brokered by Egypt, Israel agreed to a pause in the fighting.", ("Egypt", "MEDIATION", "Israel")),
    ("At negotiations facilitated by Norway, Colombia pledged to free the hostages.",
     ("Norway", "MEDIATION", "Colombia")),
    ("During talks mediated by Qatar, Hamas released four hostages.", ("Qatar", "MEDIATION", "Hamas")),
    ("After two rounds of talks brokered by Qatar, Hamas agreed to release the hostages.",
     ("Qatar", "MEDIATION", "Hamas")),
])
def test_a_side_acting_after_hosted_talks_has_the_host_as_go_between(triples, text, relation):
    assert relation in triples(text)


@pytest.mark.parametrize("text", [
    "After talks hosted by Norway, Sweden welcomed the progress.",  # an onlooker's verb makes no side
    "After a summit hosted by Kenya, Somalia complained about the agenda.",  # a summit has guests, not sides
    "After talks hosted by Egypt collapsed, Israel resumed its strikes.",  # the talks are a clause's subject
])
def test_an_onlooker_a_summit_guest_or_a_later_act_makes_no_go_between(triples, text):
    assert not any(p in ("MEDIATION", "CONSULTATION") for _, p, _ in triples(text))


@pytest.mark.parametrize("text, relation", [
    # the noun's own phrase, hung by the parser on the verb of saying, stays the noun's
    ("Japan condemned what its envoy in Beijing called reckless manoeuvres by China.", ("Japan", "CRITICISM", "China")),
    # a name that is itself a verdict is the speaker's stance, left as said
    ("Mali campaigns against what it calls French neocolonialism.", ("Mali", "CRITICISM", "France")),
])
def test_a_free_relative_keeps_the_judgement_it_carries(triples, text, relation):
    assert relation in triples(text)


# Agreeing to hand money or land to someone is an agreement with them, as agreeing to supply arms is.
@pytest.mark.parametrize("text, relation", [
    ("Brazil agreed to pay Bolivia several billion dollars.", ("Brazil", "AGREEMENT", "Bolivia")),
    ("Japan agreed to grant Vietnam a soft loan.", ("Japan", "AGREEMENT", "Vietnam")),
    ("Britain agreed to cede the Chagos Islands to Mauritius.", ("United Kingdom", "AGREEMENT", "Mauritius")),
])
def test_agreeing_to_hand_money_or_land_to_someone_agrees_with_them(triples, text, relation):
    assert relation in triples(text)


@pytest.mark.parametrize("text", ["Iran refused to pay Iraq for the gas.",
                                  "Brazil paid Bolivia several billion dollars."])
def test_paying_or_refusing_to_pay_is_no_agreement(triples, text):
    assert not any(p == "AGREEMENT" for _, p, _ in triples(text))


# A team or unit that a word of arms qualifies is a force where it is stationed.
@pytest.mark.parametrize("text, relation", [
    ("An Indian military training team has been stationed in Bhutan since the 1960s.",
     ("India", "MILITARY_PRESENCE", "Bhutan")),
    ("A Russian army unit is based in Transnistria.", ("Russia", "MILITARY_PRESENCE", "Transnistria")),
    ("A Chinese naval detachment has operated in Djibouti since 2017.", ("China", "MILITARY_PRESENCE", "Djibouti")),
])
def test_a_military_unit_is_a_force_where_it_is_stationed(triples, text, relation):
    assert relation in triples(text)


def test_a_team_with_no_word_of_arms_is_no_force(triples):
    found = triples("An Indian medical team has been working in Bhutan since 2019.")
    assert not any(p == "MILITARY_PRESENCE" for _, p, _ in found)


# A struck site that an apposition calls someone's base or stronghold: the strike reaches that someone.
@pytest.mark.parametrize("text, relation", [
    ("The Houthis targeted Camp Lemonnier, the main American base in Africa, with drones.",
     ("Houthis", "ATTACK", "United States")),
    ("Djibouti hosts Camp Lemonnier, the main American base in Africa, which the Houthis targeted with drones.",
     ("Houthis", "ATTACK", "United States")),
    ("Qatar hosts a large air base, the biggest American installation in the region, which Iran struck with missiles.",
     ("Iran", "ATTACK", "United States")),
    ("Israel struck Nabatieh, a Hezbollah stronghold in the south.", ("Israel", "ATTACK", "Hezbollah")),
    ("Camp Lemonnier, the main American base in Africa, was struck by Houthi drones.",
     ("Houthis", "ATTACK", "United States")),
])
def test_a_strike_on_a_site_reaches_whose_site_its_apposition_says(triples, text, relation):
    assert relation in triples(text)


@pytest.mark.parametrize("text", [
    "Iran targeted Erbil, the capital of the Kurdish region.",  # a capital is nobody's site
    "The Houthis targeted Hodeidah, a port city on the Red Sea.",
])
def test_an_apposition_that_names_no_owned_site_adds_no_target(triples, text):
    assert {o for _, p, o in triples(text) if p == "ATTACK"} <= {"Iraq", "Yemen"}


# Whose fellow members of a body they are belongs to the body too.
@pytest.mark.parametrize("text, relation", [
    ("Hungary's fellow EU members criticised the veto.", ("Hungary", "MEMBER_OF", "European Union")),
    ("Poland urged its fellow NATO allies to send more troops.",
     ("Poland", "MEMBER_OF", "North Atlantic Treaty Organization")),
    ("Greece, Turkey's neighbour and fellow NATO member, signed the letter.",
     ("Turkey", "MEMBER_OF", "North Atlantic Treaty Organization")),
])
def test_the_owner_of_fellow_members_is_a_member(triples, text, relation):
    assert relation in triples(text)


@pytest.mark.parametrize("text", [
    "Kyiv's NATO allies pledged more air defence systems.",  # allies in NATO, not Ukraine's fellow members
    "Ukraine's EU partners approved the loan.",
])
def test_allies_in_a_body_make_no_member_of_whose_allies_they_are(triples, text):
    assert not any(s == "Ukraine" and p == "MEMBER_OF" for s, p, _ in triples(text))


# A warning that any hostile act of someone's would draw a response, or be taken as war, threatens them.
@pytest.mark.parametrize("text, relation", [
    ("Turkey warned that it would respond to any attack by Syria.", ("Turkey", "THREAT", "Syria")),
    ("Iran vowed that it would respond to any Israeli aggression.", ("Iran", "THREAT", "Israel")),
    ("Pakistan warned that any attempt by India to divert the river would be treated as an act of war.",
     ("Pakistan", "THREAT", "India")),
    ("China warned that any Philippine move to build on the shoal would be considered a provocation.",
     ("China", "THREAT", "Philippines")),
])
def test_any_hostile_act_that_would_draw_a_response_threatens_its_doer(triples, text, relation):
    assert relation in triples(text)


@pytest.mark.parametrize("text", [
    "Turkey said it would respond to any request by Syria.",  # a request is no hostile act
    "Japan said any Chinese offer of talks would be considered seriously.",  # no hostile verdict
    "Germany warned that it would respond to any attack on Poland.",  # Poland is guarded, not warned
])
def test_a_response_to_a_friendly_act_or_in_defence_of_someone_threatens_no_one_named(triples, text):
    assert not any(p == "THREAT" for _, p, _ in triples(text))


# Where a fired weapon's target lies is struck too, as for the verbs of striking.
@pytest.mark.parametrize("text, relation", [
    ("Iran fired missiles at an American base in Iraq.", ("Iran", "ATTACK", "Iraq")),
    ("Iran fired missiles at what it said was an Israeli intelligence base in Erbil, in northern Iraq.",
     ("Iran", "ATTACK", "Iraq")),
    ("Ukraine launched drones at airfields in Russia.", ("Ukraine", "ATTACK", "Russia")),
])
def test_the_state_a_fired_weapons_target_lies_in_is_struck(triples, text, relation):
    assert relation in triples(text)


@pytest.mark.parametrize("text", ["The Houthis launched drones at ships in the Red Sea.",
                                  "Kenya fired its ambassador in Washington."])
def test_a_target_in_no_state_or_a_dismissal_strikes_no_state(triples, text):
    assert not any(p == "ATTACK" for _, p, _ in triples(text))
