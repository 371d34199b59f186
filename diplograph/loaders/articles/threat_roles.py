"""The roles of threats and warnings: whom a threatened act, a warning or a refusal to rule out force concerns."""

from __future__ import annotations

from diplograph.loaders.articles.syntax import is_passive

THREAT_ROLES = frozenset({"act_target", "complement", "shared_object", "sufferer"})


class ThreatRoles:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def threat_role(self, verb, role: str, themes, exclude=()) -> list:
        if role == "act_target":  # "threatened military intervention in Niger": where the act would fall
            acts = [t for t in themes if self._harmful_act(t) or t.lemma_.lower() in self.lex.noun_class["threatened_acts"]]
            return [a for t in acts for a in self.prep_args(t, ("against", "on", "in", "into", "with"), exclude)]
        if role == "complement":  # "threatened to intervene in Niger", "warned it would strike Iran"
            found = []
            for clause in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp")):
                found += self.patient(clause, exclude) or self.prep_args(
                    clause, ("in", "into", "against", "on", "at", "to", "with"), exclude, also=self._themes(clause))
                for purpose in (c for c in clause.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"):
                    if found:
                        break
                    # "threatened to use force to keep Taiwan in line": whom the purpose concerns (not the
                    # person it would help: "to use force to reinstate President X")
                    found += [a for a in self.patient(purpose, exclude) if a.actor.type != "person"]
            return found
        if role == "shared_object":  # "accused Pakistan of air strikes and warned of consequences"
            head = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else None
            # "met Ali and warned that an attack on Guyana would end badly": a that-clause is what is warned of,
            # and whom it concerns is in it, not the first verb's object
            if head is None or any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
                return []
            return [a for c in head.children if c.dep_ == "dobj" for a in self.actors(c, "strict", exclude)]
        if role == "sufferer":  # "warned that Tehran would pay": the subject of the consequence foretold
            consequences = self.lex.threat_framing.get("consequences", ())
            modals = self.lex.threat_framing.get("modals", ())
            found = []
            for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in consequences
                           and any(a.dep_ == "aux" and a.lower_ in modals for a in c.children)):
                subject = "nsubjpass" if is_passive(clause) else "nsubj"
                found += [a for c in clause.children if c.dep_ == subject for a in self.actors(c, "strict", exclude)]
            return found
        raise ValueError(f"unknown threat role {role!r}")
