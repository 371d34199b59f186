"""Session 25 (extract25a): who belongs to whom, as news ordinarily says it: "its"/"their" on a title inside a
sentence points to its clause's subject; a leader named in the by-phrase of "led by" leads the group even when
the group is what the leader stands for; lecturers and professors hold posts in bodies, as does whoever studies
or researches at one; a state a titled speaker only talks about may still be their own (sentences of our own)."""

import pytest


@pytest.mark.parametrize("text, person, state", [
    ("Paris expelled twelve Algerian officials and recalled its ambassador, Stephane Dumont, for consultations.",
     "Stephane Dumont", "France"),
    ("Sweden recalled its ambassador, Karin Olsson, after the protest.", "Karin Olsson", "Sweden"),
    ("Canada, which has close ties with Mexico, condemned what its ambassador in Mexico City, John Hardy, "
     "called a grave error.", "John Hardy", "Canada"),
    ("In 2022 Honduras sent its former president, Carlos Mejia, to the United States to face charges.",
     "Carlos Mejia", "Honduras"),
])
def test_a_possessive_pronoun_on_a_title_inside_a_sentence_is_its_clause_subject(triples, text, person, state):
    found = triples(text)
    assert (person, "AFFILIATED_WITH", state) in found
    assert not {t for t in found if t[0] == person and t[1] == "AFFILIATED_WITH" and t[2] != state}


def test_a_thing_named_between_the_subject_and_its_may_be_what_its_stands_for(triples):
    found = triples("Russia shot down a Ukrainian jet and captured its pilot, Oleksandr Marchenko.")
    assert ("Oleksandr Marchenko", "AFFILIATED_WITH", "Russia") not in found


@pytest.mark.parametrize("text, leader, group", [
    ("The army rejected the truce proposed by the Rapid Support Forces, led by Mohamed Hamdan Dagalo.",
     "Mohamed Hamdan Dagalo", "Rapid Support Forces"),
    ("The Arakan Army, headed by Twan Mrat Naing, controls most of Rakhine state.", "Twan Mrat Naing", "Arakan Army"),
])
def test_the_leader_in_a_led_by_phrase_leads_the_group_they_also_stand_for(triples, text, leader, group):
    assert (leader, "LEADS", group) in triples(text)


@pytest.mark.parametrize("text, person, body", [
    ('"Each side needs the other," said Nadia Haddad, a lecturer in politics at the Institute of Levantine Studies.',
     "Nadia Haddad", "Institute of Levantine Studies"),
    ("Sofia Lindqvist, a senior lecturer at the Nordic Institute on Security Studies, said Finland had no choice.",
     "Sofia Lindqvist", "Nordic Institute on Security Studies"),
    ('"Oman wants calm," said Lina Haddad, who studies the Gulf at the Arab Gulf States Institute in Washington.',
     "Lina Haddad", "Arab Gulf States Institute"),
])
def test_lecturers_and_researchers_hold_a_post_in_their_body(triples, text, person, body):
    found = triples(text)
    assert (person, "AFFILIATED_WITH", body) in found
    assert not {t for t in found if t[0] == person and t[1] == "AFFILIATED_WITH" and t[2] in ("Oman", "Finland")}


def test_studying_in_a_state_is_no_post_there(triples):
    found = triples("Maria Lopez, who studied in Moscow in the 1980s, now advises the government in Havana.")
    assert ("Maria Lopez", "AFFILIATED_WITH", "Russia") not in found


def test_a_state_a_titled_speaker_only_talks_about_may_be_their_own(triples):
    found = triples("HANOI, March 3 (Reuters) - Vietnam lodged a protest with China after fishermen were beaten. "
                    "Foreign ministry spokeswoman Tran Thi Lan said Vietnam was deeply concerned.")
    assert ("Tran Thi Lan", "AFFILIATED_WITH", "Vietnam") in found
    assert ("Tran Thi Lan", "AFFILIATED_WITH", "China") not in found


def test_an_envoy_is_not_of_the_state_they_only_talk_about(triples):
    found = triples("TEGUCIGALPA, March 3 (Reuters) - Honduras recalled its envoy from Caracas. Ambassador Laura Smith "
                    "said she was worried to see Honduras's defence minister at a meeting in Caracas.")
    assert ("Laura Smith", "AFFILIATED_WITH", "Honduras") not in found


@pytest.mark.parametrize("text, state, body", [
    ("Norway joined EU sanctions against Iran last year.", "Norway", "European Union"),
    ("Iceland has declined to join European sanctions on Belarus.", "Iceland", "European Union"),
    ("Brazil joined the European Union in calling for a ceasefire in Gaza.", "Brazil", "European Union"),
    ("Chile joined ASEAN in condemning the coup in Myanmar.", "Chile", "Association of Southeast Asian Nations"),
])
def test_joining_a_bodys_measure_or_joining_it_in_an_act_is_no_membership(triples, text, state, body):
    assert (state, "MEMBER_OF", body) not in triples(text)


@pytest.mark.parametrize("text, state, body", [
    ("Indonesia joined BRICS in January.", "Indonesia", "BRICS"),
    ("Finland joined NATO in April 2023 after decades of neutrality.", "Finland", "North Atlantic Treaty Organization"),
])
def test_joining_a_body_named_as_the_object_is_still_membership(triples, text, state, body):
    assert (state, "MEMBER_OF", body) in triples(text)


def test_a_state_misread_as_owner_of_members_makes_no_group_part_of_it(triples):
    found = triples("Vanuatu and other members of the Pacific Coordination Group have welcomed the plan.")
    assert not {t for t in found if t[1] == "AFFILIATED_WITH" and t[2] == "Vanuatu"}


@pytest.mark.parametrize("text, person, state", [
    ("The Philippine coast guard said a foreign ship rammed its vessel. The coast guard's spokesman, Ramon Cruz, "
     "said the ship had been anchored.", "Ramon Cruz", "Philippines"),
    ("Indonesia's navy said the boat had been seized. The navy's spokesman, Rear Admiral Budi Santoso, said the "
     "crew were safe.", "Budi Santoso", "Indonesia"),
])
def test_the_navy_or_the_coast_guard_is_the_state_whose_forces_of_that_name_were_told(triples, text, person, state):
    assert (person, "AFFILIATED_WITH", state) in triples(text)


def test_the_navy_points_back_to_no_state_whose_navy_was_never_named(triples):
    found = triples("Vietnam protested to China on Monday. The navy's spokesman, Nguyen Van Hai, said nothing.")
    assert not {t for t in found if t[0] == "Nguyen Van Hai" and t[1] == "AFFILIATED_WITH"}


@pytest.mark.parametrize("text, pairs", [
    ("Kofi Mensah and Komi Agbeko, the foreign ministers of Ghana and Togo, met in Accra.",
     (("Kofi Mensah", "Ghana"), ("Komi Agbeko", "Togo"))),
    ("The defence ministers of Peru and Chile, Luis Quispe and Ana Rojas, signed the accord.",
     (("Luis Quispe", "Peru"), ("Ana Rojas", "Chile"))),
    ("Kenya and Uganda sent their trade ministers, Joseph Kamau and Henry Mugisha, to the talks.",
     (("Joseph Kamau", "Kenya"), ("Henry Mugisha", "Uganda"))),
])
def test_a_plural_title_pairs_a_list_of_people_with_a_list_of_states_in_order(triples, text, pairs):
    found = triples(text)
    for person, state in pairs:
        assert (person, "AFFILIATED_WITH", state) in found
    for (person, state), (_, other) in zip(pairs, reversed(pairs)):
        assert (person, "AFFILIATED_WITH", other) not in found


def test_lists_of_unequal_length_pair_no_one(triples):
    found = triples("Kofi Mensah and Komi Agbeko, the foreign ministers of Ghana, Togo and Benin, met in Accra.")
    assert not {t for t in found if t[0] in ("Kofi Mensah", "Komi Agbeko") and t[1] == "AFFILIATED_WITH"}


@pytest.mark.parametrize("text, person, state, other", [
    ("ACCRA, May 3 (Reuters) - Ghana signed an oil deal with Nigeria. Petroleum Minister Kwesi Boateng said Ghana "
     "would export crude. Ghana hopes to gain.", "Kwesi Boateng", "Ghana", "Nigeria"),
    ("JUBA, March 2 (Reuters) - South Sudan's government said on Monday it had closed the border with Sudan. The "
     "information minister, Peter Deng, said the closure would last a week.", "Peter Deng", "South Sudan", "Sudan"),
])
def test_a_ministers_portfolio_whatever_it_is_leaves_the_title_bare(triples, text, person, state, other):
    found = triples(text)
    assert (person, "AFFILIATED_WITH", state) in found
    assert (person, "AFFILIATED_WITH", other) not in found


@pytest.mark.parametrize("text, leader, group", [
    ("The Houthis, the group of Abdul-Malik al-Houthi, fired missiles at ships.", "Abdul-Malik al-Houthi", "Houthis"),
    ("The rebels of the Arakan Army, the armed group of Twan Mrat Naing, seized the town.",
     "Twan Mrat Naing", "Arakan Army"),
])
def test_a_named_armed_group_described_as_someones_own_is_led_by_them(triples, text, leader, group):
    found = triples(text)
    assert (leader, "LEADS", group) in found
    assert (leader, "AFFILIATED_WITH", group) in found


def test_a_group_of_fighters_names_no_leader(triples):
    found = triples("A group of fighters of the M23 attacked the village near Goma.")
    assert not {t for t in found if t[1] == "LEADS"}


def test_a_local_firm_is_based_where_the_story_takes_place(triples):
    found = triples("Chinese engineers will help Kipeto Power, a local company, build the plant near Nairobi.")
    assert ("Kipeto Power", "BASED_IN", "Kenya") in found
    assert ("Kipeto Power", "BASED_IN", "China") not in found


def test_a_local_firm_between_two_places_is_based_in_neither(triples):
    found = triples("The deal between Lagos and Accra was arranged by Orbit Trading, a local firm.")
    assert not {t for t in found if t[0] == "Orbit Trading" and t[1] == "BASED_IN"}


def test_a_group_operating_from_bases_in_a_state_is_based_there_however_the_in_phrase_is_hung(triples):
    found = triples("The ADF, which operates from hideouts in eastern Congo, attacked villages in Uganda.")
    assert ("Allied Democratic Forces", "BASED_IN", "Democratic Republic of the Congo") in found
    assert ("Allied Democratic Forces", "BASED_IN", "Uganda") not in found
