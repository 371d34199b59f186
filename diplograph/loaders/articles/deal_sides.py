"""The parties of a deal named only by what is done under it: "Under a 1998 accord, Singapore stations troops in
Brunei" (the two acting under the accord are its parties); the sides of a deal others negotiated between them
("Qatar negotiated a truce between Israel and Hamas": a go-between's work)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg, Found
from diplograph.loaders.articles.syntax import RELATIVE, antecedent_of, prep_objects


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

    def deal_holder(self, verb, exclude=()) -> list[Arg]:
        """Who signed a deal a participle describes with no signer of its own ("The contract, signed with the United
        States in August, ..."): the deal's owner ("Poland's contract, signed with ..."), else the state the document
        is about, if one stands out (a treaty's signer the text names only sentences before)."""
        deal = verb.head
        if verb.dep_ not in ("acl", "relcl") or verb.tag_ != "VBN" or \
                deal.lemma_.lower() not in self.lex.noun_class["agreement"] or any(
                c.dep_ in ("agent", "nsubj", "nsubjpass") for c in verb.children):
            return []
        owners = self.noun_role(deal, "owner", exclude)
        if owners:
            return owners
        home = self.ctx.dominant_state(self._position(verb))
        return [Arg(home, -5000)] if home is not None and home.id not in exclude else []

    def _parties_under_deal(self, found: list[Found]) -> list[Found]:
        """"Under the 1951 accord, the United States keeps bases in Japan": the two sides of a cooperative act
        done under a deal are the deal's parties (the lexicon's `acts_under_deal`); so are two sides acting
        together under one ("the 1996 treaty, under which the two countries are to build a dam")."""
        added = []
        for item in found:
            if item.predicate not in self.lex.acts_under_deal or item.trigger is None or item.ends or \
                    item.subject.id == item.object.id:
                continue  # (an act ended under a deal, "withdrew its troops under the truce", reads as a deal undone)
            clause = item.trigger if item.trigger.pos_ in ("VERB", "AUX") else item.trigger.head
            for deal in self._deals_acted_under(clause):
                self._add_deal(item.subject, item.object, deal, found + added, added)
        for verb in (t for t in self.tokens if t.pos_ in ("VERB", "AUX")):
            for deal in self._deals_acted_under(verb):
                # ("under which India and Nepal are meant to build a dam": the subject of a passive too)
                named = [a for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for a in self.actors(c, "strict")]
                sides = {a.actor.id: a.actor for a in named or self.agent(verb) if not a.proxy}
                if len(sides) == 2:
                    self._add_deal(*sides.values(), deal, found + added, added)
        return found + added

    def _deals_acted_under(self, clause) -> list:
        """The binding deals a clause says it acts under: "under the 2014 accord", "the treaty, under which"."""
        deals = self.lex.noun_class["binding_deals"]
        nouns = [antecedent_of(p) if p.lower_ in RELATIVE else p for c in clause.children
                 if c.dep_ == "prep" and c.lower_ == "under" for p in prep_objects(c)]
        # (a deal that names its own parties is theirs: "under an agreement the two countries signed in 2021")
        return [n for n in nouns if n is not None and n.lemma_.lower() in deals and not any(
            c.dep_ in ("relcl", "acl") and c != clause or c.dep_ == "poss" or
            c.dep_ == "prep" and c.lower_ in ("between", "with") for c in n.children)]

    def _add_deal(self, a, b, deal, known: list[Found], added: list[Found]) -> None:
        if self._fitting(("AGREEMENT",), a, b) and not any(
                f.predicate == "AGREEMENT" and {f.subject.id, f.object.id} == {a.id, b.id} for f in known):
            added.append(Found(a, "AGREEMENT", b, deal, "deal_sides:acted-under"))
