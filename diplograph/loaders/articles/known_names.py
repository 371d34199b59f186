"""A group named by a participle of naming is the actor so named: "fight the insurgents, *known locally as*
al-Shabaab", "clashed with a rebel group *called* the M23" (the parser makes the name the participle's, so the
noun the verb acts on names no one)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import prep_objects


class KnownNames:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def named_by_participle(self, token, exclude, depth: int) -> list[Arg]:
        """The actors the as-phrase or complement of a naming participle (lexicon `naming_participles`) on
        ``token`` names, when that is a name the text knows ("a policy known as Look East" names no one)."""
        names = [n for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_.lower() in self.lex.noun_class["naming_participles"]
                 for n in [g for g in c.children if g.dep_ == "oprd"] +
                 [o for g in c.children if g.dep_ == "prep" and g.lower_ == "as" for o in prep_objects(g)]]
        return [a for n in names if self.mention(n) is not None for a in self.actors(n, "strict", exclude, depth + 1)]
