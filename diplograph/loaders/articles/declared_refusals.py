"""Refusals declared in the future: "the MNDAA said it would not cooperate with the NUG", "Kenya will not attend talks
with Somalia", "Iran would never negotiate with Washington". A side that says it will not deal with another refuses
it: a REJECTION of the other, told as a fact about the refuser (as "refused to cooperate" is), not a cooperation
denied. Only the refuser's own act counts (the subject of the negated verb, with a modal of the future: the lexicon's
`denied.refusal_modals`), and only acts of dealing with someone (talks, agreement, cooperation, joint drills); "the US will
not send troops to Haiti" or "the meeting will not take place" stay what they are, and a refusal on a condition
("will not release the funds until Belgrade complies") is a threat (conditions.py)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Found

# Acts whose refusal rejects the other side: one declines to talk, agree, work or drill with them.
DEALINGS = frozenset({"AGREEMENT", "CONSULTATION", "COOPERATION", "MILITARY_EXERCISE"})


class DeclaredRefusals:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _refusals_declared(self, found: list[Found]) -> list[Found]:
        for f in list(found):
            verb = f.trigger
            if verb is not None and verb.pos_ == "NOUN" and verb.dep_ == "dobj":
                verb = verb.head  # "will not attend talks with X", "would not sign the accord with X"
            if f.predicate not in DEALINGS or verb is None or verb.pos_ not in ("VERB", "AUX") or \
                    not self._refused_by_modal(verb) or self._withheld_on_condition(verb):
                continue  # ("would not conclude deals with X while the fighting went on" presses X: conditions.py)
            refusers = {a.actor.id for a in self.agent(verb)}
            if f.subject.id in refusers and f.object.id not in refusers and \
                    self._fitting(("REJECTION",), f.subject, f.object):
                found.append(Found(f.subject, "REJECTION", f.object, f.trigger, f"{f.rule}:refused",
                                   negation_is_act=True))
        return found

    def _refused_by_modal(self, verb) -> bool:
        """"would not cooperate", "will never talk": a negation and a future modal on the verb itself."""
        if verb.lemma_.lower() in self.lex.modality["denied"]["verbs"]:
            return False  # "will not halt arms deals with the US": not undoing a deal keeps it
        children = list(verb.children)
        return any(c.dep_ == "neg" or c.lower_ == "never" for c in children) and \
            any(c.dep_ == "aux" and c.lower_ in self.lex.modality["denied"]["refusal_modals"] for c in children)
