"""A force, coalition or offensive named only by whoever leads it acts as that leader: "a coalition led by Saudi
Arabia struck Yemen", "a force led by Kenya deployed to Haiti" (as "a Saudi-led coalition" does); so does a
consortium of firms by the firm that leads it: "awarded the contract to a consortium led by CCCC"."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import prep_objects

LEADERS = ("state", "armed_group", "organization")  # who leads a force (a person leading one is its commander)


class LedGroups:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def group_leaders(self, token, exclude, depth: int) -> list[Arg]:
        """The state, body or armed group the by-phrase of a leading participle ("led", "headed": lexicon `leading`)
        names on a force, coalition or offensive (`led_groups`) no one else is named with ("the ECOWAS force led by
        Nigeria" stays ECOWAS's), or the firm it names on a consortium (`led_firms`) that has no name of its own
        ("CBC, a consortium led by CATL" is CBC); [] otherwise."""
        lemma = token.lemma_.lower()
        firms = lemma in self.lex.noun_class["led_firms"]
        if not firms and lemma not in self.lex.noun_class["led_groups"] or any(
                self.mention(c) is not None for c in token.children if c.dep_ in ("compound", "amod", "poss", "nmod")):
            return []
        if firms and token.dep_ == "appos" and self.mention(token.head) is not None:
            return []
        leading = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"
                   and c.lemma_.lower() in self.lex.noun_class["leading"]]
        return [a for verb in leading for agent in verb.children if agent.dep_ == "agent"
                for p in prep_objects(agent) for a in self.actors(p, "strict", exclude, depth + 1)
                if a.actor.type in (("company",) if firms else LEADERS)]
