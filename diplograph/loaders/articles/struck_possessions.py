"""Whose "its" is on what a verb of striking or judging acts on: never the doer's.

"Iran has expanded its missile programme. Israel struck *its* air defences", "Hezbollah fired rockets on Sunday.
Israeli jets struck several of *its* positions": no one strikes, sanctions or accuses their own (lexicon
`judging_others`), so the possessive on the object, or on the noun a partitive object ("several of", "some of")
is about, is not the verb's doer nor the state the doer serves. It is the actor of the pronoun's type named last
before it in the sentence that is not a doer, else (none in the sentence) the last subject of that type told in the
sentence or two before that is not a doer: the one the story was just about. Further back, or with only a possessor
for subject ("The Islamic State's branch is based in Puntland. U.S. aircraft struck its positions"), it is left to
the older reading: the subject there is often another story's. Read as the subject of its own clause, it made the
striker strike itself, and the relation was lost.
"""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg

# characters back to the subject the owner may be: the sentence or two before (an older subject is another story's)
STRUCK_REACH = 400
# words of a partitive object whose of-phrase names what is acted on: "struck several of its positions"
_PARTITIVES = frozenset({"several", "some", "many", "most", "one", "two", "three", "dozens", "hundreds", "all",
                         "part", "parts", "much", "each", "both", "any", "few"})


class StruckPossessions:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _struck_owner(self, token, types, exclude) -> list[Arg] | None:
        """[the owner] of the object "its" is on, as above; None when the pronoun is not on such an object."""
        if token.dep_ != "poss":
            return None
        thing = token.head
        if thing.dep_ == "pobj" and thing.head.lower_ == "of" and thing.head.head.dep_ == "dobj" and \
                thing.head.head.lower_ in _PARTITIVES:
            thing = thing.head.head  # "several of its positions": what "several" is of
        if thing.dep_ != "dobj" or thing.head.lemma_.lower() not in self.lex.noun_class["judging_others"] or \
                thing.lemma_.lower() in self.lex.classes("own_part", "neighbour_words", "partner_words"):
            return None  # ("accused its neighbour", "criticised its ally": one's own neighbour, read elsewhere)
        verb = thing.head
        other = self._other_than_doers(verb, token, types, exclude)
        if other is not None:
            return [other]
        doers = self.agent(verb)
        if not doers:
            return None
        excluded = {*exclude, *(a.actor.id for a in doers), *(
            office.id for a in doers if a.actor.type == "person" and (office := self._office_of(a.actor)) is not None)}
        actor = self.ctx.recent_subject(types, self._position(token), STRUCK_REACH, excluded)
        return [Arg(actor, token.i)] if actor is not None else None
