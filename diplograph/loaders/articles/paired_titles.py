"""A plural title shared by a list of people and a list of states pairs them in order: "A and B, the foreign ministers
of Ghana and Togo" (A serves Ghana, B Togo), "the Ghanaian and Togolese foreign ministers, A and B", "Kenya and
Uganda sent their defence ministers, A and B". Lists of unequal length pair no one (never everyone with the first
state)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.pronoun_owners import subject_owners

NO_STATE = Arg(None, -1)  # the lists do not pair up: the title names no one state for this person


class PairedTitles:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _paired_state(self, mention, phrase) -> Arg | None:
        """The state a plural title's phrase pairs with ``mention`` (``NO_STATE`` when its lists do not pair up), or
        None when the phrase names fewer than two states."""
        states: list = []
        for tok in phrase:
            m = self.mention(tok)
            if m is not None and m.type == "state" and m.actor.id not in {s.id for s in states}:
                states.append(m.actor)
            if tok.dep_ == "poss" and tok.lower_ == "their" and not states:
                states = [a for a in subject_owners(tok, lambda t: self.actors(t, "strict")) if a.type == "state"]
        if len(states) < 2:
            return None
        people = self._listed_people(self.doc[mention.start:mention.end].root)
        if len(people) != len(states) or mention.actor.id not in people:
            return self._known_affiliation(mention) or NO_STATE
        return Arg(states[people.index(mention.actor.id)], -3004)

    def _listed_people(self, root) -> list[str]:
        """The ids of the people of the list ``root`` is in, in order."""
        top = root
        while top.dep_ == "conj" and top.head != top and self.mention(top.head) is not None:
            top = top.head
        listed = sorted([top, *(t for t in top.subtree if t.dep_ == "conj" and t.head.i in
                                {top.i, *(c.i for c in top.subtree if c.dep_ == "conj")})], key=lambda t: t.i)
        people = [m.actor.id for t in listed if (m := self.mention(t)) is not None and m.type == "person"]
        return list(dict.fromkeys(people))
