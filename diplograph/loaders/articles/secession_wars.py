"""A war one side broke away from the other after or through was fought by the two: "Abkhazia broke away from
Georgia after a war in 1992-93", "Eritrea seceded from Ethiopia after a thirty-year war" (the secession names the
sides the war noun does not)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import RELATIVE, antecedent_of, prep_objects

TIED_BY = frozenset({"after", "following", "in", "through", "via", "by"})


class SecessionWars:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def secession_sides(self, noun, exclude) -> list[Arg]:
        """The one who broke away and the one it broke from (lexicon `seceding`, "break" with "away"), when the war
        noun is the object of a preposition on that verb; [] otherwise ("Somaliland broke away in 1991" names no war)."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in TIED_BY or noun.head.head.pos_ != "VERB":
            return []
        verb = noun.head.head
        lemma = verb.lemma_.lower()
        away = any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in verb.children)
        if lemma not in self.lex.noun_class["seceding"] and not (lemma == "break" and away):
            return []
        froms = [c for h in (verb, *(c for c in verb.children if c.lower_ == "away")) for c in h.children
                 if c.dep_ == "prep" and c.lower_ == "from"]
        left = [a for p in froms for o in prep_objects(p) for a in self.actors(o, "strict", exclude)]
        # (the name itself, or the one a relative clause's noun describes: never a qualifier's state, as when the
        # parser hangs the clause on "the Ukrainian border" in "a strip of land between X and the Ukrainian border
        # that broke away from Moldova")
        named = [a for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE
                 for a in self.actors(c, "strict", exclude)]
        sides = (named or self._described_name(verb, exclude)) + left
        return sides if left and len({a.actor.id for a in sides}) >= 2 else []

    def _described_name(self, verb, exclude) -> list[Arg]:
        """The name a relative clause's noun describes ("Transnistria, a strip of land *that* broke away ...")."""
        for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE):
            noun = antecedent_of(subject)
            if noun is not None and noun.dep_ == "appos":
                return self.actors(noun.head, "strict", exclude)
        return []
