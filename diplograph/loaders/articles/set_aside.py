"""The alternative a sentence sets aside: "China and India are development partners rather than rivals", "Ghana chose
talks with Togo instead of sanctions", "the two armies patrol as partners as opposed to rivals". The words after
"rather than", "instead of" (the lexicon's `setting_aside`) name what is not the case, or what was not done; a
trigger among them gives no relation, neither asserted nor denied (a contrast is not a denial someone made). What
stands before the phrase ("development partners") is read as usual."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Found


class SetAside:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _alternatives_set_aside(self, found: list[Found]) -> list[Found]:
        kept = []
        for f in found:
            if f.trigger is not None and self._set_aside(f.trigger):
                self._drop(f"{f.subject.name} {f.predicate} {f.object.name} ({f.rule}): the alternative set aside "
                           "('rather than', 'instead of'), not what is told")
                continue
            kept.append(f)
        return kept

    def _set_aside(self, trigger) -> bool:
        """Does a setting-aside phrase open the phrase ``trigger`` heads, or the first of a list it ends ("rather
        than sanctions or threats")? Only its own phrase: a phrase the parser hung on the set-aside one need not be
        set aside ("chose Riyadh rather than a European capital for its first trip": the trip was made)."""
        phrases = self.lex.noun_class["setting_aside"]
        node = trigger
        for _ in range(4):
            start = node.left_edge.i
            words = " ".join(t.lower_ for t in self.doc[max(start - 3, self.sent.start):start])
            if any(words == p or words.endswith(" " + p) for p in phrases):
                return True
            if node.dep_ != "conj" or node.head == node:
                return False
            node = node.head
        return False
