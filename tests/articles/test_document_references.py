"""Sides the document gives only by context or across sentences: a possessive pronoun on a title, a
government named after its head, a bare title whose state the article's pair decides."""

import pytest


@pytest.mark.parametrize("text, person, state", [
    ("Lebanese President Michel Aoun visited Paris in March. On 6 May the European Union removed Aoun and his "
     "interior minister, Omar Saleh, from its sanctions list.", "Omar Saleh", "Lebanon"),
    ("Kenyan President William Ruto arrived in Mogadishu on Monday with his defence minister, Peter Otieno.",
     "Peter Otieno", "Kenya"),
])
def test_his_minister_serves_the_state_of_the_person_his_points_to(triples, text, person, state):
    found = triples(text)
    assert (person, "AFFILIATED_WITH", state) in found
    assert not any(s == person and p == "AFFILIATED_WITH" and o != state for s, p, o in found)


def test_its_minister_opening_a_sentence_is_the_state_the_text_was_about(triples):
    found = triples("Mexico recalled its ambassador from Quito on Friday. Its foreign minister, Ana Torres, said "
                    "the raid broke international law.")
    assert ("Ana Torres", "AFFILIATED_WITH", "Mexico") in found


def test_its_pilot_inside_a_sentence_is_not_read_through_the_pronoun(triples):
    found = triples("Russian jets shot down a Ukrainian drone, and its operator, Oleg Ivanov, was not hurt.")
    assert not any(s == "Oleg Ivanov" and p == "AFFILIATED_WITH" for s, p, o in found)


@pytest.mark.parametrize("text, person, state", [
    ("Concessions that Claudia Sheinbaum's government prefers not to call concessions have kept tariffs away.",
     "Claudia Sheinbaum", "Mexico"),
    ("Critics say the Erdogan government has tightened its grip on the courts.", "Recep Tayyip Erdoğan", "Turkey"),
])
def test_a_government_named_after_a_leader_is_led_by_them(triples, text, person, state):
    assert (person, "AFFILIATED_WITH", state) in triples(text)


def test_a_government_named_after_its_head_is_what_the_next_its_points_to(triples):
    found = triples("Peru expelled the Bolivian consul on Monday. Noboa's government says it had no choice. "
                    "Its foreign minister, Ana Torres, accused Colombia of meddling.")
    assert ("Ana Torres", "AFFILIATED_WITH", "Ecuador") in found
    assert ("Ana Torres", "AFFILIATED_WITH", "Peru") not in found


PAIR = ("Ghana and Togo have quarrelled over their border for years. Ghana accuses Togo of sheltering smugglers, "
        "and Togo says Ghana is strangling its markets. In March Togo closed two crossings.\n\n")


def test_an_official_who_summons_one_sides_envoy_serves_the_other_side_of_the_documents_pair(triples):
    found = triples(PAIR + "On Monday Deputy Foreign Minister Kofi Mensah summoned the Togolese ambassador.")
    assert ("Kofi Mensah", "AFFILIATED_WITH", "Ghana") in found


def test_no_side_is_guessed_when_a_third_state_is_named_nearly_as_often(triples):
    text = PAIR.replace("In March Togo closed two crossings.",
                        "Benin, Burkina Faso and Benin's ports are part of it, and Benin and Togo share a port.")
    found = triples(text + "On Monday Deputy Foreign Minister Kofi Mensah summoned the Togolese ambassador.")
    assert not any(s == "Kofi Mensah" and p == "AFFILIATED_WITH" for s, p, o in found)


def test_both_leaders_are_the_persons_titled_leaders_not_the_ministers_named_since(triples):
    found = triples("Attending were the Abkhaz leader, Ruslan Ardzinba, the Georgian leader, Levan Kvaratskhelia, and "
                    "the foreign ministers of Russia and Turkey, Sergei Lavrov and Hakan Fidan.\n\n"
                    "Mr Lavrov backed the Abkhaz position. Mr Fidan called for patience.\n\n"
                    "Both leaders described the talks as useful.")
    pairs = {frozenset((s, o)) for s, p, o in found if p == "CONSULTATION"}
    assert frozenset(("Ruslan Ardzinba", "Levan Kvaratskhelia")) in pairs
    assert frozenset(("Sergei Lavrov", "Hakan Fidan")) not in pairs


def test_the_two_leaders_are_still_the_pair_just_named_when_both_lead(triples):
    found = triples("In Canberra, Prime Minister Anthony Albanese met the Indonesian president, Prabowo Subianto, "
                    "on Monday. The Foreign Minister, Penny Wong, joined them. The two leaders signed a maritime "
                    "security pact.")
    assert any(p == "AGREEMENT" and {s, o} == {"Anthony Albanese", "Prabowo Subianto"} for s, p, o in found)
    assert not any(p == "AGREEMENT" and "Penny Wong" in (s, o) for s, p, o in found)


def test_it_after_a_sentence_about_a_states_deeds_is_that_state(triples):
    found = triples("The Pentagon said the warships posed no threat. Turkey's help to Somalia has been steady. It "
                    "wrote off most of Somalia's debt in 2019 and has sent shipments of grain.")
    assert ("Turkey", "AID", "Somalia") in found
    assert ("United States", "AID", "Somalia") not in found


def test_the_bloc_is_the_body_the_paragraph_is_about_not_the_one_named_last(triples):
    found = triples("The Andean Community signed a trade agreement with the European Free Trade Association in "
                    "May. EFTA's members are Iceland, Liechtenstein, Norway and Switzerland. The bloc's larger "
                    "agreement with the European Union still awaits approval.")
    assert ("Andean Community", "AGREEMENT", "European Union") in found or \
        ("European Union", "AGREEMENT", "Andean Community") in found
    assert not any(p == "AGREEMENT" and {s, o} == {"European Free Trade Association", "European Union"}
                   for s, p, o in found)


def test_they_after_a_list_of_three_states_is_all_three(triples):
    found = triples("Kenya, Uganda and Tanzania are building a railway to the coast. In 2024 they signed an "
                    "agreement on its financing.")
    pairs = {frozenset((s, o)) for s, p, o in found if p == "AGREEMENT"}
    assert {frozenset(("Kenya", "Uganda")), frozenset(("Kenya", "Tanzania")), frozenset(("Uganda", "Tanzania"))} <= pairs


def test_a_possessive_pronoun_cannot_move_an_office_the_gazetteer_knows(triples):
    found = triples("Last autumn Israel went after Hezbollah with full force. Its leader, Hassan Nasrallah, died in a "
                    "bombing in the suburbs of Beirut.")
    assert ("Hassan Nasrallah", "AFFILIATED_WITH", "Hezbollah") in found
    assert ("Hassan Nasrallah", "AFFILIATED_WITH", "Israel") not in found


def test_a_surname_in_a_headline_is_the_person_the_article_names_in_full_later(triples):
    found = triples("Takaichi meets Lee in Gyeongju\n\nJapan's prime minister, Sanae Takaichi, and South Korea's "
                    "president, Lee Jae-myung, agreed on Thursday to keep up regular visits.", date="2025-11-01")
    assert ("Sanae Takaichi", "CONSULTATION", "Lee Jae-myung") in found or \
        ("Lee Jae-myung", "CONSULTATION", "Sanae Takaichi") in found
    assert not any("Takaichi" == s or "Lee" == o for s, p, o in found)


def test_a_surname_after_the_full_name_in_the_same_sentence_is_that_person(triples):
    found = triples("On Monday Kenya expelled Ambassador Tomas Ferreira after Ferreira criticised President "
                    "William Ruto in a speech.")
    assert not any("Ferreira" in (s, o) for s, p, o in found)
    assert any(s == "Tomas Ferreira" and p == "CRITICISM" for s, p, o in found)


@pytest.mark.parametrize("text, state", [
    ("Mali's military rulers seized power in 2021. The junta broke ties with France in 2022, leaving a vacuum Russia "
     "quickly filled. The Wagner Group is expected to deepen Russia's influence while supporting the junta.", "Mali"),
    ("Guinea's junta dissolved the government in 2021. The junta later expelled the French ambassador, and Russia "
     "sent advisers. The Wagner Group is expected to deepen Russia's influence while supporting the junta.", "Guinea"),
])
def test_the_junta_stays_the_state_it_stood_for_in_the_section(triples, text, state):
    found = triples(text)
    assert ("Wagner Group", "SUPPORT", state) in found
    assert ("Wagner Group", "SUPPORT", "Russia") not in found


@pytest.mark.parametrize("text, person, body", [
    ("The Secretary-General, Antonio Guterres, opened the talks. Elena Moreno, the Secretary-General's personal envoy on "
     "Cyprus, will return to the island in May.", "Elena Moreno", "United Nations"),
    ("President William Ruto arrived in Mogadishu on Monday. Ruto's chief of staff, Felix Kamau, met the Somali "
     "foreign minister.", "Felix Kamau", "Kenya"),
])
def test_a_title_under_an_office_holders_possessive_serves_what_they_hold_office_in(triples, text, person, body):
    found = triples(text)
    assert (person, "AFFILIATED_WITH", body) in found
    assert not any(s == person and p == "AFFILIATED_WITH" and o != body for s, p, o in found)


def test_the_two_men_are_the_persons_listed_through_an_officials_title(triples):
    found = triples("Egypt's foreign minister, Badr Abdelatty, welcomed the IAEA chief, Rafael Grossi, on Monday. "
                    "Abdelatty hosted Grossi and Iran's foreign minister, Abbas Araghchi, in Cairo, where the two men "
                    "signed an arrangement on inspections.")
    assert any(p == "AGREEMENT" and {s, o} == {"Rafael Grossi", "Abbas Araghchi"} for s, p, o in found)
    assert not any(p == "AGREEMENT" and "Badr Abdelatty" in (s, o) for s, p, o in found)


def test_a_label_without_a_verb_names_the_state_a_bare_title_serves(triples):
    found = triples("Japan and China traded protests all week.\n\nBeijing's response. Members were informed that "
                    "Vice Foreign Minister Wang Lei summoned Japan's ambassador on Monday.")
    assert ("Wang Lei", "AFFILIATED_WITH", "China") in found
    assert ("Wang Lei", "AFFILIATED_WITH", "Japan") not in found
