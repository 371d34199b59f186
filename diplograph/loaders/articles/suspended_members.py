"""A body's members it suspends: "the AU suspended Niger after the coup" (Niger stays a member, its seat frozen), not
"the EU suspended Georgia's visa-free regime" (a measure on a state, no seat)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg


class SuspendedMembers:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def suspended_member(self, verb, exclude=()) -> list[Arg]:
        """The states or bodies a verb's direct object names itself ("suspended Niger", "suspended Mali and
        Guinea"), not one that owns what is suspended ("suspended Georgia's visa-free regime")."""
        return [a for c in verb.children if c.dep_ == "dobj" and (m := self.mention(c)) is not None
                and m.type in ("state", "organization") for a in self.actors(c, "strict", exclude)
                if a.actor.type in ("state", "organization")]
