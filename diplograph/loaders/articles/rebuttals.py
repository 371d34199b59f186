"""A charge told in a clause and rejected in an apposition: whoever rejects it rejects whoever made it."""

from __future__ import annotations

from diplograph.loaders.articles.syntax import RELATIVE


class Rebuttals:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _charges_rebutted(self) -> None:
        """"Colombian officials say that ELN commanders shelter on Venezuelan soil, *a charge Caracas
        rejects*", "General X accused Nigeria of plotting, *a charge Abuja denied*": the charge points back
        to the clause it is set beside, so the one who rejects it rejects its author, the subject of the
        sentence's main clause (who says or accuses), not the actors of what is said."""
        for noun in (t for t in self.sent if t.lemma_.lower() in self.lex.noun_class["rebutted"]):
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in noun.children) or \
                    noun.left_edge.i == 0 or self.doc[noun.left_edge.i - 1].text not in (",", ";", "—", "–"):
                continue  # set apart from the clause it tells of
            verbs = [(c, [s for s in c.children if s.dep_ == "nsubj" and s.lower_ not in RELATIVE])
                     for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in self.lex.noun_class["rebutting"]
                     and not any(o.dep_ == "dobj" and o.lower_ not in RELATIVE for o in c.children)]
            if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in self.lex.noun_class["rebutting"]:
                # "a charge La Paz has always rejected" read as a subject with the rejecter in apposition to it
                verbs.append((noun.head, [c for c in noun.children if c.dep_ == "appos"]))
            main = self.sent.root
            if any(main == verb for verb, _ in verbs):  # "..., a charge Caracas rejected" read as the sentence's
                # main verb, with the clause that makes the charge hung on it
                main = next((c for c in main.children if c.dep_ in ("ccomp", "advcl", "parataxis") and c.i < noun.i),
                            main)
            if not verbs or main.i > noun.i or noun in (c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")):
                continue
            authors = self.agent(main)
            for verb, subjects in verbs:
                rejecters = [a for c in subjects for a in self.actors(c, "strict")]
                ids = {a.actor.id for a in rejecters}
                self._emit(rejecters, [a for a in authors if a.actor.id not in ids], ("REJECTION",), verb,
                           "charge-rebutted")
