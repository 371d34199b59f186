"""Session 31 (descriptions31): pronouns and definite descriptions that point across sentences (sentences of our own).

- A one-state reference ("the kingdom", "the country") is never a state its own clause names beside it, but a
  state named only in a clause joined to it ("..., but would not say what Tonga had been promised") is no
  co-argument: the reference may still be that state.
- A title after "as" ("on his first tour as foreign minister") says what someone already named is; it is no new,
  unnamed holder whom a later "he" would stand for.
- "The government" alone is the government of the state the story is about (named at least three times and twice
  as often as any other), or of the state an interviewed envoy speaks for, not of whichever state was named last;
  never a state its own clause names.
- "The organisation" is the body of either kind (intergovernmental or not) named last.
"""


# a one-state reference and the states of clauses joined to its own (references.py)

def test_the_kingdom_is_the_kingdom_named_in_a_joined_clause(triples):
    found = triples("Tonga agreed in March to take in three fishermen rescued by an Australian patrol. A palace "
                    "adviser, Sione Vaipulu, spoke to reporters on Friday. He said the kingdom would cooperate with "
                    "the International Committee of the Red Cross to send the men home, but would not say what Tonga "
                    "had been promised for its help.")
    assert ("Tonga", "COOPERATION", "International Committee of the Red Cross") in found


def test_the_kingdom_is_never_the_state_its_own_clause_names(triples):
    found = triples("Jordan hosted talks on the refugees in March. Morocco later criticised the kingdom over the "
                    "talks.")
    assert ("Morocco", "CRITICISM", "Jordan") in found
    assert not any(s == o for s, p, o in found)


# a title after "as" (described.py, `_unnamed_holder_before`)

def test_a_title_after_as_is_no_new_holder_for_she(triples):
    found = triples("Foreign Minister Ana Ferreira of Portugal took office in January.\n\n"
                    "Ferreira wants closer ties with Africa. On her first tour as foreign minister, in April, she "
                    "stopped in Luanda, where she met President Tomas Varela.")
    assert ("Ana Ferreira", "CONSULTATION", "Tomas Varela") in found


def test_he_after_as_president_is_the_president_named_before(triples):
    found = triples("President Marta Quintero of Brazil flew to Tokyo on Monday. On her first visit as president she "
                    "met Prime Minister Kenji Morioka.")
    assert ("Marta Quintero", "CONSULTATION", "Kenji Morioka") in found


def test_a_title_holder_unnamed_is_still_who_he_is(triples):
    # (no "as": "the foreign minister" is someone the text never named, so "he" is not Ferreira)
    found = triples("Prime Minister Ana Ferreira of Portugal took office in March. The foreign minister said he "
                    "met Tomas Varela in Madrid.")
    assert ("Ana Ferreira", "CONSULTATION", "Tomas Varela") not in found


# "the government" alone is the story state's (home_governments.py)

STORY = ("Laos has tightened its grip on the press this year. Vientiane shut two radio stations in May, and Lao "
         "police detained a blogger in June. Laos also fell out with Japan after the Japanese government froze "
         "a loan for a bridge. ")


def test_the_government_is_the_story_state_not_the_state_named_last(triples):
    found = triples(STORY + "In August the government expelled the ambassador of Thailand.")
    assert ("Laos", "COERCION", "Thailand") in found
    assert ("Japan", "COERCION", "Thailand") not in found


def test_the_government_acted_on_by_the_story_state_is_another(triples):
    # (the story's state is named in the phrase's own clause: the phrase is someone else, read as before)
    found = triples(STORY + "Later Laos accused the government of lying about the loan.")
    assert ("Laos", "CRITICISM", "Japan") in found


def test_a_government_said_whose_is_not_the_story_state(triples):
    found = triples(STORY + "In August the Japanese government expelled the ambassador of Thailand.")
    assert ("Laos", "COERCION", "Thailand") not in found


def test_the_government_with_no_story_state_is_the_state_named_last(triples):
    # (two states told as often: no story state, so the state named last, as before)
    found = triples("Ghana and Togo quarrel over fishing. Ghana seized a Togolese boat in May, and Togo protested. "
                    "In June the government expelled the ambassador of Ghana.")
    assert ("Togo", "COERCION", "Ghana") in found


def test_the_government_in_an_envoys_answer_is_the_envoys(triples):
    found = triples("Q: What did Uruguay do after the spying came to light?\n\n"
                    "A (Ambassador Lucia Pereyra of Uruguay): Argentina had read our papers. Argentina never "
                    "apologised, Argentina kept silent for weeks, and Argentina blamed a clerk. In May the government recalled its "
                    "ambassador from Argentina.")
    assert ("Uruguay", "PROTEST", "Argentina") in found
    assert ("Argentina", "PROTEST", "Argentina") not in found


# "the organisation" (pairs.py, `recent_single`; lexicon `kind_rivals`)

def test_the_organisation_is_the_body_named_last_of_either_kind(triples):
    found = triples("Mateo Ruiz is director of the Andes Policy Institute in Lima. Bolivia is a founding member of "
                    "the Andean Community. In May Bolivia criticised the organisation over its budget.")
    assert ("Bolivia", "CRITICISM", "Andean Community") in found
    assert ("Bolivia", "CRITICISM", "Andes Policy Institute") not in found


def test_the_organisation_after_an_ngo_named_last_is_the_ngo(triples):
    found = triples("Bolivia is a founding member of the Andean Community. Mateo Ruiz is director of the Andes "
                    "Policy Institute in Lima. In May Bolivia criticised the organisation over its report.")
    assert ("Bolivia", "CRITICISM", "Andean Community") not in found
