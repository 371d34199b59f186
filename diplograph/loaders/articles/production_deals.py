"""Deals to produce together: "Kazakhstan signed deals with TUSAS to jointly produce drones in Kazakhstan", "Morocco
signed a contract with Baykar to assemble drones locally". A weapons deal between a firm and a state is read as the
firm's sale to the state (verbs.py `_firm_sale`); when the deal's own infinitive is the making of the weapons
(produce, assemble, build: the lexicon's `produce` trigger), the deal is the firm's CO_PRODUCTION with the state, no
sale ("signed a contract with Dassault for 30 Rafale jets", "a deal with Baykar to buy drones" stay sales)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Found


class ProductionDeals:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _deals_to_produce(self, found: list[Found]) -> list[Found]:
        kept = []
        for f in found:
            if f.rule.endswith(":firm-sale") and self._to_produce(f.trigger) and \
                    self._fitting(("CO_PRODUCTION",), f.subject, f.object):
                self._drop(f"{f.subject.name} ARMS_TRANSFER {f.object.name} ({f.rule}): a deal to produce together, "
                           "not a sale (read as CO_PRODUCTION)")
                f.predicate, f.rule = "CO_PRODUCTION", f.rule.removesuffix(":firm-sale") + ":made-together"
            kept.append(f)
        return kept

    def _to_produce(self, trigger) -> bool:
        """Whether the deal's word (or the verb whose object it is) has an infinitive of making."""
        if trigger is None:
            return False
        heads = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
        return any(c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and
                   any(t.name == "produce" for t in self.lex.verbs_for(c.lemma_.lower()))
                   for h in heads for c in h.children if c.dep_ in ("xcomp", "advcl", "acl", "relcl"))
