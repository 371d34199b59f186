"""A verb's particle read as a preposition: "the Dutch government called in the Russian charge d'affaires" (the
parser makes "in" a preposition and the envoy its object, so the phrasal verb of the lexicon's `phrasal_senses`
is never seen and the envoy is called by no one). Run right after the parser (see :mod:`repairs`).
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

_TIMES = ("DATE", "TIME")


def particles_read_as_prepositions(doc, phrasal: frozenset[str]) -> None:
    """A preposition right after a verb with no object, which with the verb makes a phrasal verb of ``phrasal``
    ("call in"), and whose object is a common noun that names no time nor is qualified by an of-phrase ("in the
    wake of"), is the verb's particle; its object is the verb's."""
    for verb in doc[:-2]:
        prep = doc[verb.i + 1]
        if verb.pos_ != "VERB" or prep.head != verb or prep.dep_ != "prep" or \
                f"{verb.lemma_.lower()} {prep.lower_}" not in phrasal or \
                any(c.dep_ == "dobj" for c in verb.children):
            continue
        thing = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if thing is None or thing.pos_ != "NOUN" or thing.ent_type_ in _TIMES or \
                any(c.dep_ == "prep" and c.lower_ == "of" for c in thing.children):
            continue
        apply_heads(doc, {prep.i: (verb.i, "prt"), thing.i: (verb.i, "dobj")})
