"""Session 22 (extract22b): constructions met in whole unseen articles from the Americas, Africa, the
Middle East and the Gulf (sentences and short documents of our own)."""


def test_a_recall_told_as_a_noun_protests_the_host(triples):
    found = triples("Ghana announced the recall of its ambassador from Togo.")
    assert ("Ghana", "PROTEST", "Togo") in found
    found = triples("Chad and Cameroon announced on Monday the recall of their respective envoys from Nigeria.")
    assert ("Chad", "PROTEST", "Nigeria") in found and ("Cameroon", "PROTEST", "Nigeria") in found
    found = triples("Kenya ordered the recall of its high commissioner in Kampala for consultations.")
    assert ("Kenya", "PROTEST", "Uganda") in found


def test_a_summons_told_as_a_noun_protests_the_envoys_state(triples):
    found = triples("The government of Chile also announced the summoning of the Ecuadorian ambassador in Santiago.")
    assert ("Chile", "PROTEST", "Ecuador") in found
    assert ("Chile", "PROTEST", "Chile") not in found


def test_a_recall_only_called_for_or_judged_is_no_protest_by_the_speaker(triples):
    found = triples("Angola called for the recall of the Zambian ambassador.")
    assert ("Angola", "PROTEST", "Zambia") not in found
