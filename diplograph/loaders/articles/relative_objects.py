"""A noun of an act that is the object of a relative clause on it: "the summit, *which Brazil attended with
Mexico*, ended", "the exercise that Norway hosted with Finland", "the deal, which Nigeria agreed to sign with
Ghana, collapsed".

Where the noun is the main clause's subject, the verb it depends on ("ended", "collapsed") names nobody, and the
act's doer and companions sit in the relative clause, whose verb has the noun (through its relative pronoun) for
object. That verb is then the noun's governing verb, as "Brazil attended the summit with Mexico" would make it:
its subject is whose act the noun is, its phrases ("with Mexico") the noun's own. Only an object relative counts:
in "the summit, which opened in Lima, ..." the pronoun is the subject and the clause names no doer."""

from __future__ import annotations

_RELATIVES = frozenset({"which", "that", "whom"})


def object_clause(noun, undoing=()):
    """The verb of a relative clause on ``noun`` whose object is its relative pronoun ("which Brazil attended",
    "which Nigeria agreed to sign": the verb that takes the pronoun), when the clause has a subject of its own;
    None otherwise, and None when the clause undoes the act ("which Serbia denied", "which Peru did not attend":
    ``undoing`` is the lexicon's verbs of denial), since what denies an act never makes it the denier's."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVES for c in clause.children):
            continue
        for pronoun in clause.subtree:
            if pronoun.lower_ in _RELATIVES and pronoun.dep_ == "dobj" and pronoun.i < clause.i and \
                    _within(pronoun.head, clause):
                verbs = [v for v in pronoun.head.subtree if v.i <= pronoun.head.i] + [clause]
                undone = any(v.lemma_.lower() in undoing or any(c.dep_ == "neg" for c in v.children) for v in verbs
                             if v.pos_ in ("VERB", "AUX"))
                return None if undone else pronoun.head
    return None


def _within(verb, clause) -> bool:
    """Is ``verb`` the clause's verb or one it governs through infinitives ("agreed to sign")?"""
    while verb != clause:
        if verb.dep_ != "xcomp" or verb.pos_ != "VERB":
            return False
        verb = verb.head
    return True
