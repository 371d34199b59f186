"""Acts a sentence names only as the content of something that is not a telling: an open question ("the question is
whether Kenya or Uganda will send troops to Somalia", "whether Ghana signs the pact with Togo is disputed"), a
condition ("promised Jordan 200 million euros if Amman signed a deal with the World Bank"), a fear ("when they feared
that Nigeria would invade Benin") or a hope the past perfect says was let down ("Chile, which had hoped to sign a
trade deal with Japan, reacted coolly"). None says the act happened or that anyone plans it, so none gives a relation,
whatever modality its cue words would lend it (the gold of every development set leaves them out or, for open
questions, optional; what the fear tells, a THREAT, comes from `threat_framing`).

Only the trigger's own clause counts, and only what the clause asks or supposes: a noun whose sides are its own still
holds ("whether the talks between Egypt and Ethiopia will resume": the talks are there), as does a relative clause in
it; the clause a condition governs is read as usual ("Egypt might strike Sudanese positions if the fighting nears its
border" is speculative, `modality.py`); a whether-clause left unclear ("it is unclear whether Peru bought the
drones") is an unconfirmed report (lexicon `left_open`), and "hopes to buy tanks" a plan. The lexicon's `fearing` and
`hoping` verbs, and the modality cues `open_questions` and `conditions`, are the words."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Found

# Where a clause stops: above these the words govern another clause ("said", "warned"), not the act's own (an
# infinitive is still the clause of the verb it completes: "feared that Nigeria would try to invade Benin").
_CLAUSE_EDGES = frozenset({"ccomp", "advcl", "csubj", "csubjpass", "parataxis", "pcomp"})
# What is given, not asked: a relative clause or an apposition inside the untold clause.
_GIVEN = frozenset({"relcl", "appos", "acl"})
# Roles a noun takes from its clause: "signed an agreement with X" is the signing's; "talks between A and B" and "its
# rivalry with X" have sides of their own.
_CLAUSE_ROLES = ("governor", "agent")


class UntoldContents:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _contents_untold(self, found: list[Found]) -> list[Found]:
        kept = []
        for f in found:
            why = self._untold(f) if f.trigger is not None else None
            if why:
                self._drop(f"{f.subject.name} {f.predicate} {f.object.name} ({f.rule}): {why}, not told")
                continue
            kept.append(f)
        return kept

    def _untold(self, f: Found) -> str | None:
        """Why the act of ``f`` is only the content of a question, a condition, a fear or a let-down hope, or None."""
        trigger = f.trigger
        if trigger.pos_ in ("NOUN", "PROPN"):
            pattern = f.rule.split(":")[1] if ":" in f.rule else ""
            if not pattern.startswith(_CLAUSE_ROLES):
                return None
        node = trigger
        for _ in range(12):
            if node.dep_ in _GIVEN and node is not trigger or node.head is node:
                return None
            why = self._untelling(node)
            if why:
                return why
            if node.dep_ in _CLAUSE_EDGES and not _purpose(node):
                return None
            node = node.head
        return None

    def _untelling(self, node) -> str | None:
        """What makes the clause headed at ``node`` untold: its opening word, or the verb above it."""
        cues = self.lex.modality["speculative"]
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if marks & cues.get("open_questions", frozenset()):
            return None if self._left_open(node) else "an open question ('whether')"
        if marks & cues.get("conditions", frozenset()) and node.dep_ == "advcl":
            return "a condition ('if')"
        if node.dep_ not in ("ccomp", "xcomp"):
            return None
        above = node.head
        lemma = above.lemma_.lower()
        if lemma in self.lex.noun_class["fearing"] and above.pos_ == "VERB":
            return f"what is feared ('{above.lower_}')"
        if lemma in self.lex.noun_class["hoping"] and node.dep_ == "xcomp" and \
                any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in above.children) and \
                not any(c.dep_ == "neg" for c in above.children):  # ("had not intended to strike": a denial)
            return f"a hope let down ('had {above.lower_}')"
        return None

    def _left_open(self, clause) -> bool:
        """Is the whether-clause at ``clause`` said to be unclear ("it is unclear whether", "it is not known whether"):
        an unconfirmed report, not a question asked."""
        above = clause.head
        words = {above.lemma_.lower(), *(c.lemma_.lower() for c in above.children if c.dep_ in ("acomp", "attr"))}
        return bool(words & self.lex.noun_class["left_open"])


def _purpose(clause) -> bool:
    """Is ``clause`` an infinitive of purpose, part of the clause it serves ("whether they are there to contain the
    ELN": the containing is asked too)?"""
    return clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and \
        not any(c.dep_ == "mark" for c in clause.children)
