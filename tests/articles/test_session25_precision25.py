"""Session 25 (precision25): wrong relations of general kinds. Standing by or beside someone somewhere (a place, a
staged occasion) is presence, not backing; a "call" with two objects names something and rings no one; an official
paired with others is never the partner of the state they serve; the owner of a title named before its holder takes
no part; a wrong charged in a second speech is that speaker's. The warnings below (informing_warnings.py, another
helper's rule) guard what the threat cases on the dev sets need (sentences of our own)."""

import pytest


@pytest.mark.parametrize("text, stander, stood_by", [
    ("When the Kenyan president and the Somali president stood beside President Emmanuel Macron in Paris in May, "
     "they praised the new port deal.", "Kenya", "France"),
    ("Chancellor Olaf Scholz stood beside Volodymyr Zelensky at a press conference in Berlin on Tuesday.",
     "Germany", "Ukraine"),
    ("The Canadian prime minister stood by the Ukrainian president at the podium in Ottawa on Friday.",
     "Canada", "Ukraine"),
    ("When Giorgia Meloni and Kyriakos Mitsotakis stood beside President Abdel Fattah al-Sisi in Cairo in March "
     "2024, the two leaders called the gas accord a model.", "Italy", "Egypt"),
])
def test_standing_beside_someone_somewhere_is_no_support(triples, text, stander, stood_by):
    assert (stander, "SUPPORT", stood_by) not in triples(text)


@pytest.mark.parametrize("text, backer, backed", [
    ("Turkey will continue to stand by Somalia in its fight against al-Shabaab.", "Turkey", "Somalia"),
    ("Japan stood firmly beside the Philippines in the dispute over the shoal.", "Japan", "Philippines"),
    ("Poland has stood beside Ukraine since the invasion began.", "Poland", "Ukraine"),
])
def test_standing_by_someone_in_their_cause_is_still_support(triples, text, backer, backed):
    assert (backer, "SUPPORT", backed) in triples(text)


@pytest.mark.parametrize("text", [
    "Vietnam repeated that it has sovereignty over the Spratlys, which it calls Truong Sa.",
    "The ministry said China has occupied the Paracel Islands, which Hanoi calls Hoang Sa, since 1974.",
])
def test_a_call_with_two_objects_names_and_is_no_consultation(triples, text):
    assert not {t for t in triples(text) if t[1] == "CONSULTATION"}


def test_a_phone_call_to_a_leader_is_still_a_consultation(triples):
    assert ("Turkey", "CONSULTATION", "Russia") in triples("President Erdogan phoned Putin on Monday.")


@pytest.mark.parametrize("text, warner, listener", [
    ("The Egyptian foreign minister warned the African Union that Sudan was close to collapse.",
     "Egypt", "African Union"),
    ("The UN envoy warned the Security Council that the country was at risk of sliding back into war.",
     "United Nations", "United Nations"),
])
def test_a_warning_of_how_things_stand_with_a_third_party_is_no_threat_to_the_listener(
        triples, text, warner, listener):
    assert (warner, "THREAT", listener) not in triples(text)


@pytest.mark.parametrize("text, warner, warned", [
    ("Prime Minister Narendra Modi has warned Pakistan that India will answer any future terrorist attack on "
     "its own terms.", "India", "Pakistan"),
    ("Defence Secretary John Healey warned Moscow that military options were ready should the spy ship change "
     "course towards British cables.", "United Kingdom", "Russia"),
    ("China warned Japan that it would pay a heavy price if it sent ships to the strait.", "China", "Japan"),
    ("Moscow has warned Yerevan against a Western drift.", "Russia", "Armenia"),
])
def test_a_warning_of_a_response_or_to_the_listener_itself_is_still_a_threat(triples, text, warner, warned):
    assert (warner, "THREAT", warned) in triples(text)


def test_an_official_paired_with_others_is_no_partner_of_the_state_they_serve(triples):
    found = triples("The accord was signed by the Commission vice-president, Maros Sefcovic, and Serbia's mining "
                    "minister, Dubravka Djedovic, in the presence of President Aleksandar Vucic and German Chancellor "
                    "Olaf Scholz, who flew in for a one-day summit on the project.")
    assert ("Olaf Scholz", "CONSULTATION", "Germany") not in found
    assert ("Germany", "CONSULTATION", "Serbia") in found


@pytest.mark.parametrize("text, owner, holder, other", [
    ("Macron's predecessor, Francois Hollande, met Vladimir Putin in Moscow in 2015.",
     "Emmanuel Macron", "François Hollande", "Vladimir Putin"),
    ("Trump's envoy, Steve Witkoff, met Vladimir Putin in Moscow on Thursday.",
     "Donald Trump", "Steve Witkoff", "Vladimir Putin"),
    ("Lula's predecessor, Jair Bolsonaro, and Argentine President Javier Milei signed the accord.",
     "Luiz Inácio Lula da Silva", "Jair Bolsonaro", "Javier Milei"),
])
def test_the_owner_of_a_title_named_before_its_holder_takes_no_part(triples, text, owner, holder, other):
    found = {(s, o) for s, _, o in triples(text)}
    assert (holder, other) in found
    assert (owner, other) not in found


def test_titled_participants_each_with_their_state_still_pair(triples):
    found = triples("Kenya's President, William Ruto, and Ethiopia's Prime Minister, Abiy Ahmed, held talks in "
                    "Addis Ababa.")
    assert ("William Ruto", "CONSULTATION", "Abiy Ahmed") in found
    assert ("Kenya", "CONSULTATION", "Ethiopia") in found


def test_a_wrong_charged_in_a_second_speech_is_that_speakers_not_the_first_ones(triples):
    found = triples("Pedro Sanchez, leader of the Socialist Party, said the government had wasted millions on the "
                    "plan, and rights groups including Human Rights Watch have said the scheme risks violating the "
                    "rights of migrants.")
    assert not {t for t in found if t[1] == "CRITICISM"}


@pytest.mark.parametrize("text, speaker, charged", [
    ("Moldova's president said the Kremlin was destabilising the country, and Romania's foreign minister has said "
     "Hungary violated the agreement.", "Romania", "Hungary"),
    ("Human Rights Watch argues that both Ethiopia and Eritrea violated the laws of war.",
     "Human Rights Watch", "Ethiopia"),
    ("Tehran said Washington had failed to honour its commitments under the deal.", "Iran", "United States"),
])
def test_a_wrong_charged_is_the_nearest_speakers_criticism(triples, text, speaker, charged):
    found = triples(text)
    assert (speaker, "CRITICISM", charged) in found
    assert ("Moldova", "CRITICISM", "Hungary") not in found
