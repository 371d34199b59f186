"""A name two states share, asked of each: "korean howitzer buyers", "has Poland received Korean tanks?",
"who sells arms to korea".

"Korean" names no one state, so the gazetteer gives it to neither and the question would be refused or read
without it. The question is asked once for each state the word may mean (``shared_names`` in ``loose.yaml``, the
usual sense first) and the first reading the graph answers is kept (an answer, or a yes); the reading says which
state was read and whether the other answers too, so the analyst can ask of it by name. When neither answers, the
usual sense's reading stands, saying so.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from diplograph.datafiles import load_data
from diplograph.queries.answer import Answer


@functools.cache
def _shared() -> dict[str, list[str]]:
    text = resources.files("diplograph.queries").joinpath("loose.yaml").read_text(encoding="utf-8")
    return {str(k).lower(): [str(v) for v in vs] for k, vs in load_data(text)["shared_names"].items()}


@functools.cache
def _pattern() -> re.Pattern:
    words = sorted(_shared(), key=len, reverse=True)
    return re.compile(r"(?<![\w'-])(" + "|".join(map(re.escape, words)) + r")(?![\w'-])", re.IGNORECASE)


def readings(question: str) -> tuple[str, list[str]] | None:
    """The shared word of ``question`` and the question asked of each state it may mean, or None.

    >>> readings("korean howitzer buyers")
    ('korean', ['south korean howitzer buyers', 'north korean howitzer buyers'])
    >>> readings("south korean howitzer buyers") is None
    True
    """
    for match in _pattern().finditer(question):
        word = match.group(1).lower()
        before = question[:match.start()].lower()
        if any(before.endswith(meaning[:-len(word)]) for meaning in _shared()[word]):
            continue  # "South Korean": already one state
        return word, [question[:match.start()] + meaning + question[match.end():] for meaning in _shared()[word]]
    return None


def _answered(answer: Answer) -> bool:
    if "verdict" in answer.extra:
        return answer.extra["verdict"] in ("yes", "disputed")
    return bool(answer.answers)


def asked_of_each(question: str, ask) -> Answer | None:
    """The answer to ``question`` with its shared word read as the first state the graph answers for
    (``ask`` answers a question), or None when the question has no such word or no reading is understood."""
    found = readings(question)
    if found is None:
        return None
    word, asked = found
    answers = [(text, answer) for text in asked if (answer := ask(text)).understood]
    if not answers:
        return None
    answering = [(text, answer) for text, answer in answers if _answered(answer)]
    text, chosen = (answering or answers)[0]
    meaning = _shared()[word][asked.index(text)]
    others = [_shared()[word][asked.index(t)] for t, _ in answering if t != text]
    note = (f'; "{others[0]}" answers too: ask of it by name' if others else
            "" if answering else "; no reading answers")
    chosen.question = question
    chosen.reading += f' ("{word}" names two states: read as "{meaning}"{note})'
    return chosen
