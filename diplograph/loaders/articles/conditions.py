"""Cooperation withheld on a condition is a threat, cooperation owed is no cooperation yet.

Withheld:  "Washington would not conclude trade deals with
either country while the fighting went on", "the EU will not release the funds until Belgrade
complies". The deal refused is no denied agreement: the sentence tells a pressure, not a fact.

The construction: a cooperative relation (deal, aid, talks, investment) whose verb is negated under
a modal ("would not", "will not") and carries a condition (a clause opened by "while", "until",
"unless", "if", "as long as", or an "until"-phrase). The one who withholds threatens the other.

Harm promised on a condition is a threat too: "the general said the army would arrest Morales if he tried to run
again", "Tehran warned that it would strike Israel if it attacked its nuclear sites". A coercion or attack under a
modal of the future or of possibility ("will", "would", "could", "might") with an if- or unless-clause on its verb,
said or warned by someone (a complement of a verb of `threat_speech`), threatens its target (THREAT, in place of the
act, which the sentence does not tell). The writer's own conjecture ("Egypt might strike the RSF itself if the
fighting nears its border") stays the act, speculative; "will keep the sanctions until X" is pressure going on.

Owed: "Iran must cooperate with the Agency", "both sides should resume talks": a cooperative relation
under a modal of obligation is what someone asks for, not a relation (dropped, with the reason).

Urged: "Ukraine urged Mongolia to arrest Putin", "called on Kinshasa to negotiate with the rebels", "was
told to warn Qatar": what someone is urged, pressed or told to do is asked of them, not done (dropped;
the urging itself is read by its own trigger); so is what they are asked to weigh ("to consider not signing")
or to do first ("to consult its neighbours before seeking loans from X").
"""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Found

# Relations one can withhold to press another.
WITHHELD = frozenset({"AGREEMENT", "COOPERATION", "AID", "INVESTMENT", "CONSULTATION", "ARMS_TRANSFER"})
# Harm one can promise on a condition to press another.
PROMISED_HARM = frozenset({"COERCION", "ATTACK"})
MODALS = frozenset({"would", "will", "'ll", "wo", "shall"})
POSSIBLE = frozenset({"could", "might", "may"})
IF_CLAUSES = frozenset({"if", "unless"})
CONDITIONS = frozenset({"while", "until", "unless", "if", "till"})
OBLIGATION = frozenset({"must", "should", "ought"})
# Phrases that put an act after the one they hang on: asked for, it is not done yet.
PROSPECTIVE = frozenset({"before", "prior"})


class Conditions:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _withheld_as_threats(self, found: list[Found]) -> list[Found]:
        kept = []
        for f in found:
            verb = f.trigger
            if verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "nsubjpass"):
                verb = verb.head  # "would not conclude trade deals": the deal noun's verb
            if self._urged(f.trigger):
                self._drop(f"{f.subject.name} {f.predicate} {f.object.name} ({f.rule}): urged on someone, not done")
                continue
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
            if f.predicate in PROMISED_HARM and verb is not None and self._harm_on_condition(verb) and \
                    verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.lex.noun_class["threat_speech"]:
                self._drop(f"{f.subject.name} {f.predicate} {f.object.name} ({f.rule}): promised on a condition, "
                           "a threat")
                if self._fitting(("THREAT",), f.subject, f.object) and not any(
                        (k.subject.id, k.predicate, k.object.id) == (f.subject.id, "THREAT", f.object.id) for k in kept):
                    # (the threat is made now, whatever the modal says of the harm: presupposed, so told)
                    kept.append(Found(f.subject, "THREAT", f.object, verb, f"{f.rule}:on_condition", presupposed=True))
                continue
            kept.append(f)
        return kept

    @staticmethod
    def _harm_on_condition(verb) -> bool:
        """Is ``verb`` under a modal of the future or of possibility, not negated, with an if- or unless-clause on
        it ("would arrest X if he ran")?"""
        children = list(verb.children) if verb.pos_ in ("VERB", "AUX") else []
        if any(c.dep_ == "neg" for c in children) or not any(
                c.dep_ == "aux" and c.lower_ in MODALS | POSSIBLE for c in children):
            return False
        return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in IF_CLAUSES for m in c.children)
                   for c in children)

    def _urged(self, trigger) -> bool:
        """Is ``trigger`` in the act a verb of urging (lexicon `urging`) asks of an addressee: its object
        ("urged Mongolia to arrest"), its on-phrase ("called on Kigali to negotiate") or, in a passive, its
        subject ("was told to warn")? Not an act the urger asks to do itself ("asked to join NATO")."""
        node, steps = trigger, 0
        # "urged both sides to hold talks", "to return to talks": the noun's verb (not "asked the EU to protect
        # Moldova against incursions": what one is to be protected against happened)
        while node is not None and node.pos_ not in ("VERB", "AUX") and steps < 4 and (
                node.dep_ in ("dobj", "conj") or node.dep_ == "pobj" and node.head.lower_ in ("to", "into")
                or node.dep_ == "prep" and node.lower_ in ("to", "into")):
            node, steps = node.head, steps + 1
        while node is not None and node.dep_ == "conj" and node.head.dep_ == "xcomp":
            node = node.head  # "urged Mali to free the hostages and restore ties"
        if node is None:
            return False
        waited, node = self._asked_along(node)
        urging = self.lex.noun_class["urging"]
        # "encouraged Fiji to ..., including prior to seeking aid", "will continue to encourage Fiji ..., prior to"
        if waited and any(u.lemma_.lower() in urging and self._addressed(u)
                          for u in (node, *(c for c in node.children if c.dep_ == "xcomp"))):
            return True
        if node.dep_ != "xcomp" or node.head.lemma_.lower() not in urging:
            return False
        return self._addressed(node.head) or any(c.dep_ == "nsubj" for c in node.children)

    @staticmethod
    def _addressed(urger) -> bool:
        return any(c.dep_ in ("dobj", "nsubjpass") for c in urger.children) or any(
            c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in urger.children)

    @staticmethod
    def _asked_along(verb):
        """The verb an act hangs from when it is asked along with it: weighed ("asked Fiji to consider not signing"), or
        waited for by a before-phrase ("urged Ghana to work with its neighbours before seeking loans", "prior to
        seeking"); and whether a before-phrase was crossed."""
        node, waited = verb, False
        for _ in range(3):
            if node.dep_ == "xcomp" and node.tag_ == "VBG" and node.head.dep_ in ("xcomp", "conj"):
                node = node.head
                continue
            step, path = node, []
            while step.dep_ in ("pcomp", "prep") and step.head is not step and len(path) < 4:
                path.append(step.head)
                step = step.head
            if node.tag_ != "VBG" or not any(t.lower_ in PROSPECTIVE for t in path) or step.pos_ not in ("VERB", "AUX"):
                break
            node, waited = step, True
        return waited, node

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
