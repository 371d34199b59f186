"""A state or body through which two sides talk stands between them: "the Houthis held indirect contacts with
Washington through Oman", "talks between Iran and the United States via Omani mediators" (the `talks` trigger's
`channel` role: a through- or via-phrase on the talks or on the verb that holds them)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import prep_objects

CHANNEL_TYPES = ("state", "organization")


class Channels:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def talks_channel(self, noun, exclude=()) -> list[Arg]:
        heads = [noun] + ([noun.head] if noun.dep_ in ("dobj", "nsubj", "nsubjpass") else [])
        return [a for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("through", "via")
                for o in prep_objects(c) for a in self.actors(o, "strict", exclude) if a.actor.type in CHANNEL_TYPES]
