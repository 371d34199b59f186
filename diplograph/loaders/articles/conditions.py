"""Cooperation withheld on a condition is a threat, cooperation owed is no cooperation yet.

Withheld:  "Washington would not conclude trade deals with
either country while the fighting went on", "the EU will not release the funds until Belgrade
complies". The deal refused is no denied agreement: the sentence tells a pressure, not a fact.

The construction: a cooperative relation (deal, aid, talks, investment) whose verb is negated under
a modal ("would not", "will not") and carries a condition (a clause opened by "while", "until",
"unless", "if", "as long as", or an "until"-phrase). The one who withholds threatens the other.

Owed: "Iran must cooperate with the Agency", "both sides should resume talks": a cooperative relation
under a modal of obligation is what someone asks for, not a relation (dropped, with the reason).
"""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Found

# Relations one can withhold to press another.
WITHHELD = frozenset({"AGREEMENT", "COOPERATION", "AID", "INVESTMENT", "CONSULTATION", "ARMS_TRANSFER"})
MODALS = frozenset({"would", "will", "'ll", "wo", "shall"})
CONDITIONS = frozenset({"while", "until", "unless", "if", "till"})
OBLIGATION = frozenset({"must", "should", "ought"})


class Conditions:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _withheld_as_threats(self, found: list[Found]) -> list[Found]:
        kept = []
        for f in found:
            verb = f.trigger
            if verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "nsubjpass"):
                verb = verb.head  # "would not conclude trade deals": the deal noun's verb
            if f.predicate in WITHHELD and verb is not None and verb.pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "aux" and c.lower_ in OBLIGATION for c in verb.children) and \
                    not any(c.dep_ == "neg" for c in verb.children):
                self._drop(f"{f.subject.name} {f.predicate} {f.object.name} ({f.rule}): owed, not done")
                continue
            if f.predicate in WITHHELD and verb is not None and self._withheld_on_condition(verb):
                self._drop(f"{f.subject.name} {f.predicate} {f.object.name} ({f.rule}): withheld on a condition, "
                           "a threat")
                threat = Found(f.subject, "THREAT", f.object, verb, f"{f.rule}:withheld", negation_is_act=True)
                if self._fitting(("THREAT",), f.subject, f.object) and not any(
                        (k.subject.id, k.predicate, k.object.id) == (f.subject.id, "THREAT", f.object.id) for k in kept):
                    kept.append(threat)
                continue
            kept.append(f)
        return kept

    @staticmethod
    def _withheld_on_condition(verb) -> bool:
        """Is ``verb`` negated under a modal, with a condition on it ("would not sign ... until")?"""
        children = list(verb.children)
        if not any(c.dep_ == "neg" for c in children) or not any(
                c.dep_ == "aux" and c.lower_ in MODALS for c in children):
            return False
        clauses = [c for c in children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children)]
        phrases = [c for c in children if c.dep_ == "prep" and c.lower_ in ("until", "till")]
        as_long_as = [c for c in children if c.dep_ == "advcl" and any(
            m.lower_ == "as" for m in c.children if m.dep_ in ("mark", "advmod"))]
        return bool(clauses or phrases or as_long_as)
