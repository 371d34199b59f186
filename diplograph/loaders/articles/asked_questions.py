"""Yes/no questions: "Has Canberra raised concerns about the treaty?", "Did Moscow send troops to Mali?", "Q: Is
Ankara selling drones to Niger?". A sentence that opens with an auxiliary put before its subject and ends with a
question mark asks whether the act happened; it tells nothing, so the act it asks about gives no relation (interviews,
Q&A explainers and parliamentary questions are full of them, and their answers, in the next sentences, are read as
any other). What the question takes as given still holds: a relative clause ("Can India, which buys Russian oil,
...?"), a noun whose sides are its own ("Will the talks between Egypt and Ethiopia resume?"). Questions with a
question word ("Why did Iran strike Iraq?") presuppose their act, and a tag question ("..., hasn't it?") asserts it:
both are left alone. The auxiliaries are the lexicon's `question_auxiliaries`."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Found

# Roles a noun takes from the clause around it: the question's subject asks about the noun's act.
_CLAUSE_ROLES = ("governor", "agent")
_GIVEN = ("relcl", "acl", "appos")


class AskedQuestions:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _questions_asked(self, found: list[Found]) -> list[Found]:
        root = self._yes_no_root()
        if root is None:
            return found
        kept = []
        for f in found:
            if f.trigger is not None and self._asked_about(f, root):
                self._drop(f"{f.subject.name} {f.predicate} {f.object.name} ({f.rule}): asked in a yes/no "
                           "question, not told")
                continue
            kept.append(f)
        return kept

    def _yes_no_root(self):
        """The verb of the sentence when the sentence is a yes/no question, else None."""
        words = [t for t in self.tokens if not t.is_space]
        while words and (words[-1].is_punct and words[-1].text != "?" or words[-1].is_quote):
            words = words[:-1]
        if not words or words[-1].text != "?":
            return None
        colon = next((i for i, t in enumerate(words[:3]) if t.text == ":"), None)
        if colon is not None:
            words = words[colon + 1:]  # "Q: Has China ...?", "Question: Did ...?"
        words = [t for t in words if not (t.is_punct or t.is_quote)]
        first = words[0] if words else None
        if first is None or first.lower_ not in self.lex.noun_class["question_auxiliaries"]:
            return None
        verb = first.head if first.dep_ in ("aux", "auxpass") else first
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        return verb if subject is not None and subject.i > first.i else None

    def _asked_about(self, f: Found, root) -> bool:
        node = f.trigger
        while node != root:
            if node.dep_ in _GIVEN or node.head == node:
                return False
            node = node.head
        if f.trigger.pos_ in ("NOUN", "PROPN"):
            pattern = f.rule.split(":")[1] if ":" in f.rule else ""
            return any(pattern.startswith(role) for role in _CLAUSE_ROLES)
        return True
