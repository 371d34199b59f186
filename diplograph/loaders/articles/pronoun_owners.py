"""Whom "its" or "their" on a title inside a sentence points to: the subject of the clause the title sits in
("Paris expelled twelve officials and recalled *its* ambassador, X": France; "Honduras sent *its* former president,
Y, to New York"; "Canada condemned what *its* ambassador, Z, called an error"), climbing past clauses whose
subject is the title itself. A thing named in between may be what the pronoun stands for ("shot down a jet and
captured *its* pilot"): then no one."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg

OWNER_TYPES = ("state", "organization", "armed_group")
# The key of an office's state found through a possessive pronoun ("Its foreign minister"): a guess that
# what the gazetteer knows of the person overrides
PRONOUN_OWNER = -3002
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
            found = {a.actor.id: a.actor for s in (subject, *subject.conjuncts) for a in actors(s)
                     if not a.proxy and a.actor.type in OWNER_TYPES}  # ("Kenya and Uganda sent their ministers")
            return list(found.values())
        inside |= {t.i for t in node.subtree}
    return []


def _thing_between(subject, pronoun) -> bool:
    """A singular noun as an object between the subject and the pronoun, which "its" may stand for."""
    start = max(t.i for t in subject.subtree) + 1
    return any(t.tag_ in ("NN", "NNP") and t.dep_ in ("dobj", "pobj", "attr", "conj") and t.i < pronoun.i
               for t in pronoun.doc[start:pronoun.i] if t.head.i != pronoun.head.i)


class PronounOwners:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _pronoun_owner(self, phrase) -> Arg | None:
        """Whom a possessive pronoun on a title points to: "removed X and *his* minister, Y" (whom X serves), "*Its*
        foreign minister, Y, said" opening a sentence (the state the text was about), else its clause's subject."""
        for tok in (t for t in phrase if t.dep_ == "poss" and t.lower_ in ("his", "her", "its", "their")):
            if tok.lower_ in ("its", "their") and tok.i != self.sent.start:
                found = subject_owners(tok, lambda t: self.actors(t, "strict"))
            elif tok.lower_ in ("its", "their"):
                found = [a.actor for a in self._pronoun(tok, ()) if a.actor.type == "state"]
            else:  # the person named last before it in the sentence ("removed X and his minister"), else earlier
                before = [m for m in self.mentions if m.type == "person" and m.end <= tok.i]
                people = [before[-1].actor] if before else [a.actor for a in self._referent(tok)
                                                             if a.actor.type == "person"]
                found = [self._office_of(p) for p in people]
            if len(found) == 1 and found[0] is not None and found[0].type in OWNER_TYPES:
                return Arg(found[0], PRONOUN_OWNER)
        return None
