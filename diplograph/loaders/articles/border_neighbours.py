"""Neighbours named by a border: "Pakistan held drills near its border with India", "Greece staged exercises close to
its maritime boundary with Turkey", "the two armies patrol along the frontier with Iran". The with-phrase of a border
noun (the lexicon's `border_lines`) names the state across the line, not a partner in the act: a relation that takes
its partner from the with-phrase (drills, cooperation, talks "with" someone) has none when the only "with" is the
border's. The border itself still gives BORDERS ("its border with India"), and hostile acts at the border keep the
neighbour as their target ("massed troops near the boundary with Kosovo")."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Found
from diplograph.loaders.articles.syntax import conjuncts

# Acts done with a partner; hostile acts at a border take their target from it ("massed troops near the
# boundary with Kosovo" mobilises against Kosovo).
COOPERATION = frozenset({"verbal_cooperation", "material_cooperation"})
# Prepositions naming what a deal or talks are about.
TOPICS = frozenset({"on", "over", "about", "concerning", "regarding"})


class BorderNeighbours:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _neighbours_not_partners(self, found: list[Found]) -> list[Found]:
        kept = []
        for f in found:
            pattern = f.rule.split(":")[1] if ":" in f.rule else ""
            if "partner" in pattern and self.onto.predicate(f.predicate).family in COOPERATION and \
                    f.trigger is not None and not self._is_border_line(f.trigger) and self._only_across_border(f.object.id):
                self._drop(f"{f.subject.name} {f.predicate} {f.object.name} ({f.rule}): the with-phrase is a "
                           "border's, naming a neighbour, not a partner")
                continue
            kept.append(f)
        return kept

    def _is_border_line(self, token) -> bool:
        return token.lemma_.lower() in self.lex.noun_class["border_lines"]

    def _only_across_border(self, actor_id: str) -> bool:
        """Whether every mention of the actor in the sentence is the object of a border's "with"."""
        tokens = [self.doc[m.start:m.end].root for m in self.mentions
                  if m.actor.id == actor_id and self.sent.start <= m.start < self.sent.end]
        return bool(tokens) and all(self._across_border(t) for t in tokens)

    def _across_border(self, token) -> bool:
        head = token
        while head.dep_ == "conj" or head.dep_ in ("compound", "amod", "poss") and head.head.pos_ == "NOUN" and \
                self.mention(head.head) is None:
            head = head.head  # "with the Indian state", "with India and Nepal"
        if head.dep_ != "pobj" or head.head.lower_ != "with":
            return False
        line = head.head.head
        before = self.doc[head.head.i - 1]
        if line.pos_ in ("VERB", "AUX") and self._is_border_line(before):
            line = before  # "drills along its frontier with Afghanistan", the with-phrase hung on the verb
        if line.dep_ == "pobj" and line.head.lower_ in TOPICS and not any(c.dep_ == "poss" for c in line.children):
            # "a deal on maritime boundaries with Egypt": the lines are what the deal is about, with Egypt ("drills
            # on its border with India" stand on one side's line)
            return False
        return self._is_border_line(line) or any(self._is_border_line(c) for c in conjuncts(line))
