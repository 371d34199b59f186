"""Leaders seen side by side somewhere met: "von der Leyen, Meloni and Rutte stood beside President Saied in Tunis",
"Frederiksen stood next to him in Nuuk", "appeared alongside Zelensky at a news conference in Kyiv". Only persons
beside one another at a place or an occasion (an in- or at-phrase naming a place or a `meeting`, `side_by_side_events`
noun) are together; "Turkey will stand by Somalia", "stood beside Kyiv in its darkest hour" back a side (the
`support` trigger's `stood_by`, which takes no person beside one). So did those who spent time together ("spent
more than two hours with President Tebboune"), and one who spent days in another state visited it ("spent two days in
Bhutan"; a span of time, lexicon `time_spent`, is what was spent: not troops or money)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import prep_objects


class SideBySide:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def beside_in_person(self, verb, exclude=()) -> list[Arg]:
        if not self._at_a_scene(verb):
            return []
        return [a for o in self._beside_objects(verb) for a in self.actors(o, "strict", exclude)
                if a.actor.type == "person"]

    def _at_a_scene(self, verb) -> bool:
        """Is the verb set at a place or an occasion ("in Tunis", "at a news conference")?"""
        events = self.lex.classes("meeting", "side_by_side_events")
        scenes = [o for h in (verb, *self._beside_objects(verb)) for c in h.children
                  if c.dep_ == "prep" and c.lower_ in ("in", "at") for o in prep_objects(c)]
        return any(self.mention(o) is not None and self.mention(o).type == "state" or o.lemma_.lower() in events
                   for o in scenes)

    def _beside_objects(self, verb) -> list:
        words = self.lex.noun_class["beside_words"]
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in words]
        # "stood next to him": "next" hangs its to-phrase
        preps += [p for c in verb.children if c.lower_ == "next" for p in c.children if p.dep_ == "prep" and p.lower_ == "to"]
        return [o for p in preps for o in prep_objects(p)]

    def time_spent_with(self, verb, exclude=()) -> list[Arg]:
        spans = self.lex.noun_class["time_spent"]
        if not any(c.dep_ == "dobj" and (c.lemma_.lower() in spans or c.lower_ in spans) for c in verb.children):
            return []
        return [a for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "in") for o in prep_objects(c)
                for a in self.actors(o, "strict", exclude) if c.lower_ == "with" or a.actor.type == "state"]
