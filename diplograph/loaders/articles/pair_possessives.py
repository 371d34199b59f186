"""Repair of a possessive shared by two names (see :mod:`repairs`).

* :func:`shared_possessives`: "Serbia and China's free trade deal took effect", "India and Pakistan's
  ceasefire": the parser coordinates the first name with the possessed noun ("Serbia" and "China's deal"), so
  the deal is no one's but China's. Read as "(Serbia and China)'s deal": the first name owns the noun, the
  second is its conjunct.
* :func:`possessive_lists`: "Russia's and China's vetoes angered Washington", "Peru's, Chile's and Bolivia's claims
  overlap": the parser makes the first name the clause's subject and the possessed noun its conjunct, so that the
  vetoes are China's alone and Russia acts by itself. Every name with its "'s" owns the noun, which takes the
  first name's place.
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads


def shared_possessives(doc, offices) -> None:
    for noun in doc:
        if noun.dep_ != "conj" or noun.pos_ != "NOUN" or noun.head.pos_ != "PROPN" or noun.head.i > noun.i or \
                noun.lower_ in offices or noun.head.ent_type_ == "PERSON":
            continue  # "Hegseth and Panama's security minister, X, signed": a person and another's official
        first = noun.head
        if not first.text[:1].isupper() or any(c.dep_ in ("poss", "case") for c in first.children):
            continue  # "Canada's foreign ministry and Mexico's ...": the first is a possessed noun, no name
        owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        joiner = [c for c in first.children if c.dep_ == "cc" and c.i < noun.i]
        if len(owners) != 1 or not joiner or not any(c.tag_ == "POS" for c in owners[0].children):
            continue
        second = owners[0]
        if doc[joiner[0].i + 1:second.i + 1].root != second and doc[joiner[0].i + 1].head != second:
            continue  # the second name must follow the "and" ("Serbia and China's", "Serbia and the UAE's")
        top = first.i if first.head == first else first.head.i
        changes = {noun.i: (top, "ROOT" if first.head == first else first.dep_),
                   first.i: (noun.i, "poss"), second.i: (first.i, "conj"), joiner[0].i: (first.i, "cc")}
        apply_heads(doc, changes)


def possessive_lists(doc) -> None:
    for noun in doc:
        first = noun.head
        if noun.dep_ != "conj" or noun.pos_ != "NOUN" or first.pos_ != "PROPN" or first.i > noun.i or \
                not _possessive(first) or not any(c.dep_ == "poss" and _possessive(c) for c in noun.children):
            continue
        while first.dep_ == "conj" and first.head.pos_ == "PROPN" and _possessive(first.head):
            first = first.head  # "Peru's, Chile's and Bolivia's claims": the list's first name
        owners = [first] + [c for c in first.conjuncts if c.pos_ == "PROPN" and _possessive(c) and c.i < noun.i]
        between = [t for t in doc[first.i + 1:noun.i] if t.dep_ not in ("case", "compound", "poss")
                   and t not in owners and t.head not in owners[1:]]
        if any(t.lower_ not in (",", "and", "or") for t in between):
            continue  # "Canada's ministry and Mexico's embassy" (two nouns), never a list of owners
        changes = {noun.i: (first.head.i, first.dep_) if first.head.i != first.i else (noun.i, "ROOT")}
        changes.update({o.i: (noun.i, "poss") for o in owners})
        changes.update({t.i: (noun.i, "cc" if t.lower_ != "," else "punct") for t in between})
        apply_heads(doc, changes)


def _possessive(name) -> bool:
    return any(c.dep_ == "case" and c.lower_ in ("'s", "’s", "'") for c in name.children)
