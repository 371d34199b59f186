"""Session 30 (coord30): a relation whose argument is a list goes to every member (sentences of our own).

- Others named between a subject and its verb as acting with it do the act too: a participle of
  joining ("Norway, joined by Sweden and Finland, condemned"), a phrase of concerted action ("in concert
  with"), a with-phrase right after a relative pronoun ("which together with Shell lodged"); a plural
  body qualified by states ("agencies from A, B and C") stands for the states. Not a backer ("backed
  by"), nor a phrase after the verb.
- "A as well as B", which the parser hangs as the object of "as", is one more conjunct.
- A relative clause whose subject is a list ("which Egypt, Eritrea and Turkey back") has the list's
  plural verb as its verb, even when the tagger reads it as an adverb or a noun; the main verb after the
  clause is the antecedent's, not the list's.
- Guards kept: "between A and B" is one pair, "A and B clashed" is symmetric, "A, not B" and "A rather
  than B" leave B out.
"""


def test_a_participle_of_joining_gives_the_act_to_every_name_it_lists(triples):
    found = triples("Norway, joined by Sweden and Finland, criticised Russia on Monday.")
    assert {("Norway", "CRITICISM", "Russia"), ("Sweden", "CRITICISM", "Russia"),
            ("Finland", "CRITICISM", "Russia")} <= found
    found = triples("Kenya, accompanied by Ethiopia, sent troops to Somalia.")
    assert ("Ethiopia", "MILITARY_PRESENCE", "Somalia") in found and ("Kenya", "MILITARY_PRESENCE", "Somalia") in found


def test_agencies_from_a_list_of_states_stand_for_each_state(triples):
    found = triples("The Norwegian foreign ministry, joined by agencies from Sweden, Finland and Denmark, "
                    "condemned Russia.")
    assert {(s, "CRITICISM", "Russia") for s in ("Norway", "Sweden", "Finland", "Denmark")} <= found


def test_a_phrase_of_concerted_action_names_a_co_author(triples):
    found = triples("The Kenyan army, in concert with Ethiopia, attacked al-Shabaab.")
    assert ("Kenya", "ATTACK", "al-Shabaab") in found and ("Ethiopia", "ATTACK", "al-Shabaab") in found


def test_a_with_phrase_right_after_a_relative_pronoun_names_a_co_author(triples):
    found = triples("Chevron, which together with the Dutch firm Shell lodged complaints with the Nigerian "
                    "government, lost the case.")
    assert ("Chevron", "PROTEST", "Nigeria") in found and ("Shell", "PROTEST", "Nigeria") in found


def test_a_backer_or_a_phrase_after_the_verb_is_no_co_author(triples):
    found = triples("Norway, backed by Sweden, criticised Russia.")
    assert ("Norway", "CRITICISM", "Russia") in found and ("Sweden", "CRITICISM", "Russia") not in found
    found = triples("Japan condemned North Korea, joined by South Korea.")
    assert ("South Korea", "CRITICISM", "North Korea") not in found


def test_names_joining_a_pair_sign_with_each_of_the_pair(triples):
    found = triples("Ghana and Togo, joined by Benin, signed a trade pact.")
    assert {("Ghana", "AGREEMENT", "Togo"), ("Ghana", "AGREEMENT", "Benin"), ("Togo", "AGREEMENT", "Benin")} <= found


def test_as_well_as_adds_one_more_member_to_a_list(triples):
    found = triples("Turkey sold drones to Ukraine as well as Poland.")
    assert ("Turkey", "ARMS_TRANSFER", "Ukraine") in found and ("Turkey", "ARMS_TRANSFER", "Poland") in found
    found = triples("Iran supplies missiles to the Houthis as well as Hezbollah.")
    assert ("Iran", "ARMS_TRANSFER", "Hezbollah") in found


def test_a_listed_subject_of_a_relative_clause_backs_the_antecedent_and_does_not_act_for_it(triples):
    found = triples("Sudan's army, which Egypt, Eritrea and Turkey back, attacked the Rapid Support Forces.")
    assert {(s, "SUPPORT", "Sudan") for s in ("Egypt", "Eritrea", "Turkey")} <= found
    assert ("Sudan", "ATTACK", "Rapid Support Forces") in found
    assert not any(s in ("Egypt", "Eritrea", "Turkey") and p == "ATTACK" for s, p, _ in found)


def test_a_plural_verb_read_as_a_noun_after_a_listed_subject_is_the_clause_verb(triples):
    found = triples("The M23, which Rwanda and Uganda arm, seized Goma.")
    assert ("Rwanda", "ARMS_TRANSFER", "M23") in found and ("Uganda", "ARMS_TRANSFER", "M23") in found
    found = triples("The Sudanese army, which Russia and Iran support, attacked the Rapid Support Forces.")
    assert ("Russia", "SUPPORT", "Sudan") in found and ("Iran", "SUPPORT", "Sudan") in found
    assert ("Russia", "ATTACK", "Rapid Support Forces") not in found


def test_a_relative_clause_of_one_name_and_a_verb_of_its_own_is_as_before(triples):
    found = triples("The treaty, which Chile and Peru signed in 2010, angered Bolivia.")
    assert ("Chile", "AGREEMENT", "Peru") in found
    assert not any(p == "AGREEMENT" and "Bolivia" in (s, o) for s, p, o in found)


def test_a_pair_is_kept_a_pair(triples):
    found = triples("Talks between Armenia and Azerbaijan were held in Geneva on Friday.")
    assert ("Armenia", "CONSULTATION", "Azerbaijan") in found
    assert ("Armenia", "CONSULTATION", "Armenia") not in found
    found = triples("Armenia and Azerbaijan clashed on the border.")
    assert ("Armenia", "ARMED_CLASH", "Azerbaijan") in found


def test_a_name_set_apart_from_the_list_gets_nothing(triples):
    found = triples("Japan condemned North Korea, but not China.")
    assert ("Japan", "CRITICISM", "North Korea") in found and ("Japan", "CRITICISM", "China") not in found
    found = triples("The United States imposed sanctions on Venezuela rather than Cuba.")
    assert ("United States", "COERCION", "Cuba") not in found


def test_members_each_with_an_of_phrase_are_one_list(triples):
    found = triples("Thales of France and Saab of Sweden will supply missiles to Ukraine.")
    assert ("Thales", "ARMS_TRANSFER", "Ukraine") in found and ("Saab", "ARMS_TRANSFER", "Ukraine") in found
    found = triples("BAE Systems of the United Kingdom and Mitsubishi Heavy Industries of Japan agreed to form a "
                    "joint venture.")
    assert ("BAE Systems", "AGREEMENT", "Mitsubishi Heavy Industries") in found
    # the of-phrase still gives each firm its home, not the other's
    assert ("Saab", "BASED_IN", "France") not in found and ("BAE Systems", "BASED_IN", "Japan") not in found


def test_the_rest_of_a_list_read_as_a_second_subject_goes_back_to_the_list(triples):
    found = triples("Sanctions on Russia, Belarus and Iran were extended by the European Union.")
    assert {("European Union", "COERCION", s) for s in ("Russia", "Belarus", "Iran")} <= found
    # a list that is the only subject of its verb stays the subject
    found = triples("After talks with Russia, Belarus and Iran signed a trade deal.")
    assert ("Belarus", "AGREEMENT", "Iran") in found


def test_a_plural_relational_noun_before_a_list_relates_every_name(triples):
    found = triples("Ethiopia accused its neighbours Eritrea, Sudan and Egypt of arming the rebels.")
    assert {(s, "BORDERS", "Ethiopia") for s in ("Eritrea", "Sudan", "Egypt")} <= found
    found = triples("Iran's rivals Saudi Arabia and Israel welcomed the deal.")
    assert ("Israel", "RIVALRY", "Iran") in found and ("Saudi Arabia", "RIVALRY", "Iran") in found
    # a singular noun names one: the name after the list's first is not its neighbour
    found = triples("Algeria accused its neighbour Morocco and the European Union of spying.")
    assert ("European Union", "BORDERS", "Algeria") not in found


def test_a_list_of_possessors_owns_the_noun_together(triples):
    found = triples("Russia's and China's vetoes angered Washington.")
    assert ("United States", "CRITICISM", "Russia") in found and ("United States", "CRITICISM", "China") in found
    # two owned nouns are two phrases, not one list of owners
    found = triples("Canada's foreign ministry condemned the strike and Mexico's embassy protested.")
    assert ("Mexico", "CRITICISM", "Canada") not in found
