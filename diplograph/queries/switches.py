"""Switches of side: who left one actor for another ("Which Pacific countries dumped Taipei for
Beijing?", "Who switched recognition from Taiwan to China?", "Which states swapped ECOWAS for
the AES?").

An actor switched when it broke with the first (a protest such as cutting ties, a rejection, a
punitive measure, or leaving its membership) and took up with the second (an agreement, support,
cooperation, an alliance or a membership). Both must be said; the answer is confirmed when both
are, and flagged otherwise. With one side unsaid, the break and the taking up must fall in the
same year (when both are dated) to be one switch: "Which states switched to Beijing in 2019?"
(who took up with Beijing and broke with someone else that year), "Who switched recognition away
from Taipei?" (who broke with Taipei and took up with another that year), "Who did Nauru ditch
Taipei for?" (whom Nauru took up with the year it broke with Taipei).
"""

from __future__ import annotations

from diplograph.queries.answer import Flag
from diplograph.queries.neighbourhood import ties

BREAKS = ("PROTEST", "REJECTION", "COERCION", "MEMBER_OF")
JOINS = ("AGREEMENT", "SUPPORT", "COOPERATION", "ALLIANCE", "MEMBER_OF")


def switched(view, old: str, new: str, *, actor_types=None, **window):
    """[(actor, its ties to ``old``, its ties to ``new``)] for the actors that broke with ``old``
    and took up with ``new``. A membership of ``old`` counts as a break only when it ended."""
    left = {t.actor.id: t for t in ties(view, old, predicates=list(BREAKS), direction="in", actor_types=actor_types,
                                        all_modalities=True, **window) if _broke(t)}
    joined = {t.actor.id: t for t in ties(view, new, predicates=list(JOINS), direction="both",
                                          actor_types=actor_types, all_modalities=True, **window)}
    return [(left[a].actor, left[a], joined[a]) for a in left if a in joined and a not in (old, new)]


def _broke(tie) -> bool:
    return any(e.predicate != "MEMBER_OF" or e.claim.end_date for e in tie.evidence)


def _same_year(before, after) -> bool:
    """Whether a break and a taking up can be one switch: a year they share, or a side undated."""
    years = [{e.date[:4] for e in tie.evidence if e.date} for tie in (before, after)]
    return not all(years) or bool(years[0] & years[1])


def switched_to(view, new: str, *, actor_types=None, **window):
    """[(actor, its tie to the side it broke with, its ties to ``new``)]: those that took up with
    ``new`` and, the same year, broke with another actor of its kind (a state for a state)."""
    found, kind = [], view.nodes[new].get("type")
    for joined in ties(view, new, predicates=list(JOINS), direction="both", actor_types=actor_types,
                       all_modalities=True, **window):
        if all(e.predicate == "MEMBER_OF" and e.subject.id == new for e in joined.evidence):
            continue  # a member of the new side has not taken up with it
        for left in ties(view, joined.actor.id, predicates=list(BREAKS), direction="out", all_modalities=True,
                         actor_types=[kind]):
            if left.actor.id != new and _broke(left) and _same_year(left, joined):
                found.append((joined.actor, left, joined))
                break
    return found


def switched_from(view, old: str, *, actor_types=None, **window):
    """[(actor, its tie to ``old``, its ties to the side taken up)]: those that broke with ``old``
    and, the same year, took up with another actor of its kind."""
    found = []
    for left in ties(view, old, predicates=list(BREAKS), direction="in", actor_types=actor_types,
                     all_modalities=True, **window):
        if _broke(left):
            taken = switched_for(view, left.actor.id, old)
            if taken:
                found.append((left.actor, left, taken[0][2]))
    return found


def switched_for(view, switcher: str, old: str, *, actor_types=None, **window):
    """[(the side taken up, the switcher's tie to ``old``, its ties to that side)]: whom, of the
    kind of ``old`` (a state for a state), ``switcher`` took up with the year it broke with ``old``."""
    left = [t for t in ties(view, switcher, predicates=list(BREAKS), direction="out", all_modalities=True)
            if t.actor.id == old and _broke(t)]
    if not left:
        return []
    kind = view.nodes[old].get("type")
    if actor_types and kind not in actor_types:
        return []
    return [(joined.actor, left[0], joined)
            for joined in ties(view, switcher, predicates=list(JOINS), direction="both", all_modalities=True,
                               actor_types=[kind], **window)
            if joined.actor.id != old and _same_year(left[0], joined)]


def answer_switches(view, grammar, match, slots, types, answer) -> None:
    """The grammar handler of the ``switched`` forms (see :mod:`diplograph.queries.handlers`):
    both sides named, the new side only, or the switcher and the side it left."""
    old, new, switcher = slots.get("actor"), slots.get("actor2"), slots.get("actor3")
    name = lambda node: view.nodes[node].get("name", node)  # noqa: E731
    if switcher is not None:
        found = switched_for(view, switcher, old, actor_types=types, **slots["window"])
        said = f"whom {name(switcher)} took up with ({', '.join(JOINS)}) the year it broke with {name(old)}"
    elif old is None:
        found = switched_to(view, new, actor_types=types, **slots["window"])
        said = f"actors that took up with {name(new)} ({', '.join(JOINS)}) the year they broke with another"
    elif new is None:
        found = switched_from(view, old, actor_types=types, **slots["window"])
        said = f"actors that broke with {name(old)} ({', '.join(BREAKS)}) and took up with another the same year"
    else:
        found = switched(view, old, new, actor_types=types, **slots["window"])
        said = f"actors that broke with {name(old)} ({', '.join(BREAKS)}) and took up with {name(new)} ({', '.join(JOINS)})"
    for actor, before, after in found:
        if before.confirmed and after.confirmed:
            answer.answers.append(actor)
        else:
            answer.flagged.append(Flag(actor, ", ".join(sorted(set(before.modalities) | set(after.modalities)))))
        answer.evidence += before.evidence + after.evidence
    answer.reading = said + (f", only {', '.join(types)}" if types else "")
    answer.query = {"args": {"from": old, "to": new, "switcher": switcher, "breaks": list(BREAKS),
                             "joins": list(JOINS), "actor_types": types}}
