"""Session 32 (extras32): wrong relations of general shapes, cut without losing the right readings beside them
(sentences of our own).

- A decision, measure or move told of a state's official and judged a sentence later by a noun that names no doer
  ("... regretted the decision") judges the official's state, not the official as a person; words said ("the
  remark") stay the speaker's, and a judgement that names the official ("Ruto's decision") judges him.
- Thai, Indonesian and Icelandic people go by their given name once named in full ("President Prabowo").
"""


def test_a_decision_told_of_an_official_is_judged_as_his_states(triples):
    found = triples("Kenyan President William Ruto ordered the closure of the border with Somalia on Monday. "
                    "Mogadishu said it regretted the decision.")
    assert ("Somalia", "CRITICISM", "Kenya") in found
    assert ("Somalia", "CRITICISM", "William Ruto") not in found


def test_words_said_stay_the_speakers_and_a_named_official_is_judged(triples):
    found = triples("President Emmanuel Macron said that Chad had forgotten to thank France. Chad's foreign "
                    "minister condemned the remark.")
    assert ("Chad", "CRITICISM", "Emmanuel Macron") in found
    found = triples("Kenyan President William Ruto ordered the closure of the border with Somalia on Monday. "
                    "Mogadishu criticised Ruto's decision.")
    assert ("Somalia", "CRITICISM", "William Ruto") in found and ("Somalia", "CRITICISM", "Kenya") in found


def test_thai_and_indonesian_leaders_go_by_their_given_name(triples):
    found = triples("Prime Minister Paetongtarn Shinawatra defended the deportation on Friday. A week earlier, on "
                    "Paetongtarn's first visit to Beijing, she met President Xi Jinping.")
    assert ("Paetongtarn Shinawatra", "CONSULTATION", "Xi Jinping") in found
    found = triples("President Prabowo Subianto arrived in Canberra on Monday. Later, President Prabowo signed a "
                    "defence pact with Australia.")
    assert ("Prabowo Subianto", "AGREEMENT", "Australia") in found
    assert not any(s == "Prabowo" for s, _, _ in found)


def test_a_given_name_is_no_short_form_where_people_go_by_their_family_name(triples):
    found = triples("President Emmanuel Macron arrived in Rabat on Monday. Emmanuel's hosts signed three deals "
                    "with France.")
    assert not any("Emmanuel Macron" == s and p == "AGREEMENT" for s, p, _ in found)
