"""Whose "the army" is once the text has told a state's forces in action.

    "Iran's Revolutionary Guards fired missiles at Pakistan. ... Two days later Pakistani jets struck
    targets in Iran. The army said it had hit separatist hideouts."

"The army", "the military", "the armed forces" stand for the state whose own forces the text named
last ("Myanmar's army"). But a paragraph that tells a state striking, fighting or massing troops
(``armed_acts`` in the lexicon: ATTACK, ARMED_CLASH, MOBILIZATION) has just named that state's forces
in action, however it named them ("Pakistani jets", "Pakistan hit back"): the army that speaks next in
that paragraph is that state's, not the one whose forces were named by name further back. Only when one
state alone did such acts there since the forces named last; otherwise the forces named last, as before. Each
"the army" so read names those forces again, so a long article's chain of "the army" holds beyond the reach of the
first naming ("Sudan's army-backed government ... [2,000 characters] ... accusing the army of attacks").
Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`.
"""

from __future__ import annotations

from diplograph.graph.model import Actor


class ForceReferences:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _army_state(self, token) -> Actor | None:
        """The state "the army" at ``token`` stands for (see the module docstring), or None."""
        here = self._position(token)
        named = self.ctx.last_armed(here)
        named_at = max((at for at, actor_id in self.ctx.armed if named is not None and actor_id == named.id
                        and at < here), default=-1)
        since = max(named_at, self.ctx.paragraph_start if self.ctx.paragraph_start is not None else here)
        doers = {doer.id: doer for at, predicate, doer, _ in self.ctx.told
                 if since < at < here and predicate in self.lex.armed_acts and doer.type == "state"}
        chosen = next(iter(doers.values())) if len(doers) == 1 else named
        if chosen is not None and (here, chosen.id) not in self.ctx.armed:
            # each "the army" read names that state's forces again: a long story's "the army ... the army" keeps
            # pointing at it, however far back its forces were first named
            self.ctx.armed.append((here, chosen.id))
        return chosen
