"""Whom a noun trigger is given to when its verb names them as an indirect object: "Mexico sent the United States
a diplomatic note", "paid Kenya a visit", "gave Iran a final warning" (the noun has no to-phrase of its own)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg


class Datives:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def datives(self, verbs, exclude) -> list[Arg]:
        """The actors the indirect objects of ``verbs`` (the verb the noun is the object of) name."""
        return [a for verb in verbs for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"
                for a in self.actors(c, "strict", exclude)]
