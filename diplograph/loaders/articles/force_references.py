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
A text that has named no state's forces at all before its "the army" ("The Air Force, then commanded by General
X, chose the Swedish offer" in a piece about Thailand's jet purchase; "BAMAKO (Reuters) - The army said") means
the forces of the state it was filed from (a roundup item's dateline, else the wire story's), else of the state
it is about when one stands out (named three times as often as any other: `DocumentContext.dominant_state`);
none when neither does. Once any state's forces were named, only the rules above apply.
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

    def _army_home(self, token) -> Actor | None:
        """The state of the dateline or the one the document is about, for a "the army" before any state's forces
        were named (see the module docstring); else None."""
        here = self._position(token)
        if any(at < here for at, _ in self.ctx.armed):
            return None
        home = self.ctx.item_dateline or self.ctx.dateline or self.ctx.dominant_state(here)
        if home is not None:
            home = self.ctx.add(home)
            self.ctx.armed.append((here, home.id))  # later "the army" goes on pointing at it
        return home
