"""A region's states named as a group ("the Baltic states", "the Gulf states", "the Nordic countries") are not a
reference back to the pair or list the text named last: "would help defend Poland and the Baltic states if Russia
went further" defends no Russia. A count still points back ("the two Gulf states")."""

from __future__ import annotations


class RegionGroups:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def region_group(self, token) -> bool:
        """Is ``token`` qualified by a region's adjective (lexicon `region_adjectives`) that names no actor?"""
        return any(c.dep_ in ("amod", "compound") and self.mention(c) is None and
                   c.lower_ in self.lex.noun_class["region_adjectives"] for c in token.children)
