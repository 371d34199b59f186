"""Session 17 (extract17d): precision on real news the rules were not written for (sentences of our own)."""


def test_a_conjuncts_possessive_pronoun_is_the_conjunct_before_it(triples):
    found = triples("Egypt hosted the talks on Monday. The mood improved after a long offensive against "
                    "Hezbollah and its patron, Iran.")
    assert ("Iran", "SUPPORT", "Hezbollah") in found
    assert ("Iran", "SUPPORT", "Egypt") not in found


def test_a_possessive_pronoun_outside_a_coordination_still_reads_the_subject(triples):
    found = triples("Russia said on Friday that its ally Belarus would host the drills.")
    assert ("Belarus", "COOPERATION", "Russia") in found or ("Russia", "COOPERATION", "Belarus") in found
