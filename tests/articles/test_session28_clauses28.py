"""Session 28 (clauses28): an act's noun that is the object of a relative clause on it takes that clause's
verb as its own ("the summit, which Brazil attended with Mexico, ended" reads as "Brazil attended the summit
with Mexico"). Sentences of our own."""

import pytest


@pytest.mark.parametrize("text, relation", [
    # an object relative with "which", its doer and its with-phrase
    ("The summit, which Brazil attended with Mexico, ended on Friday.", ("Brazil", "CONSULTATION", "Mexico")),
    # the small parser may make the noun the sentence's root and the main verb its participle
    ("The meeting, which Kenya held with Uganda, closed in Nairobi.", ("Kenya", "CONSULTATION", "Uganda")),
    # with "that" and no commas
    ("The talks that Ghana held with Togo last week produced nothing.", ("Ghana", "CONSULTATION", "Togo")),
    # the pronoun taken by an infinitive of the clause
    ("The accord, which Nigeria agreed to sign with Benin, collapsed in May.", ("Nigeria", "AGREEMENT", "Benin")),
    # every companion of the with-phrase
    ("The naval exercise, which Norway hosted with Finland and Estonia in March, ended quietly.",
     ("Finland", "MILITARY_EXERCISE", "Norway")),
    ("The naval exercise, which Norway hosted with Finland and Estonia in March, ended quietly.",
     ("Estonia", "MILITARY_EXERCISE", "Norway")),
])
def test_the_relative_clause_verb_governs_its_antecedent(triples, text, relation):
    assert relation in triples(text)


def test_a_subject_relative_names_no_doer(triples):
    # "which" is the clause's subject: nobody in it held the talks
    found = triples("The talks, which opened in Brazil, angered Mexico.")
    assert not any(p == "CONSULTATION" for _, p, _ in found)


def test_a_clause_that_judges_the_act_does_not_make_it_the_judges(triples):
    found = triples("The trade pact with Chile, which Canada praised, lapsed in June.")
    assert ("Canada", "AGREEMENT", "Chile") not in found


def test_a_clause_that_denies_the_act_does_not_assert_it(triples):
    found, batch = triples("The attack on Kosovo police, which Serbia denied, killed one officer.", with_claims=True)
    names = {a.id: a.name for a in batch.actors}
    asserted = {(names[c.subject], c.predicate, names[c.object]) for c in batch.claims if c.modality == "asserted"}
    assert ("Serbia", "ATTACK", "Kosovo") not in asserted


def test_a_clause_whose_verb_is_negated_gives_nothing(triples):
    found = triples("The summit, which Peru did not attend with Chile, ended early.")
    assert ("Peru", "CONSULTATION", "Chile") not in found


# A participle with a by-phrase after "a coalition of N" tells of the coalition, however the parser hangs it.
@pytest.mark.parametrize("text, relation", [
    ("The Sahel Union, an alliance of rebel groups led by Amadou Kone, seized the town.",
     ("Amadou Kone", "LEADS", "Sahel Union")),
    # a run of joined participles, the by-phrase on the last
    ("The Sahel Union, a coalition of armed groups formed in 2021 and led by Amadou Kone, seized the town.",
     ("Amadou Kone", "LEADS", "Sahel Union")),
    ("The Sahel Union, an alliance of militias formed in 2021 and backed by Mali, seized the town.",
     ("Mali", "SUPPORT", "Sahel Union")),
])
def test_a_participle_after_a_body_of_members_is_the_bodys(triples, text, relation):
    assert relation in triples(text)


def test_a_participle_after_a_word_that_is_no_body_stays_with_its_noun(triples):
    # a list of militias is no body: the militias are backed, not the Union that published the list
    found = triples("The Sahel Union published a list of militias backed by Mali.")
    assert ("Mali", "SUPPORT", "Sahel Union") not in found
