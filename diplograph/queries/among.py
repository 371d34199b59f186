"""Questions asked among one actor's circle: "Which of Tajikistan's arms suppliers also arm
Uzbekistan?", "Which of Iran's partners have sanctioned Israel?".

The circle ("Tajikistan's arms suppliers") is asked as a question of its own ("Who are
Tajikistan's arms suppliers?"), the rest as another ("Who arm Uzbekistan?", "also" left out),
and the answers of the second are kept to those of the first. None when either part is not read.

>>> from diplograph.queries.ask import ask
>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> answer = ask(view, "Which of Caldor's suppliers also arm Dastan?")
>>> [f.actor.name for f in answer.flagged], answer.reading.endswith("among suppliers of Caldor (ARMS_TRANSFER, CO_PRODUCTION)")
(['Aland'], True)
"""

from __future__ import annotations

import re
from typing import Callable

from diplograph.queries.answer import Answer

_WHICH_OF = re.compile(r"^(?:which|who|what)\s+(?:ones\s+)?of\s+(?P<owner>.+?)'s\s+(?P<tail>.+)$", re.IGNORECASE)
_ALSO = frozenset({"also", "too", "likewise", "themselves", "ever"})
_AUXILIARIES = frozenset({"has", "have", "had", "did", "do", "does", "is", "are", "was", "were"})


def among_circle(question: str, asked: Callable[[str], Answer]) -> Answer | None:
    """The answer to a "which of X's <circle> ..." question (see the module), or None."""
    found = _WHICH_OF.match(question)
    if found is None:
        return None
    owner, words = found.group("owner"), found.group("tail").split()
    lowered = [w.lower() for w in words]
    pivots = [i for i, w in enumerate(lowered) if w in _ALSO][:1]  # "suppliers *also* arm": the cut
    pivots = pivots or [i for i, w in enumerate(lowered) if w in _AUXILIARIES][:1] or range(1, min(4, len(words)))
    for cut in pivots:
        kept = words[:cut]
        while len(kept) > 1 and kept[-1].lower() in _AUXILIARIES:  # "backers on the Sahara *have* also signed"
            kept = kept[:-1]
        circle = asked(f"Who are {owner}'s {' '.join(kept)}")
        rest = [w for w in words[cut:] if w.lower() not in _ALSO]
        if not circle.understood or not rest:
            continue
        answer = asked("Who " + " ".join(rest))
        if not answer.understood:
            continue
        keep, hedged = {a.id for a in circle.answers}, {f.actor.id: f for f in circle.flagged}
        answer.flagged = [f for f in answer.flagged if f.actor.id in keep | set(hedged)] + \
            [hedged[a.id] for a in answer.answers if a.id in hedged]  # in the circle by a doubted claim only
        answer.answers = [a for a in answer.answers if a.id in keep]
        shown = keep | set(hedged)
        answer.evidence = [e for e in answer.evidence if {e.subject.id, e.object.id} & shown] + circle.evidence
        answer.reading += f", among {circle.reading}"
        if "count" in answer.extra:
            answer.extra["count"] = len(answer.answers)
        return answer
    return None
