"""Whom "its" or "their" on a title inside a sentence points to: the subject of the clause the title sits in
("Paris expelled twelve officials and recalled *its* ambassador, X": France; "Honduras sent *its* former president,
Y, to New York"; "Canada condemned what *its* ambassador, Z, called an error"), climbing past clauses whose
subject is the title itself. A thing named in between may be what the pronoun stands for ("shot down a jet and
captured *its* pilot"): then no one."""

from __future__ import annotations

OWNER_TYPES = ("state", "organization", "armed_group")
_CLIMB = 8


def subject_owners(pronoun, actors) -> list:
    """The actors (``actors(token)`` gives a token's) of the subject the possessive ``pronoun`` points to, or []."""
    title = pronoun.head
    inside = {t.i for t in title.subtree}
    node = title
    for _ in range(_CLIMB):
        if node.head == node:
            return []
        node = node.head
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in inside]
        if node.pos_ in ("VERB", "AUX") and subjects:
            subject = subjects[0]
            if subject.i > pronoun.i or _thing_between(subject, pronoun):
                return []
            found = {a.actor.id: a.actor for a in actors(subject) if not a.proxy and a.actor.type in OWNER_TYPES}
            return list(found.values())
        inside |= {t.i for t in node.subtree}
    return []


def _thing_between(subject, pronoun) -> bool:
    """A singular noun as an object between the subject and the pronoun, which "its" may stand for."""
    start = max(t.i for t in subject.subtree) + 1
    return any(t.tag_ in ("NN", "NNP") and t.dep_ in ("dobj", "pobj", "attr", "conj") and t.i < pronoun.i
               for t in pronoun.doc[start:pronoun.i] if t.head.i != pronoun.head.i)
