"""Where a journey goes and at what weapons fired along another act are aimed: "led a delegation of envoys to
Pristina" (a visit), "came to Istanbul for talks with Russia" (a venue, no visit), "encircled the Philippine ship
and fired water cannons" (fired at the ship)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import prep_objects

# Relations of force: weapons fired right after a verb of one of these are fired at what it acted on.
HOSTILE = frozenset({"ATTACK", "ARMED_CLASH", "COERCION", "RIVALRY", "MOBILIZATION", "THREAT"})


class Journeys:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def destination(self, verb, themes, exclude=()) -> list[Arg]:
        """"came to Vientiane": the place a to-phrase names itself, also when the parser hangs it on what the verb
        takes there or on its of-phrase ("led a delegation of envoys to Pristina"); none when the journey is for
        talks with someone else ("came to Istanbul for talks with Russia": a venue)."""
        if self._talks_elsewhere(verb):
            return []
        if verb.lemma_.lower() in self.lex.noun_class["returning"] and any(c.dep_ == "dobj" for c in verb.children):
            return []  # "returned the artefacts to Benin": a thing handed back, no journey
        carriers = [verb, *(n for o in themes for n in (o, *(p for c in o.children if c.dep_ == "prep" and
                                                             c.lower_ == "of" for p in prep_objects(c))))]
        return [a for head in carriers for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "to"
                for p in prep_objects(prep) if self.mention(p) is not None for a in self.actors(p, "strict", exclude)]

    def _talks_elsewhere(self, verb) -> bool:
        meetings = self.lex.noun_class["meeting"]
        return any(p.lemma_.lower() in meetings and any(w.dep_ == "prep" and w.lower_ == "with" for w in p.children)
                   for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in prep_objects(c))

    def fired_after(self, verb, themes, exclude=()) -> list[Arg]:
        """Weapons fired with no target named, right after a hostile verb ("encircled the Philippine ship and fired
        water cannons"): at what that verb acted on."""
        if verb.dep_ != "conj" or "weapon" not in self.theme_classes(themes) or not any(
                p in HOSTILE for t in self.lex.verbs_for(verb.head.lemma_.lower()) for ps in t.predicates.values()
                for p in ps):
            return []
        return [a for c in verb.head.children if c.dep_ == "dobj" for a in self.actors(c, "strict", exclude)]
