"""Questions that leave an actor out: "Apart from Panama, who has Trump threatened?", "Besides
Naval Group, who else has sold Jakarta warships?", "Which states other than Russia arm X?".

The words that leave out (``exclusions`` in ``loose.yaml``) and the name after them (up to a
comma or the end of the question, or, right after the asking words, the longest name of the graph that opens
what follows: "who *besides Russia* is selling helicopters to X", "anyone *other than Ostia* arming Y") are
taken out; "who else" and "which other" ask as "who" and
"which"; the rest is asked, and the actor named is dropped from its answers and flags.

>>> from diplograph.queries.example import example_view
>>> left_out(example_view(), "Apart from Aland, who supplies drones to Caldor?")
('who supplies drones to Caldor?', 'state:ALD', 'Aland')
>>> left_out(example_view(), "Who supplies drones to Caldor?") is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


from diplograph.errors import ActorNotFound
from diplograph.queries.answer import Answer
from diplograph.queries.lookup import find_actor, people_of
from diplograph.datafiles import load_data

_REFLEXIVE = re.compile(r"\s+(?:itself|themselves|himself|herself)$", re.IGNORECASE)
_ELSE = re.compile(r"\b(who|whom|what|which)\s+(?:else|other)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _words() -> str:
    text = resources.files("diplograph.queries").joinpath("loose.yaml").read_text(encoding="utf-8")
    words = sorted(load_data(text).get("exclusions") or (), key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)


@lru_cache(maxsize=1)
def _markers() -> re.Pattern:
    return re.compile(r"(?:^|,\s*|\s+)\b(?:" + _words() + r")\s+(?P<name>[^,?!]+?)\s*(?=,|[?!.]*$)", re.IGNORECASE)


_ASKING = r"(?:who|whom|which\s+[\w-]+|what\s+[\w-]+|anyone|anybody|any\s+[\w-]+)"


def _after_asking(view, question: str) -> tuple[str, str, str] | None:
    """"who besides A is selling X": (the question without "besides A", A's id, A as said), or None."""
    found = re.match(rf"^(?P<asked>{_ASKING})\s+(?:{_words()})\s+(?P<rest>.+)$", question.strip(), re.IGNORECASE)
    if found is None:
        return None
    words = found.group("rest").split()
    for n in range(min(4, len(words) - 1), 0, -1):
        said = re.sub(r"^the\s+", "", " ".join(words[:n]), flags=re.IGNORECASE)
        actor = _actor(view, said)
        if actor is not None:
            return f"{found.group('asked')} {' '.join(words[n:])}", actor, said
    return None


def left_out(view, question: str) -> tuple[str, str, str] | None:
    """(the question without the words that leave an actor out, that actor's id, its name as
    said), or None when the question leaves no actor of the graph out."""
    found = _markers().search(question)
    if found is None:
        return None
    early = _after_asking(view, question)
    if early is not None:
        return early
    said = re.sub(r"^the\s+", "", found.group("name").strip(), flags=re.IGNORECASE)
    said = re.sub(_REFLEXIVE, "", said)  # "besides Mexico itself": Mexico
    actor = _actor(view, said)
    if actor is None:
        return None
    rest = (question[:found.start()] + question[found.end():]).lstrip(" ,")
    rest = re.sub(r"\s*([-\u2013\u2014:])\s*,\s*", r" \1 ", rest)  # "the X raid - besides A, which ...": the dash stays
    rest = _ELSE.sub(lambda m: m.group(1), rest)
    return rest, actor, said


def _actor(view, said: str) -> str | None:
    """The actor a name stands for, or a people for its state ("the Parvans"), or None."""
    try:
        return find_actor(view, said)
    except ActorNotFound:
        return people_of(view, said)


def without(answer: Answer, actor: str, said: str) -> Answer:
    """``answer`` with ``actor`` dropped from its answers and flags, and the reading saying so."""
    answer.answers = [a for a in answer.answers if a.id != actor]
    answer.flagged = [f for f in answer.flagged if f.actor.id != actor]
    answer.reading += f", leaving out {said}"
    if "count" in answer.extra:
        answer.extra["count"] = len(answer.answers)
    return answer
