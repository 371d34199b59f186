"""Firms named only by their state: "Japanese companies plan to invest $10 billion in Vietnam", "Turkish firms have
poured billions into Turkmenistan", "an Israeli firm will set up a drone factory in Morocco". Firms, investors or
makers that a sentence names by nothing but their state's demonym or name put capital or production there for that
state (role `business_home`, lexicon `business_kinds`; mixed into
:class:`~diplograph.loaders.articles.relations.SentenceRelations`)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import conjuncts


class BusinessHomes:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def business_home(self, verb, exclude=()) -> list[Arg]:
        """The state of the unnamed firms that are the subject of ``verb`` (or of the clause its infinitive
        completes: "Japanese companies *plan* to invest")."""
        clause = verb
        while clause.dep_ == "xcomp" and clause.head != clause and not any(c.dep_ == "nsubj" for c in clause.children):
            clause = clause.head
        kinds = self.lex.noun_class["business_kinds"]
        firms = [t for c in clause.children if c.dep_ == "nsubj" for t in (c, *conjuncts(c))
                 if t.lemma_.lower() in kinds and self.mention(t) is None]
        return [a for t in firms for a in self.actors(t, "origin", exclude, coordinated=False)
                if a.actor.type == "state"]
