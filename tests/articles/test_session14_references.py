"""Sides the document gives in another sentence or through a reference (session 14). Every document here is
our own invention."""

import pytest


@pytest.mark.parametrize("text, found", [
    ("Ethiopia and Eritrea held talks in Jeddah last month. Kenya and Norway served as facilitators.",
     [("Kenya", "MEDIATION", "Ethiopia"), ("Norway", "MEDIATION", "Eritrea")]),
    ("The government of Peru reopened negotiations with Bolivia in La Paz. Spain, the guarantor of the talks, "
     "said the rounds would go on.", [("Spain", "MEDIATION", "Peru"), ("Spain", "MEDIATION", "Bolivia")]),
    # the talks were told a section before: the guarantors stand between their sides all the same
    ("# Khartoum and Juba talk again\n\nSudan resumed negotiations with South Sudan in May.\n\n## Old rounds\n\n"
     "Much has changed since 2019. Egypt and Ethiopia, which had acted as guarantors since 2019, stayed on.",
     [("Egypt", "MEDIATION", "Sudan"), ("Ethiopia", "MEDIATION", "South Sudan")]),
])
def test_a_guarantor_or_facilitator_named_without_sides_stands_between_the_talks_told(triples, text, found):
    got = triples(text)
    for triple in found:
        assert triple in got


@pytest.mark.parametrize("text", [
    "Chile and Peru held talks in Lima. Britain, Greece and Turkey are the guarantor powers of Cyprus.",
    "Chile and Peru held talks in Lima. Armenia's main guarantor, Russia, sent more troops.",
    "Britain and France are guarantors of the new treaty.",  # no talks told: no sides
])
def test_a_guarantor_of_a_named_state_or_with_no_talks_told_mediates_nothing(triples, text):
    assert not any(p == "MEDIATION" for s, p, o in triples(text))


@pytest.mark.parametrize("text, found, not_found", [
    # two states named together before the leaders are not what "the two countries" means after them
    ("Gas reaches Europe through Georgia and Azerbaijan. In May President Ilham Aliyev and Armenia's prime "
     "minister, Nikol Pashinyan, signed a declaration in Washington. Moscow, which had brokered truces between the "
     "two countries since 1994, was not invited.", ("Russia", "MEDIATION", "Armenia"), ("Russia", "MEDIATION", "Georgia")),
    ("Kenya buys fuel from Oman and Qatar. On Monday President William Ruto and Ethiopia's prime minister, Abiy "
     "Ahmed, signed a road accord. Egypt, which has long mediated between the two countries, welcomed it.",
     ("Egypt", "MEDIATION", "Ethiopia"), ("Egypt", "MEDIATION", "Qatar")),
])
def test_the_two_countries_after_two_leaders_acting_together_are_their_states(triples, text, found, not_found):
    got = triples(text)
    assert found in got
    assert not_found not in got


def test_two_states_named_together_after_the_leaders_still_come_first(triples):
    got = triples("President William Ruto and Ethiopia's prime minister, Abiy Ahmed, met in Nairobi. Later Sudan and "
                  "Chad traded fire, and Egypt mediated between the two countries.")
    assert ("Egypt", "MEDIATION", "Chad") in got
    assert ("Egypt", "MEDIATION", "Kenya") not in got


@pytest.mark.parametrize("text, found", [
    ("Ghana took Togo to the International Court of Justice. Togo does not accept its jurisdiction.",
     ("Togo", "REJECTION", "International Court of Justice")),
    ("Belize brought the case before the International Court of Justice in 2019. Guatemala rejected its ruling "
     "on Monday.", ("Guatemala", "REJECTION", "International Court of Justice")),
])
def test_its_jurisdiction_or_ruling_is_the_courts_named_before(triples, text, found):
    got = triples(text)
    assert found in got
    assert not any(s == o for s, p, o in got)


def test_its_on_anything_else_stays_the_clause_subjects(triples):
    got = triples("Ghana took Togo to the International Court of Justice. Togo recalled its ambassador from Ghana.")
    assert not any(o == "International Court of Justice" and s == "Togo" for s, p, o in got)


def test_what_an_official_called_reckless_is_the_act_told_before_never_the_officials_own(triples):
    got = triples("Chinese vessels rammed a Philippine supply boat near the reef. The US ambassador, Jane Doe, condemned "
                  "what she called reckless action.")
    assert ("Jane Doe", "CRITICISM", "China") in got
    assert ("Jane Doe", "CRITICISM", "United States") not in got
    assert not any(o == "Jane Doe" for s, p, o in got)


@pytest.mark.parametrize("text, found, not_found", [
    ("Niger cut its defence ties with France in May. In June President Jean Dupont of France said that African "
     "leaders were ungrateful. Niger condemned the remark as insulting, and Guinea's prime minister, Amadou Bah, "
     "also criticised it.", ("Guinea", "CRITICISM", "France"), ("Guinea", "CRITICISM", "Niger")),
    ("On Monday Kenya accused Uganda of arming rebels. Ethiopia condemned the Ugandan raid, and Somalia also "
     "denounced it.", ("Somalia", "CRITICISM", "Uganda"), ("Somalia", "CRITICISM", "Ethiopia")),
])
def test_it_judged_again_in_a_coordinated_clause_is_what_the_first_judge_judged(triples, text, found, not_found):
    got = triples(text)
    assert found in got
    assert not_found not in got


@pytest.mark.parametrize("text, found", [
    ("Sudan resumed talks with South Sudan in May. Egypt and Ethiopia served as guarantors.\n\nIn June the guarantor "
     "countries met the Sudanese president in Khartoum.", ("Egypt", "CONSULTATION", "Sudan")),
    ("Armenia and Azerbaijan held talks in Abu Dhabi, mediated by the United Arab Emirates and Qatar. Later the "
     "mediators met the Armenian foreign minister.", ("Qatar", "CONSULTATION", "Armenia")),
])
def test_the_guarantors_or_the_mediators_are_the_go_betweens_told(triples, text, found):
    assert found in triples(text)


def test_the_mediators_with_no_mediation_told_are_no_one(triples):
    got = triples("Chile and Peru met in Lima. The mediators later met the Bolivian president.")
    assert not any(o == "Bolivia" for s, p, o in got)


@pytest.mark.parametrize("text, found", [
    ("Mali cut diplomatic ties with Ukraine on 4 August. Niger followed two days later.",
     ("Niger", "PROTEST", "Ukraine")),
])
def test_followed_repeats_the_acts_of_the_sentence_before(claims, text, found):
    assert any((s, p, o) == found for s, p, o, m in claims(text))


@pytest.mark.parametrize("text", [
    # a heading between: the acts told before it are not what is followed
    "Russian drones struck a depot in Poland on 9 September.\n\n## Who asked for talks?\n\nArticle 4 lets any "
    "member ask for consultations. Lithuania asked first on 10 September. Latvia followed on 19 September.",
    # told several sentences back
    "Russian drones struck a depot in Poland on 9 September. Nobody was hurt. The depot was empty at the time, and "
    "the fire was put out within an hour by local firemen from the nearby town. The alliance has thirty-two "
    "members, and its treaty has fourteen articles that set out what they owe each other. Article 4 lets any "
    "member ask for consultations. Latvia followed on 19 September.",
])
def test_followed_does_not_repeat_acts_told_before_a_heading_or_far_back(triples, text):
    got = triples(text)
    assert not any(s == "Latvia" for s, p, o in got)


@pytest.mark.parametrize("text, not_found", [
    ("Peru and Bolivia opened new talks in May. Norway and Cuba joined the talks as guarantors.",
     ("Norway", "CONSULTATION", "Cuba")),
    ("Thailand and Cambodia met in Kuala Lumpur. China and Japan attended the meeting as observers.",
     ("China", "CONSULTATION", "Japan")),
])
def test_those_who_join_talks_as_go_betweens_or_observers_are_not_their_sides(triples, text, not_found):
    assert not_found not in triples(text)


def test_those_who_join_talks_with_no_such_role_still_hold_them(triples):
    assert ("Norway", "CONSULTATION", "Cuba") in triples("Norway and Cuba joined the talks in Oslo on Monday.")


@pytest.mark.parametrize("text, found, not_found", [
    ("Burundi recalled its envoy from Belgium on Monday, accusing Brussels of meddling.",
     ("Burundi", "CRITICISM", "Belgium"), ("Burundi", "CRITICISM", "European Union")),
    # the body named in the paragraph, or no Belgium: Brussels is the EU
    ("The EU warned Serbia. Brussels imposed new tariffs on Belgrade.", ("European Union", "COERCION", "Serbia"),
     ("Belgium", "COERCION", "Serbia")),
    ("Kinshasa thanked Belgium for its aid.\n\nIn May, Brussels sanctioned Rwanda.",
     ("European Union", "COERCION", "Rwanda"), ("Belgium", "COERCION", "Rwanda")),
])
def test_a_seat_shared_by_a_state_and_a_body_is_the_state_named_beside_it(triples, text, found, not_found):
    got = triples(text)
    assert found in got
    assert not_found not in got
