"""The chair of a body taken or handed on with no body named: "Madagascar will host the next summit, and its
President will then take over the chair", "Malaysia takes over the rotating chairmanship in January" in a report on
a summit. The chair is the body's the report is about: the organisation the document has named most often (at least
twice, more than any other), so whoever takes it LEADS that body. Only a chair words name as a body's
(`body_chairs` in the lexicon: not "the presidency", which a state's own president takes), taken by a verb of
taking office (`taking_chair`), and with no owner of its own ("the chairmanship of ASEAN", "the Council's chair"
are read as before)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg


class BodyChairs:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _chair_body(self, token, exclude) -> list[Arg] | None:
        """The body whose chair ``token`` ("chair" of "take over the chair") is; None when it is no such word."""
        words = " ".join(t.lower_ for t in token.lefts if t.dep_ == "amod") + " " + token.lower_
        if words.strip() not in self.lex.noun_class["body_chairs"] or token.dep_ != "dobj" or \
                token.head.lemma_.lower() not in self.lex.noun_class["taking_chair"] or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or \
                any(c.dep_ in ("poss", "compound") or c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return None
        body = self._document_body(self._position(token))
        if self.trace is not None:
            self.trace.refer(f"'the {words.strip()}' = {body.name if body else 'no one'} "
                             f"({'the organisation the document names most' if body else 'no body stands out'})")
        return [Arg(body, token.i)] if body is not None and body.id not in exclude else []
