"""A territory recognised as a state's: "the Western Sahara region, which the US recognised as Moroccan territory",
"Washington recognised the Golan Heights as part of Israel", "recognises Crimea as Russian soil". Recognising a
claim to a territory backs the claimant (SUPPORT), as recognising its sovereignty there does (`recognise`); the
territory words are the lexicon's `claimed_land`."""

from __future__ import annotations

from diplograph.loaders.articles.syntax import prep_objects


class Recognitions:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _recognised_as(self) -> None:
        land = self.lex.noun_class["claimed_land"]
        for verb in self.tokens:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("recognise", "recognize"):
                continue
            claims = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                      for p in prep_objects(c) if p.lemma_.lower() in land]
            claimants = [a for p in claims for a in (
                self._modifier_actors(p, types=("state",)) or
                [a for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
                 for o in prep_objects(c) for a in self.actors(o, "strict") if a.actor.type == "state"])]
            if claimants:
                self._emit(self.agent(verb, exclude={a.actor.id for a in claimants}), claimants, ("SUPPORT",), verb,
                           "recognised-as")
