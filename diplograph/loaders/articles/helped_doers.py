"""Whom helping helps when they are the doer of what it helps do: "Rwanda will help Mozambique fight the
insurgents", "a mission to help Haiti's police restore order", "Turkey helped Azerbaijan retake the region".
The parser reads the helped side as the subject of the bare infinitive (a clause of its own under "help"), not
as the verb's object, so `support`'s patient finds no one there.

Only a bare infinitive right under the helping verb counts, and its subject must be named before it: "helped
ensure that Kenya wins" (a clause with "that") and "helped end the war" (no subject) help no one named."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg


class HelpedDoers:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def verb_role(self, verb, role: str, themes, exclude=()) -> list[Arg]:
        if role == "helped_doer":
            return self._helped_doer(verb, exclude)
        return super().verb_role(verb, role, themes, exclude)

    def _helped_doer(self, verb, exclude) -> list[Arg]:
        if any(c.dep_ in ("dobj", "dative") for c in verb.children):
            return []  # ("helped Kenya to fight": the object is the one helped, `patient`'s)
        found = []
        for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB"):
            if any(c.dep_ in ("mark", "aux") for c in clause.children):
                continue
            found += [a for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i
                      for a in self.actors(c, "owner", exclude)]
        return found
