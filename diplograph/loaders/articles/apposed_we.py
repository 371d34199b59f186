"""A first person plural that names itself: "We, the Governments of Austria, Hungary and Slovakia, welcome ...".

Joint statements, communiqués and open letters open with the signatories set beside "we" ("We, the foreign
ministers of Chile and Peru, condemn ...", "We, the undersigned states, ..."). The apposition says who "we" are,
whoever speaks: each state or body it names is one of the doers (never the states a phrase inside it is about:
only the apposition's own words and its of-phrases count). An apposition that names no one ("We, the
undersigned, ...") leaves "we" to the speaker as before. States the document has already named as a bloc ("France,
Germany and the UK (the E3) welcome ... We, the Governments of France, Germany and the United Kingdom, ...") are
that bloc, as the document's own name for them.
"""

from __future__ import annotations

SIDES = frozenset({"state", "organization", "armed_group"})
# Characters between the last state of a list and the bloc named in brackets after it ("... and the UK (the E3)")
BLOC_GAP = 12


def apposed_sides(token, mention, context=None, before: int = 0) -> list:
    """The states and bodies the apposition of the first person ``token`` names, in order (``mention(t)``: the
    mention at token ``t``, or None), or the bloc the document named them as before ``before``; [] when it has
    none."""
    if token.lower_ not in ("we", "us"):
        return []
    found = []
    for appos in (c for c in token.children if c.dep_ == "appos"):
        for t in _own_words(appos):
            m = mention(t)
            if m is not None and m.type in SIDES and m.actor not in found:
                found.append(m.actor)
    bloc = _bloc_of(context, {a.id for a in found}, before) if context is not None and len(found) > 1 else None
    return [bloc] if bloc is not None else found


def _bloc_of(context, ids: set[str], before: int):
    """The body named in brackets right after a list of exactly the states ``ids`` ("France, Germany and the UK
    (the E3)"), before ``before``; None when there is none."""
    groups: dict[int, list] = {}
    for seen in context.seen:
        if seen.group is not None and seen.type == "state" and not seen.referred and seen.position < before:
            groups.setdefault(seen.group, []).append(seen)
    for members in groups.values():
        if {s.actor_id for s in members} != ids:
            continue
        end = max(s.position for s in members)
        body = next((s for s in context.seen if s.type == "organization" and end < s.position <= end + BLOC_GAP + 20
                     and s.position < before), None)
        if body is not None:
            return context.actors.get(body.actor_id)
    return None


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
