"""Session 30 (nouns30): a relation noun made by a relative clause on it (sentences of our own).

- "the case Gambia brought against Myanmar", "the lawsuit it filed against the United States", "the tariffs
  Canada put on China": the noun gives the predicate (its noun trigger), the clause's subject is its doer and
  the clause's phrases are the noun's ("against Myanmar" is the accused), also in the passive ("the sanctions
  that were imposed by the EU on Belarus", the parser hanging "on Belarus" on the doer).
- A clause that is denied or only possible makes no relation of the noun ("the deal that A never signed",
  "the tariffs that A may put"); nor does a verb of refusing ("the aid that A refused to send") or a clause
  with an object of its own ("the sanctions that gave Cuba a pretext").
- When the clause's verb tells the pair itself ("the treaty that A and B signed in 1974"), its reading
  stands, with its date.
"""


def test_a_case_brought_in_a_relative_clause_is_the_subjects_case_against_the_other(triples):
    found = triples("The hearing concerned the genocide case that Gambia had brought against Myanmar.")
    assert ("Gambia", "DISPUTE", "Myanmar") in found


def test_a_bare_relative_clause_with_a_pronoun_subject_names_the_doer(triples):
    found = triples("Iran pressed on with the lawsuit it filed against the United States.")
    assert ("Iran", "DISPUTE", "United States") in found


def test_measures_put_on_a_state_are_the_subjects_pressure(triples):
    found = triples("Car makers complained about the tariffs Canada put on China.")
    assert ("Canada", "COERCION", "China") in found


def test_a_passive_clause_gives_its_by_phrase_as_doer_and_the_next_phrase_as_target(triples):
    found = triples("The sanctions that were imposed by the European Union on Belarus remain.")
    assert ("European Union", "COERCION", "Belarus") in found


def test_a_denied_clause_makes_no_relation_of_the_noun(triples):
    found, batch = triples("The deal that Brazil never signed with Argentina was debated.", with_claims=True)
    names = {a.id: a.name for a in batch.actors}
    assert all(c.modality != "asserted" for c in batch.claims
               if (names[c.subject], c.predicate, names[c.object]) == ("Brazil", "AGREEMENT", "Argentina"))


def test_a_clause_that_only_may_happen_makes_no_measure(triples):
    found, batch = triples("The tariffs that Canada may put on China worry exporters.", with_claims=True)
    names = {a.id: a.name for a in batch.actors}
    assert not any(c.modality == "asserted" for c in batch.claims
                   if (names[c.subject], c.predicate, names[c.object]) == ("Canada", "COERCION", "China"))


def test_a_refused_act_and_a_clause_with_its_own_object_make_nothing(triples):
    assert ("Japan", "AID", "Myanmar") not in triples("The aid that Japan refused to send to Myanmar was discussed.")
    assert not any(t[1] == "COERCION" for t in triples("Analysts discussed the sanctions that gave Cuba a pretext."))


def test_the_clause_verbs_own_reading_keeps_its_date(triples):
    found, batch = triples("The treaty that Chile and Peru signed in 1974 still holds.", with_claims=True)
    names = {a.id: a.name for a in batch.actors}
    dates = {str(c.date) for c in batch.claims if {names[c.subject], names[c.object]} == {"Chile", "Peru"}
             and c.predicate == "AGREEMENT"}
    assert dates and all(d.startswith("1974") for d in dates)
