"""Two sides asked of together in a yes-or-no question ("Have Parva and Quell restored diplomatic
relations?", "Did A and B sign a deal?"): when no reading takes the question as it stands, it is asked
of the first side with the second after the verb ("Has Parva restored diplomatic relations with Quell?"),
which every form that reads a relation with someone reads. Both sides must be names of the graph.

>>> from diplograph.queries.example import example_view
>>> with_each_other(example_view(), "Have Borvia and Caldor signed a deal")
'has Borvia signed a deal with Caldor'
>>> with_each_other(example_view(), "Have Borvia and the drones signed a deal") is None
True
"""

from __future__ import annotations

import re

from diplograph.errors import ActorNotFound
from diplograph.queries.lookup import find_actor, people_of

_AUX = {"have": "has", "has": "has", "had": "had", "did": "did", "do": "does", "does": "does", "are": "is",
        "is": "is", "were": "was", "was": "was", "will": "will", "would": "would", "could": "could", "can": "can"}
_PAIR = re.compile(r"^(?P<aux>" + "|".join(_AUX) + r")\s+(?P<a>.+?)\s+(?:and|&)\s+(?P<rest>.+)$", re.IGNORECASE)
_TOGETHER = re.compile(r"\s+(?:with each other|with one another|each other|one another|together)$", re.IGNORECASE)


def _names(view, text: str) -> bool:
    try:
        find_actor(view, text)
    except ActorNotFound:
        return people_of(view, text) is not None
    return True


def with_each_other(view, question: str) -> str | None:
    """The question asked of its first side with the second after the verb, or None."""
    found = _PAIR.match(" ".join(question.split()).rstrip("?!. "))
    if not found or not _names(view, found["a"]):
        return None
    words = found["rest"].split()
    for cut in range(1, min(len(words) - 1, 5) + 1):  # the second side: the fewest words that name one
        second = " ".join(words[:cut])
        if _names(view, second):
            rest = _TOGETHER.sub("", " ".join(words[cut:]))
            return f"{_AUX[found['aux'].lower()]} {found['a']} {rest} with {second}"
    return None
