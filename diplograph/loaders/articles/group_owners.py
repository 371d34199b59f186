"""A named armed group described as someone's own leads back to them: "the SPLM-N, the rebel group of Abdelaziz
al-Hilu", "the Arakan Army, the militia of Twan Mrat Naing" (LEADS; the leader's AFFILIATED_WITH follows, see
claim_passes.leaders_belong). "A group of fighters", "a faction of the army" name no leader."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg


class GroupOwners:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _groups_of_leaders(self) -> None:
        nouns = self.lex.noun_class["owned_group_nouns"]
        for person in (m for m in self.mentions if m.type == "person"):
            root = self.doc[person.start:person.end].root
            if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head == root.head:
                continue
            noun = root.head.head
            if noun.lemma_.lower() not in nouns or not any(c.dep_ in ("det", "poss") and c.lower_ == "the"
                                                           for c in noun.children):
                continue
            named = [noun.head] if noun.dep_ == "appos" else []
            named += [c for c in noun.children if c.dep_ == "appos"]
            comma = noun.left_edge.i - 1  # ("the rebels of the Arakan Army, the group of X", however the parser hangs it)
            if noun.dep_ == "appos" and comma > 0 and self.doc[comma].text == ",":
                named.append(self.doc[comma - 1])
            groups = {g.actor.id: g for t in named if (g := self.mention(t)) is not None and g.type == "armed_group"}
            groups = list(groups.values())
            if len(groups) == 1:
                self._emit([Arg(person.actor, person.start)], [Arg(groups[0].actor, groups[0].start)], ("LEADS",),
                           None, "group_of")
