"""A qualifier in -ing after "have" read as a progressive tense: "the Philippines and China have *overlapping*
claims in the sea", "both hold competing claims to the reef" (the parser makes "overlapping" the verb, "have" its
auxiliary and the claims its object, so the noun's qualifier and its holders are lost). Run right after the parser
(see :mod:`repairs`).
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

_HOLDING = ("have", "hold")


def qualifiers_read_as_progressives(doc, qualifiers: frozenset[str]) -> None:
    """An -ing word of ``qualifiers`` (the words a noun trigger needs on it) right after a form of "have" or "hold",
    with its object right after it, qualifies that object; "have" is the clause's verb."""
    for participle in doc[1:-1]:
        holder, noun = doc[participle.i - 1], doc[participle.i + 1]
        if participle.tag_ != "VBG" or participle.lower_ not in qualifiers or holder.lemma_ not in _HOLDING or \
                holder.head != participle or noun.head != participle or noun.dep_ != "dobj":
            continue
        top = participle.head
        changes = {holder.i: (holder.i if top == participle else top.i, participle.dep_),
                   participle.i: (noun.i, "amod"), noun.i: (holder.i, "dobj")}
        changes.update({c.i: (holder.i, c.dep_) for c in participle.children if c not in (holder, noun)})
        if apply_heads(doc, changes):
            participle.tag_, participle.pos_, participle.lemma_ = "JJ", "ADJ", participle.lower_
            holder.pos_ = "VERB"
