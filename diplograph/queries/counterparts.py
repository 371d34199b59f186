"""Answers that say the same actor twice over, kept to the one the question asks for.

- *A person's counterpart is a person*: asked whom a person met or signed with, a state among the answers
  beside a person who serves it ("John Healey" and "the United Kingdom") is said through that person: the
  state is left out of the answers and the reading says whom it stands behind.
- *The place is not whom*: a body named last after "at" ("... *at the World Bank*") is where something was
  done, once no form reads the question with it (``venue``).
"""

from __future__ import annotations

from diplograph.errors import ActorNotFound
from diplograph.queries.answer import Answer
from diplograph.queries.lookup import find_actor


def _serves(view, person: str, state: str) -> bool:
    return any(data["predicate"] == "AFFILIATED_WITH" for data in (view.get_edge_data(person, state) or {}).values())


def _drop(answer: Answer, node: str) -> None:
    answer.answers = [a for a in answer.answers if a.id != node]
    answer.flagged = [f for f in answer.flagged if f.actor.id != node]
    if "count" in answer.extra:
        answer.extra["count"] = len(answer.answers)


def persons_for_states(view, answer: Answer, asked: str | None) -> None:
    """``answer`` with the states its person answers serve left out, when ``asked`` is a person."""
    if asked not in view or view.nodes[asked].get("type") != "person":
        return
    persons = [a for a in answer.answers if a.type == "person" and a.id != asked]
    for state in [a for a in answer.answers if a.type == "state"]:
        serving = [p.name for p in persons if _serves(view, p.id, state.id)]
        if serving and not _serves(view, asked, state.id):
            _drop(answer, state.id)
            answer.reading += f" ({state.name} said through {' and '.join(serving)}, who serve{'s' if len(serving) == 1 else ''} it)"


def venue(view, aside: str) -> bool:
    """Whether a closing "at <body>" names where something was done rather than a party ("who paid off
    X's arrears *at the World Bank*", "who criticised X *at the UN*"): an organisation after "at", tried
    only once no form reads the question with it."""
    word, _, rest = aside.partition(" ")
    if word.lower() != "at":
        return False
    try:
        return view.nodes[find_actor(view, rest)].get("type") == "organization"
    except ActorNotFound:
        return False
