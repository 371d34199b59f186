"""Whoever a title names as the head of an armed group leads it: "Joseph Kony, the leader of the Lord's Resistance
Army", "Al-Shabaab's leader, X", "Hezbollah leader X" (LEADS beside the title's AFFILIATED_WITH). One of many is
no head: "a Hezbollah commander", "a senior leader of the Islamic State", "the deputy leader"."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg

INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several", "many"})


class GroupHeads:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _heads_group(self, person: Arg, group: Arg, phrase, title: str) -> None:
        heads = self.lex.noun_class["group_heads"]
        if group.actor.type != "armed_group" or title not in heads:
            return
        head = next((t for t in phrase if t.lower_ == title.split()[-1]), None)
        if head is None or head.tag_ in ("NNS", "NNPS"):
            return
        words = {t.lower_ for t in phrase}
        determiners = {c.lower_ for c in head.children if c.dep_ in ("det", "poss")}
        if words & self.lex.noun_class["subordinate_heads"] or words & INDEFINITE:
            return
        if title in self.lex.noun_class["definite_group_heads"] and not determiners - INDEFINITE:
            return  # "Hezbollah commander X" is one of its commanders; "the commander of the LNA" leads it
        self._emit([person], [group], ("LEADS",), None, "title:head", {"role": title})
