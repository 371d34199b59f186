"""Whom a deal is with, when the deal names only what it is for: "signed a deal to buy 20 jets from the
United States" is a deal with the United States, "a contract to supply radars to Peru" one with Peru.

Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations` beside the roles of a
verb (``roles``): the partner role of a signing verb falls back on it when no with-phrase names one.
"""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg


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
        return []
