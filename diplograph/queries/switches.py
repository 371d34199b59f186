"""Switches of side: who left one actor for another ("Which Pacific countries dumped Taipei for
Beijing?", "Who switched recognition from Taiwan to China?", "Which states swapped ECOWAS for
the AES?").

An actor switched when it broke with the first (a protest such as cutting ties, a rejection, a
punitive measure, or leaving its membership) and took up with the second (an agreement, support,
cooperation, an alliance or a membership). Both must be said; the answer is confirmed when both
are, and flagged otherwise.
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
                                        all_modalities=True, **window)
            if any(e.predicate != "MEMBER_OF" or e.claim.end_date for e in t.evidence)}
    joined = {t.actor.id: t for t in ties(view, new, predicates=list(JOINS), direction="both",
                                          actor_types=actor_types, all_modalities=True, **window)}
    return [(left[a].actor, left[a], joined[a]) for a in left if a in joined and a not in (old, new)]


def answer_switches(view, grammar, match, slots, types, answer) -> None:
    """The grammar handler of the ``switched`` form (see :mod:`diplograph.queries.handlers`)."""
    old, new = slots["actor"], slots["actor2"]
    for actor, before, after in switched(view, old, new, actor_types=types, **slots["window"]):
        if before.confirmed and after.confirmed:
            answer.answers.append(actor)
        else:
            answer.flagged.append(Flag(actor, ", ".join(sorted(set(before.modalities) | set(after.modalities)))))
        answer.evidence += before.evidence + after.evidence
    name = lambda node: view.nodes[node].get("name", node)  # noqa: E731
    answer.reading = (f"actors that broke with {name(old)} ({', '.join(BREAKS)}) and took up with {name(new)} "
                      f"({', '.join(JOINS)})" + (f", only {', '.join(types)}" if types else ""))
    answer.query = {"args": {"from": old, "to": new, "breaks": list(BREAKS), "joins": list(JOINS),
                             "actor_types": types}}
