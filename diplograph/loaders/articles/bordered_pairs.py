"""Which pair "both countries" is when a state is said to border it.

    "Rubio warned Venezuela's government ... Brazil, which borders both countries, has urged them to settle."

A pair a reference points back to is the two actors most recently named together; but the object of
"border" (the `border` trigger's verbs: border, neighbour, adjoin) must be two states that share a land
border with the subject. When the pair found does not, the pair is the two states named in the paragraph
(or the 600 characters before) that border the subject, if there are exactly two (`gazetteer/land_borders.yaml`,
neighbours.py): Venezuela and Guyana, not the United States named last. Mixed into
:class:`~diplograph.loaders.articles.relations.SentenceRelations`.
"""

from __future__ import annotations

from diplograph.graph.model import Actor
from diplograph.loaders.articles.neighbours import PAIR_REACH, borders
from diplograph.loaders.articles.syntax import SUBJ


class BorderedPairs:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _pair_bordering_subject(self, token, found: list[Actor], exclude, before: int) -> list[Actor]:
        """The pair the object of a border verb stands for (see the module docstring); else ``found``."""
        verb = token.head
        if token.dep_ != "dobj" or not any(t.name == "border" for t in self.lex.verbs_for(verb.lemma_.lower())):
            return found
        subjects = {a.actor.id: a.actor for c in verb.children if c.dep_ in SUBJ
                    for a in self.actors(c, "strict") if a.actor.type == "state"}
        if len(subjects) != 1:
            return found
        subject = next(iter(subjects))
        if len(found) == 2 and all(borders(subject, a.id) for a in found):
            return found
        start = min(before - PAIR_REACH, self.ctx.paragraph_start if self.ctx.paragraph_start is not None else before)
        near: dict[str, Actor] = {}
        for seen in self.ctx.seen:
            if start <= seen.position < before and seen.type == "state" and seen.actor_id not in (*exclude, subject) \
                    and borders(subject, seen.actor_id):
                near.setdefault(seen.actor_id, self.ctx._actor(seen.actor_id))
        return list(near.values()) if len(near) == 2 else found
