"""A pledge to another's safety backs it: "Germany reiterated its commitment to Israel's security", "Washington
reaffirmed its commitment to the defence of the Philippines", "remained committed to the sovereignty and territorial
integrity of Bosnia", "Japan is committed to defending the Philippines" (SUPPORT from the one committed to the one
whose safety it is; lexicon `commitments`, `safeguarded`, `safeguarding`)."""

from __future__ import annotations

from diplograph.loaders.articles.syntax import conjuncts, prep_objects


class SafetyPledges:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _safety_pledges(self) -> None:
        nc = self.lex.noun_class
        for pledge in self.tokens:
            if pledge.lemma_.lower() not in nc["commitments"] and pledge.lower_ not in nc["commitments"]:
                continue
            goals = [o for c in pledge.children if c.dep_ == "prep" and c.lower_ == "to"
                     for o in c.children if o.dep_ in ("pobj", "pcomp")]
            guarded = [a for g in goals for a in self._safety_owners(g)]
            if not guarded or self._pledge_withdrawn(pledge):
                continue
            exclude = {a.actor.id for a in guarded}
            if pledge.pos_ == "NOUN":  # "its commitment", "Britain's commitment", else whoever reaffirmed it
                owners = [a for c in pledge.children if c.dep_ == "poss" for a in self.actors(c, "strict", exclude)]
                backers = owners or (self.agent(pledge.head, exclude) if pledge.head.pos_ in ("VERB", "AUX") else [])
            else:  # "Japan is committed" (its passive subject is the one committed), "Washington remained committed"
                holder = pledge.head if pledge.dep_ == "acomp" else pledge
                # (the parser may hang the subject on the auxiliary: "said the United States was committed")
                holders = [holder, *(c for c in holder.children if c.dep_ in ("aux", "auxpass"))]
                backers = [a for h in holders for c in h.children if c.dep_ in ("nsubj", "nsubjpass")
                           for a in self.actors(c, "strict", exclude)]
            self._emit(backers, guarded, ("SUPPORT",), pledge, "safety_pledge")

    @staticmethod
    def _pledge_withdrawn(pledge) -> bool:
        """"is no longer committed to", "is not committed to": no pledge."""
        holders = (pledge, pledge.head)
        return any(c.dep_ == "neg" or c.lower_ == "longer" for h in holders for c in h.children)

    def _safety_owners(self, goal) -> list:
        """Whose security, sovereignty or defence ``goal`` names ("Israel's security", "the sovereignty and
        territorial integrity of Bosnia"), or whom it defends ("defending the Philippines")."""
        nc = self.lex.noun_class
        if goal.lemma_.lower() in nc["safeguarding"]:
            return [a for c in goal.children if c.dep_ == "dobj" for a in self.actors(c, "strict")]
        kept = [n for n in (goal, *conjuncts(goal)) if n.lemma_.lower() in nc["safeguarded"]]
        return [a for n in kept for c in n.children
                for o in ([c] if c.dep_ == "poss" else prep_objects(c) if c.dep_ == "prep" and c.lower_ == "of" else [])
                for a in self.actors(o, "strict")]
