"""A leader's acts of state are his government's: asked what a sitting head of state or government threatened,
sanctioned, struck, armed or backed ("which countries did <president> threaten", "who has <premier> sanctioned",
"did <president> threaten X?"), the answer is his own claims and his state's, since the sources say "Washington
threatened" as often as the president's name, and the ontology lets no person sanction at all.

Only acts of state power count (``state_leaders.acts`` in ``loose.yaml``); his words, meetings and talks stay his
own. Only a sitting head counts (``state_leaders.offices``): a minister or a deputy is no government.
"""

from __future__ import annotations

import functools
import re

from diplograph.datafiles import packaged
from diplograph.queries.answer import Answer
from diplograph.queries.verdicts import verdict

_NOT_SITTING = re.compile(r"\b(former|ex|late|acting|interim|vice|deputy|elect)\b", re.I)


@functools.cache
def _settings() -> tuple[frozenset[str], frozenset[str]]:
    data = packaged("diplograph.queries", "loose.yaml").get("state_leaders") or {}
    return frozenset(str(o).lower() for o in data.get("offices") or ()), frozenset(data.get("acts") or ())


def state_led(view, person: str) -> str | None:
    """The one state ``person`` heads, by the office his affiliation claims give; None for anyone else."""
    if person not in view or view.nodes[person].get("type") != "person":
        return None
    offices = _settings()[0]
    states = set()
    for state, edges in view._succ[person].items():
        if view.nodes[state].get("type") != "state":
            continue
        for data in edges.values():
            if data.get("predicate") != "AFFILIATED_WITH":
                continue
            for claim in data["claims"]:
                role = " ".join(str((claim.properties or {}).get("role") or "").lower().split())
                if role and not _NOT_SITTING.search(role) and any(role == o or role.startswith(o + " of ")
                                                                  for o in offices):
                    states.add(state)
    return states.pop() if len(states) == 1 else None


def _doer(answer: Answer) -> tuple[str | None, list[str]]:
    """The actor an answer reads as the doer of its relations, and those relations."""
    args = (answer.query or {}).get("args") or {}
    predicates = list(args.get("predicates") or ())
    if args.get("subject"):
        return args["subject"], predicates
    if args.get("actor") and args.get("direction") == "out":
        return args["actor"], predicates
    return None, predicates


def _named_heads(view, question: str) -> list[tuple[str, str, str]]:
    """(person, state he heads, the words naming him) for each head of state the question names."""
    from diplograph.queries.general import read_parts

    parts = read_parts(view, question)
    if parts is None:
        return []
    found = []
    for position, length, node in parts.actors:
        state = state_led(view, node)
        if state is not None:
            found.append((node, state, " ".join(parts.tokens[position:position + length])))
    return found


def as_government(view, question: str, answer: Answer, ask_again) -> Answer:
    """``answer`` with the acts of the state its leader-doer heads (see the module's docstring)."""
    if (answer.query or {}).get("government"):
        return answer
    doer, predicates = _doer(answer) if answer.understood else (None, [])
    acts = _settings()[1]
    if answer.understood and (doer is None or state_led(view, doer) is None or not set(predicates) <= acts):
        return answer
    for person, state, words in _named_heads(view, question):
        if doer is not None and person != doer:
            continue
        said = re.compile(r"\b" + r"\W+".join(map(re.escape, words.split())) + r"\b", re.IGNORECASE)
        state_name = view.nodes[state].get("name", state)
        again = ask_again(said.sub(state_name, question, count=1))
        again_doer, again_predicates = _doer(again) if again.understood else (None, [])
        if again_doer != state or not again_predicates or not set(again_predicates) <= acts:
            continue
        if doer is not None and set(again_predicates) != set(predicates):
            continue
        person_name = view.nodes[person].get("name", person)
        if doer is None:  # "who has <president> sanctioned": no person sanctions, his government does
            again.question = question
            again.reading += f" ({person_name}'s acts of state read as those of {state_name}, the state he heads)"
            again.query = {**(again.query or {}), "government": state}
            return again
        return _merged(view, answer, again, f" (and those of {state_name}, the state {person_name} heads: a leader's acts of "
                                            f"state are his government's)", state)
    return answer


def _merged(view, answer: Answer, other: Answer, note: str, state: str) -> Answer:
    seen = {a.id for a in answer.answers}
    answer.answers += [a for a in other.answers if a.id not in seen]
    seen |= {a.id for a in other.answers}
    flagged = {f.actor.id: f for f in answer.flagged + other.flagged if f.actor.id not in seen}
    answer.flagged = list(flagged.values())
    answer.evidence += [e for e in other.evidence if e not in answer.evidence]
    if "verdict" in answer.extra:
        answer.extra.update(verdict(answer, view))
    if "count" in answer.extra:
        answer.extra["count"] = len(answer.answers)
    answer.reading += note
    answer.query = {**(answer.query or {}), "government": state}
    return answer


def heads_with_their_states(view, answer: Answer) -> Answer:
    """``answer`` with a sitting head of state left out of the answers when the state he heads answers too by acts
    of state ("who cut ties with X": Mexico and its president for one break): one act, counted once, by the
    state; the reading names him. Not when persons are asked for ("which leaders ..."), nor for his words or
    meetings, which stay his own."""
    if not answer.understood or "verdict" in answer.extra or "when" in answer.extra:
        return answer
    if "person" in (((answer.query or {}).get("args") or {}).get("actor_types") or ()):
        return answer
    acts, answered = _settings()[1], {a.id for a in answer.answers}
    for person in [a for a in answer.answers if a.type == "person"]:
        state = state_led(view, person.id)
        done = {e.predicate for e in answer.evidence if person.id in (e.subject.id, e.object.id)}
        if state in answered and done and done <= acts:
            answer.answers = [a for a in answer.answers if a.id != person.id]
            answer.reading += (f" ({person.name} counted with {view.nodes[state].get('name', state)}, the state "
                               f"this leader heads: a leader's acts of state are the government's)")
    if "count" in answer.extra:
        answer.extra["count"] = len(answer.answers)
    return answer
