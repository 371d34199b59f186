"""Fighting placed on a border between two sides was fought by them: "clashes erupted on the border between Eritrea
and Ethiopia", "armed clashes on the Armenia-Azerbaijan border", "the Kyrgyz and Tajik sides recalled the clashes on
their common border" (the border names the pair the fighting noun does not)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import prep_objects

ON_BORDER = frozenset({"on", "along", "at", "across", "near"})


class BorderFights:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def border_fight_sides(self, noun, exclude) -> list[Arg]:
        """The two sides of the border a fighting noun (lexicon `border_fights`) is placed on, by the noun's own
        phrase or that of the verb it is the subject or object of ("clashes broke out on the border ..."); []
        unless the border names two."""
        if noun.lemma_.lower() not in self.lex.noun_class["border_fights"] or \
                noun.pos_ == "VERB" and not (noun.tag_ == "VBG" and noun.dep_ in ("nsubj", "dobj")):
            return []  # ("Fighting continued along ...", parsed as a verb; not "rebels fight on the border ...")
        holders = (noun, noun.head) if noun.dep_ in ("nsubj", "dobj") and noun.head.pos_ == "VERB" else (noun,)
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ON_BORDER):
            for border in prep_objects(prep):
                if border.lemma_.lower() not in self.lex.noun_class["border"] or self.mention(border) is not None:
                    continue
                sides = self.noun_role(border, "between", exclude) or self._owner(border, exclude)
                if len(sides) == 1:  # "on Ethiopia's border with Eritrea"
                    sides += self.noun_role(border, "partner", exclude)
                if len({a.actor.id for a in sides}) >= 2:
                    return sides
        return []
