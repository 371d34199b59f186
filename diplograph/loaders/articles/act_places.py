"""Where forces are is never an act they met: "Indian soldiers were killed in Pakistani firing", "Thai soldiers
died in Cambodian shelling" (the parser often cuts the phrase after the demonym) put no forces in Pakistan or
Cambodia; the demonym names whose act it was."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg


class ActPlaces:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _qualifies_act(self, arg: Arg, acts) -> bool:
        """Is the actor found for a place a demonym right before a word of attack (``acts``)?"""
        m = self.mention(self.doc[arg.key]) if 0 <= arg.key < len(self.doc) else None
        return m is not None and m.is_demonym and m.end < len(self.doc) and self.doc[m.end].lower_ in acts
