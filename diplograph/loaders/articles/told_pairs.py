"""Which two "the two leaders", "both countries", "the two sides" mean when the resolver finds no two named before.

    Indian Prime Minister Narendra Modi met Sri Lankan President Anura Kumara Dissanayake in Colombo. Earlier,
    Dissanayake had thanked Chinese President Xi Jinping for a loan. The two leaders signed a defence pact.

    Morocco signed a fisheries agreement with Mauritania. Algeria criticised the deal. Both countries pledged to
    hold joint naval exercises.

The two leaders are the two who met, not the last two named; both countries are the sides of the deal. The pair
the discourse put together is that of the talks, meeting, call, deal, dispute or fighting told last in this
paragraph or the end of the one before, not told in the past perfect ("Putin had called Aliyev a day earlier":
background to the story's own meeting), a pair of the kind looked for (for states, also the states two leaders
who met serve); a pair coordinated in the text since ("Chile and Argentina stayed out") comes first. Used only
where the resolver finds no pair of its own: overriding its guess of two never named together lost more right
pairs than it won on the development sets (the document's own pair, which the resolver prefers, was right).
"""

from __future__ import annotations

from diplograph.graph.model import Actor
from diplograph.loaders.articles.resolve import PAIRED

# Characters back to the pair told last: the paragraph and the end of the one before.
REACH = 700


def pair_told_last(ctx, before: int, exclude, types, token=None, offset: int = 0) -> list[Actor]:
    """The two states (for "the two leaders": persons) of the talks, deal, dispute or fighting told last before
    ``before``, unless two of them were named together since; [] when none fits. With the reference ``token`` (and
    where its parsed text starts, ``offset``), an act told in the past perfect ("Putin had called Aliyev a day
    earlier") is background to the story's own meeting, and is passed over."""
    kind = "state" if "state" in types else "person" if tuple(types) == ("person",) else None
    if kind is None:
        return []
    # a go-between's word also reads as a meeting with each side: never a side itself
    mediated = {(at, doer.id) for at, predicate, doer, _ in ctx.told if predicate == "MEDIATION"}
    excluded = set(exclude)
    background = _past_perfects(token, offset) if token is not None else set()
    for at, predicate, first, second in reversed(ctx.told):
        if at >= before:
            continue
        if at < before - REACH or (ctx.paragraph_start is not None and at < ctx.paragraph_start
                                   and ctx.previous_paragraph is None):
            return []
        if at in background:
            continue
        if predicate not in PAIRED or {(at, first.id), (at, second.id)} & mediated:
            continue
        if kind == "state" and first.type == second.type == "person":
            # "Modi met Dissanayake ... the two countries": the states the two leaders serve
            first, second = ctx.serves.get(first.id), ctx.serves.get(second.id)
            if first is None or second is None:
                continue
        if first.type == second.type == kind and first.id != second.id and not {first.id, second.id} & excluded:
            return [] if _named_together_since(ctx, at, before, {first.id, second.id}, kind) else [first, second]
    return []


def _named_together_since(ctx, told_at: int, before: int, ids: set[str], kind: str) -> bool:
    """Whether another two of ``kind`` were coordinated between the pair told and the reference ("... Chile and
    Argentina stayed out. Both countries ...": those two)."""
    groups: dict[int, set[str]] = {}
    for seen in ctx.seen:
        if told_at < seen.position < before and seen.group is not None and seen.type == kind and not seen.referred:
            groups.setdefault(seen.group, set()).add(seen.actor_id)
    return any(len(members) == 2 and members != ids for members in groups.values())


def _past_perfects(token, offset: int) -> set[int]:
    """The document positions of the verbs in the past perfect in the text parsed with ``token``."""
    return {offset + t.idx for t in token.doc if t.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in t.children)}
