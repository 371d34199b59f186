"""Bodies described by whom they are made of, the members listed after a colon or a dash: "The JEF is a
UK-led force of ten northern European nations: Denmark, Estonia, ...", "the Quad, a grouping of four
democracies – Australia, India, Japan and the United States –"."""

from __future__ import annotations

from diplograph.gazetteer import PLACE
from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import DASHES


class Compositions:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _compositions(self) -> None:
        heads = self.lex.noun_class.get("composed_bodies", ())
        kinds = self.lex.noun_class["actor_kinds"] | self.lex.noun_class.get("composed_kinds", frozenset())
        for kind in self.tokens:
            # "a force of ten nations", "a grouping of four democracies": the body and what it is made of
            if kind.lemma_.lower() not in kinds or kind.tag_ not in ("NNS", "NNPS") or kind.dep_ != "pobj" or \
                    kind.head.lower_ != "of" or kind.head.head.lemma_.lower() not in heads:
                continue
            body = self._composed_body(kind.head.head)
            members = self._listed_after(kind)
            if body is None or len(members) < 2:
                continue
            members += self._leaders(kind.head.head)  # "a UK-led force of ten nations: ...": the leader is one of them
            self._emit([m for m in members if m.actor.id != body.actor.id], [body], ("MEMBER_OF",), kind.head.head,
                       "composition")

    def _composed_body(self, noun) -> Arg | None:
        """The body a description is said of: the subject it is predicated of ("The JEF is a force of ..."),
        the name it is an apposition to ("the JEF, a force of ..."), or its own name ("the JEF force of ...")."""
        said_of = [c for c in noun.head.children if c.dep_ == "nsubj"] if noun.dep_ == "attr" else \
            [noun.head] if noun.dep_ == "appos" else []
        said_of += [c for c in noun.children if c.dep_ in ("compound", "appos")]
        comma = noun.left_edge.i - 1
        if noun.dep_ == "appos" and comma > self.sent.start and self.doc[comma].text == ",":
            said_of.append(self.doc[comma - 1])  # "Ministers of the Quad, a forum of ...", however the parser hangs it
        for token in said_of:
            m = self.mention(token)
            if m is not None and m.type == "organization":
                return Arg(m.actor, m.start)
        return None

    def _listed_after(self, kind) -> list[Arg]:
        """The states named after the colon or dash that follows ``kind`` (at most two words on), up to the
        end of the sentence or a closing dash."""
        i = kind.i + 1
        while i < min(self.sent.end, kind.i + 3) and self.doc[i].text not in DASHES:
            i += 1
        if i >= self.sent.end or self.doc[i].text not in DASHES or self.doc[i].text == "-":
            return []
        found: list[Arg] = []
        for token in self.doc[i + 1:self.sent.end]:
            if token.text in DASHES and token.text not in ("-", ":"):
                break  # "four democracies – A, B, C and D – met": the list is closed
            m = self.mention(token)
            if m is not None and m.start == token.i and m.type == "state" and not m.is_demonym and m.kind != PLACE:
                found.append(Arg(m.actor, m.start))
        return found
