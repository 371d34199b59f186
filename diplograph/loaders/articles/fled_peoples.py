"""People who fled a state are not the state: "Canada granted asylum to Syrian refugees", "Germany shelters Afghan
migrants", "Turkey hosts Iranian dissidents". A demonym on a word for the displaced (the lexicon's `displaced`) stands
for its state only in a deed done to them against their state's interest, a coercion or attack ("stepped up
deportations of Haitian migrants" presses Haiti); taking them in, helping them or talking with them is no support,
aid or talks with the state they left."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg

# relations of help and talk, which help or talk to the displaced never gives their state
_COOPERATIVE = frozenset({"verbal_cooperation", "material_cooperation"})


class FledPeoples:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _fled_from(self, subject: Arg, arg: Arg, predicate: str, rule: str) -> bool:
        """Is ``arg`` a demonym on the displaced in a relation of help or talk (dropped, with the reason)?"""
        if self.onto.predicate(predicate).family not in _COOPERATIVE or not 0 <= arg.key < len(self.doc):
            return False
        m = self.mention(self.doc[arg.key])
        token = self.doc[m.end - 1] if m is not None and m.is_demonym else None
        if token is None or token.head.lemma_.lower() not in self.lex.noun_class["displaced"]:
            return False
        self._drop(f"{subject.actor.name} {predicate} {arg.actor.name} ({rule}): "
                   f"'{token.text} {token.head.text}' fled the state, they are not it")
        return True
