"""Session 25 (extract25c): criticism as ordinary news states it: a standing stance told with an adjective
("has been critical of X"), a what-clause naming the act of someone through a by-phrase ("condemned what its
envoy called reckless moves by X"), and blame borne ("X bore responsibility for ...", which the parser reads as one
noun phrase) (sentences of our own)."""

import pytest


@pytest.mark.parametrize("text, critic, criticised", [
    ("The EU has been critical of Hungary's stance on Ukraine.", "European Union", "Hungary"),
    ("Brazil was highly critical of Israel's offensive.", "Brazil", "Israel"),
    ("Turkey, which has been critical of Sweden, blocked its bid.", "Turkey", "Sweden"),
    ("Lithuania, highly critical of Beijing, left the forum.", "Lithuania", "China"),
    ("Kenya has long been scathing about Tanzania's treatment of the opposition.", "Kenya", "Tanzania"),
    ("Canada was critical of Russia's invasion of Ukraine.", "Canada", "Russia"),
    ("Britain was critical of Navalny's arrest by Russia.", "United Kingdom", "Russia"),
])
def test_a_critical_stance_told_with_an_adjective_is_criticism(triples, text, critic, criticised):
    assert (critic, "CRITICISM", criticised) in triples(text)


@pytest.mark.parametrize("text, not_criticised", [
    ("India was critical of the invasion of Ukraine.", ("India", "Ukraine")),  # the victim of the act judged
    ("Canada was critical of Russia's invasion of Ukraine.", ("Canada", "Ukraine")),
    ("The talks with Iran are at a critical stage, Oman said.", ("Oman", "Iran")),  # no stance
    ("Egypt's support is critical to Sudan's recovery.", ("Egypt", "Sudan")),
])
def test_critical_as_crucial_or_of_a_victim_criticises_no_one(triples, text, not_criticised):
    assert (not_criticised[0], "CRITICISM", not_criticised[1]) not in triples(text)


def test_a_critical_stance_denied_is_denied(claims):
    assert ("Japan", "CRITICISM", "China", "denied") in claims("Japan was not critical of China in its statement.")


@pytest.mark.parametrize("text, critic, criticised", [
    ("The United States condemned what its ambassador called dangerous actions by China.", "United States", "China"),
    ("Ghana denounced what its foreign minister described as provocations by Togo.", "Ghana", "Togo"),
])
def test_a_by_phrase_in_a_what_clause_names_whose_act_is_judged(triples, text, critic, criticised):
    assert (critic, "CRITICISM", criticised) in triples(text)


def test_a_what_clause_with_no_doer_judges_no_one_named_after_it(triples):
    found = triples("Chile condemned what its president called a cowardly attack, and thanked Peru for its help.")
    assert ("Chile", "CRITICISM", "Peru") not in found


@pytest.mark.parametrize("text, blamer, blamed", [
    ("Algeria bore responsibility for the escalation, France said.", "France", "Algeria"),
    ("The Élysée said Algeria bore responsibility for the crisis.", "France", "Algeria"),
    ("Moscow said Kyiv bore responsibility for the collapse of the talks.", "Russia", "Ukraine"),
    ("Kyiv bore responsibility for ending the transit, Moscow said.", "Russia", "Ukraine"),
])
def test_bore_read_as_a_noun_before_responsibility_is_blame_borne(triples, text, blamer, blamed):
    assert (blamer, "CRITICISM", blamed) in triples(text)


def test_responsibility_borne_by_oneself_blames_no_other(triples):
    found = triples("Japan said it bore responsibility for the accident near Guam.")
    assert not {t for t in found if t[1] == "CRITICISM"}


@pytest.mark.parametrize("text, warner, warned", [
    ("The UN envoy warned the Security Council that Libya was at risk of sliding back into war.",
     "United Nations", "Security Council"),
    ("The IMF warned Pakistan that its debt was unsustainable.", "International Monetary Fund", "Pakistan"),
    ("US intelligence warned Israel that Hamas was planning an attack.", "United States", "Israel"),
    ("The WHO warned that Ebola could spread to Uganda.", "World Health Organization", "Uganda"),
])
def test_a_warning_that_tells_what_another_is_or_does_threatens_no_one(triples, text, warner, warned):
    assert (warner, "THREAT", warned) not in triples(text)


@pytest.mark.parametrize("text, warner, warned", [
    ("China warned the United States that it would take firm countermeasures.", "China", "United States"),
    ("Iran warned Israel that it would pay a heavy price.", "Iran", "Israel"),
    ("Pyongyang warned Seoul that there would be consequences.", "North Korea", "South Korea"),
    ("Hezbollah warned Israel it would respond to any attack on Lebanon.", "Hezbollah", "Israel"),
    ("Russia warned NATO against sending troops to Ukraine.", "Russia", "North Atlantic Treaty Organization"),
    ("Egypt warned that it could intervene militarily in Libya.", "Egypt", "Libya"),
])
def test_a_warning_of_the_warners_own_act_or_of_consequences_is_a_threat(triples, text, warner, warned):
    assert (warner, "THREAT", warned) in triples(text)


@pytest.mark.parametrize("text, threatener, threatened", [
    ("Washington threatened new sanctions against Iran.", "United States", "Iran"),
    ("The EU threatened an embargo on Belarus over the forced landing.", "European Union", "Belarus"),
])
def test_measures_threatened_on_someone_are_a_threat(triples, text, threatener, threatened):
    assert (threatener, "THREAT", threatened) in triples(text)


@pytest.mark.parametrize("text, avenger, not_struck", [
    ("Iran vowed to retaliate against Israel for the strike in Damascus.", "Iran", "Syria"),
    ("Hezbollah warned Israel it would respond to any attack on Lebanon.", "Hezbollah", "Lebanon"),
])
def test_the_deed_a_response_answers_is_not_the_responders_blow(triples, text, avenger, not_struck):
    found = triples(text)
    assert (avenger, "ATTACK", not_struck) not in found
    assert (avenger, "THREAT", not_struck) not in found


def test_a_blow_struck_in_answer_is_still_an_attack(triples):
    assert ("Israel", "ATTACK", "Palestine") in triples("Israel responded to the attack with air strikes on Gaza.")


@pytest.mark.parametrize("text, critic, criticised", [
    ("Beijing expressed strong dissatisfaction with Canberra over the report.", "China", "Australia"),
    ("Seoul voiced displeasure with Tokyo over the textbooks.", "South Korea", "Japan"),
    ("Jordan expressed anger at Israel's strikes on Gaza.", "Jordan", "Israel"),
])
def test_displeasure_voiced_with_someone_is_criticism(triples, text, critic, criticised):
    assert (critic, "CRITICISM", criticised) in triples(text)


def test_displeasure_not_voiced_by_anyone_criticises_no_one(triples):
    found = triples("Public anger with Kenya's government grew in Nairobi, Uganda's press reported.")
    assert not {t for t in found if t[1] == "CRITICISM"}


def test_a_warning_that_sets_a_condition_on_the_warned_is_a_threat(triples):
    found = triples("The Estonian defence minister warned Moscow that naval forces were ready should the tanker "
                    "enter Estonian waters.")
    assert ("Estonia", "THREAT", "Russia") in found


def test_should_as_advice_sets_no_condition(triples):
    found = triples("The World Bank warned that Kenya should expect weaker growth this year.")
    assert not {t for t in found if t[1] == "THREAT"}


@pytest.mark.parametrize("text, rejecter, rejected", [
    ("The Malian junta rejected ECOWAS demands for elections.", "Mali",
     "Economic Community of West African States"),
    ("Tehran rejected IAEA requests for access to the site.", "Iran", "International Atomic Energy Agency"),
])
def test_a_bodys_own_requests_named_by_its_acronym_are_its_own(triples, text, rejecter, rejected):
    assert (rejecter, "REJECTION", rejected) in triples(text)


@pytest.mark.parametrize("text, rejecter, rejected", [
    ("Kyiv has ruled out any ceasefire proposed by Moscow.", "Ukraine", "Russia"),
    ("Ankara ruled out Sweden's bid to join the alliance.", "Turkey", "Sweden"),
])
def test_what_another_proposes_or_seeks_ruled_out_is_refused(claims, text, rejecter, rejected):
    assert (rejecter, "REJECTION", rejected, "asserted") in claims(text)


def test_ruling_out_ones_own_act_refuses_no_one(triples):
    found = triples("Beijing has never ruled out the use of force against Taiwan.")
    assert ("China", "THREAT", "Taiwan") in found
    assert ("China", "REJECTION", "Taiwan") not in found
