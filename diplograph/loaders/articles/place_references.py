"""Where "in the country" is: a one-state reference that names the place something happens.

"The United States operates a missile defence site at Deveselu, in the south of the country", "gives American
forces access to fifteen military areas across the country", "a contingent is believed to remain in the kingdom":
"the country" (``place_references`` in the lexicon) as the object of a preposition of where ("in", "across",
"throughout" ..., also through a part of it: "in the north of the country") is the one state its sentence names
before it, else the state the document names most by far (three times or more, twice as often as any other), else
the state this paragraph or the one before last made a subject; never one who does what the clause tells (the
United States does not operate a site in its own south). None fitting, it is read as any one-state reference. Read as "the state named last", it took the
neighbour a list had just named ("Romania borders Ukraine and Moldova. The United States operates a site ... in
the south of the country": Moldova).
"""

from __future__ import annotations

from diplograph.graph.model import Actor
from diplograph.loaders.articles.syntax import SUBJ

# Prepositions of where a thing stands or happens
WHERE = frozenset({"in", "across", "throughout", "within", "inside", "at", "around"})
# Parts of a country a place phrase names it through ("in the north of the country")
PARTS = frozenset({"north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west",
                   "northeast", "northwest", "southeast", "southwest", "centre", "center", "rest", "heart", "interior",
                   "part", "parts", "capital", "coast", "border", "borders", "regions", "provinces"})


class PlaceReferences:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def place_reference(self, token, types, before: int, exclude=()):
        """The state "the country" stands for where it names the place of what the clause tells; None when it
        does not, or when no state fits (the caller then reads it as any one-state reference)."""
        if "state" not in types or token.lower_ not in self.lex.noun_class["place_references"] or \
                not _where(token) or any(c.dep_ in ("amod", "compound") for c in token.children):
            return None
        doers = self._doers_of(token)
        excluded = {*exclude, *doers}
        named = {m.actor.id: m.actor for m in self.mentions if m.start < token.i and m.type == "state"
                 and not m.is_demonym and m.actor.id not in excluded}
        if len(named) == 1:
            home, why = next(iter(named.values())), "the one other state its sentence names before it"
        else:
            home, why = self._leading_state(before, excluded), "the state the document names most, by far"
        if home is None:
            since = next((p for p in (self.ctx.previous_paragraph, self.ctx.paragraph_start) if p is not None), before)
            home = next((self._state(s.actor_id) for s in reversed(self.ctx.seen) if since <= s.position < before
                         and s.subject and s.type == "state" and s.actor_id not in excluded), None)
            why = "the state the paragraph or the one before last made a subject"
        self._note_reference(token, home, why if home is not None else "no state the document or paragraph is about")
        return home

    def _state(self, actor_id: str) -> Actor | None:
        return self.ctx.actors.get(actor_id) or self.ctx.implied.get(actor_id)

    def _leading_state(self, before: int, excluded) -> Actor | None:
        """The state the document named most before ``before``, at least three times and twice as often as any
        other (those in ``excluded`` left out)."""
        counts: dict[str, int] = {}
        for s in self.ctx.seen:
            if s.position < before and s.type == "state" and s.actor_id not in excluded:
                counts[s.actor_id] = counts.get(s.actor_id, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 3 or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
            return None
        return self._state(ranked[0][0])

    def _doers_of(self, token) -> set[str]:
        """The states and bodies who do what the clause of a place phrase tells (its verb's agent, the owners of
        its subject: "American troops are stationed across the country"), and the states their officials serve."""
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        doers = {a.actor.id for a in self.agent(verb)}
        doers |= {a.actor.id for c in verb.children if c.dep_ in SUBJ for a in self.actors(c, "origin")}
        return doers | {s.id for d in list(doers) if (s := self.ctx.serves.get(d)) is not None}


def own_ground(token, lex) -> bool:
    """"a violation of Pakistan's airspace", "on Iraqi territory": a state named as the owner of its own ground or
    skies is where something happened to it, not someone a clause acts on (references.py: whose "the foreign ministry"
    is)."""
    return token.dep_ in ("poss", "amod") and \
        token.head.lemma_.lower() in lex.noun_class["sovereign_space"] | lex.noun_class["grounds"]


def _where(token) -> bool:
    """Is ``token`` the place a preposition of where names, directly or through a part ("the south of")?"""
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in PARTS and prep.head.dep_ == "pobj":
        prep = prep.head.head
    return prep.lower_ in WHERE
