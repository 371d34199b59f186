"""A judgement of a deed told before judges its doer: "the strikes" are the strikes of whoever the
article said destroyed boats, "the order" whoever instructed, and backing a deed does not make the
backer its doer."""


def test_strikes_told_as_destruction_are_judged_later(triples):
    found = triples("Since September the US military has destroyed twenty boats in the Caribbean. "
                    "Rain fell on the capital all week and the markets were calm. "
                    "The Colombian president called the strikes murder.")
    assert ("Colombia", "CRITICISM", "United States") in found


def test_an_instruction_is_the_order_a_later_verdict_judges(triples):
    found = triples("Venezuela's president instructed the state oil company to grant licences in the region. "
                    "Guyana's president called the order a direct threat.")
    assert ("Guyana", "CRITICISM", "Venezuela") in found


def test_backing_a_deed_does_not_make_the_backer_its_doer(triples):
    found = triples("Israeli jets struck Beirut on Monday. Hungary backed the strikes. "
                    "Egypt called the strikes a crime.")
    assert ("Egypt", "CRITICISM", "Israel") in found
    assert ("Egypt", "CRITICISM", "Hungary") not in found


def test_a_visit_told_by_its_verb_is_the_visit_judged(triples):
    found = triples("Narendra Modi visited Moscow on Monday. Kyiv called the visit a provocation.")
    assert ("Ukraine", "CRITICISM", "India") in found or ("Ukraine", "CRITICISM", "Narendra Modi") in found


def test_a_remark_judged_later_is_the_speakers(triples):
    found = triples("Emmanuel Macron said the Sahel states had forgotten to thank France. "
                    "Chad's foreign minister condemned the remark as contemptuous.")
    assert ("Chad", "CRITICISM", "Emmanuel Macron") in found


def test_it_after_a_judged_deed_in_the_same_sentence_is_that_deed(triples):
    found = triples("Emmanuel Macron said the Sahel states had forgotten to thank France. Chad's foreign minister "
                    "condemned the remark, and Senegal's prime minister also criticised it.")
    assert ("Senegal", "CRITICISM", "Emmanuel Macron") in found
    assert ("Senegal", "CRITICISM", "Chad") not in found


def test_a_states_politicians_judging_a_remark_judge_its_speaker(triples):
    found = triples("Muhammad Yunus visited Beijing in March. His remark that India is landlocked was criticised "
                    "by Indian politicians.", date="2025-05-01")
    assert ("India", "CRITICISM", "Muhammad Yunus") in found



# Over 600 characters with no deed in them: a bare "the strike" after them looks back over the whole text
FILLER = ("Officials met for hours behind closed doors and issued no statement. The delegates then left the capital "
          "for consultations with their governments. Later in the week a long list of speakers took the floor at "
          "the Arab League in Cairo, and the session ran late into the night with procedural questions. The chair "
          "read out a long agenda on water, trade and refugees, and the delegates argued over its order until the "
          "small hours. Several speakers asked for more time to consult their capitals, and the vote on the final "
          "text was put off twice before a compromise was read out shortly before dawn. ")


def test_the_deed_the_document_tells_most_is_the_one_a_bare_definite_noun_judges(triples):
    found = triples("Summit report: the Turkish strike on Kirkuk. On Monday Turkish jets struck a compound in Kirkuk, "
                    "and the strike that Turkey carried out killed four people. In a separate incident months "
                    "earlier, Iran struck a camp in Erbil. " + FILLER +
                    "Egypt and Jordan were among the members that condemned the strike.")
    assert ("Egypt", "CRITICISM", "Turkey") in found and ("Jordan", "CRITICISM", "Turkey") in found
    assert not any(o == "Iran" and p == "CRITICISM" for _, p, o in found)


def test_a_definite_noun_with_no_clear_doer_judges_no_one(triples):
    found = triples("Turkish jets struck a compound in Kirkuk. Months earlier, Iran struck a camp in Erbil. " + FILLER +
                    "Egypt condemned the strike.")
    assert not any(s == "Egypt" and p == "CRITICISM" for s, p, _ in found)
