"""Refusing to act against someone: "Hungary refused to join the sanctions on Russia", "Turkey declined to back
strikes against Iran", "India refused to endorse the statement condemning Israel". A refusal rejects whom the refused
act is with or for ("refused to meet Egypt's envoy", "refused to ratify Sweden's membership"); when the actor in the
refused clause is instead the target of a hostile act inside it (a noun or verb of verbal or material conflict:
sanctions on X, strikes against X, condemning X), the refusal spares that actor and rejects no one named there."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Found

# Prepositions that name the target of a measure or strike ("sanctions on X", "strikes against X").
_TARGETING = frozenset({"on", "against", "upon"})


class RefusedHostility:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _refusals_that_spare(self, found: list[Found]) -> list[Found]:
        kept = []
        for f in found:
            if f.predicate == "REJECTION" and f.rule.startswith("reject:agent>complement") and \
                    f.trigger is not None and self._spared(f.trigger, f.object.id):
                self._drop(f"{f.subject.name} REJECTION {f.object.name} ({f.rule}): the refused act was against "
                           f"{f.object.name}, whom the refusal spares")
                continue
            kept.append(f)
        return kept

    def _spared(self, verb, actor_id: str) -> bool:
        """Whether each mention of the actor inside the refused clause is the target of a hostile act there."""
        clauses = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
        inside = {t.i for c in clauses for t in c.subtree}
        tokens = [self.doc[m.start:m.end].root for m in self.mentions if m.actor.id == actor_id and m.start in inside]
        return bool(tokens) and all(self._under_hostile_act(t, inside) for t in tokens)

    def _under_hostile_act(self, token, inside) -> bool:
        node = token
        while node.head != node and node.head.i in inside:
            below, node = node, node.head
            if node.pos_ in ("NOUN", "VERB") and self._hostile(node):
                # "refused to join EU sanctions on Russia", "the bloc's sanctions": whose measures they are imposes
                # them, and the refusal to join them rejects that one
                return below.i != token.i or below.dep_ not in ("compound", "poss", "amod")
            if below.dep_ == "prep" and below.lower_ in _TARGETING and any(
                    c.dep_ == "dobj" and self._hostile(c) for c in node.children):
                return True  # "to join sanctions on Russia", the on-phrase hung on the verb
        return False
