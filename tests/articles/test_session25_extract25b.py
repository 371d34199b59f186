"""Session 25 (extract25b): talks, visits and mediation the way wire copy ordinarily states them: a place chosen for a
trip, the host who invited a visitor or acts during the visit, a return to a capital, a person due or expected in
one (sentences of our own)."""

import pytest


def consulted(found, one, other):
    return (one, "CONSULTATION", other) in found or (other, "CONSULTATION", one) in found


@pytest.mark.parametrize("text, visitor, state, place", [
    ("Sri Lankan President Anura Kumara Dissanayake chose India for his first foreign trip after the election.",
     "Anura Kumara Dissanayake", "Sri Lanka", "India"),
    ("Argentine President Javier Milei picked Washington as the destination of his first official visit.",
     "Javier Milei", "Argentina", "United States"),
    ("Polish Prime Minister Donald Tusk made Kyiv his first foreign stop after taking office.",
     "Donald Tusk", "Poland", "Ukraine"),
    ("Italian Prime Minister Giorgia Meloni made Algiers one of her first foreign trips.",
     "Giorgia Meloni", "Italy", "Algeria"),
])
def test_a_place_chosen_for_a_trip_is_visited(triples, text, visitor, state, place):
    found = triples(text)
    assert consulted(found, visitor, place) and consulted(found, state, place)


def test_the_place_passed_over_for_a_trip_is_not_visited(triples):
    found = triples("The new Japanese prime minister chose Jakarta over Washington for his first overseas trip.")
    assert consulted(found, "Japan", "Indonesia")
    assert not consulted(found, "Japan", "United States")
    # a choice with no trip in it visits no one
    assert not consulted(triples("Iran chose to make drones its main export to Russia."), "Iran", "Russia")


@pytest.mark.parametrize("text, visitor, host", [
    ("Kenyan President William Ruto visited Seoul at the invitation of South Korean President Lee Jae-myung.",
     "William Ruto", "Lee Jae-myung"),
    ("Brazilian President Luiz Inácio Lula da Silva travelled to Luanda at the invitation of Angolan President "
     "João Lourenço.", "Luiz Inácio Lula da Silva", "João Lourenço"),
    ("Prime Minister Narendra Modi is on a state visit to the Maldives at the invitation of Maldivian President "
     "Mohamed Muizzu.", "Narendra Modi", "Mohamed Muizzu"),
])
def test_whoever_invited_a_visitor_receives_them(triples, text, visitor, host):
    assert consulted(triples(text), visitor, host)


@pytest.mark.parametrize("text, visitor, host", [
    ("During Erdogan's visit to Baghdad, Iraqi Prime Minister Mohammed Shia al-Sudani signed a water deal with "
     "Turkey.", "Recep Tayyip Erdoğan", "Mohammed Shia al-Sudani"),
    ("During a visit by Chinese Premier Li Qiang, Australian Prime Minister Anthony Albanese raised the detention "
     "of a journalist.", "Li Qiang", "Anthony Albanese"),
])
def test_the_host_acting_during_a_visit_receives_the_visitor(triples, text, visitor, host):
    assert consulted(triples(text), visitor, host)


@pytest.mark.parametrize("text, visitor, other", [
    ("During Blinken's visit, Iran fired missiles at Israel.", "Antony Blinken", "Iran"),
    ("During Blinken's visit to Israel, Hezbollah leader Naim Qassem criticised Washington.",
     "Antony Blinken", "Naim Qassem"),
    ("During Modi's visit to Paris, Indian Foreign Secretary Vikram Misri told reporters the talks went well.",
     "Narendra Modi", "Vikram Misri"),
    ("During Putin's visit, Chinese President Xi Jinping condemned the sanctions on Russia.",
     "Vladimir Putin", "Xi Jinping"),
])
def test_a_foe_an_own_official_or_someone_outside_the_place_visited_is_no_host(triples, text, visitor, other):
    assert not consulted(triples(text), visitor, other)


@pytest.mark.parametrize("text, visitor, place", [
    ("The visit of Indonesian President Prabowo Subianto to Beijing produced a maritime agreement.",
     "Prabowo Subianto", "China"),
    ("A visit by Chinese Premier Li Qiang to Canberra ended on Tuesday.", "Li Qiang", "Australia"),
])
def test_a_visit_of_or_by_someone_to_a_place(triples, text, visitor, place):
    assert consulted(triples(text), visitor, place)


def test_a_return_to_a_foreign_capital_is_a_visit(triples):
    found = triples("Spanish Prime Minister Pedro Sánchez has returned to Rabat twice this year.")
    assert consulted(found, "Pedro Sánchez", "Morocco") and consulted(found, "Spain", "Morocco")
    # home again, or something handed back, is no visit
    assert not consulted(triples("Russian Foreign Minister Sergei Lavrov returned to Moscow on Friday."),
                         "Sergey Lavrov", "Russia")
    assert not consulted(triples("France returned 26 looted artefacts to Benin in 2021."), "France", "Benin")


@pytest.mark.parametrize("text, visitor, state, place", [
    ("Indonesian Foreign Minister Sugiono is due in Canberra on Monday for talks with Australian Foreign Minister "
     "Penny Wong.", "Sugiono", "Indonesia", "Australia"),
    ("Israeli Prime Minister Benjamin Netanyahu is expected in Washington next week.",
     "Benjamin Netanyahu", "Israel", "United States"),
    ("Chinese Foreign Minister Wang Yi is due in Moscow on Tuesday for a two-day visit.", "Wang Yi", "China", "Russia"),
])
def test_a_person_due_or_expected_in_a_capital_plans_a_visit(claims, text, visitor, state, place):
    found = claims(text)
    assert (visitor, "CONSULTATION", place, "planned") in found
    assert (state, "CONSULTATION", place, "planned") in found


def test_talks_one_is_due_somewhere_for_are_planned(claims):
    found = claims("Indonesian Foreign Minister Sugiono is due in Canberra on Monday for talks with Australian Foreign "
                   "Minister Penny Wong.")
    assert ("Sugiono", "CONSULTATION", "Penny Wong", "planned") in found


def test_officers_due_somewhere_visit_no_one(triples):
    found = triples("Kenyan police officers are due in Haiti next month.")
    assert not consulted(found, "Kenya", "Haiti")


@pytest.mark.parametrize("text, mediator, sides", [
    ("The Vatican acted as a go-between for Washington and Havana in 2014.", "Holy See", ("United States", "Cuba")),
    ("Switzerland has served as an intermediary for the United States and Iran since 1980.",
     "Switzerland", ("United States", "Iran")),
])
def test_a_go_between_for_two_sides_mediates_with_each(triples, text, mediator, sides):
    found = triples(text)
    assert all((mediator, "MEDIATION", side) in found for side in sides)


def test_mediators_named_by_their_state_stand_for_it(triples):
    found = triples("Qatari and Egyptian mediators met Hamas officials in Doha on Friday.")
    assert consulted(found, "Qatar", "Hamas") and consulted(found, "Egypt", "Hamas")


@pytest.mark.parametrize("text, one, other", [
    ("In July 2023 Ursula von der Leyen and Giorgia Meloni stood beside President Kais Saied in Tunis.",
     "Giorgia Meloni", "Kais Saied"),
    ("French President Emmanuel Macron appeared alongside Ukrainian President Volodymyr Zelensky at a news "
     "conference in Kyiv.", "Emmanuel Macron", "Volodymyr Zelensky"),
    ("Indian Prime Minister Narendra Modi posed with Chinese President Xi Jinping at the summit in Tianjin.",
     "Narendra Modi", "Xi Jinping"),
])
def test_leaders_side_by_side_somewhere_met(triples, text, one, other):
    found = triples(text)
    assert consulted(found, one, other)
    assert (one, "SUPPORT", other) not in found  # standing beside someone at a place is no backing


def test_standing_by_a_side_backs_it_and_meets_no_one(triples):
    found = triples("Britain stood beside Ukraine in its darkest hour.")
    assert ("United Kingdom", "SUPPORT", "Ukraine") in found
    assert not consulted(found, "United Kingdom", "Ukraine")
    assert not consulted(triples("Turkey will continue to stand by Somalia."), "Turkey", "Somalia")


def test_a_call_on_a_day_is_a_call_not_a_call_on_someone(triples):
    found = triples("Kenyan President William Ruto called Sudanese army chief Abdel Fattah al-Burhan on Sunday.")
    assert consulted(found, "William Ruto", "Abdel Fattah al-Burhan")
    assert ("France", "CRITICISM", "Russia") in triples("France called on Monday on Russia to withdraw.")


def test_the_capital_where_two_others_hold_talks_hosts_them(triples):
    found = triples("Russia and Ukraine held their first direct talks in three years in Ankara on Friday.")
    assert ("Turkey", "MEDIATION", "Russia") in found and ("Turkey", "MEDIATION", "Ukraine") in found
    # the capital of one of the two hosts no one; a go-between named is the go-between
    assert not {t for t in triples("Russia and Ukraine held talks in Moscow.") if t[1] == "MEDIATION"}
    found = triples("Armenia and Azerbaijan resumed talks in Washington under EU mediation.")
    assert ("United States", "MEDIATION", "Armenia") not in found
    assert ("European Union", "MEDIATION", "Armenia") in found


@pytest.mark.parametrize("text", [
    "The meeting between Modi and Xi never took place.",
    "The meeting between Modi and Xi did not take place.",
    "The meeting between Modi and Xi did not happen.",
])
def test_a_meeting_that_never_took_place_is_denied(claims, text):
    found = claims(text)
    assert ("Narendra Modi", "CONSULTATION", "Xi Jinping", "denied") in found
    assert ("Narendra Modi", "CONSULTATION", "Xi Jinping", "asserted") not in found


def test_other_words_negated_of_a_meeting_deny_nothing(claims):
    found = claims("The visit by Chinese Premier Li Qiang to Canberra did not take long.")
    assert ("Li Qiang", "CONSULTATION", "Australia", "asserted") in found


def test_one_in_a_state_for_a_visit_visits_it(triples):
    found = triples("Chinese President Xi Jinping is in Kazakhstan on a state visit.")
    assert consulted(found, "Xi Jinping", "Kazakhstan") and consulted(found, "China", "Kazakhstan")
    # there for talks with someone else: a venue
    found = triples("US envoy Zalmay Khalilzad is in Doha for talks with the Taliban.")
    assert not consulted(found, "Zalmay Khalilzad", "Qatar") and not consulted(found, "United States", "Qatar")


@pytest.mark.parametrize("text, one, other", [
    ("Modi to meet Putin in Kazan next week", "Narendra Modi", "Vladimir Putin"),
    ("Erdogan to host Zelensky in Istanbul", "Recep Tayyip Erdoğan", "Volodymyr Zelensky"),
])
def test_a_headline_of_a_planned_meeting(claims, text, one, other):
    found = claims(text)
    assert (one, "CONSULTATION", other, "planned") in found or (other, "CONSULTATION", one, "planned") in found


def test_a_headline_infinitive_whose_name_starts_a_longer_sentence_is_left_alone(claims):
    found = claims("Modi told reporters he hoped to meet Putin.")
    assert ("Narendra Modi", "CONSULTATION", "Vladimir Putin", "asserted") not in found


@pytest.mark.parametrize("text, channel, sides", [
    ("The Houthis' spokesman said the group had held indirect contacts with Washington through Oman.",
     "Oman", ("Houthis", "United States")),
    ("Iran and the United States held indirect talks via Omani mediators in Muscat.", "Oman", ("Iran", "United States")),
])
def test_the_channel_of_talks_stands_between_the_sides(triples, text, channel, sides):
    found = triples(text)
    assert all((channel, "MEDIATION", side) in found for side in sides)


def test_talks_through_diplomatic_channels_have_no_go_between(triples):
    found = triples("Kenya held talks with Uganda through diplomatic channels.")
    assert consulted(found, "Kenya", "Uganda")
    assert not {t for t in found if t[1] == "MEDIATION"}


@pytest.mark.parametrize("text, host, guest", [
    ("Thai officials met the delegation from Myanmar's military government in Bangkok.", "Thailand", "Myanmar"),
    ("Thai officials welcomed a delegation from the Myanmar government in Bangkok.", "Thailand", "Myanmar"),
    ("Vietnamese President To Lam received a delegation from the US Congress in Hanoi.", "Vietnam", "United States"),
])
def test_a_delegation_from_a_states_government_or_congress_is_the_states(triples, text, host, guest):
    assert consulted(triples(text), host, guest)


def test_an_arrival_at_the_first_stop_of_a_tour_is_a_visit(triples):
    found = triples("Indian Prime Minister Narendra Modi arrived in Accra, the first leg of a five-nation tour.")
    assert consulted(found, "Narendra Modi", "Ghana") and consulted(found, "India", "Ghana")
    found = triples("Ukrainian refugees arrived in Warsaw, the first stop on their journey.")
    assert not consulted(found, "Ukraine", "Poland")


def test_a_message_from_one_to_another_consults_them(triples):
    found = triples("Ghana's foreign minister traveled to Ouagadougou to deliver a message from President John Mahama "
                    "to Burkina Faso's military leader, Ibrahim Traoré.")
    assert consulted(found, "John Mahama", "Ibrahim Traoré")


def test_a_message_sent_is_talks_not_aid(triples):
    found = triples("China sent a message of condolence to Iran.")
    assert consulted(found, "China", "Iran") and ("China", "AID", "Iran") not in found


def test_a_deal_a_go_between_brokered_that_still_holds(triples):
    found = triples("Armenia and Azerbaijan fought a six-week war in 2020. The ceasefire that Moscow brokered in "
                    "November still holds.")
    assert ("Russia", "MEDIATION", "Armenia") in found and ("Russia", "MEDIATION", "Azerbaijan") in found


@pytest.mark.parametrize("text, one, other", [
    ("Italian Foreign Minister Antonio Tajani spent three hours with Turkish President Recep Tayyip Erdogan.",
     "Antonio Tajani", "Recep Tayyip Erdoğan"),
    ("Prime Minister Narendra Modi spent two days in Bhutan last week.", "Narendra Modi", "Bhutan"),
])
def test_time_spent_with_a_leader_or_in_a_state_is_talks_or_a_visit(triples, text, one, other):
    assert consulted(triples(text), one, other)


def test_troops_money_or_a_deadline_are_no_time_spent_together(triples):
    assert not consulted(triples("Russian troops spent months in Mali."), "Russia", "Mali")
    assert not {t for t in triples("Poland spent 4 billion dollars with South Korean firms.") if t[1] == "CONSULTATION"}
    assert ("Russia", "AID", "Ukraine") not in triples("Russia gave Ukraine two days to withdraw.")
    # seven hours of talks are still the talks that were hosted
    found = triples("The foreign ministers of Peru and Chile held seven hours of talks in Quito, hosted by Ecuador's "
                    "foreign minister.")
    assert ("Ecuador", "MEDIATION", "Peru") in found
