"""Session 31 (descriptions31): pronouns and definite descriptions that point across sentences (sentences of our own).

- A one-state reference ("the kingdom", "the country") is never a state its own clause names beside it, but a
  state named only in a clause joined to it ("..., but did not say what Eswatini got") is no co-argument: the
  reference may still be that state.
- A title after "as" ("his first trip as prime minister") says what someone already named is; it is no new,
  unnamed holder whom a later "he" would stand for.
"""


def test_the_kingdom_is_the_kingdom_named_in_a_joined_clause(triples):
    found = triples("Lesotho will hold four men deported from the United States. The spokeswoman, Mpho Ralitsoele, said "
                    "the men posed no threat. She said the kingdom would work with the International Organization "
                    "for Migration to return them to their countries, but did not say what Lesotho had received in "
                    "return.")
    assert ("Lesotho", "COOPERATION", "International Organization for Migration") in found


def test_the_kingdom_is_never_the_state_its_own_clause_names(triples):
    found = triples("Jordan hosted talks on the refugees in March. Morocco later criticised the kingdom over the "
                    "talks.")
    assert ("Morocco", "CRITICISM", "Jordan") in found
    assert not any(s == o for s, p, o in found)


def test_a_title_after_as_is_no_new_holder_for_he(triples):
    found = triples("Prime Minister Ana Ferreira of Portugal took office in March.\n\n"
                    "Ferreira has spent her first weeks abroad. Her first trip as prime minister, in April, took her "
                    "to Madrid, where she met Prime Minister Tomas Varela.")
    assert ("Ana Ferreira", "CONSULTATION", "Tomas Varela") in found


def test_he_after_as_president_is_the_president_named_before(triples):
    found = triples("President Marta Quintero of Brazil flew to Tokyo on Monday. On his first visit as president since 2010 he "
                    "met Prime Minister Kenji Morioka.")
    assert ("Marta Quintero", "CONSULTATION", "Kenji Morioka") in found


def test_a_title_holder_unnamed_is_still_who_he_is(triples):
    # (no "as": "the foreign minister" is someone the text never named, so "he" is not Ferreira)
    found = triples("Prime Minister Ana Ferreira of Portugal took office in March. The foreign minister said he "
                    "met Tomas Varela in Madrid.")
    assert ("Ana Ferreira", "CONSULTATION", "Tomas Varela") not in found


# "the government" alone is the government of the state the story is about (home_governments.py)

STORY = ("Nicaragua has expelled dozens of foreign priests this year. Managua has also closed the offices of several "
         "charities, and Nicaraguan police have arrested two bishops. In 2022 Managua broke off relations with the "
         "Netherlands after the Dutch government cancelled its funding for a hospital. ")


def test_the_government_is_the_story_state_not_the_state_named_last(triples):
    found = triples(STORY + "In February the government expelled the ambassador of Spain.")
    assert ("Nicaragua", "COERCION", "Spain") in found
    assert ("Netherlands", "COERCION", "Spain") not in found


def test_the_government_acted_on_by_the_story_state_is_another(triples):
    # (the story's state is named in the phrase's own clause: the phrase is someone else, read as before)
    found = triples(STORY + "Later Nicaragua accused the government of lying about the hospital.")
    assert ("Nicaragua", "CRITICISM", "Netherlands") in found


def test_a_government_said_whose_is_not_the_story_state(triples):
    found = triples(STORY + "In February the Dutch government expelled the ambassador of Spain.")
    assert ("Nicaragua", "COERCION", "Spain") not in found


def test_the_government_with_no_story_state_is_the_state_named_last(triples):
    # (two states told as often: no story state, so the state named last, as before)
    found = triples("Ghana and Togo quarrel over fishing. Ghana seized a Togolese boat in May, and Togo protested. "
                    "In June the government expelled the ambassador of Ghana.")
    assert ("Togo", "COERCION", "Ghana") in found
