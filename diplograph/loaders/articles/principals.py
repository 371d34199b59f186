"""Whom a person acts for: "Foreign Minister X signed for Liberia", "signed by X on behalf of Senegal",
"X, speaking on behalf of the African Union": the person holds an office in the state or body named, which a
title alone often leaves unsaid (a bare "Foreign Minister" in a report of two states signing)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import by_agents, prep_objects

PRINCIPAL_TYPES = ("state", "organization")


class Principals:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _acting_for(self) -> None:
        for prep in self.tokens:
            principals = self._principals(prep)
            if not principals:
                continue
            verb = prep.head
            person = self._agent_before(verb, prep)
            if person is not None:
                self._emit([person], principals, ("AFFILIATED_WITH",), None, "acting_for")

    def _principals(self, prep) -> list[Arg]:
        """The states or bodies a phrase says someone acts for: "on behalf of X", or "for X" on a verb of signing."""
        if prep.dep_ != "prep" or prep.head.pos_ != "VERB":
            return []
        if prep.lower_ in ("on", "in"):
            objects = [o for b in prep_objects(prep) if b.lower_ == "behalf"
                       for p in b.children if p.dep_ == "prep" and p.lower_ == "of" for o in prep_objects(p)]
        elif prep.lower_ == "for" and prep.head.lemma_.lower() in self.lex.noun_class["signing_for"]:
            objects = prep_objects(prep)
        else:
            return []
        return [a for o in objects for a in self.actors(o, "strict") if a.actor.type in PRINCIPAL_TYPES]

    def _agent_before(self, verb, prep) -> Arg | None:
        """The person who does ``verb`` named last before the phrase ("signed by X on behalf of A and by Y on behalf
        of B": Y acts for B), or the person a participle is said of ("X, speaking on behalf of the AU")."""
        doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] + by_agents(verb) + [
            o for c in verb.subtree if c.dep_ == "conj" and c.lower_ == "by" for o in prep_objects(c)]
        if verb.dep_ in ("acl", "advcl") and verb.head.pos_ in ("PROPN", "NOUN"):
            doers.append(verb.head)
        people = [(d.i, a) for d in doers if d.i < prep.i for a in self.actors(d, "strict") if a.actor.type == "person"]
        return max(people, key=lambda found: found[0], default=(None, None))[1]
