"""A state asked for through one of its people ("Which country's leader flew into Doha first?", "Which
state's foreign minister visited Quell?"): the question is asked of the people ("which leader flew into
Doha"), and each person found stands for the one state they serve (AFFILIATED_WITH); a state found
itself stays. "Was (the) first to V" asks who V-ed, the earliest of them kept; "last" keeps the latest.
The role must hold one of the grammar's ``role_nouns``.

>>> from diplograph.queries.grammar import load_grammar
>>> through_people(load_grammar(), "Which country's leader was first to fly into Lune")
('which leader fly into Lune', 'first')
>>> through_people(load_grammar(), "Which country's drones hit Lune") is None
True
"""

from __future__ import annotations

import re

from diplograph.queries.answer import Answer
from diplograph.queries.lookup import government_of

_WHOSE = re.compile(r"^(?:which|what)\s+(?:country|state|nation|government|capital)'s\s+(?P<words>.+)$", re.IGNORECASE)
_ORDINAL = re.compile(r"^(?:was|were|is|are)\s+(?:the\s+)?(?P<which>first|last)\s+(?:one\s+|leader\s+)?to\s+",
                      re.IGNORECASE)


def through_people(grammar, text: str) -> tuple[str, str] | None:
    """(the question asked of the people, "first", "last" or ""), or None."""
    found = _WHOSE.match(text)
    words = found["words"].split() if found else []
    # the role: up to three words, the last a role noun ("foreign minister", "head of state" is "head")
    cut = next((n for n in (3, 2, 1) if len(words) > n and words[n - 1].lower() in grammar.role_nouns), 0)
    if not cut:
        return None
    role, rest = " ".join(words[:cut]), " ".join(words[cut:])
    ordinal = _ORDINAL.match(rest)
    if ordinal:
        rest = rest[ordinal.end():]
    return f"which {role} {rest}", (ordinal["which"].lower() if ordinal else "")


def their_states(view, answer: Answer, ordinal: str) -> Answer:
    """``answer`` with each person standing for the state they serve (states found stay), kept to the
    earliest or latest when ``ordinal`` says so."""
    from diplograph.queries.results import ActorRef

    states: dict[str, ActorRef] = {}
    dates: dict[str, str] = {}
    for ref in answer.answers:
        state = ref.id if ref.type == "state" else government_of(view, ref.id)
        if state is None:
            continue
        data = view.nodes[state]
        states.setdefault(state, ActorRef(state, data.get("name", state), data.get("type", ""),
                                          tuple(data.get("aliases") or ())))
        said = [e.date for e in answer.evidence if e.confirmed and e.date and ref.id in (e.subject.id, e.object.id)]
        if said:
            dates[state] = min([dates.get(state, "9999"), *said])
    kept = list(states)
    if ordinal and dates:
        pick = min if ordinal == "first" else max
        best = pick(dates.values())
        kept = [s for s in kept if dates.get(s) == best]
    answer.answers = [states[s] for s in kept]
    answer.flagged = [f for f in answer.flagged if f.actor.type == "state" and f.actor.id not in states]
    answer.reading += (", each person as the state they serve" + (f", the {ordinal} of them" if ordinal and dates else ""))
    return answer
