"""Repairs of copular clauses the small parser reads as progressive verbs (see :mod:`repairs`).

* :func:`participles_as_adjectives`: "the Colombo Security Conclave, of which India and Sri Lanka *are
  founding members*": "founding" read as a verb in the progressive with "members" its object, so the
  clause has no noun a membership can hang its of-phrase on. A participle the lexicon knows as an
  adjective of standing (`adjectival_participles`) before a noun of standing (`standing`: members,
  parties, powers) is an adjective, and the noun the predicate of "are".
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re"})


def participles_as_adjectives(doc, participles, standing) -> None:
    """Rebuild "X are *founding* members (of Y)" as "be" with its predicate noun: every child of the
    participle but the noun moves to "be", which takes the participle's place in the tree."""
    for verb in doc:
        if verb.tag_ != "VBG" or verb.lower_ not in participles or verb.i + 1 >= len(doc):
            continue
        noun = doc[verb.i + 1]
        be = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in _BE and c.i < verb.i), None)
        if be is None or noun.head != verb or noun.dep_ != "dobj" or noun.lower_ not in standing:
            continue  # "are training soldiers", "are leading the talks": real progressives
        changes = {be.i: (be.i if verb.head == verb else verb.head.i, "ROOT" if verb.head == verb else verb.dep_),
                   noun.i: (be.i, "attr"), verb.i: (noun.i, "amod")}
        changes.update({c.i: (be.i, c.dep_) for c in verb.children if c not in (be, noun)})
        apply_heads(doc, changes)
