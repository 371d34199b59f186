"""The subject of a second clause the parser swallows into the first clause's object: "Hanwha is delivering
howitzers and Korea Aerospace Industries (KAI) is supplying jets to Poland" is read as "delivering howitzers and
KAI", with "is supplying" left without a subject (it would take Hanwha's). A name joined to that object and right
before the second verb's auxiliary is that verb's subject."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import SUBJ


class SecondSubjects:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def second_subject(self, verb, exclude) -> list[Arg]:
        """The actor named right before the auxiliary of ``verb``, a joined verb with no subject of its own, when
        the parser made that name a conjunct of the object of the verb it is joined to; [] otherwise (not
        "sold drones to Ethiopia and Somalia and is building a base": "and" stands between)."""
        if verb.dep_ != "conj" or any(c.dep_ in SUBJ for c in verb.children):
            return []
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        if not auxiliaries:
            return []
        before = self.doc[min(a.i for a in auxiliaries) - 1]
        if before.text == ")":  # "Korea Aerospace Industries (KAI) is supplying": the name before its acronym
            opening = next((t for t in reversed(self.doc[self.sent.start:before.i]) if t.text == "("), None)
            if opening is None or opening.i <= self.sent.start:
                return []
            before = self.doc[opening.i - 1]
        m = self.mention(before)
        if m is None or m.type == "weapon" or m.is_demonym:
            return []
        root = self.doc[m.start:m.end].root
        if root.dep_ != "conj" or root.head.dep_ not in ("dobj", "pobj", "attr") or verb.head not in root.ancestors:
            return []
        return self.actors(root, "strict", exclude, coordinated=False)
