"""Session 17, extract17c: constructions met in world news read by hand (sentences of our own)."""

import pytest


@pytest.mark.parametrize("text, judge, doer", [
    ("Norway condemned the Russian invasion of Ukraine.", "Norway", "Russia"),
    ("Malaysia denounced the Israeli bombardment of Lebanon.", "Malaysia", "Israel"),
    ("Tehran condemned the American blockade of Venezuela.", "Iran", "United States"),
])
def test_judging_an_act_of_force_blames_the_demonym_it_is_told_with(triples, text, judge, doer):
    assert (judge, "CRITICISM", doer) in triples(text)


def test_the_victims_named_through_a_noun_of_the_act_are_not_blamed(triples):
    found = triples("Chile condemns the Russian occupation of the Georgian territories of Abkhazia and "
                    "South Ossetia.")
    assert ("Chile", "CRITICISM", "Russia") in found
    assert not any(s == "Chile" and o in ("Abkhazia", "South Ossetia", "Georgia") for s, _, o in found)


@pytest.mark.parametrize("text", [
    "Jordan denounced the Gaza blockade.",
    "Peru condemned the invasion of Ukrainian territory.",
])
def test_a_state_word_that_is_not_a_demonym_on_the_act_blames_no_one_new(triples, text):
    found = triples(text)
    assert not any(p == "CRITICISM" and o in ("Palestine", "Ukraine") for _, p, o in found)


@pytest.mark.parametrize("text, go_between, sides", [
    ("Kenya and Somalia, mediated by Qatar, agreed to restore diplomatic ties.", "Qatar", ("Kenya", "Somalia")),
    ("Envoys of Sudan and Chad, brokered by Egypt, signed a border accord.", "Egypt", ("Sudan", "Chad")),
    ("Facilitated by Norway, Colombia and Venezuela agreed to reopen the border.", "Norway",
     ("Colombia", "Venezuela")),
])
def test_a_participle_of_mediation_set_beside_the_sides_mediates_between_them(triples, text, go_between, sides):
    found = triples(text)
    assert {(go_between, "MEDIATION", side) for side in sides} <= found


def test_a_participle_of_mediation_beside_one_actor_mediates_between_no_one(triples):
    found = triples("Somalia, mediated by Turkey, agreed to hold talks.")
    assert not any(p == "MEDIATION" for _, p, _ in found)


@pytest.mark.parametrize("text, backer, backed", [
    ("Laos is a quiet supporter of the Myanmar junta.", "Laos", "Myanmar"),
    ("Belarus, a staunch supporter of Russia, hosted the drills.", "Belarus", "Russia"),
])
def test_a_supporter_of_someone_supports_them(triples, text, backer, backed):
    assert (backer, "SUPPORT", backed) in triples(text)


def test_a_supporter_of_a_cause_supports_no_actor(triples):
    assert not any(p == "SUPPORT" for _, p, _ in triples("Norway is a supporter of the peace process in Sudan."))


@pytest.mark.parametrize("text, modality", [
    ("Laos is said to be a quiet supporter of the Myanmar junta.", "reported"),
    ("Eritrea is believed to be the main backer of the Fano militia.", "unconfirmed"),  # a belief held by no one named
])
def test_a_description_raised_through_said_to_be_describes_the_subject(claims, text, modality):
    found = claims(text)
    assert any(p == "SUPPORT" and m == modality for _, p, _, m in found)


def test_an_object_urged_to_be_a_supporter_is_not_the_urgers_description(triples):
    found = triples("Canada urged Brazil to be a supporter of the Ukrainian peace plan.")
    assert not any(s == "Canada" and p == "SUPPORT" for s, p, _ in found)


@pytest.mark.parametrize("text, person, state", [
    ("The talks were attended by Ghana's Interior Minister Kofi Mensah and Togo's Interior Minister Yao Agbeko.",
     "Yao Agbeko", "Togo"),
    ("The talks were attended by Ghana's Interior Minister Kofi Mensah and Togolese Interior Minister Yao Agbeko.",
     "Yao Agbeko", "Togo"),
])
def test_a_second_titled_person_with_a_state_of_their_own_keeps_it(triples, text, person, state):
    found = triples(text)
    assert (person, "AFFILIATED_WITH", state) in found
    assert (person, "AFFILIATED_WITH", "Ghana") not in found


def test_a_second_person_with_no_title_of_their_own_shares_the_first_ones(triples):
    found = triples("Presidents Jean Kalume of Gabon and Paul Ngoma met in Libreville.")
    assert ("Jean Kalume", "AFFILIATED_WITH", "Gabon") in found


@pytest.mark.parametrize("text, person, state, host", [
    ("Kenyan Ambassador to Somalia Peter Wanjala met officials in Mogadishu.", "Peter Wanjala", "Kenya", "Somalia"),
    ("Canadian Ambassador to Jordan and Special Envoy for Syria David Martin met the minister.", "David Martin",
     "Canada", "Syria"),
])
def test_an_envoys_posting_before_the_name_is_not_whom_the_envoy_serves(triples, text, person, state, host):
    found = triples(text)
    assert (person, "AFFILIATED_WITH", state) in found
    assert (person, "AFFILIATED_WITH", host) not in found


def test_an_envoys_posting_does_not_reach_past_another_name(triples):
    found = triples("Nigerian Ambassador to Niger Musa Bello and AU envoy for the Sahel Amina Diallo met in Niamey.")
    assert ("Amina Diallo", "AFFILIATED_WITH", "Nigeria") not in found


@pytest.mark.parametrize("text", [
    "Phnom Penh will give China exclusive access to parts of the naval base.",
    "Turkey granted Russian warships access to the straits.",
])
def test_access_granted_is_no_aid(triples, text):
    assert not any(p == "AID" for _, p, _ in triples(text))


def test_things_given_are_still_aid_or_arms(triples):
    found = triples("Japan gave Vietnam two patrol vessels. The EU provided Moldova with 50 million euros in aid.")
    assert {("Japan", "ARMS_TRANSFER", "Vietnam"), ("European Union", "AID", "Moldova")} <= found


def test_a_place_in_an_absolute_with_clause_is_not_where_the_act_took_place(triples):
    found = triples("Laos was in turmoil. Last week the junta launched air strikes on a village in the north, with "
                    "thousands of villagers fleeing into Thailand's Nan province in the aftermath.")
    assert not any(p == "ATTACK" and o == "Thailand" for _, p, o in found)


def test_a_place_of_the_act_itself_is_still_read(triples):
    found = triples("Israel carried out strikes in Lebanon with drones supplied by the United States.")
    assert ("Israel", "ATTACK", "Lebanon") in found


@pytest.mark.parametrize("text, state, host", [
    ("Portugal retained a presence in Guinea-Bissau after the mission ended.", "Portugal", "Guinea-Bissau"),
    ("Kenya retained some troops in Somalia to guard the airport.", "Kenya", "Somalia"),
])
def test_forces_retained_somewhere_are_there(triples, text, state, host):
    assert (state, "MILITARY_PRESENCE", host) in triples(text)


def test_a_seat_retained_is_no_presence(triples):
    assert not any(p == "MILITARY_PRESENCE" for _, p, _ in triples("Ghana retained its seat on the council in Accra."))
