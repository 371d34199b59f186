"""The one side named of talks someone hosted or brokered, when the side acts at or after them: "After talks hosted by
Saudi Arabia in Jeddah, Ukraine said it was ready to accept a ceasefire", "Through talks brokered by Egypt, Israel
agreed to a pause", "At negotiations facilitated by Norway, Colombia pledged to free the hostages". Who comes out of
the talks to act is one of their sides, so the host or broker is a go-between to that side, the other sides unnamed.
Only talks (the lexicon's `sided_talks`), not a summit, visit or meeting a state may host for guests ("After a
summit hosted by Kenya, Somalia complained"), and only a prepositional phrase of the talks' time or means
(`talks_occasions`, also through their length: "After two rounds of talks ...", `talks_spans`) on the side's own
verb; an onlooker's verb (`deal_onlooking`: "After talks hosted by Norway, Sweden welcomed the progress") makes no
side."""

from __future__ import annotations


class TalkSides:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def acts_after_talks(self, noun) -> bool:
        """Is ``noun`` talks whose phrase of time or means hangs on the verb of one of their sides?"""
        if noun.lemma_.lower() not in self.lex.noun_class["sided_talks"] or noun.dep_ != "pobj":
            return False
        occasion = noun.head
        if occasion.lower_ == "of" and occasion.head.lemma_.lower() in self.lex.noun_class["talks_spans"] and \
                occasion.head.dep_ == "pobj":
            occasion = occasion.head.head  # "After eight hours (two rounds) of talks hosted by C, A said ..."
        clause = occasion.head
        return occasion.lower_ in self.lex.noun_class["talks_occasions"] and clause.pos_ == "VERB" and \
            clause.lemma_.lower() not in self.lex.noun_class["deal_onlooking"]
