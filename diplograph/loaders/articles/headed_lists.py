"""Members listed under a heading that says what they are members of: a fact box or summary whose heading is
"Members" (or "Member states:", "ASEAN members", "Members of the Forum") over a paragraph, or bullet lines, that
hold nothing but names of states ("Australia, Fiji, Samoa and Tonga."). The list has no verb, so no sentence
rule reads it; the heading is its predicate. Each state listed is MEMBER_OF the body the heading names, else the
body the document is about: the organisation it has named most often, at least twice and more than any other
(with two bodies named alike, or one named once, the list stays unread). Only the lines right under the heading
count: the first that is not a bare list of states (prose, a sentence with a verb, the next heading) ends it."""

from __future__ import annotations

from collections import Counter

from diplograph.gazetteer import PLACE
from diplograph.loaders.articles.candidates import Arg

_JOINERS = frozenset({",", "and", "the", ";", ".", "-", "•", "*", "–", "—", "·", "republic", "of"})
_MARKS = frozenset({":", "#", "-", "*", "•"})


class HeadedLists:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _headed_members(self) -> None:
        if self._membership_heading():
            return
        noted = self.ctx.member_heading
        if noted is None:
            return
        members = self._bare_state_list()
        if not members:
            self.ctx.member_heading = None  # prose, or another heading: the list has ended
            return
        body = noted[0] or self._document_body(self._position(self.tokens[0]))
        if body is None:
            self._drop("a list under a membership heading: no body named in the heading, and the document is "
                       "about no one organisation")
            return
        if self.trace is not None:
            self.trace.refer(f"list under a heading of members = members of {body.name}"
                             f" ({'named in the heading' if noted[0] else 'the organisation the document names most'})")
        self._emit(members, [Arg(body, -1)], ("MEMBER_OF",), self.tokens[0], "headed_members")

    def _membership_heading(self) -> bool:
        """Is this sentence a heading of members ("Members", "Member states:", "ASEAN members")? Notes it, with the
        body it names, for the list under it."""
        tokens = [t for t in self.tokens if not t.is_space and t.text not in _MARKS]
        if not tokens or len(tokens) > 8 or any(t.pos_ in ("VERB", "AUX") for t in tokens) or \
                self.tokens[-1].text in (".", "?", "!"):
            return False
        bodies = [m for m in self.mentions if m.type == "organization" and not m.is_demonym]
        named = {i for m in bodies for i in range(m.start, m.end)}
        words = " ".join(t.lower_ for t in tokens if t.i not in named and t.lower_ not in ("the", "'s"))
        if words not in self.lex.noun_class["membership_headings"] or len(bodies) > 1:
            return False
        self.ctx.member_heading = [bodies[0].actor if bodies else None]
        return True

    def _bare_state_list(self) -> list[Arg]:
        """The states of a sentence that is nothing but names and the commas and "and" between them; a name the
        gazetteer lacks (a territory) is passed over, so long as most names are states."""
        members, unknown, i = [], 0, self.tokens[0].i
        end = self.tokens[-1].i + 1
        while i < end:
            m = self.mention(self.doc[i])
            if m is not None and m.start == i:
                if m.type != "state" or m.is_demonym or m.kind == PLACE:
                    return []
                members.append(Arg(m.actor, m.start))
                i = m.end
            elif self.doc[i].is_space or self.doc[i].lower_ in _JOINERS:
                i += 1
            elif self.doc[i].pos_ == "PROPN" and self.doc[i].is_title:
                unknown += 1 if i == 0 or self.doc[i - 1].pos_ != "PROPN" else 0
                i += 1
            else:
                return []
        return members if len(members) > unknown else []

    def _document_body(self, before: int):
        """The organisation the document has named most often before ``before``, at least twice and more than any
        other (the body a summary, a communiqué or a summit report is about); None when none stands out."""
        counts = Counter(s.actor_id for s in self.ctx.seen if s.type == "organization" and s.position < before)
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return self.ctx._actor(ranked[0][0])
