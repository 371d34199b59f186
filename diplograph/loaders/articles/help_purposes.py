"""Whom something given goes to when only its purpose names them: "Germany pledged 100 million euros to help
Syria", "approved a grant of $300 million to help Malawi rebuild" (mixed into
:class:`~diplograph.loaders.articles.relations.SentenceRelations`)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg


class HelpPurposes:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _helped_by_gift(self, verb, exclude) -> list[Arg]:
        """The one a to-infinitive of helping (`helping` in the lexicon) on the giving verb or on what it gives
        helps: its object, or the subject of the clause it helps them do ("to help Malawi rebuild")."""
        holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
        purposes = [c for h in holders for c in h.children if c.dep_ in ("advcl", "xcomp", "acl", "relcl")
                    and c.lemma_.lower() in self.lex.noun_class["purpose_helping"]
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        found = []
        for purpose in purposes:
            helped = [c for c in purpose.children if c.dep_ == "dobj"] or \
                [s for c in purpose.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"]
            found += [a for c in helped for a in self.actors(c, "strict", exclude)]
        return found
