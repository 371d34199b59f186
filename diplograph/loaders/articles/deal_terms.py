"""Whom a deal is with, when the deal names only what it is for: "signed a deal to buy 20 jets from the
United States" is a deal with the United States, "a contract to supply radars to Peru" one with Peru; and "a 2019
agreement that let the Indian navy survey Maldivian waters" one with India (whose forces or ships it lets act).

Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations` beside the roles of a
verb (``roles``): the partner role of a signing verb falls back on it when no with-phrase names one.
"""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import RELATIVE

RECIPROCAL_OWNERS = frozenset({"each", "both", "either", "other", "their", "its", "own"})


class DealTerms:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _deal_counterpart(self, verb, themes, exclude=()) -> list[Arg]:
        """Who sells to, or buys from, the signer under the deal's own infinitive (hung on the deal or,
        however parsed, on the signing verb): the from-phrase of a purchase, the recipient of a sale."""
        deals = [t for t in themes if t.lemma_.lower() in self.lex.noun_class["agreement"]]
        heads = [*deals, verb] if deals else []
        # (only buying or selling: "an agreement to conduct NATO air surveillance from Latvia" is with no one)
        terms = [c for h in heads for c in h.children if c.dep_ in ("acl", "advcl") and c.pos_ == "VERB" and
                 any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and
                 any("ARMS_TRANSFER" in t.predicates_for("weapon") for t in self.lex.verbs_for(c.lemma_.lower()))]
        for term in terms:
            own = self._themes(term)
            found = self.verb_role(term, "source", own, exclude) or self.verb_role(term, "recipient", own, exclude)
            if found:
                return found
        return self.permitted_party(deals, exclude)

    def permitted_party(self, deals, exclude=()) -> list[Arg]:
        """Whose forces, ships or people a deal's relative clause of permitting (lexicon `permitting`) lets act:
        "an agreement that let the Indian navy survey ...", "a deal that allows British troops to train ..."."""
        found = []
        for deal in (d for d in deals if d.lemma_.lower() in self.lex.noun_class["agreement"]):
            for clause in (c for c in deal.children if c.dep_ == "relcl"
                           and c.lemma_.lower() in self.lex.noun_class["permitting"]):
                if not any(s.dep_ == "nsubj" and s.lower_ in RELATIVE for s in clause.children):
                    continue  # (not "a deal that Kenya allows")
                allowed = [c for c in clause.children if c.dep_ == "dobj"] + [
                    s for c in clause.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"]
                # (not the signers' own forces: "lets each country's forces train on the other's territory")
                found += [a for c in allowed if not any(t.lower_ in RECIPROCAL_OWNERS for t in c.subtree)
                          for a in self.actors(c, "origin", exclude)]
        return found
