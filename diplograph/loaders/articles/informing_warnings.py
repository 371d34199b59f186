"""Warnings that only inform: "the UN envoy warned the Security Council that Libya was at risk of war", "the IMF
warned Pakistan that its debt was unsustainable", "the WHO warned that Ebola could spread to Uganda". A verb of
warning (`threat_framing.informing`) whose that-clause tells what someone else is or does threatens no one: neither
whom it is told to nor whom the clause names. It threatens when the clause foretells the warner's own act ("warned
Israel it would respond"), sets a condition ("that military options were ready should the ship change course"), or
speaks the language of threats close to its verb, with a modal ("warned Seoul that there would be consequences",
"that its provocations would be met with force", "that Israel would pay")."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Found
from diplograph.loaders.articles.syntax import prep_objects

SUBJECTS = ("nsubj", "nsubjpass", "expl")
# What sets a condition on someone inside the warning ("if Y crosses the line", "should Y change course").
CONDITIONS = ("if", "unless")


class InformingWarnings:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _warnings_that_inform(self, found: list[Found]) -> list[Found]:
        kept = []
        for f in found:
            if f.predicate == "THREAT" and f.rule.startswith("threaten:") and self._informs(f):
                self._drop(f"{f.subject.name} THREAT {f.object.name} ({f.rule}): the warning tells what another "
                           "is or does, no threat of the warner's")
                continue
            kept.append(f)
        return kept

    def _informs(self, f: Found) -> bool:
        verb = f.trigger
        framing = self.lex.threat_framing
        if verb is None or verb.lemma_.lower() not in framing.get("informing", ()) or any(
                c.dep_ == "prep" and c.lower_ in ("against", "of") for c in verb.children):
            return False  # ("warned X against intervening", "warned of consequences")
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if not clauses or any(t.dep_ == "mark" and t.lower_ in CONDITIONS or t.lower_ == "should" and
                              t.i + 1 < len(self.doc) and self.doc[t.i + 1].pos_ in ("DET", "PROPN", "PRON", "NOUN")
                              for t in verb.subtree):  # (only "should" put before its subject sets a condition)
            return False  # "warned Moscow that military options were ready should the ship change course"
        threat_words = framing.get("consequences", frozenset()) | framing.get("responses", frozenset()) | \
            framing.get("warned_of", frozenset()) | framing.get("harmful_for", frozenset()) | \
            self.lex.noun_class["threatened_acts"]
        modals = framing.get("modals", ())
        for clause in clauses:
            subjects = [s for s in clause.children if s.dep_ in SUBJECTS]
            if not subjects:
                return False
            if any(s.pos_ == "PRON" or f.subject.id in {a.actor.id for a in self.actors(s, "strict")}
                   for s in subjects):
                return False  # the warner's own act foretold, or a pronoun that may be it
            near = [clause, *clause.children, *(o for p in clause.children if p.dep_ in ("prep", "agent")
                                                for o in prep_objects(p))]
            if any(a.dep_ == "aux" and a.lower_ in modals for a in clause.children) and (
                    any(t.lemma_.lower() in threat_words or t.lower_ in threat_words for t in near) or
                    any(self._harmful_act(s) for s in subjects)):
                return False
        return True
