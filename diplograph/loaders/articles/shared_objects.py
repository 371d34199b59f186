"""An object pronoun of a coordinated verb that stands for the object of the verb before it: "Russia detained
two Estonian guards and later expelled them", "the Treasury accused three Mexican banks of laundering money and
cut them off from transfers" (the second act falls on the same people, not on the subject named last)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import SUBJ


class SharedObjects:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _acted_on_again(self, token, types, exclude) -> list[Arg]:
        """The actors the earlier verb's object names when ``token`` ("them", "it") is the object of a verb
        coordinated with it that has no subject of its own; [] otherwise (a plural pronoun needs a plural object,
        "it" a singular one, so "signed deals with X and Y and ratified it" is not read through the deals)."""
        verb = token.head
        if token.lower_ not in ("it", "them") or token.dep_ != "dobj" or verb.dep_ != "conj" or \
                verb.head.pos_ != "VERB" or any(c.dep_ in SUBJ for c in verb.children):
            return []
        plural = token.lower_ == "them"
        objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < token.i and c.pos_ in ("NOUN", "PROPN")
                   and (c.tag_ in ("NNS", "NNPS") or any(g.dep_ == "conj" for g in c.children)) == plural]
        found = [a for c in objects for a in self.actors(c, "owner", exclude) if a.actor.type in types]
        return found[:1] if not plural else found
