"""A person pronoun opening what a sentence says goes on about the person the sentence or two before were about
(their subject), not about the person they named last: "Rubio met Mulino. He told him ..." (Rubio told Mulino).

Within one sentence the same holds for a second subject pronoun of the same person: "In Luanda he met Lourenço,
whom he had received in 2023, and he then travelled to Lobito, where he met Tshisekedi": every "he" is the one
the first "he" stands for, not Lourenço, named last. A person named as a subject between the two (a name, or a
relative pronoun standing for one: "he met Putin, who said he ...") is read first by the caller and wins."""

from __future__ import annotations

from diplograph.graph.model import Actor
from diplograph.loaders.articles.syntax import SUBJ

_SAME_PERSON = ({"he", "him", "his", "himself"}, {"she", "her", "hers", "herself"})


class SubjectPronouns:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _subject_going_on(self, token, types, exclude) -> Actor | None:
        """The person subject before ``token`` (a subject pronoun) in the paragraph, when its own sentence names no
        person before it ("Iranian officials accused Grossi, a charge he rejects": Grossi, the one named last);
        when it does, the person an earlier subject pronoun of the sentence of the same gender stands for."""
        if token.dep_ not in SUBJ:
            return None
        if any(m.type == "person" and m.start < token.i for m in self.mentions):
            return self._same_pronoun_before(token, exclude)
        return self.ctx.subject_going_on(types, self._position(token), exclude)

    def _same_pronoun_before(self, token, exclude) -> Actor | None:
        """What the sentence's first subject pronoun of ``token``'s gender stands for, if it is a person."""
        family = next((f for f in _SAME_PERSON if token.lower_ in f), None)
        first = next((t for t in self.tokens if t.i < token.i and t.dep_ in SUBJ and family and t.lower_ in family
                      and not _quoted_between(self.tokens, t, token)), None)
        if first is None:
            return None
        people = [a.actor for a in self._pronoun(first, exclude) if a.actor.type == "person"]
        return people[0] if len(people) == 1 else None


def _quoted_between(tokens, first, token) -> bool:
    """A quotation mark between the two pronouns: one may be a quoted speaker's, the other the narrator's."""
    return any(t.is_quote for t in tokens if first.i < t.i < token.i)
