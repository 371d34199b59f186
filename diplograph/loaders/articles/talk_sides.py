"""The one side named of talks someone hosted or brokered, when the side acts at or after them: "After talks hosted
by Saudi Arabia in Jeddah, Ukraine said it was ready to accept a ceasefire", "Through talks brokered by Egypt, Israel
agreed to a pause", "At negotiations facilitated by Norway, Colombia pledged to free the hostages". Who comes out of
the talks to act is one of their sides, so the host or broker is a go-between to that side, the other sides
unnamed. Only talks (the lexicon's `sided_talks`), not a summit, visit or meeting a state may host for guests
("After a summit hosted by Kenya, Somalia complained"), and only a prepositional phrase of the talks' time or means
(`talks_occasions`) on the side's own verb; an onlooker's verb (`deal_onlooking`: "After talks hosted by Norway,
Sweden welcomed the progress") makes no side."""

from __future__ import annotations


class TalkSides:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def acts_after_talks(self, noun) -> bool:
        """Is ``noun`` talks whose phrase of time or means hangs on the verb of one of their sides?"""
        if noun.lemma_.lower() not in self.lex.noun_class["sided_talks"] or noun.dep_ != "pobj":
            return False
        occasion, clause = noun.head, noun.head.head
        return occasion.lower_ in self.lex.noun_class["talks_occasions"] and clause.pos_ == "VERB" and \
            clause.lemma_.lower() not in self.lex.noun_class["deal_onlooking"]
