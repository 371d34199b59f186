"""Whom a reference cannot stand for: the names it is listed with, and the doers of the clause it is an object in.

- A description coordinated with names is none of them: "Iran has expanded its missile programme. Russia and *the
  country* signed a partnership treaty", "Oman has mediated between Washington and *the country*": a phrase
  joined by "and" (or "or", "as well as") to a name is another actor, as two names joined are two actors.
- A description or a pronoun that a verb acts on, directly or through a preposition, is not that verb's doer (nor
  the state a doer serves): "Pakistan hosted talks with *the country*", "Russia buys drones from *it*", "the
  United States might go into *the country*" (the doer would be "itself"; its possessive, "its", is not bound so:
  "Iran unveiled a factory for its drones"). Only through a preposition of another side (lexicon
  `other_side_preps`: "with", "from", "against", "between" ...): news writes "the junta imposed a curfew across
  *the country*" of its own, and "Brussels deserves credit for *them*" of things.

Read as the state named last, or as the clause's own subject, such a reference made the pair one actor and the
relation was lost (or turned on the wrong side).
"""

from __future__ import annotations

_OBJECTS = ("dobj", "dative")


class DistinctReferences:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _object_verb(self, token):
        """The verb ``token`` is an object of, directly ("sanctioned it"), or through a preposition of the other
        side hung on it ("bought drones from it") or on its object ("hosted talks between Washington and it");
        None for a subject, a possessive, a phrase hung on another noun, or another preposition ("deserves credit
        for them": what "them" stands for may be a thing)."""
        top = token
        while top.dep_ == "conj" and top.head != top:
            top = top.head
        if top.dep_ in _OBJECTS:
            verb = top.head
        elif top.dep_ == "pobj" and top.head.dep_ in ("prep", "dative") and \
                top.head.lower_ in self.lex.noun_class["other_side_preps"]:
            verb = top.head.head
            if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj":
                verb = verb.head  # "hosted talks between A and B"
        else:
            return None
        return verb if verb.pos_ in ("VERB", "AUX") else None

    def _distinct_from(self, token) -> set[str]:
        """The ids of the actors a one-actor description at ``token`` cannot stand for (see the module docstring)."""
        found = {m.actor.id for other in token.conjuncts if (m := self.mention(other)) is not None}
        verb = self._object_verb(token)
        if verb is not None:
            found |= self._verb_doers(verb)
        return found

    def _verb_doers(self, verb) -> set[str]:
        """The doers of ``verb``, with the states its officials among them serve."""
        doers = self.agent(verb)
        return {*(a.actor.id for a in doers), *(
            office.id for a in doers if a.actor.type == "person" and (office := self._office_of(a.actor)) is not None)}
