"""Who did what a passive tells without a doer: the state that holds a person "sentenced" or "detained", the
one that went on with the measures it was taking ("... were threatened with higher rates").

Custody.
"One of the opposition candidates, X, was sentenced to eight years in prison", "the petroleum minister and
the deputy army chief were detained in the days after the attack", "Bishop X of Y was arrested in June":
stories about a state's own politics leave the state that arrests, tries and jails its people unnamed,
because the whole story is about it. A passive of custody or sentence (`custody_verbs` in the lexicon)
with no by-phrase, whose patient is a person, is then that state's act (role `custodian`):

- the state the document has been about so far (named at least three times, twice as often as any other),
  when the person serves no other state in this document;
- never when the clause itself names another state (a place of arrest has its own pattern, `location`:
  "was arrested in Mexico"), nor for a person who serves another state than that one (a foreign envoy or
  national held abroad is a quarrel between states, told with a doer when it happens).

Measures. "The United States sanctioned the RSF's commander in January; his deputy was sanctioned in March",
"Washington raised tariffs on Vietnam and Cambodia. Laos and Myanmar were threatened with higher rates": a
passive of a measure (`told_measures` in the lexicon: sanction, expel, ban, blacklist, deport, threaten) with no
by-phrase goes on with the coercion or threat the paragraph told last, and its doer is that one's (role
`measure_doer`; a person doer stands for the state the document gave them an office in). Never across a
paragraph, never the patient's own act, and not a body one is put out of ("was expelled from the party":
`source`'s, or no one's).
"""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import is_passive

# how often the story's state must have been named, and how many times as often as any other state
STORY_MENTIONS, STORY_LEAD = 3, 2
# how far back (characters, within the paragraph) a measure told before may give a passive its doer
MEASURE_REACH = 800
# clauses hung on the verb that tell other events, whose states say nothing of who made the arrest
_OTHER_EVENTS = frozenset({"advcl", "conj", "ccomp", "relcl", "parataxis", "xcomp"})


class UnnamedDoers:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def custodian(self, verb, exclude=()) -> list[Arg]:
        """The state that holds or sentences the person a passive custody verb acts on, as above; none else."""
        if verb.lemma_.lower() not in self.lex.noun_class["custody_verbs"] or not is_passive(verb) or any(
                c.dep_ == "agent" for c in verb.children):
            return []
        home = self._story_state(self._position(verb))
        if home is None or home.id in exclude:
            return []
        # ("Belarus's energy minister, X, was detained": the owner named with the person is no other patient)
        held = [a.actor for a in self.patient(verb) if a.actor.id != home.id]
        if not held or any(p.type != "person" for p in held):
            return []
        for person in held:
            side = self.affiliation.get(person.id)
            served = side.actor if side is not None else self.ctx.serves.get(person.id)
            if served is not None and served.id != home.id:
                return []
        if any(m.type == "state" and m.actor.id != home.id for m in self._own_clause_mentions(verb)):
            return []
        return [Arg(home, -5000)]

    def measure_doer(self, verb, exclude=()) -> list[Arg]:
        """The doer of the coercion or threat told last in this paragraph, for a passive measure as above."""
        if verb.lemma_.lower() not in self.lex.noun_class["told_measures"] or not is_passive(verb) or any(
                c.dep_ == "agent" for c in verb.children) or any(
                c.dep_ == "prep" and c.lower_ == "from" and any(o.pos_ in ("NOUN", "PROPN") for o in c.children)
                for c in verb.children):
            return []
        here = self._position(verb)
        start = self.ctx.paragraph_start if self.ctx.paragraph_start is not None else here - MEASURE_REACH
        doer = self.ctx.doer_of(("COERCION", "THREAT"), here, min(here - start, MEASURE_REACH), exclude)
        if doer is not None and doer.type == "person":
            doer = self.ctx.serves.get(doer.id)
        if doer is None or doer.id in exclude or any(a.actor.id == doer.id for a in self.patient(verb)):
            return []
        return [Arg(doer, -5000)]

    def _story_state(self, before: int):
        """The state named most before ``before``: at least three times and twice as often as any other."""
        counts: dict[str, int] = {}
        for seen in self.ctx.seen:
            if seen.position < before and seen.type == "state":
                counts[seen.actor_id] = counts.get(seen.actor_id, 0) + 1
        ranked = sorted(counts.values(), reverse=True) + [0]
        if ranked[0] < STORY_MENTIONS or ranked[0] < STORY_LEAD * ranked[1]:
            return None
        top = max(counts, key=counts.get)
        return self.ctx.actors.get(top) or self.ctx.implied.get(top)

    def _own_clause_mentions(self, verb):
        stack, seen = [verb], []
        while stack:
            token = stack.pop()
            if (m := self.mention(token)) is not None:
                seen.append(m)
            stack.extend(c for c in token.children if c.dep_ not in _OTHER_EVENTS)
        return seen
