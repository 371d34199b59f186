"""A first person plural that names itself: "We, the Governments of Austria, Hungary and Slovakia, welcome ...".

Joint statements, communiqués and open letters open with the signatories set beside "we" ("We, the foreign
ministers of Chile and Peru, condemn ...", "We, the undersigned states, ..."). The apposition says who "we" are,
whoever speaks: each state or body it names is one of the doers (never the states a phrase inside it is about:
only the apposition's own words and its of-phrases count). An apposition that names no one ("We, the
undersigned, ...") leaves "we" to the speaker as before.
"""

from __future__ import annotations

SIDES = frozenset({"state", "organization", "armed_group"})


def apposed_sides(token, mention) -> list:
    """The states and bodies the apposition of the first person ``token`` names, in order (``mention(t)``: the
    mention at token ``t``, or None); [] when it has none."""
    if token.lower_ not in ("we", "us"):
        return []
    found = []
    for appos in (c for c in token.children if c.dep_ == "appos"):
        for t in _own_words(appos):
            m = mention(t)
            if m is not None and m.type in SIDES and m.actor not in found:
                found.append(m.actor)
    return found


def _own_words(head):
    """The apposition's head, its modifiers and the names its of-phrases and their lists hold (not a relative
    clause or another preposition's object: "the states that Russia invaded" names no one of "we")."""
    yield head
    for c in head.children:
        if c.dep_ in ("compound", "amod", "conj", "appos"):
            yield from _own_words(c)
        elif c.dep_ == "prep" and c.lower_ == "of":
            for obj in (o for o in c.children if o.dep_ == "pobj"):
                yield from _own_words(obj)
