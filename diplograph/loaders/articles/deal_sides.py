"""The parties of a deal named only by what is done under it: "Under a 1998 accord, Singapore stations troops in
Brunei" (the two acting under the accord are its parties); the sides of a deal others negotiated between them
("Qatar negotiated a truce between Israel and Hamas": a go-between's work)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg, Found
from diplograph.loaders.articles.syntax import prep_objects


class DealSides:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def deal_between(self, verb, exclude=()) -> list[Arg]:
        """The sides a between-phrase names on the deal the verb acts on, in this sentence only ("negotiated a
        truce between Israel and Hamas", "the truce between A and B was negotiated by C"): two others than
        whoever did it."""
        deals = self.lex.noun_class["agreement"]
        sides = [a for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in deals
                 for p in c.children if p.dep_ == "prep" and p.lower_ == "between"
                 for o in prep_objects(p) for a in self.actors(o, "strict", exclude)]
        return sides if len({a.actor.id for a in sides}) >= 2 else []

    def _parties_under_deal(self, found: list[Found]) -> list[Found]:
        """"Under the 1951 accord, the United States keeps bases in Japan": the two sides of a cooperative act
        done under a deal are the deal's parties (the lexicon's `acts_under_deal`)."""
        deals, acts = self.lex.noun_class["binding_deals"], self.lex.acts_under_deal
        added = []
        for item in found:
            if item.predicate not in acts or item.trigger is None or item.ends or item.subject.id == item.object.id:
                continue  # (an act ended under a deal, "withdrew its troops under the truce", reads as a deal undone)
            clause = item.trigger if item.trigger.pos_ in ("VERB", "AUX") else item.trigger.head
            for deal in (p for c in clause.children if c.dep_ == "prep" and c.lower_ == "under"
                         for p in prep_objects(c) if p.lemma_.lower() in deals):
                if self._fitting(("AGREEMENT",), item.subject, item.object) and not any(
                        f.predicate == "AGREEMENT" and {f.subject.id, f.object.id} == {item.subject.id, item.object.id}
                        for f in found + added):
                    added.append(Found(item.subject, "AGREEMENT", item.object, deal, "deal_sides:acted-under"))
        return found + added
