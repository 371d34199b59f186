"""The phrase of a noun trigger that a relative clause fronts: "Nayara, *in which* Rosneft holds a 49 per cent
stake", "the joint venture, *of which* Sinopec owns a third", "the consortium *in which* the Turkish firm holds
shares". The preposition opens the clause and the parser hangs it on the clause's verb, not on the noun it
belongs to, so the noun's own phrase is empty; the relative stands for the noun the clause is said of.

Only the noun's direct object clause counts ("in which Rosneft holds a stake": holds -> stake), and only the
preposition the role names: "the firm *with which* Rosneft holds a stake in Nayara" keeps Nayara."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import RELATIVE, antecedent_of, prep_objects

FRONTED_ROLES = ("in", "of")


class RelativePhrases:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def noun_role(self, noun, role: str, exclude=()) -> list[Arg]:
        found = super().noun_role(noun, role, exclude)
        if found or role not in FRONTED_ROLES or noun.dep_ != "dobj":
            return found
        verb = noun.head
        found = []
        for relative in (p for c in verb.children if c.dep_ == "prep" and c.lower_ == role and c.i < verb.i
                         for p in prep_objects(c) if p.lower_ in RELATIVE and p.lower_ != "whose"):
            found += self.actors(relative, "owner", exclude) + self._site_owner(relative, exclude)
        return found

    def _site_owner(self, relative, exclude) -> list[Arg]:
        """"Nayara Energy's plant at Vadinar, in which Rosneft holds a stake": the parser ties the clause to the
        place of the site; the stake is in the site too, whose owner the possessive names."""
        antecedent = antecedent_of(relative)
        if antecedent is None or antecedent.dep_ != "pobj" or antecedent.head.head.pos_ != "NOUN":
            return []
        site = antecedent.head.head
        return [a for c in site.children if c.dep_ == "poss" for a in self.actors(c, "strict", exclude)
                if a.actor.type in ("company", "organization")]
