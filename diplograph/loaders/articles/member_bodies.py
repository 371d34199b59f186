"""A body speaking through its members: a communiqué's "The member states strongly condemned the strikes", "Member
countries welcomed the report", "The members called for a ceasefire" tell what the organisation says, so the
subject is the body, not one member or the last states named. The body is the one the text last told members of
(a MEMBER_OF found before: "the summit of the member states: A, B and C"), else the organisation the document has
named most often (at least twice, more than any other). Only a subject with no owner of its own: "NATO members",
"its members", "members of the council" name whose members they are and are read as before; a phrase that acts
on nothing (an object, "urged the member states") is no one's voice."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import SUBJ


class MemberBodies:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _members_body(self, token, exclude) -> list[Arg] | None:
        """The body ``token`` ("states" of "the member states") speaks for; None when it is no such phrase."""
        top = token.head if token.dep_ == "conj" else token
        if top.dep_ not in SUBJ or token.tag_ not in ("NNS", "NNPS"):
            return None
        words = [c for c in token.lefts if c.dep_ in ("compound", "det", "amod", "predet")]
        if any(c.dep_ in ("poss", "nmod") or c.dep_ == "prep" and c.lower_ == "of" for c in token.children) or \
                any(self.mention(c) is not None for c in words):
            return None  # "NATO members", "its members", "members of the council": the owner is named
        phrase = " ".join(t.lower_ for t in (*words, token) if t.lower_ != "the")
        if phrase not in self.lex.noun_class["member_references"]:
            return None
        before = self._position(token)
        body = next((other for position, predicate, _, other in reversed(self.ctx.told)
                     if position < before and predicate == "MEMBER_OF" and other.type == "organization"), None)
        why = "the body the text last told members of"
        if body is None:
            body, why = self._document_body(before), "the organisation the document names most"
        if self.trace is not None:
            said = f"'{' '.join(t.text for t in (*words, token))}' = {body.name if body else 'no one'}"
            self.trace.refer(f"{said} ({why if body else 'no body told members of, none named most'})")
        return [Arg(body, token.i)] if body is not None and body.id not in exclude else []
