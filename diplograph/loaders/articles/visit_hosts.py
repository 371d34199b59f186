"""Who receives a visitor when the visit is told by its noun: the one who invited it ("paid a state visit to Hanoi at
the invitation of President Luong Cuong", "is on a state visit to the Maldives at the invitation of President
Muizzu"), or the host who acts during it ("During Modi's visit, King Jigme gave the Indian leader an award",
"during a visit by Li Qiang, Albanese raised the case"). A host acting during a visit must belong to the place
visited when one is named, and a verb only of conflict during it ("During Blinken's visit, Iran fired missiles")
meets no one, nor does a pronoun, who may well be the visitor."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg

HOST_TYPES = ("state", "person")
CONFLICT_FAMILIES = frozenset({"verbal_conflict", "material_conflict"})


class VisitHosts:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def visit_receiver(self, noun, role: str, exclude=()) -> list[Arg]:
        if role == "visit_inviter":
            verb = self._visit_clause(noun)
            return self._requesters(verb, exclude) if verb is not None else []
        if noun.dep_ != "pobj" or noun.head.lower_ != "during" or noun.head.head.pos_ not in ("VERB", "AUX"):
            return []
        verb = noun.head.head
        if self._conflict_verb(verb) or any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in verb.children):
            return []  # ("they had jointly inaugurated the runway during the President's visit": the visitor among them)
        visitors = {a.actor.id for r in ("owner", "by", "of") for a in self.noun_role(noun, r)}
        visitors |= {self.affiliation[v].actor.id for v in list(visitors) if v in self.affiliation}
        places = {a.actor.id for r in ("recipient", "location") for a in self.noun_role(noun, r)}
        hosts = []
        for arg in self.agent(verb, exclude):
            if arg.actor.type not in HOST_TYPES or arg.actor.id in visitors:
                continue
            side = self.affiliation.get(arg.actor.id)
            if side is not None and side.actor.id in visitors:
                continue  # "During Modi's visit to Paris, India's foreign secretary said": the visitor's own side
            if places and arg.actor.id not in places and (side is None or side.actor.id not in places):
                continue
            hosts.append(arg)
        return hosts

    def _visit_clause(self, noun):
        node = noun
        for _ in range(4):
            if node.pos_ in ("VERB", "AUX"):
                return node
            if node.head == node:
                return None
            node = node.head
        return None

    def _conflict_verb(self, verb) -> bool:
        families = {self.onto.predicate(p).family for t in self.lex.verbs_for(verb.lemma_.lower())
                    for ps in t.predicates.values() for p in ps}
        return bool(families) and families <= CONFLICT_FAMILIES  # ("raised the case" may also be "raised tariffs")
