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

Hosts. "Laos has courted everyone ... Emmanuel Macron became the first French president to visit, in March 2022",
"President X of Y visited in January": a visit told with no place or person visited (the verb "visit" active, with
no object, no to- or in-phrase naming a place, no relative pronoun it acts on) is to the state the story is about
(role `story_host`), as for custody above; never the visitor's own state, nor when the clause names another state
than the visitor's.
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

    def story_host(self, verb, exclude=()) -> list[Arg]:
        """The state the story is about, for a visit that names no place or person visited, as above."""
        if verb.lemma_.lower() != "visit" or is_passive(verb) or any(
                c.dep_ in ("dobj", "attr", "nsubjpass") or c.dep_ == "prep" and c.lower_ in ("to", "at") or
                c.dep_ == "prep" and any(self.mention(o) is not None or o.ent_type_ in ("GPE", "LOC", "FAC")
                                         for o in c.children) for c in verb.children) or \
                verb.dep_ == "relcl" and not _infinitive_of_the_visitor(verb) or \
                verb.dep_ == "xcomp" and verb.head.dep_ == "relcl":
            return []
        home = self._story_state(self._position(verb))
        if home is None or home.id in exclude:
            return []
        visitors = [a.actor for a in self.agent(verb)]
        own = {v.id for v in visitors} | {o.id for v in visitors if v.type == "person"
                                          and (o := self._office_of(v)) is not None}
        if not visitors or home.id in own or any(
                m.type == "state" and m.actor.id not in own and m.actor.id != home.id and not m.is_demonym
                for m in self._own_clause_mentions(verb)):
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


def _infinitive_of_the_visitor(verb) -> bool:
    """"the first French president *to visit*": an infinitive said of the visitor, not a relative clause on the
    place visited ("the city *which* he visited", "a country he visited")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        not any(c.tag_ in ("WDT", "WP", "WRB") for c in verb.subtree) and verb.head.ent_type_ not in ("GPE", "LOC", "FAC")

