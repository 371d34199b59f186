"""A body's kind, a comma, then the body's name, when the parser hangs the name on another word.

    "The three juntas signed a treaty in Niamey creating a confederation, the Alliance of Sahel States (AES)"

The name is an apposition to "a confederation", the thing created; the small model often hangs it on an
earlier noun ("treaty"), so the founders would found nothing. A noun of a kind of body (`composed_bodies` in
the lexicon: alliance, bloc, confederation, force, pact ...) followed by a comma and a body's or armed group's
name stands for that name, however parsed, as "the Iranian oligarch, Babak Zanjani" does for persons
(arguments.py). Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`.
"""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg


class TrailingAppositions:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _trailing_body(self, token, exclude) -> list[Arg] | None:
        """The body named after "a confederation," (see the module docstring), or None."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.lex.noun_class["composed_bodies"]:
            return None
        at = token.i + 1
        if at >= self.sent.end or self.doc[at].text != ",":
            return None
        at += 1 if at + 1 < self.sent.end and self.doc[at + 1].lower_ == "the" else 0
        named = self.mention(self.doc[at + 1]) if at + 1 < self.sent.end else None
        if named is None or named.start != at + 1 or named.type not in ("organization", "armed_group"):
            return None
        root = self.doc[named.start:named.end].root
        if root.dep_ != "appos" or root.head == token:
            return None  # a list ("a force, the AU and the UN") or an apposition already read
        return [Arg(named.actor, named.start)] if named.actor.id not in exclude else []
