"""A restriction to one type of actor said after the question itself: "who supplies X with jets? countries
only", "who arms X - firms only", "who backs X (states only)", "who met X? just governments".

The closing words (a type word of ``types`` in ``grammar.yaml`` with "only" after or "only"/"just" before,
after a question mark, dash, comma, colon or bracket) are taken off, the rest is asked, and its answers and
flags are kept to actors of that type. Arms words are no restriction ("drones only" narrows the arms asked
about, which the rest of the reading does).

>>> from diplograph.queries.grammar import load_grammar
>>> closing_type(load_grammar(), "who supplies Caldor with drones? countries only")
('who supplies Caldor with drones', 'state', 'countries')
>>> closing_type(load_grammar(), "who arms Caldor - just firms please")
('who arms Caldor', 'company', 'firms')
>>> closing_type(load_grammar(), "which countries only buy from Borvia?") is None
True
"""

from __future__ import annotations

import re

from diplograph.queries.answer import Answer

_ARMS = "weapon"


def closing_type(grammar, question: str) -> tuple[str, str, str] | None:
    """(the question without its closing restriction, the actor type kept, the type word as said), or None."""
    words = sorted((w for w, kind in grammar.types.items() if kind != _ARMS), key=len, reverse=True)
    said = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    found = re.search(rf"^(?P<rest>.+?)\s*[?,;:(\u2013\u2014-]+\s*(?:(?:only|just)\s+(?P<before>{said})|"
                      rf"(?P<after>{said})\s+only)\s*\)?[\s.!?]*(?:please|pls|plz)?[\s.!?]*$",
                      question.strip(), re.IGNORECASE)
    if found is None:
        return None
    word = (found.group("before") or found.group("after")).lower()
    word = " ".join(word.split())
    return found.group("rest").strip(), grammar.types[word], word


def kept_to_type(answer: Answer, actor_type: str, word: str) -> Answer:
    """``answer`` with only the answers and flags of ``actor_type``, and the reading saying so."""
    answer.answers = [a for a in answer.answers if a.type == actor_type]
    answer.flagged = [f for f in answer.flagged if f.actor.type == actor_type]
    answer.reading += f" (only {word}, as said after the question)"
    if "count" in answer.extra:
        answer.extra["count"] = len(answer.answers)
    return answer
