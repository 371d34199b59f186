"""Session 31 (clauses31): relations inside one sentence that only a construction reads (sentences of our own).

- A bare denial ("Uganda denied it", "..., which Togo denied", "Togo's government denied any link") answers the
  charge told before it: the denier rejects whoever made the charge, and what was charged is denied.
- A word for a deed set off after a clause ("..., a move Ghana called illegal") with a verdict of calling on it
  judges the doers of the clause it sums up.
"""


def test_a_denial_after_a_semicolon_rejects_the_accuser(triples):
    found = triples("Kenya accused Uganda of shelling the border town; Uganda denied it.")
    assert ("Uganda", "REJECTION", "Kenya") in found
    assert ("Kenya", "CRITICISM", "Uganda") in found


def test_a_denial_in_a_relative_clause_rejects_the_accuser(triples):
    found = triples("Ghana accused Togo of arming the rebels, which Togo denied.")
    assert ("Togo", "REJECTION", "Ghana") in found


def test_a_denial_in_the_next_sentence_rejects_the_official_s_state(triples):
    found = triples("President Mahama said Togo harboured and trained the rebels. "
                    "Togo's government denied any link with the group.")
    assert ("Togo", "REJECTION", "Ghana") in found


def test_two_accusers_are_both_rejected(triples):
    found = triples("Ghana and Benin have accused Togo of shelling border villages; Togo denied it.")
    assert {("Togo", "REJECTION", "Ghana"), ("Togo", "REJECTION", "Benin")} <= found


def test_the_denied_deed_is_denied_and_the_denial_answers_the_charge(claims):
    found = claims("Ghana says Togo attacked Benin last week; Togo denied it.")
    assert ("Togo", "ATTACK", "Benin", "denied") in found
    assert ("Togo", "REJECTION", "Ghana", "asserted") in found


def test_a_denial_with_content_of_its_own_rejects_no_one(triples):
    found = triples("Ghana accused Togo of arming the rebels. Togo denied sending weapons to Benin.")
    assert ("Togo", "REJECTION", "Ghana") not in found


def test_a_denial_about_someone_else_answers_no_charge_against_the_denier(triples):
    found = triples("Ghana accused Togo of arming the rebels. Niger denied it.")
    assert ("Niger", "REJECTION", "Ghana") not in found


def test_a_denial_rejects_no_one_of_its_own_side(triples):
    found = triples("President Ruto said Kenyan and Ugandan troops had shelled the border town. "
                    "Kampala and Nairobi denied it.")
    assert ("Uganda", "REJECTION", "Kenya") not in found


def test_a_denial_inside_a_sentence_answers_only_that_sentence(triples):
    found = triples("Ghana accused Togo of arming the rebels. Benin proposed a summit, a plan that Togo and Niger "
                    "reject.")
    assert ("Togo", "REJECTION", "Ghana") not in found


# A word for a deed set off after a clause, with a verdict of calling on it, judges the clause's doers.

def test_a_move_called_illegal_criticises_who_stayed(triples):
    found = triples("Togo stationed troops inside Ghanaian territory, a move Ghana called illegal.")
    assert ("Ghana", "CRITICISM", "Togo") in found


def test_in_a_move_that_judges_every_doer_of_the_list(triples):
    found = triples("Spain, Ireland and Norway recognised Palestine on Tuesday, in a coordinated move that Israel "
                    "called a reward for terrorism.")
    assert {("Israel", "CRITICISM", "Spain"), ("Israel", "CRITICISM", "Ireland"),
            ("Israel", "CRITICISM", "Norway")} <= found


def test_a_step_described_as_a_violation_past_a_speech_verb(triples):
    found = triples("Officials said Togo had closed the border, a decision Ghana described as a violation of the "
                    "treaty.")
    assert ("Ghana", "CRITICISM", "Togo") in found


def test_a_move_called_something_good_or_a_place_called_anything_is_no_criticism(triples):
    assert not any(p == "CRITICISM" for _, p, _ in triples("Togo opened an embassy in Accra, a move Ghana called "
                                                          "historic."))
    found = triples("Togo closed the border with Ghana, a country Benin called a reliable partner.")
    assert ("Benin", "CRITICISM", "Togo") not in found
