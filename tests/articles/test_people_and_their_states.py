"""Whom a person acts for, however the article says it: a state's possessive on the name
("Kenya's William Ruto"), or a title the parser cut into pieces ("the US vice-president")."""

import pytest


@pytest.mark.parametrize("text, person, state", [
    ("The talks were chaired by Kenya's William Ruto.", "William Ruto", "Kenya"),
    ("Senegal's Bassirou Diomaye Faye later took over the mediation.", "Bassirou Diomaye Faye", "Senegal"),
    ("Kamala Harris, the US vice-president, met the delegation.", "Kamala Harris", "United States"),
])
def test_a_person_named_with_a_state_acts_for_it(triples, text, person, state):
    assert (person, "AFFILIATED_WITH", state) in triples(text)



def test_a_possessive_on_a_group_is_not_a_person_affiliation(triples):
    found = triples("Sudan's Rapid Support Forces shelled El Fasher.")
    assert not any(p == "AFFILIATED_WITH" and o == "Sudan" and s != "Rapid Support Forces" for s, p, o in found)


@pytest.mark.parametrize("text, person, state", [
    ("India chose Vikram Rao, a career diplomat, as its envoy to Ottawa.", "Vikram Rao", "India"),
    ("Canada named Laura Smith as its high commissioner in New Delhi.", "Laura Smith", "Canada"),
    ("Kenya appointed Peter Mwangi ambassador to Somalia.", "Peter Mwangi", "Kenya"),
])
def test_an_envoy_serves_the_state_that_sends_them_not_the_host(triples, text, person, state):
    found = triples(text)
    assert (person, "AFFILIATED_WITH", state) in found
    assert not any(s == person and p == "AFFILIATED_WITH" and o != state for s, p, o in found)


def test_a_person_who_became_a_minister_of_a_state_acts_for_it(triples):
    found = triples("Sarah Brown, who became foreign minister of Ireland in May, visited Kyiv.")
    assert ("Sarah Brown", "AFFILIATED_WITH", "Ireland") in found


def test_a_leaders_surname_names_them_even_when_the_model_tags_nothing(triples):
    found = triples("Modi and Putin met once, on the sidelines of the BRICS summit in Kazan.", date="2025-05-01")
    assert ("Narendra Modi", "CONSULTATION", "Vladimir Putin") in found or \
        ("Vladimir Putin", "CONSULTATION", "Narendra Modi") in found


def test_meeting_a_titled_person_is_meeting_them(triples):
    found = triples("India's foreign secretary came to Dhaka and met the foreign adviser, Touhid Hossain.",
                    date="2025-05-01")
    assert ("India", "CONSULTATION", "Bangladesh") in found


def test_a_title_with_the_holder_named_after_its_of_phrase_is_the_holder(triples):
    found = triples("The agreement was signed by UK Defence Secretary John Healey and Turkish Minister of National "
                    "Defence Yasar Guler.", date="2025-10-27")
    assert any(p == "AGREEMENT" and {s, o} == {"John Healey", "Yaşar Güler"} for s, p, o in found)
    assert ("John Healey", "AGREEMENT", "Turkey") not in found


@pytest.mark.parametrize("text, person, state", [
    ("Ottawa expelled six Indian diplomats, among them High Commissioner Rakesh Kumar.", "Rakesh Kumar", "India"),
    ("Delhi expelled six Canadian diplomats, including the acting high commissioner, John Miller.", "John Miller",
     "Canada"),
    ("A delegation of Ghanaian officials, led by Foreign Minister Samuel Ablakwa, arrived in Abuja.",
     "Samuel Ablakwa", "Ghana"),
])
def test_a_titled_member_or_leader_of_a_states_group_serves_that_state(triples, text, person, state):
    found = triples(text)
    assert (person, "AFFILIATED_WITH", state) in found
    assert not any(s == person and p == "AFFILIATED_WITH" and o != state for s, p, o in found)


def test_a_family_name_written_first_names_the_person_alone(triples):
    found = triples("Xi Jinping met Lee Jae-myung in Gyeongju on Saturday. Later Xi and Lee signed a currency "
                    "swap deal.", date="2025-11-01")
    assert ("Xi Jinping", "AGREEMENT", "Lee Jae-myung") in found or ("Lee Jae-myung", "AGREEMENT", "Xi Jinping") in found


def test_a_courtesy_title_between_an_office_and_the_name_leaves_the_office_the_names(triples):
    found = triples("Morocco welcomed the vote and supports the efforts of the Secretary-General of the United "
                    "Nations, Mr António Guterres.")
    assert ("António Guterres", "AFFILIATED_WITH", "United Nations") in found


def test_an_office_in_a_list_of_offices_is_read_up_to_its_own_title(triples):
    found = triples("They recognise the work of the Prime Minister of Qatar, Sheikh Mohammed bin Abdulrahman Al Thani, "
                    "and of the head of Egypt's General Intelligence Service, Hassan Rashad.", date="2025-10-13")
    assert ("Hassan Rashad", "AFFILIATED_WITH", "Egypt") in found
    assert ("Hassan Rashad", "AFFILIATED_WITH", "Qatar") not in found


def test_a_known_leader_found_by_the_model_keeps_the_office_the_gazetteer_knows(triples):
    found = triples("Abdel Fattah el-Sisi hosted the summit. President el-Sisi, President Trump and President Recep "
                    "Tayyip Erdogan of the Republic of Türkiye signed the declaration.", date="2025-10-13")
    assert ("Abdel Fattah el-Sisi", "AFFILIATED_WITH", "Egypt") in found
    assert ("Abdel Fattah el-Sisi", "AFFILIATED_WITH", "Turkey") not in found


def test_an_arabic_surname_with_its_article_names_the_person_alone(triples):
    found = triples("Ahmed al-Sharaa became president in January. In March al-Sharaa and Mazloum Abdi signed an "
                    "agreement.", date="2025-06-01")
    assert ("Ahmed al-Sharaa", "AGREEMENT", "Mazloum Abdi") in found or \
        ("Mazloum Abdi", "AGREEMENT", "Ahmed al-Sharaa") in found


@pytest.mark.parametrize("text, person, state", [
    ("Bernardo Arévalo won Guatemala's presidential election in August.", "Bernardo Arévalo", "Guatemala"),
    ("Bassirou Diomaye Faye won the presidential election in Senegal in March.", "Bassirou Diomaye Faye", "Senegal"),
])
def test_who_won_a_states_election_holds_office_in_it(triples, text, person, state):
    assert (person, "AFFILIATED_WITH", state) in triples(text)


def test_holding_an_election_is_no_office(triples):
    assert not any(p == "AFFILIATED_WITH" for _, p, _ in triples("Georgia will hold parliamentary elections in October."))


@pytest.mark.parametrize("text, person, state", [
    ("President Ana Torvik of Norway kept the budget of her predecessor, Lars Eide.", "Lars Eide", "Norway"),
    ("President Javier Milei of Argentina blamed his predecessor, Alberto Fernández, for the debt.",
     "Alberto Fernández", "Argentina"),
])
def test_a_predecessor_held_the_office_of_the_person_they_preceded(triples, text, person, state):
    assert (person, "AFFILIATED_WITH", state) in triples(text)
