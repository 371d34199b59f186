"""The actor described as one of many: "Belarus is one of Russia's closest allies", "Algeria ranks among
Russia's biggest arms clients", "Laos, one of China's partners, ...". A noun of standing (ally, customer,
supplier) inside "one of" or "among" describes the copula's subject or the name it stands beside, as the noun
itself would ("Belarus is Russia's ally"). Only when the noun says whose it is: "among the members that
condemned it" leaves the body to guess."""

from __future__ import annotations

from diplograph.loaders.articles.syntax import SUBJ


class Partitives:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def partitive_described(self, noun, exclude=()) -> list | None:
        """The actors ``noun`` describes through "one of" or "among", or None when it stands in neither."""
        if noun.dep_ != "pobj" or not any(c.dep_ in ("poss", "prep", "compound") for c in noun.children):
            return None
        prep = noun.head
        if prep.lower_ == "of" and prep.head.lower_ in self.lex.noun_class["partitives"]:
            return self._described(prep.head, exclude)
        verb = prep.head
        if prep.lower_ == "among" and (verb.lemma_.lower() == "be" or
                                       verb.lemma_.lower() in self.lex.noun_class["standing_as"]):
            return [a for c in verb.children if c.dep_ in SUBJ for a in self.actors(c, "strict", exclude)]
        return None
