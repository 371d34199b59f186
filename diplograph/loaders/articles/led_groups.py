"""A group named with whoever leads it acts through its leader: "the Kenyan delegation, led by Foreign Minister X,
met the Somali delegation led by Y" is X meeting Y (their states meet through them, as officials do), and "a
coalition led by Saudi Arabia struck Yemen", "a force led by Kenya deployed to Haiti" are the leader's acts."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import prep_objects

LEADERS = ("state", "armed_group", "organization")  # who leads a force (a person leading one is its commander)


class LedGroups:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def group_leaders(self, token, exclude, depth: int) -> list[Arg]:
        """Who the by-phrase of a leading participle ("led", "headed": lexicon `leading`) names: on a delegation
        its state names, the persons leading it beside that state ("the Kenyan delegation, led by X"; the state
        still acts for itself where its official cannot); on a force, coalition or offensive (`led_groups`) no one
        else is named with, the leader ("the ECOWAS force led by Nigeria" stays ECOWAS's); [] otherwise."""
        lemma = token.lemma_.lower()
        delegation = lemma in self.lex.noun_class["delegations"]
        named = self._modifier_actors(token, types=("state",)) if delegation else []
        if delegation and not named or not delegation and (lemma not in self.lex.noun_class["led_groups"] or any(
                self.mention(c) is not None for c in token.children if c.dep_ in ("compound", "amod", "poss", "nmod"))):
            return []
        leading = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"
                   and c.lemma_.lower() in self.lex.noun_class["leading"]]
        leaders = [a for verb in leading for agent in verb.children if agent.dep_ == "agent"
                   for p in prep_objects(agent) for a in self.actors(p, "strict", exclude, depth + 1)
                   if a.actor.type == "person" or not delegation and a.actor.type in LEADERS]
        return leaders + [a for a in named if a.actor.id not in exclude] if leaders else []
