"""Session 18 (extract18a): whom a go-between named alone stands between (the told pair of the same kind of
event, never two leaders who merely met when the mediation is about a conflict), and go-betweens of talks
(sentences of our own)."""


def test_a_go_between_of_a_conflict_stands_between_its_sides_not_a_meeting_told_since(triples):
    found = triples("Bolivia and Paraguay have fought a war over the Chaco since 2024. On Monday the Bolivian "
                    "president met the Brazilian president in Brasilia. The talks, mediated by Argentina and Chile, "
                    "aim at a ceasefire in the Chaco.")
    assert ("Argentina", "MEDIATION", "Paraguay") in found
    assert ("Argentina", "MEDIATION", "Brazil") not in found
    found = triples("Thai and Cambodian troops clashed along the border on Friday. Later the Thai prime minister "
                    "met the Chinese foreign minister in Bangkok. Malaysia offered to mediate.")
    assert ("Malaysia", "MEDIATION", "Cambodia") in found
    assert ("Malaysia", "MEDIATION", "China") not in found


def test_a_meeting_of_two_others_is_no_side_of_talks_about_a_conflict(triples):
    found = triples("Netanyahu met Trump at the White House on Monday. The talks, mediated by Qatar and Egypt, "
                    "aim at a ceasefire in Gaza.")
    assert not any(p == "MEDIATION" for _, p, _ in found)


def test_talks_prefer_the_sides_of_talks_in_the_paragraph_and_a_meeting_stays_a_side_otherwise(triples):
    found = triples("Armenia and Azerbaijan held talks in Abu Dhabi last week. On Tuesday the French president "
                    "met the German chancellor in Paris. The negotiations were facilitated by the United Arab "
                    "Emirates.")
    assert ("United Arab Emirates", "MEDIATION", "Azerbaijan") in found
    assert ("United Arab Emirates", "MEDIATION", "France") not in found
    found = triples("American and Russian officials met in Riyadh on Tuesday. The talks were hosted by Saudi Arabia.")
    assert ("Saudi Arabia", "MEDIATION", "Russia") in found


def test_talks_convened_by_a_third_side_are_its_mediation_but_a_body_convening_its_session_is_not(triples):
    found = triples("Talks convened by Kenya between Ethiopia and Eritrea opened in Nairobi on Monday.")
    assert ("Kenya", "MEDIATION", "Eritrea") in found
    found = triples("Burundi joined a meeting convened by Tanzania on Monday.")
    assert ("Tanzania", "MEDIATION", "Burundi") in found
    found = triples("Sudan's army and the RSF clashed in Darfur on Sunday. The UN Security Council convened an "
                    "emergency meeting on Monday.")
    assert not any(p == "MEDIATION" for _, p, _ in found)


def test_an_envoy_brokering_talks_mediates_for_his_state(triples):
    found = triples("The talks, brokered by US envoy Jane Doyle, began in Cairo between Israel and Hamas.")
    assert ("United States", "MEDIATION", "Hamas") in found


def test_a_deal_being_negotiated_between_two_sides_is_talks_and_a_deal_to_come(claims):
    found = claims("A trade accord is being negotiated between Chile and Peru.")
    assert ("Chile", "CONSULTATION", "Peru", "asserted") in found
    assert ("Chile", "AGREEMENT", "Peru", "planned") in found
    assert ("Chile", "AGREEMENT", "Peru", "asserted") not in found
    found = claims("A border treaty was negotiated between Chile and Peru in 1929.")
    assert ("Chile", "AGREEMENT", "Peru", "asserted") in found


def test_one_sides_hostile_acts_on_another_tell_the_quarrel_a_go_between_calms(triples):
    found = triples("The quarrel between the two neighbours has dragged on for a year. Last month Ghana arrested "
                    "Togolese traders at the border, a move Lome condemned. Nigerian diplomats are reported to have "
                    "tried to calm the dispute.")
    assert ("Nigeria", "MEDIATION", "Togo") in found
    assert ("Nigeria", "MEDIATION", "Ghana") in found


def test_hostile_acts_do_not_make_the_sides_of_a_ceasefire_no_one_is_named_agreeing(triples):
    found = triples("Washington imposed new sanctions on Tehran on Monday. A ceasefire was agreed on Friday.")
    assert ("United States", "AGREEMENT", "Iran") not in found


def test_talks_a_go_between_facilitated_stand_between_the_one_who_met_and_whom_they_met(triples):
    found = triples("Foreign Minister Amina Diallo of Guinea has since met Senegal's interior minister, Ousmane Sarr, "
                    "in Dakar, in talks facilitated by Ghana.")
    assert ("Ghana", "MEDIATION", "Senegal") in found
    assert ("Ghana", "MEDIATION", "Guinea") in found


def test_a_participle_after_a_reduced_relative_is_coordinated_with_it_not_with_the_verb_above():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from diplograph.loaders.articles.participle_conjuncts import participles_after_reduced_relatives

    words = ["She", "oversees", "the", "accord", "negotiated", "at", "Lome", "and", "signed", "by", "Ghana", "."]
    heads = [1, 1, 3, 1, 3, 4, 5, 8, 1, 8, 9, 1]  # as the parser misreads it: "signed" coordinated with "oversees"
    deps = ["nsubj", "ROOT", "det", "dobj", "acl", "prep", "pobj", "cc", "conj", "agent", "pobj", "punct"]
    tags = ["PRP", "VBZ", "DT", "NN", "VBN", "IN", "NNP", "CC", "VBD", "IN", "NNP", "."]  # (tagged a past tense)
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)
    participles_after_reduced_relatives(doc)
    assert doc[8].head.i == 4 and doc[8].dep_ == "conj" and doc[8].tag_ == "VBN"
    # "She oversees the accord negotiated at Lome today and signed by Ghana": "and" ends no relative, left alone
    words = [*words[:7], "today", *words[7:]]
    heads = [h + (h > 6) for h in heads[:7]] + [1] + [h + (h > 6) for h in heads[7:]]
    deps = [*deps[:7], "npadvmod", *deps[7:]]
    tags = [*tags[:7], "NN", *tags[7:]]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)
    participles_after_reduced_relatives(doc)
    assert doc[9].head.i == 1
