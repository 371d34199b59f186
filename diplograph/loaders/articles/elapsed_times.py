"""A place or name right before a span of time that dates the act from another event: "Israel struck *Damascus
hours later*", "aircraft struck targets in *Paktika province hours after* a truce expired".

The small parser reads the name as a compound of the time noun ("Damascus hours"), so that the verb or the
preposition before it acts on no one ("struck" has no object, "in" no place). Run right after the parser (see
:mod:`repairs`).
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads


def names_read_as_time_compounds(doc, elapsed: frozenset[str], relative: frozenset[str]) -> None:
    """A name ending in a compound of "hours", "days", ... right before "after", "before", "later", ... is the
    object of the verb or preposition before it when that word has none; the time noun measures the word after."""
    for span in doc:
        if span.lower_ not in elapsed or span.i + 1 >= len(doc) or doc[span.i + 1].lower_ not in relative:
            continue
        name = doc[span.i - 1] if span.i > 0 else None
        if name is None or name.head != span or name.dep_ != "compound":
            continue
        first = min(t.i for t in doc[max(0, name.i - 4):name.i + 1] if _in_name(t, name))
        if first == 0 or not any(t.pos_ == "PROPN" for t in doc[first:name.i + 1]):
            continue
        owner = doc[first - 1]
        if owner.pos_ == "ADP" and not any(c.dep_ == "pobj" for c in owner.children):
            label = "pobj"
        elif owner.pos_ == "VERB" and not any(c.dep_ in ("dobj", "attr") for c in owner.children if c != span):
            label = "dobj"
        else:
            continue
        apply_heads(doc, {name.i: (owner.i, label), span.i: (span.i + 1, "npadvmod")})


def _in_name(token, name) -> bool:
    """Is ``token`` part of the name phrase that ends in ``name`` ("Paktika province", "southern Lebanon")?"""
    node = token
    while node != name:
        if node.head == node or node.head.i > name.i or node.dep_ not in ("compound", "amod", "det", "flat"):
            return False
        node = node.head
    return True
