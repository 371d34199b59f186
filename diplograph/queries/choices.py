"""A list question closed by the candidates to choose between: "who is backing X's army, A or B?",
"which state armed the rebels: A, B or C?".

The names after the last comma, colon or dash, joined by "or" (and commas), must all be actors of
the graph (or peoples for their states), and after a comma the question before them must not end
with a name (then they extend a list of its parties); the question before them is asked, and only those
candidates are kept among its answers and flags, so the reading says which of them the sources
bear out (none, when the sources back neither). The candidates may open the question too ("A or B - who sold
more arms to X?"). A comparison ("who sold *more* weapons to X, A or B?", `comparative` in ``ranking.py``) is
always a choice, even after a name, and keeps the one of them its claims weigh most (SIPRI's trend-indicator
value, else the number of claims), the question asked first without its "more" so that every candidate is
weighed.

>>> from diplograph.queries.ask import ask
>>> from diplograph.queries.example import example_view
>>> choice_between(example_view(), "Who supplies drones to Caldor: Borvia or Eskar?")
('Who supplies drones to Caldor', [('state:BRV', 'Borvia'), ('state:ESK', 'Eskar')])
>>> [a.name for a in ask(example_view(), "Which countries buy drones from the Borvians - Caldor or Aland?").answers]
['Caldor']
>>> choice_between(example_view(), "Who supplies drones to Caldor or Eskar?") is None
True
>>> choice_between(example_view(), "Who sold drones to Caldor, Eskar or Aland?") is None  # parties, not a choice
True
"""

from __future__ import annotations

import re

from diplograph.queries.answer import Answer
from diplograph.queries.exclusion import _actor
from diplograph.queries.ranking import comparative, rank, without_comparative

_CLOSING = re.compile(r"^(?P<asked>(?:who|whom|which|what)\b.+?)\s*(?P<mark>,|:|;|\s[-–—]+)\s*"
                      r"(?P<names>[^,:;?]+?(?:(?:,\s*|,?\s+or\s+)[^,:;?]+?)+)\s*[?!.]*$", re.IGNORECASE)


_OPENING = re.compile(r"^(?P<names>[^,:;?]+?(?:(?:,\s*|,?\s+or\s+)[^,:;?]+?)+)\s*(?P<mark>:|\s[-–—]+)\s*"
                      r"(?P<asked>(?:who|whom|which|what)\b.+?)\s*[?!.]*$", re.IGNORECASE)


def choice_opening(view, question: str) -> tuple[str, list[tuple[str, str]]] | None:
    """As :func:`choice_between`, for candidates opening the question ("A or B - who sold more arms to X?"),
    which no other reading uses: asked before any."""
    return choice_between(view, question, _OPENING)


def choice_between(view, question: str, pattern: re.Pattern = _CLOSING) -> tuple[str, list[tuple[str, str]]] | None:
    """(the question without its candidates, [(actor id, name)] of the candidates), or
    None unless the question closes with two or more names of the graph joined by "or"."""
    found = pattern.match(question.strip())
    if found is None or not re.search(r"\bor\s", found.group("names")):
        return None
    if found.group("mark") == "," and not comparative(found.group("asked")) and _ends_in_name(view, found.group("asked")):
        return None  # "who sanctioned A, B or C": a list of parties after a comma, not a choice
    said = [re.sub(r"^the\s+", "", n.strip(), flags=re.IGNORECASE)
            for n in re.split(r"\s*,\s*(?:or\s+)?|\s+or\s+", found.group("names")) if n.strip()]
    actors = [_actor(view, name) for name in said]
    if len(actors) < 2 or None in actors:
        return None
    return without_comparative(found.group("asked")), [(actor, view.nodes[actor].get("name", actor)) for actor in actors]


def _ends_in_name(view, asked: str) -> bool:
    words = asked.split()
    return any(_actor(view, " ".join(words[-n:]).removesuffix("'s")) is not None
               for n in (1, 2, 3) if len(words) > n and not words[-n].endswith("'s"))


def kept_to_choice(answer: Answer, candidates: list[tuple[str, str]]) -> Answer:
    """``answer`` with its answers and flags kept to the candidates, and the reading saying so."""
    ids = {actor for actor, _ in candidates}
    answer.answers = [a for a in answer.answers if a.id in ids]
    answer.flagged = [f for f in answer.flagged if f.actor.id in ids]
    answer.reading += f", which of {' or '.join(name for _, name in candidates)}"
    if comparative(answer.question):
        rank(answer, answer.question)
    if "count" in answer.extra:
        answer.extra["count"] = len(answer.answers)
    return answer
