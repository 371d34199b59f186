"""A list whose members each carry their own of-phrase: "*Thales of France and Saab of Sweden* will supply
missiles", "BAE Systems of the United Kingdom, Leonardo of Italy and JAIEC of Japan agreed". The parser hangs
each later name on the first of-phrase's object ("France and Saab"), so that the list's subject is Thales and
France and the other firms are lost. A name coordinated with an of-phrase's object that has an of-phrase of its
own is a conjunct of the name the first of-phrase qualifies, as its parallel form says. Run right after the
parser (see :mod:`repairs`).

Only names (the first, the object of its of-phrase and the later member): "the sale of tanks and of jets" and
"members of Hamas and fighters of Islamic Jihad" (nouns, not names) stay as parsed.
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads


def members_with_own_of_phrases(doc) -> None:
    """Re-hang "B of Y" coordinated with X in "A of X and B of Y" on A."""
    for member in doc:
        if member.dep_ != "conj" or member.pos_ != "PROPN" or not _has_of_phrase(member):
            continue
        target = member.head
        while target.dep_ == "conj" and target.head != target:
            target = target.head
        prep = target.head
        if target.dep_ != "pobj" or target.pos_ != "PROPN" or prep.lower_ != "of" or not _name(prep.head) \
                or not prep.head.i < target.i < member.i:
            continue
        first = prep.head
        changes = {member.i: (first.i, "conj")}
        changes.update({c.i: (first.i, "cc") for c in member.head.children
                        if c.dep_ == "cc" and c.i < member.i and c.i > target.i})
        apply_heads(doc, changes)


def _name(token) -> bool:
    """A name, or a capitalised word the tagger took for a plural noun ("Thales", "Airbus")."""
    return token.pos_ == "PROPN" or token.pos_ == "NOUN" and token.text[:1].isupper()


def _has_of_phrase(token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" for p in c.children)
               for c in token.children)
