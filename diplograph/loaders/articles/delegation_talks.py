"""Delegations that meet: their heads meet. "The Ukrainian delegation, led by X, met the American delegation led by
Y and Z" gives Ukraine CONSULTATION the United States (the delegations stand for their sides) and X CONSULTATION Y
and Z: who leads a delegation to talks takes part in them."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Found


class DelegationTalks:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _delegation_heads_met(self, found: list[Found]) -> list[Found]:
        """For each consultation of this sentence between two sides whose delegations the sentence says someone
        leads, the heads of one delegation consult those of the other."""
        heads: dict[str, list] = {}
        for mention in self.mentions:
            body = self._delegation_body(mention) if mention.type == "person" else None
            if body is not None and mention.actor not in heads.setdefault(body.actor.id, []):
                heads[body.actor.id].append(mention.actor)
        if len(heads) < 2:
            return found
        pairs = {(f.subject.id, f.object.id) for f in found}
        for f in list(found):
            if f.predicate != "CONSULTATION" or f.subject.id not in heads or f.object.id not in heads or \
                    f.subject.id == f.object.id:
                continue
            for one in heads[f.subject.id]:
                for other in heads[f.object.id]:
                    if (one.id, other.id) not in pairs and self._fitting(("CONSULTATION",), one, other):
                        pairs.add((one.id, other.id))
                        found.append(Found(one, "CONSULTATION", other, f.trigger, f.rule + ":delegation-heads"))
        return found
