"""Programmes and bodies two sides set up together: "Malaysia and Singapore launched a joint programme", "Kenya set up
a joint task force with Uganda". Only "joint" on what is set up counts ("jointly inaugurated a plant built by a joint
venture" sets up nothing joint of theirs)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg


class JointUndertakings:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def joint_founders(self, verb, exclude=()) -> list[Arg]:
        """Who sets up what the verb's direct object calls joint ("launched a joint initiative")."""
        if not any(c.dep_ == "dobj" and any(a.dep_ == "amod" and a.lower_ == "joint" for a in c.children)
                   for c in verb.children):
            return []
        return self.agent(verb, exclude)
