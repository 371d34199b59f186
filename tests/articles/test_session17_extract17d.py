"""Session 17 (extract17d): precision on real news the rules were not written for (sentences of our own)."""


def test_a_conjuncts_possessive_pronoun_is_the_conjunct_before_it(triples):
    found = triples("Egypt hosted the talks on Monday. The mood improved after a long offensive against "
                    "Hezbollah and its patron, Iran.")
    assert ("Iran", "SUPPORT", "Hezbollah") in found
    assert ("Iran", "SUPPORT", "Egypt") not in found


def test_a_possessive_pronoun_outside_a_coordination_still_reads_the_subject(triples):
    found = triples("Russia said on Friday that its ally Belarus would host the drills.")
    assert ("Belarus", "COOPERATION", "Russia") in found or ("Russia", "COOPERATION", "Belarus") in found


def test_handing_over_a_proposal_is_no_aid(triples):
    for text in ("Serbia handed a new peace proposal to Kosovo on Tuesday.",
                 "Belgrade delivered its counterproposal to Pristina last week.",
                 "Armenia sent a roadmap to Azerbaijan in May."):
        assert not any(p == "AID" for _, p, _ in triples(text)), text


def test_what_is_handed_over_still_gives_aid_or_arms(triples):
    assert ("Canada", "AID", "Haiti") in triples("Canada sent $20 million to Haiti.")
    assert ("Japan", "ARMS_TRANSFER", "Philippines") in triples("Japan delivered 20 patrol boats to the Philippines.")
