"""In which order "the two countries" lists its states when holders are paired with them one by one.

"France and Spain ruled Gabon and Equatorial Guinea ... Gabon says the presidents of the two countries, Omar Bongo
and Francisco Macías Nguema, signed it": a writer naming the holders of "the two countries" in turn follows the order
in which the text last listed the two states together ("Gabon and Equatorial Guinea"), not the order in which the
document first happened to name each (the headline's "Equatorial Guinea owns islands claimed by Gabon"). With no list
of both before, the order stays as the reference gave it.
"""

from __future__ import annotations


class RespectiveOrder:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def in_order_last_listed(self, states: list, noun) -> list:
        """``states`` (Args) in the order of the last coordination before ``noun`` that names all of them."""
        ids = {a.actor.id for a in states}
        if len(ids) != len(states) or any(a.reference < 0 for a in states):
            return states  # named in the sentence itself ("the ministers of A and B"): the order given
        before = self._position(noun)
        groups: dict[int, list] = {}
        for s in self.ctx.seen:
            if s.group is not None and s.position < before and s.actor_id in ids:
                groups.setdefault(s.group, []).append(s)
        listed = [g for g in groups.values() if {s.actor_id for s in g} == ids]
        if not listed:
            return states
        last = max(listed, key=lambda g: max(s.position for s in g))
        order = list(dict.fromkeys(s.actor_id for s in sorted(last, key=lambda s: s.position)))
        return sorted(states, key=lambda a: order.index(a.actor.id))
