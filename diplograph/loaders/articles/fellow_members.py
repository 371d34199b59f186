"""Whose fellow members of a body they are is a member of it too: "Hungary's fellow EU members criticised the veto",
"Poland urged its fellow NATO allies to send troops", "Greece, Turkey's neighbour and fellow NATO member". A word of
membership (the lexicon's `fellow_words`), or of alliance qualified by "fellow" (`fellow_allies`: "Kyiv's NATO
allies" are only allies in NATO), qualified by a body's name and owned by someone says the owner belongs to the
body; the fellows' own membership is the `membership` and `ally` triggers' ("fellow NATO member Hungary"). The owner
may be a pronoun ("its", "their") or a name; only a state is a member so found ("the EU's NATO partners" make no EU
member of NATO), and only of a body (not a state: "Russia's Chinese partners" are no members of China)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg


class FellowMembers:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _fellow_members(self) -> None:
        members, allies = self.lex.noun_class["fellow_words"], self.lex.noun_class["fellow_allies"]
        for noun in self.tokens:
            lemma = noun.lemma_.lower()
            # ("Kyiv's NATO allies" are allies in NATO, not Ukraine's fellow members: only "fellow" says so)
            if lemma not in members and not (lemma in allies and any(c.lower_ == "fellow" for c in noun.children)):
                continue
            bodies = [Arg(m.actor, m.start) for c in noun.children if c.dep_ in ("compound", "nmod", "amod")
                      and (m := self.mention(c)) is not None and m.type == "organization" and not m.is_demonym]
            if not bodies:
                continue
            # ("Turkey's neighbour and NATO ally": the possessive of the first conjunct owns the second)
            owned = noun.head if noun.dep_ == "conj" and not any(c.dep_ == "poss" for c in noun.children) else noun
            owners = [a for c in owned.children if c.dep_ == "poss"
                      for a in self.actors(c, "strict") if a.actor.type == "state"]
            # (a standing tie, not the act of the clause it is named in: "urged its NATO allies to send troops")
            self._emit(owners, bodies, ("MEMBER_OF",), None, "fellow-members")
