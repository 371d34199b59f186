"""A force, coalition or offensive named only by whoever leads it acts as that leader: "a coalition led by Saudi
Arabia struck Yemen", "a force led by Kenya deployed to Haiti" (as "a Saudi-led coalition" does)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import prep_objects

LEADERS = ("state", "armed_group", "organization")  # who leads a force (a person leading one is its commander)


class LedGroups:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def group_leaders(self, token, exclude, depth: int) -> list[Arg]:
        """The state, body or armed group the by-phrase of a leading participle ("led", "headed": lexicon `leading`)
        names on a force, coalition or offensive (`led_groups`) no one else is named with ("the ECOWAS force led by
        Nigeria" stays ECOWAS's); [] otherwise."""
        if token.lemma_.lower() not in self.lex.noun_class["led_groups"] or any(
                self.mention(c) is not None for c in token.children if c.dep_ in ("compound", "amod", "poss", "nmod")):
            return []
        leading = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"
                   and c.lemma_.lower() in self.lex.noun_class["leading"]]
        return [a for verb in leading for agent in verb.children if agent.dep_ == "agent"
                for p in prep_objects(agent) for a in self.actors(p, "strict", exclude, depth + 1)
                if a.actor.type in LEADERS]
