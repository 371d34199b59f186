"""Where a body's seat or site is, when the parser hangs the place on the body's name: "the headquarters of Boko
Haram *in Maiduguri*", "the camps of the ADF *in Ituri*" (the in-phrase read as the name's, not the noun's)."""

from __future__ import annotations

from diplograph.gazetteer import PLACE
from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import prep_objects


class OwnerPlaces:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _place_after_owner(self, noun, preps, exclude) -> list[Arg]:
        """Actors of the place phrases (``preps``) on the actor the noun's of-phrase names (not on a place:
        "the north of Mali in 2012")."""
        return [a for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for owner in prep_objects(prep) if (m := self.mention(owner)) is not None and m.kind != PLACE
                for a in self.prep_args(owner, preps, exclude)]
