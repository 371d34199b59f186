"""A region's states named as a group ("the Baltic states", "the Gulf states", "the Nordic countries") point back
only to a list of three or more named together ("the defence ministers of Estonia, Latvia and Lithuania met ...
The Baltic States expressed concern"), never to the pair the text named last: "would help defend Poland and the
Baltic states if Russia went further" defends no Russia. A count still points back ("the two Gulf states"), and so
does a region's word on a noun of a relation between the actors themselves (`region_relation_heads` in the lexicon:
"Japan and the Philippines signed a pact. The Asian neighbours will hold drills", "the Gulf rivals")."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg


class RegionGroups:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def region_list(self, token, found: list[Arg]) -> list[Arg]:
        """``found`` (the actors a reference points back to), or none when ``token`` is a region's group (lexicon
        `region_adjectives`, no count) and they are fewer than three."""
        counted = any(c.dep_ == "nummod" or c.lower_ == "both" for c in token.children) or \
            token.lemma_.lower() in self.lex.noun_class["region_relation_heads"]
        region = any(c.dep_ in ("amod", "compound") and self.mention(c) is None and
                     c.lower_ in self.lex.noun_class["region_adjectives"] for c in token.children)
        return [] if region and not counted and len({a.actor.id for a in found}) < 3 else found
