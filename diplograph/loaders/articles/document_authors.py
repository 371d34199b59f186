"""A paper that speaks, speaks for whoever wrote it: "a UN report accused Rwanda", "a report by the UN Group of
Experts said", and a paper put out by the subject of the clause it sits in, when a relative clause makes it speak:
"the Security Council adopted resolution 2773, which demands that Rwandan forces withdraw", "ASEAN released a
communique that criticised China" (as "issued a statement condemning X" already reads)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import RELATIVE, antecedent_of, is_passive


class DocumentAuthors:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _author(self, noun, exclude) -> list[Arg]:
        """Who wrote the paper ``noun`` (or the relative pronoun standing for it) names: its owner, its by-phrase,
        or the subject of the verb that put it out (lexicon `issuing`); [] when it is no paper."""
        relative = noun.lower_ in RELATIVE
        if relative:
            noun = antecedent_of(noun)
            if noun is None:
                return []
        if noun.lemma_.lower() not in self.lex.noun_class["documents"] or self.mention(noun) is not None:
            return []
        found = [a for c in noun.children if c.dep_ in ("poss", "compound", "nmod")
                 for a in self.actors(c, "strict", exclude)]
        found = found or self.prep_args(noun, ("by", "of", "from"), exclude)
        if found or not relative:
            return found
        # only a paper one puts out speaks for one ("Russia blocked a statement which condemned X" is not Russia's)
        issuer = noun.head
        if noun.dep_ == "dobj" and issuer.lemma_.lower() in self.lex.noun_class["issuing"] and not is_passive(issuer):
            return self.agent(issuer, exclude)
        return []
