"""The other side of a deal named only by where it was signed or by what is done under it: "Ruto signed a
defence pact in Ankara" (a deal with Turkey, whose capital hosted the signing), "Under the 2014 accord, Egypt buys
wheat from Kazakhstan" (the two acting under the accord are its parties)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg, Found
from diplograph.loaders.articles.syntax import prep_objects


class DealSides:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def signing_host(self, verb, exclude=()) -> list[Arg]:
        """The state whose capital one side signed in ("signed a pact in Ankara"): a side travels to sign with
        its host. Only for one signing state (two signing in a third capital are its guests, not its partners),
        never at a gathering of many ("signed the declaration in Addis Ababa at the AU summit")."""
        signers = self.agent(verb)
        states = {a.actor.id for a in signers if a.actor.type == "state"}
        if len(states) != 1 or len({a.actor.id for a in signers if not a.proxy}) != 1:
            return []
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
        if any(t.dep_ == "cc" for s in subjects for t in s.subtree):
            return []  # "Congolese and rebel delegates signed in Doha": a second signer the text does not name
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        if any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for h in heads for c in h.children):
            return []  # "signed a deal with the rebels in Doha": a partner named, if not as an actor
        gatherings = self.lex.noun_class["multilateral_venues"]
        if any(t.lemma_.lower() in gatherings for t in self.sent):
            return []
        # "signed a framework agreement on railway cooperation in New Delhi": the place hung on the deal's topic
        heads += [p for h in list(heads) for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "for", "of")
                  for p in prep_objects(c)]
        hosts = [Arg(m.actor, m.start) for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                 for o in prep_objects(c) if (m := self.mention(o)) is not None and m.kind == "capital"
                 and m.actor.type == "state" and m.actor.id not in states and m.actor.id not in exclude]
        return hosts if len({a.actor.id for a in hosts}) == 1 else []

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
