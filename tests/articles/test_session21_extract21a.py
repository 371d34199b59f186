"""Session 21 (extract21a): constructions met in unseen real prose from Europe, Russia and Ukraine, the
Caucasus, Asia and the Pacific: an envoy summoned to a ministry, envoys' and commanders' titles, the first
member of a body to act, a finite verb read as a passive (sentences of our own)."""

import spacy
from spacy.tokens import Doc

from diplograph.loaders.articles.false_passives import active_pasts_read_as_passives


def test_an_envoy_summoned_to_a_states_ministry_is_summoned_by_that_state(triples):
    found = triples("The Dutch ambassador in Ankara was summoned to the Turkish foreign ministry.")
    assert ("Turkey", "PROTEST", "Netherlands") in found
    found = triples("The Iranian envoy was summoned to the Ministry of Foreign Affairs of Azerbaijan.")
    assert ("Azerbaijan", "PROTEST", "Iran") in found
    found = triples("Japan's ambassador was summoned to the foreign ministry in Beijing after the remarks.")
    assert ("China", "PROTEST", "Japan") in found


def test_an_envoy_summoned_home_to_a_capital_is_no_protest(triples):
    found = triples("Russia's ambassador to Washington was summoned to Moscow for consultations.")
    assert not any(p == "PROTEST" for _, p, _ in found)


def test_a_by_phrase_still_names_who_summoned(triples):
    found = triples("The Kenyan envoy was summoned by Uganda's foreign ministry.")
    assert ("Uganda", "PROTEST", "Kenya") in found


def test_a_charge_daffaires_is_an_envoys_title(triples):
    found = triples("Estonia also summoned the Belarusian charge d'affaires Ivan Petrov.")
    assert ("Ivan Petrov", "AFFILIATED_WITH", "Belarus") in found
    found = triples("Hungary summoned the Romanian Charge d'Affaires, Mihai Ionescu, on Friday.")
    assert ("Hungary", "PROTEST", "Romania") in found


def test_a_commander_in_chief_abbreviated_serves_the_forces_named_after_the_title(triples):
    found = triples("The deal was signed by Czech deputy defence minister Tomas Novak and Lt Gen Ion Rusu, "
                    "C-in-C of the Moldovan Armed Forces.")
    assert ("Ion Rusu", "AFFILIATED_WITH", "Moldova") in found
    assert ("Ion Rusu", "AFFILIATED_WITH", "Czech Republic") not in found


def test_the_first_member_of_a_body_to_act_is_the_subject_not_the_body(triples):
    found = triples("Slovakia became the first NATO member to supply Ukraine with fighter jets.")
    assert ("Slovakia", "ARMS_TRANSFER", "Ukraine") in found
    assert ("North Atlantic Treaty Organization", "ARMS_TRANSFER", "Ukraine") not in found


def test_a_past_verb_with_an_object_and_no_auxiliary_is_no_passive():
    # the misreading itself, as the small parser makes it on long sentences with quoted labels: "deemed" a
    # passive participle, its subject a passive subject, the act noun's by-phrase the verb's agent
    words = ["The", "minister", "deemed", "the", "launches", "by", "Pyongyang", "a", "provocation", "."]
    doc = Doc(spacy.blank("en").vocab, words=words,
              tags=["DT", "NN", "VBN", "DT", "NNS", "IN", "NNP", "DT", "NN", "."],
              pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "DET", "NOUN", "PUNCT"],
              heads=[1, 2, 2, 4, 2, 2, 5, 8, 2, 2],
              deps=["det", "nsubjpass", "ROOT", "det", "dobj", "agent", "pobj", "det", "oprd", "punct"])
    active_pasts_read_as_passives(doc)
    assert doc[1].dep_ == "nsubj" and doc[2].tag_ == "VBD"
    assert doc[5].head.i == 4 and doc[5].dep_ == "prep"


def test_a_true_passive_keeps_its_by_phrase():
    words = ["The", "deal", "was", "signed", "by", "Chile", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, tags=["DT", "NN", "VBD", "VBN", "IN", "NNP", "."],
              pos=["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
              heads=[1, 3, 3, 3, 3, 4, 3], deps=["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"])
    active_pasts_read_as_passives(doc)
    assert doc[1].dep_ == "nsubjpass" and doc[4].dep_ == "agent"


def test_the_work_a_contract_is_awarded_for_is_done_by_whom_it_is_awarded_to(triples):
    found = triples("The Thai government has awarded a contract to Hanwha Aerospace to supply new howitzers to the "
                    "Royal Thai Army.")
    assert ("Hanwha", "ARMS_TRANSFER", "Thailand") in found
    found = triples("Romania awarded Rheinmetall a contract to deliver 300 armoured vehicles to its army.")
    assert ("Rheinmetall", "ARMS_TRANSFER", "Romania") in found
    assert not any(s == "Romania" and p == "ARMS_TRANSFER" for s, p, _ in found)


def test_a_based_participle_qualifies_no_conjunct_before_it(triples):
    found = triples("A total of 180 trucks will be assembled by a joint venture between BAE Systems and Turkey-based "
                    "Otokar Group.")
    assert ("BAE Systems", "BASED_IN", "Turkey") not in found
    found = triples("Iran-backed Hezbollah and Hamas fired rockets.")
    assert ("Iran", "SUPPORT", "Hamas") in found


def test_tensions_a_meeting_failed_to_reduce_were_there(claims):
    found = claims("Armenia and Azerbaijan resumed talks in Geneva but did not make progress in reducing tensions.")
    assert ("Armenia", "DISPUTE", "Azerbaijan", "asserted") in found
    found = claims("There are no tensions between Norway and Sweden.")
    assert ("Norway", "DISPUTE", "Sweden", "asserted") not in found


def test_forces_killed_in_another_states_fire_are_not_present_in_that_state(triples):
    found = triples("Two Thai soldiers died in Cambodian shelling near the temple.")
    assert ("Thailand", "MILITARY_PRESENCE", "Cambodia") not in found
    found = triples("At least three Indian soldiers were killed in Pakistani firing along the border, officials said.")
    assert ("India", "MILITARY_PRESENCE", "Pakistan") not in found
    found = triples("Russian soldiers stationed in Armenia were killed in a raid.")
    assert ("Russia", "MILITARY_PRESENCE", "Armenia") in found


def test_the_ministers_and_the_states_after_a_list_of_three_are_the_list(triples):
    text = ("The defence ministers of Estonia, Latvia and Lithuania met in Riga on Monday. "
            "The ministers condemned Russia's attempts to divide Europe. "
            "The Baltic States expressed concern over Belarus's troop build-up.")
    found = triples(text)
    assert {("Estonia", "CRITICISM", "Russia"), ("Latvia", "CRITICISM", "Russia"),
            ("Lithuania", "CRITICISM", "Russia")} <= found
    assert ("Latvia", "CRITICISM", "Belarus") in found


def test_ministers_with_no_article_opening_a_communique_sentence_are_the_list(triples):
    text = ("The foreign ministers of Norway, Finland and Sweden held talks in Oslo. "
            "Ministers condemned Russia's attacks on energy infrastructure.")
    assert ("Finland", "CRITICISM", "Russia") in triples(text)


def test_an_order_to_leave_read_as_an_adverbial_clause_still_expels(triples):
    found = triples("The move followed Estonia's decision to order a Belarusian diplomat to leave the country.")
    assert ("Estonia", "COERCION", "Belarus") in found


def test_what_is_channelled_into_a_state_goes_to_it_as_its_kind_says(triples):
    found = triples("Japan has channelled millions of dollars into Laos through development aid and loans.")
    assert ("Japan", "AID", "Laos") in found
    found = triples("Iran has funnelled weapons to the Houthis for years.")
    assert ("Iran", "ARMS_TRANSFER", "Houthis") in found
    assert not any(p == "INVESTMENT" for _, p, _ in triples("The river channels water into Laos."))


def test_who_backs_a_deal_others_reached_is_no_side_of_it(triples):
    found = triples("Kazakhstan has backed the agreements on the Nagorno-Karabakh settlement reached at the trilateral "
                    "talks in Moscow.")
    assert ("Kazakhstan", "AGREEMENT", "Azerbaijan") not in found
    found = triples("Qatar has welcomed the accords on the Donbas settlement reached at the four-way consultations in Minsk.")
    assert not any(s == "Qatar" and p == "AGREEMENT" for s, p, _ in found)
    found = triples("Armenia and Azerbaijan signed a deal brokered by Russia.")
    assert ("Russia", "MEDIATION", "Armenia") in found


def test_what_a_dialogue_is_resumed_to_achieve_is_still_to_come(claims):
    found = claims("Greece and North Macedonia resumed the dialogue brokered by the UN to normalize their relationship.")
    assert ("Greece", "AGREEMENT", "North Macedonia", "asserted") not in found
    found = claims("Japan and North Korea resumed their dialogue to normalize relations.")
    assert ("Japan", "AGREEMENT", "North Korea", "planned") in found


def test_an_accusation_about_a_states_conduct_accuses_that_state_not_the_one_named_inside(claims):
    found = claims("Kosovo repeated its accusations about Serbia's ties to Russia.")
    assert ("Kosovo", "CRITICISM", "Serbia", "asserted") in found
    assert not any(o == "Russia" for _, _, o, _ in found)
    found = claims("Montenegro's president has rejected Tirana's accusations about its closeness to Belgrade.")
    assert not any(s == "Albania" and o == "Serbia" for s, _, o, _ in found)


def test_a_charge_rebutted_was_made(claims):
    found = claims("Belgrade has rejected Pristina's accusations about Serbia's military build-up near the border.")
    assert ("Kosovo", "CRITICISM", "Serbia", "asserted") in found
    found = claims("Moldova has rejected Tiraspol's accusations about Chisinau's ties to Romania.")
    assert not any(o == "Romania" for _, p, o, _ in found if p == "CRITICISM")


def test_bare_ministers_after_a_pair_are_no_reference_to_the_pair(triples):
    # the pair blocking a body's decision are not the body's ministers who then agree
    found = triples("Austria and Hungary vetoed the sanctions, so ministers agreed only to suspend visa-free travel "
                    "for Georgian officials.")
    assert ("Austria", "AGREEMENT", "Hungary") not in found
    assert not any(o == "Georgia" for s, _, o in found if s in ("Austria", "Hungary"))
