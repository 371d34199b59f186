"""Two stances one verb expresses: "expressed support for the Philippines *and concern* over the Chinese actions".

The small parser joins the second noun to the name that closes the first noun's phrase ("the Philippines and
concern") and hangs the second noun's own phrase ("over the Chinese actions") on the first noun, so that
"support" is over the actions and the concern is about no one. Run right after the parser (see :mod:`repairs`).
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads


def stances_joined_to_names(doc) -> None:
    """A common noun joined to a name that ends a prepositional phrase on another noun, where that other
    noun has a second prepositional phrase after the joined noun, is the other noun's conjunct, and the later
    phrase is its own."""
    for second in doc:
        name = second.head
        if second.dep_ != "conj" or second.pos_ != "NOUN" or name.pos_ != "PROPN" or name.dep_ != "pobj" or \
                any(c.dep_ == "prep" for c in second.children):
            continue
        first = name.head.head  # "support" of "support for the Philippines"
        if first.pos_ != "NOUN" or first.i >= name.i:
            continue
        later = [c for c in first.children if c.dep_ == "prep" and c.i > second.i]
        if not later:
            continue
        changes = {second.i: (first.i, "conj")}
        changes.update({prep.i: (second.i, "prep") for prep in later})
        changes.update({c.i: (second.i, "cc") for c in name.children if c.dep_ == "cc" and name.i < c.i < second.i})
        apply_heads(doc, changes)
