"""Relation nouns made by a relative clause: "the case South Africa brought against Israel", "the tariffs that
Ottawa put on Chinese cars", "the credit line the bank extended to Kenya", "the troops Russia keeps in Moldova".

News prose often names the act by its noun and tells who did it to whom in a clause on the noun, the noun
being the clause's object and the clause's verb a light verb that only makes it (the lexicon's `noun_making`
verbs; `doing` are those of acts carried out, "the raid, which X carried out"). The noun's predicate is
the lexicon's noun trigger; the clause's subject is the noun's doer (its owner role, `nouns._owner`) and
the phrases of the clause's verb are the noun's own phrases ("against Israel" is the case's, so the
accused). A clause with an object of its own does not make the noun ("the aid that gave Kenya hope"), and
a verb of wanting or refusing is none of these ("the aid that A refused to send" is no aid of A).

When the clause's verb tells the same pair by its own trigger ("the sanctions it imposed on Niger in 2023",
"the treaty that A and B signed in 1973"), its reading stands, with the date, negation and modality of its
clause, and the noun's is dropped (`defer_to_clause_verbs`): the noun reading is for light verbs that tell
nothing by themselves ("brought", "filed", "put on"). Carried-out acts (`doing`: "the strike that Israel
carried out in Doha") give the noun its doer only; their phrases stay the clause's.
"""

from __future__ import annotations

from diplograph.loaders.articles.syntax import prep_objects

RELATIVES = frozenset({"that", "which", "who", "whom"})


def _relative(token) -> bool:
    return token.tag_ in ("WDT", "WP") or token.lower_ in RELATIVES  # ("that" is often tagged IN)


def making_clauses(noun, lex) -> tuple:
    """The relative clauses on ``noun`` whose verb makes it, the noun being what the verb acts on (also
    passive: "the sanctions that were imposed by Washington on Caracas"). A clause that is denied or only
    possible makes nothing here ("the deal A never signed", "the tariffs Ottawa may put"): the verb's own
    trigger tells it with its modality."""
    words = lex.classes("doing", "noun_making")
    return tuple(c for c in noun.children if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX") and
                 c.lemma_.lower() in words and clause_doers(c) and
                 not any(g.dep_ == "neg" or g.dep_ == "aux" and g.tag_ == "MD" or
                         g.dep_ == "dobj" and not _relative(g) for g in c.children))


def clause_doers(clause) -> list:
    """The words naming who does a making clause: its subject when that is no relative pronoun (the
    noun is then its object), else the by-phrase of its passive."""
    doers = [g for g in clause.children if g.dep_ == "nsubj" and not _relative(g)]
    return doers or [p for g in clause.children if g.dep_ == "agent" for p in prep_objects(g)]


def made_phrases(noun, lex) -> tuple:
    """The words whose phrases are the noun's: its making clauses, and the doer of a passive one, on which
    the parser hangs the next phrase ("imposed by the EU *on Belarus*")."""
    clauses = tuple(c for c in making_clauses(noun, lex) if c.lemma_.lower() not in lex.noun_class["doing"])
    return clauses + tuple(d for c in clauses if not any(g.dep_ == "nsubj" for g in c.children)
                           for d in clause_doers(c))


def defer_to_clause_verbs(found: list, lex) -> list:
    """``found`` less the noun readings of a pair that the noun's making clause tells by its own verb (in
    place: the sentence goes on adding to the same list)."""
    by_verb = {(f.trigger.i, frozenset((f.subject.id, f.object.id))) for f in found if f.trigger is not None}
    found[:] = [f for f in found if f.trigger is None or f.trigger.pos_ != "NOUN" or not any(
        (c.i, frozenset((f.subject.id, f.object.id))) in by_verb for c in making_clauses(f.trigger, lex))]
    return found
