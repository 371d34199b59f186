"""Ties broken off are no denied ties: "Iran suspended its cooperation with the IAEA", "Maduro suspended the energy
agreements with Trinidad", "Petro suspended the talks with the ELN", "cutting aid to Colombia", "Nicaragua dropped its
recognition of Taiwan", "Burundi broke off contact with Kigali". What is suspended, cut or dropped held until then, so
"denied" would say the opposite of the text, and the sentence's news is the break itself, which other rules read as
pressure (COERCION) or protest. So the tie a verb of breaking off (the lexicon's `breaking_off`) takes as its object,
or a noun of breaking off takes in its of-phrase ("the suspension of aid to X"), gives no relation of its own. Only
ties of talk, help and agreement (`TIES_BROKEN`); a break refused or negated ("will not halt the deals") is kept as
the modality stage reads it."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Found

# what is broken off: ties that held until the break (an arms delivery halted or a measure lifted is read elsewhere)
TIES_BROKEN = frozenset({"CONSULTATION", "COOPERATION", "AGREEMENT", "AID", "SUPPORT"})


class BrokenTies:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _ties_not_denied(self, found: list[Found]) -> list[Found]:
        kept = []
        for f in found:
            verb = self._breaking_off(f.trigger) if f.predicate in TIES_BROKEN else None
            if verb is not None:
                self._drop(f"{f.subject.name} {f.predicate} {f.object.name} ({f.rule}): broken off ('{verb}'), "
                           "it held until then and is not denied")
                continue
            kept.append(f)
        return kept

    def _breaking_off(self, trigger) -> str | None:
        """The word that breaks off the tie the noun ``trigger`` names ("suspended cooperation", "the
        suspension of aid"), or None."""
        if trigger is None or trigger.pos_ != "NOUN":
            return None
        words = self.lex.noun_class["breaking_off"]
        head = trigger.head
        if trigger.dep_ == "dobj" and head.pos_ == "VERB":
            particles = [c.lower_ for c in head.children if c.dep_ == "prt"]
            said = {head.lemma_.lower(), *(f"{head.lemma_.lower()} {p}" for p in particles)}
            refused = head.dep_ == "xcomp" and (head.head.lemma_.lower() in self.lex.modality["denied"]["verbs"] or
                                                any(c.dep_ == "neg" for c in head.head.children))
            if refused or any(c.dep_ == "neg" for c in head.children) or not said & words:
                return None  # "refused to suspend aid", "will not halt the deals": the tie goes on
            return max(said & words, key=len)
        if trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and \
                head.head.lemma_.lower() in words:
            return head.head.lemma_.lower()
        return None
