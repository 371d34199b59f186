"""Worry told by the verb, as concern is by its noun: "Canberra and Wellington have both worried about China's police
links", "Seoul frets over Pyongyang's missile tests" object to the one whose act or ties they worry about, as
"voiced concern over China's police links" does (the `criticism` noun's against-phrase). The verb's own trigger
(`angered`) reads only the passive ("was worried by X's drills"), where the cause is the by-phrase; active "worry"
with an object is the other way round ("China's drills worried Tokyo")."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg


class Worries:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def verb_role(self, verb, role: str, themes, exclude=()) -> list[Arg]:
        if role == "worried_about":
            if any(c.dep_ == "dobj" for c in verb.children):
                return []  # ("the drills worried Tokyo about X": Tokyo is the worried one, `angered`'s)
            return self.prep_args(verb, ("about", "over"), exclude)
        return super().verb_role(verb, role, themes, exclude)
