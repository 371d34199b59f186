"""Deliveries a firm announces in the passive: "Mack Defense said 32 vehicles will be delivered to Somalia",
"Baykar announced that the drones had been handed over to Kenya". A firm telling of goods delivered with no one
named as sender tells of its own deliveries (a press release's voice); a state saying so may be the buyer or a
bystander, so only a firm is taken."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import speech_verb


class FirmDeliveries:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _announcing_firm(self, verb, exclude) -> list[Arg]:
        """The firm that says ``verb`` (a passive verb of delivery with no by-phrase) happened or will."""
        if verb.lemma_.lower() not in self.lex.noun_class["delivering"]:
            return []
        said = speech_verb(verb, frozenset({"announce", "confirm", "report"}))
        if said is None:
            return []
        return [a for c in said.children if c.dep_ == "nsubj" for a in self.actors(c, "strict", exclude)
                if a.actor.type == "company"]
