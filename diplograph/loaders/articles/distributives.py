"""Lists under a word that shares the act out to each member: "*Each of* Poland, Hungary and Slovakia banned
the imports", "*All three of* the Baltic states expelled diplomats", "*both of* the Gulf monarchies, Qatar and
Oman, condemned the raid". The parser makes the word ("each", "all", "both": lexicon `distributives`) a pronoun
and the subject, so the pronoun reading finds no one; the actors are those its of-phrase names, each in full.
"Either of", "one of", "some of" pick out members unnamed and are not read; nor is "each of them" (a pronoun
the references read)."""

from __future__ import annotations

from diplograph.loaders.articles.syntax import prep_object


class Distributives:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def distributed(self, token, mode: str, exclude, depth: int) -> list:
        """The actors a distributive word (``token``) shares the act out to: its of-phrase's, or the of-phrase of
        the number it quantifies ("all three of the states")."""
        words = self.lex.noun_class["distributives"]
        if token.lower_ not in words:
            return []
        heads = [token, *(c for c in token.children if c.dep_ in ("nummod", "quantmod", "appos") and c.like_num)]
        if token.dep_ in ("det", "predet") and token.head.like_num:  # "all three of the states"
            heads.append(token.head)
        for head in heads:
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
                target = prep_object(prep)
                if target is not None and target.pos_ != "PRON" and target.lower_ not in ("these", "those"):
                    return self.actors(target, mode, exclude, depth + 1)
        return []
