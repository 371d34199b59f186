"""A plural pronoun after a meeting: the two sides the sentence before brought together.

"Kenya's foreign minister met the Ugandan president in Kampala. They agreed to build a railway": the
text never coordinates the two ("Kenya and Uganda"), so the pair a plural pronoun usually takes is
not there, and "they" fell back on the last subject alone (Kenya agreeing with no one). The sides of
a joint act told just before (a meeting, talks, a deal, cooperation: `JOINT`) are who "they" are when:

- the pronoun is the subject, or owns the subject ("Their ministers signed ...");
- the joint act was told within `MET_REACH` characters before, in the same paragraph;
- the two actors the text named last are exactly those two sides (no third party named in between:
  "Kenya met Uganda in Nairobi. Tanzania's envoy said they ..." keeps its ordinary reading).

Hostile acts are no meeting ("A shelled B's positions. They ..." is A's fighters), and a sentence
that names a list of three or more keeps the list reading of references.py.
"""

from __future__ import annotations

from diplograph.graph.model import Actor

JOINT = frozenset({"CONSULTATION", "AGREEMENT", "COOPERATION"})
# Characters back to the joint act: the sentence before, not the paragraph's opening.
MET_REACH = 350


def met_pair(ctx, position: int, types, exclude=()) -> list[Actor]:
    """The two sides of the joint act told last before ``position``, or [] (see the module's rules)."""
    since = max(position - MET_REACH, ctx.paragraph_start or 0)
    last = next((t for t in reversed(ctx.told) if since <= t[0] < position and t[1] in JOINT), None)
    if last is None:
        return []
    sides = [last[2], last[3]]
    if sides[0].id == sides[1].id or any(a.type not in types or a.id in exclude for a in sides):
        return []
    kinds = (sides[0].type,) if sides[0].type == sides[1].type else tuple(types)
    named = ctx.recent(kinds, 2, position, exclude, window=MET_REACH)
    # both sides named in the text itself since then (a pronoun resolved to one of them is a guess, not a name)
    told = {s.actor_id for s in ctx.seen if since <= s.position < position and not s.referred}
    return sides if {a.id for a in named} == {a.id for a in sides} <= told else []
