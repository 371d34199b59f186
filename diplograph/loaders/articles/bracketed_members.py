"""Members listed in brackets right after the name of a body: "the Alliance of Sahel States (Mali, Niger and
Burkina Faso)", "the Quad (Australia, India, Japan and the United States) met in Tokyo". Only brackets that
hold nothing but two or more states, joined by commas and "and", list members; "NATO (32 members)", "the EU
(France in particular)" and a bracket after a state or a place list no one. (The reverse, a bloc's name in
brackets after a list of states, is read by :mod:`blocs_and_acronyms`.)"""

from __future__ import annotations

from diplograph.gazetteer import PLACE
from diplograph.loaders.articles.candidates import Arg

_JOINERS = (",", "and", "the")


class BracketedMembers:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _bracketed_members(self) -> None:
        for body in (m for m in self.mentions if m.type == "organization" and not m.is_demonym):
            opening = body.end
            if opening + 1 >= self.sent.end or self.doc[opening].text != "(":
                continue
            members, i = [], opening + 1
            while i < self.sent.end and self.doc[i].text != ")":
                m = self.mention(self.doc[i])
                if m is not None and m.start == i and m.type == "state" and not m.is_demonym and m.kind != PLACE:
                    members.append(Arg(m.actor, m.start))
                    i = m.end
                elif self.doc[i].lower_ in _JOINERS:
                    i += 1
                else:
                    break
            if i < self.sent.end and self.doc[i].text == ")" and len(members) >= 2:
                self._emit(members, [Arg(body.actor, body.start)], ("MEMBER_OF",), self.doc[opening],
                           "bracketed_members")
