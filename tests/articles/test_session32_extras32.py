"""Session 32 (extras32): wrong relations of general shapes, cut without losing the right readings beside them
(sentences of our own).

- A decision, measure or move told of a state's official and judged a sentence later by a noun that names no doer
  ("... regretted the decision") judges the official's state, not the official as a person; words said ("the
  remark") stay the speaker's, and a judgement that names the official ("Ruto's decision") judges him.
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
