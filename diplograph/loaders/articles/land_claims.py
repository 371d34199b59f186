"""A land one side claims while another holds it: "Japan administers the Senkakus, *which China claims*",
"the Kurils, *seized by the Soviet Union in 1945*, are still *claimed by Japan*", "Argentina claims the
Falklands, *a British overseas territory*", "Pakistan claims *Indian-administered* Kashmir". The claimant
and the holder are in dispute (the claim's own trigger pairs rival claimants only)."""

from __future__ import annotations

from diplograph.loaders.articles.syntax import RELATIVE, is_passive, prep_objects


def _claiming(lexicon) -> frozenset[str]:
    """The claim verbs: those of the `claim_territory` trigger."""
    return frozenset(lemma for t in lexicon.verb_triggers if t.name == "claim_territory" for lemma in t.lemmas)


class LandClaims:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _claimed_lands(self) -> None:
        claiming = self.lex.made_once(_claiming)
        for verb in (t for t in self.tokens if t.lemma_.lower() in claiming and (
                t.pos_ == "VERB" or t.dep_ == "conj" and t.head.dep_ == "relcl")):  # "calls it X and claims it"
            if any(c.dep_ == "neg" for c in verb.children):
                continue  # "Chile does not claim the islands"
            lands = self._lands_claimed(verb)
            if not lands:
                continue
            doer = verb.head if verb.pos_ != "VERB" else verb  # (a verb read as a noun shares its conjunct's subject)
            claimants = [a for a in self.agent(doer) if not a.proxy and a.actor.type == "state"]
            claimed = {a.actor.id for a in claimants}
            holders = [a for land in lands for a in self._holders(land, verb)
                       if a.actor.type == "state" and a.actor.id not in claimed]
            if claimants and holders:
                self._emit(claimants, list({a.actor.id: a for a in holders}.values()), ["DISPUTE"], verb,
                           "claimed-land")

    def _lands_claimed(self, verb) -> list:
        """What the claim is laid to: the object, the passive subject, or the noun a relative claim is
        said of ("the islands, which China claims"), when it is land or a place's own name."""
        relative = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "relcl" else verb
        if relative.dep_ == "relcl":  # (also "..., which Tokyo calls Takeshima and claims as its own")
            lands = [relative.head] if any(c.lower_ in RELATIVE and c.dep_ in ("dobj", "nsubjpass")
                                           for c in relative.children) else []
        elif is_passive(verb):
            lands = [c for c in verb.children if c.dep_ == "nsubjpass"]
        else:
            lands = [c for c in verb.children if c.dep_ == "dobj"]
        lands += [p for land in lands if land.lower_ == "sovereignty" for c in land.children
                  if c.dep_ == "prep" and c.lower_ in ("over", "of") for p in prep_objects(c)]
        return [land for land in lands if "territory" in self.theme_classes([land])]

    def _holders(self, land, claim) -> list:
        """Who holds a claimed land, as the sentence tells it."""
        holding = self.lex.noun_class["land_holding"]
        found = []
        for child in land.children:
            # "the Kurils, seized by the Soviet Union", "the islands, which Japan administers"
            if child.dep_ in ("acl", "relcl") and child != claim and child.lemma_.lower() in holding:
                found += self.agent(child)
            # "the Falklands, a British overseas territory", "Chagos, part of Mauritius"
            if child.dep_ == "appos":
                found += self.actors(child, "owner")
            # "Indian-administered Kashmir", "the Russian-held Kurils"
            if child.dep_ in ("amod", "compound") and child.lemma_.lower() in holding:
                found += [a for c in child.children if c.dep_ in ("npadvmod", "amod", "compound", "nmod")
                          for a in self.actors(c, "owner")]
        # "Japan administers the Senkakus, which China claims": the relative's noun is held by the main verb's subject
        if "relcl" in (claim.dep_, claim.head.dep_) and land.dep_ == "dobj" and land.head.lemma_.lower() in holding:
            found += self.agent(land.head)
        return [a for a in found if not a.proxy]
