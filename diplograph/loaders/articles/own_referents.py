"""A singular reference to a co-argument: "the government delegation and the ELN team signed a ceasefire, the
first of its kind with the group". "The group" is the ELN, named a few words before in the same sentence; it is
a side of the act already, so it names no other party. Passing over it to the group named before that (the FARC
dissidents of the sentence before) made a deal between two groups that never dealt. When the nearest fitting
actor is one the role must exclude and this sentence itself named it, the reference is that actor and the role
finds no one. States are left out: "Peru quarrels with Chile. The authorities expelled two Chilean diplomats"
passes over a state on purpose (`references.py`)."""

from __future__ import annotations


class OwnReferents:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _refers_to_co_argument(self, types, before: int, exclude) -> bool:
        if not exclude or "state" in types:
            return False
        start = self._position(self.tokens[0])
        nearest = self.ctx.recent_by_type_order(types, before)
        return nearest is not None and nearest.id in exclude and any(
            s.actor_id == nearest.id and start <= s.position < before for s in self.ctx.seen)
