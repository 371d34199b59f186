"""Standing criticism told with an adjective: "the EU has been critical of Hungary's media law", "Ankara, which
remains scathing about Athens", "Lithuania, highly critical of Beijing, ...". An adjective of the lexicon's
`designation.critical_stances` said of an actor (by a copula, or set beside its name) criticises whom its of- or
about-phrase names or owns. A denied stance ("was not critical of X") is read as such by the modality of the copula.
So does worry that someone may act ("Australia is worried that Beijing could build a base": `worry_stances`).
"""

from __future__ import annotations

from diplograph.loaders.articles.syntax import prep_objects

# What the stance is about: "critical of", "scathing about".
ABOUT = ("of", "about")


class CriticalStances:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _critical_stances(self) -> None:
        stances = self.lex.designation.get("critical_stances", frozenset())
        for adjective in self.tokens:
            if adjective.pos_ != "ADJ" or adjective.lower_ not in stances:
                continue
            if adjective.dep_ == "acomp":  # "X has been critical of Y"
                holder, critics = adjective.head, self.agent(adjective.head)
            elif adjective.dep_ in ("amod", "appos") and adjective.i > adjective.head.i:  # "X, critical of Y,"
                holder, critics = adjective, self.actors(adjective.head, "strict")
            else:  # ("a critical meeting with X": no stance towards anyone)
                continue
            targets = [a for prep in adjective.children if prep.dep_ == "prep" and prep.lower_ in ABOUT
                       for o in prep_objects(prep)
                       for a in self.actors(o, "owner", self._befallen(o)) + self.prep_args(o, ("by",))]
            self._emit(critics, targets, ("CRITICISM",), holder, "critical_stance")
        self._worried_stances()

    def _worried_stances(self) -> None:
        """"Australia is worried that Beijing could build a base in Vanuatu", "officials in Manila are concerned
        that China may seize the shoal": a worry (`designation.worry_stances`) that someone may act is voiced
        concern about them; the actor is the subject of the that-clause (not "worried that the talks may fail")."""
        worries = self.lex.designation.get("worry_stances", frozenset())
        for adjective in self.tokens:
            if adjective.pos_ != "ADJ" or adjective.lower_ not in worries or adjective.dep_ != "acomp" or \
                    any(c.dep_ == "neg" for c in adjective.head.children):
                continue
            critics = self.agent(adjective.head)
            targets = [a for clause in adjective.children if clause.dep_ == "ccomp" and clause.pos_ == "VERB"
                       for s in clause.children if s.dep_ == "nsubj"
                       for a in self.actors(s, "strict", {c.actor.id for c in critics})]
            self._emit(critics, targets, ("CRITICISM",), adjective.head, "worried_stance")

    def _befallen(self, act) -> set[str]:
        """Those an act befell, no target of the stance: "critical of the invasion of Ukraine", "of Navalny's
        arrest" judge the doer ("Russia's invasion of Ukraine", "the arrest by Moscow"), not the victim."""
        victims = [o for c in act.children if c.dep_ == "prep" and c.lower_ == "of" for o in prep_objects(c)] \
            if self._harmful_act(act) or self._suffered(act) else []
        if self._suffered(act) and not victims:
            victims = [c for c in act.children if c.dep_ == "poss"]
        return {a.actor.id for o in victims for a in self.actors(o, "owner")}
