"""Which two states "the two countries", "both governments", "the two sides" mean when the text named others since
the pair it put together.

    Vietnam's foreign minister spoke by telephone with his Philippine counterpart. Later, Beijing summoned the
    Australian ambassador over a separate incident. The two governments agreed to expand coast guard cooperation.

The two governments are those of the call, not the last two states named (China and Australia) nor any mix of
the names around. The pair the discourse put together is that of the talks, meeting, call, deal, dispute or
fighting told last (`DocumentContext.sides_told`: in this paragraph, or the one just before when this one has
not started another story), a pair of states both; a pair coordinated in the text since ("Chile and Argentina
stayed out") comes first, as the last two names always did. Used only when nothing nearer (the sentence, a truce,
two leaders told together) named the pair.
"""

from __future__ import annotations

from diplograph.graph.model import Actor

# Characters back to the pair told last: the paragraph and the end of the one before.
REACH = 700


def pair_told_last(ctx, before: int, exclude, types) -> list[Actor]:
    """The two states of the talks, deal, dispute or fighting told last before ``before``, unless two states were
    named together since; [] when none fits."""
    if "state" not in types:
        return []
    pair = ctx.sides_told(before, exclude, reach=REACH)
    if len(pair) != 2 or pair[0].id == pair[1].id or any(a.type != "state" for a in pair):
        return []
    ids = {a.id for a in pair}
    told_at = max((at for at, _, first, second in ctx.told if at < before and {first.id, second.id} == ids),
                  default=None)
    if told_at is None:
        return []
    groups: dict[int, set[str]] = {}
    for seen in ctx.seen:
        if told_at < seen.position < before and seen.group is not None and seen.type == "state" and not seen.referred:
            groups.setdefault(seen.group, set()).add(seen.actor_id)
    if any(len(members) == 2 and members != ids for members in groups.values()):
        return []  # "... Chile and Argentina stayed out. Both countries": the pair named together since
    return pair
