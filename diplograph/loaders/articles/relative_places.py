"""Where a base is, told by a relative clause on it: "the Africa Corps occupies the bases Wagner once held in
northern Mali", "Turkish soldiers use the airfield that Russian forces built in Syria" (the place belongs to the
base, whoever the clause is about)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg

STANDING = frozenset({"in", "inside", "within", "at"})


class RelativePlaces:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def relative_place(self, themes, preps, exclude) -> list[Arg]:
        """The place a relative clause on a base among ``themes`` puts it in (its ``preps`` phrase); []."""
        # (the parser may hang the clause on a name it misreads as the base's apposition: "the bases Wagner held in X")
        holders = [h for t in themes if "base" in self.theme_classes([t])
                   for h in (t, *(c for c in t.children if c.dep_ == "appos"))]
        clauses = [c for h in holders for c in h.children if c.dep_ == "relcl" or c.dep_ == "acl" and c.tag_ == "VBN"]
        # (where it stands, not where what it serves reaches: "the base, which has supported operations to Afghanistan")
        standing = tuple(p for p in preps if p in STANDING)
        return [a for clause in clauses for a in self.prep_args(clause, standing, exclude)]
