"""Repairs of copular clauses the small parser reads as progressive verbs (see :mod:`repairs`).

* :func:`participles_as_adjectives`: "the Colombo Security Conclave, of which India and Sri Lanka *are
  founding members*": "founding" read as a verb in the progressive with "members" its object, so the
  clause has no noun a membership can hang its of-phrase on. A participle the lexicon knows as an
  adjective of standing (`adjectival_participles`) before a noun of standing (`standing`: members,
  parties, powers) is an adjective, and the noun the predicate of "are".
* :func:`progressives_read_as_attributes`: the other way round, "said Qatar *is mediating* between Kabul and
  Islamabad" read as "be" with the participle its predicate: a verb the lexicon triggers on, in -ing form and
  right after "is", is the clause's verb and "is" its auxiliary.
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


def progressives_read_as_attributes(doc, verb_lemmas) -> None:
    """Rebuild "X *is mediating* between A and B", read as "be" with a predicate participle, as the progressive
    verb with its auxiliary: the participle takes the place of "be" in the tree and its subject."""
    for be in doc[:-1]:
        verb = doc[be.i + 1]
        if be.lower_ not in _BE or be.pos_ != "AUX" or verb.tag_ != "VBG" or verb.head != be or \
                verb.dep_ not in ("attr", "acomp") or verb.lemma_.lower() not in verb_lemmas or \
                verb.lower_ in ("founding", "leading", "ruling", "governing"):
            continue
        changes = {verb.i: (verb.i if be.head == be else be.head.i, "ROOT" if be.head == be else be.dep_),
                   be.i: (verb.i, "aux")}
        changes.update({c.i: (verb.i, c.dep_) for c in be.children if c != verb})
        apply_heads(doc, changes)
