"""A person pronoun opening what a sentence says goes on about the person the sentence or two before were about
(their subject), not about the person they named last: "Rubio met Mulino. He told him ..." (Rubio told Mulino)."""

from __future__ import annotations

from diplograph.graph.model import Actor
from diplograph.loaders.articles.syntax import SUBJ


class SubjectPronouns:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _subject_going_on(self, token, types, exclude) -> Actor | None:
        """The person subject before ``token`` (a subject pronoun) in the paragraph, when its own sentence names no
        person before it ("Iranian officials accused Grossi, a charge he rejects": Grossi, the one named last)."""
        if token.dep_ not in SUBJ or any(m.type == "person" and m.start < token.i for m in self.mentions):
            return None
        return self.ctx.subject_going_on(types, self._position(token), exclude)
