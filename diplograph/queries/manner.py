"""Words for how something was done, inside a verb phrase, left out of a question's reading.

Analysts say how a step was taken: "who spoke out *publicly* against X", "which states have come out *strongly*
against X", "who carries messages *back and forth* between A and B", "did X lash out *angrily* at Y". The words
of manner sit between a verb and its particle or preposition, where they break the relation phrase the reader
knows ("speak out against", "carry messages between"), and they narrow nothing the graph records (a claim has
no manner). So they are taken out before the question is read, and the reading names them as not read. Only
words of manner are listed (``manner_words`` in ``grammar.yaml``): never a word of time ("recently", "still"),
of modality ("reportedly", "allegedly", "secretly": the claims' own modality), of negation ("never") or of a
joint act ("jointly", "together"), which narrow the answer.

>>> without_manner("who spoke out publicly against ostia?")
('who spoke out against ostia?', ['publicly'])
>>> without_manner("who carries messages back and forth between ostia and sarn")
('who carries messages between ostia and sarn', ['back and forth'])
>>> without_manner("who jointly trained with ostia")
('who jointly trained with ostia', [])
"""

from __future__ import annotations

import functools
import re

from diplograph.datafiles import packaged


def without_manner(question: str) -> tuple[str, list[str]]:
    """``question`` without its words of manner, and those words (in the order said)."""
    said = []

    def drop(found: re.Match) -> str:
        said.append(found.group(1).lower())
        return " "

    text = _pattern().sub(drop, question)
    return (re.sub(r"\s{2,}", " ", text).strip(), said) if said else (question, [])


@functools.cache
def _pattern() -> re.Pattern:
    words = packaged("diplograph.queries", "grammar.yaml").get("manner_words") or ()
    alternatives = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])\s*({alternatives})\s*(?![\w'’-])", re.IGNORECASE)
