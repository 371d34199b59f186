"""A quantifier standing alone for actors named before: "Both condemned the strikes", "X criticised both".

    Chile and Argentina signed a gas agreement in Santiago. Both condemned Bolivia's export ban.

The parser makes "Both" a pronoun and the subject, and no pronoun list holds it, so the clause had no one to act.
Standing alone it means what "both sides" would, with the same resolution (the pair named or told last:
sides.py), and the members act one by one as a coordinated subject does. Which words stand alone, and what each
counts, is data: lexicon `references.bare_quantifiers`, read with the types of its phrase ("both" as "both sides").
Not read: "both" with anything under it ("both of which", "both of us": distributives.py and the pronouns read
those), nor a quantifier in a determiner's place ("both countries", "Both Moscow and Pyongyang": not arguments).
"""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg


class BareQuantifiers:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def bare_quantifier(self, token, exclude) -> list[Arg] | None:
        """The actors a lone quantifier (``token``) stands for, [] when none fit, None when it is no lone quantifier."""
        phrase = self.lex.bare_quantifiers.get(token.lower_)
        if phrase is None or token.pos_ != "PRON" or any(c.dep_ not in ("punct", "advmod") for c in token.children):
            return None
        count, types = self.lex.references[phrase]
        before = self._position(token)
        found = self._sides(token, count, types, exclude, before)
        if len(found) != count:
            return []
        self.ctx.note_reference(found, before)
        return [Arg(a, token.i * 1000 + n, reference=token.i) for n, a in enumerate(found)]
