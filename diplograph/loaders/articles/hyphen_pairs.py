"""Actors joined by a hyphen, dash or slash before a noun: "the Kyrgyz-Tajik border", "the Azerbaijan-Armenia
conflict", "the Saudi-Iranian rapprochement" name the noun's two sides."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg


class HyphenPairs:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _hyphen_pair(self, noun) -> list[Arg]:
        """"the Kyrgyz-Tajik border", "the Azerbaijan-Armenia conflict": actors joined by a hyphen,
        dash or slash right before the noun (its compound modifiers)."""
        tokens = []
        i = noun.i - 1
        while i >= self.sent.start and len(tokens) < 8:
            tok = self.doc[i]
            if tok.text in ("-", "–", "—", "/") or tok.dep_ in ("compound", "amod", "nmod", "npadvmod") or \
                    self.mention(tok) is not None:
                tokens.append(tok)
                i -= 1
                continue
            break
        tokens.reverse()
        args, joined = [], False
        previous = None
        for tok in tokens:
            m = self.mention(tok)
            if m is not None and m.type != "weapon":
                if previous is not None and (tok.i - previous.end) <= 1 and \
                        any(self.doc[j].text in ("-", "–", "—", "/") for j in range(previous.end, tok.i)):
                    joined = True
                if not args or args[-1].actor.id != m.actor.id:
                    if previous is None or m is not previous:
                        args.append(Arg(m.actor, m.start))
                previous = m
        return args if joined and len(args) >= 2 else []
