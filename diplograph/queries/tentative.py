"""Plans that are no facts yet. A planned claim answers (an order, an offer, a signed deal not yet carried out: the
evaluation kit's rule is that only unconfirmed, speculative and denied claims make no answer), but what happened,
changed or went on between sides ("A and B in 2025 - what happened?") is what was done: claims only planned are left
out, unless the question itself asks about offers, talks, plans or the future (``tentative.asked`` in ``loose.yaml``).

>>> happened_asked("us-panama relations jan to apr 2025 - what happened")
True
>>> happened_asked("who supplies X")
False
"""

from __future__ import annotations

import functools
import re

from diplograph.datafiles import packaged
from diplograph.queries.answer import Answer

_HAPPENED = re.compile(r"\bwhat(?:'s|\s+has|\s+have|\s+had)?\s+(?:been\s+)?(?:happened|happening|changed|changing|"
                       r"going on|gone on|went on|transpired|gone down|went down|been up)\b", re.IGNORECASE)


@functools.cache
def _asked() -> re.Pattern:
    """The words of a question that ask about plans."""
    words = (packaged("diplograph.queries", "loose.yaml").get("tentative") or {}).get("asked") or ()
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")\b",
                      re.IGNORECASE)


def happened_asked(question: str) -> bool:
    """Whether the question asks what happened, changed or went on."""
    return bool(_HAPPENED.search(question))


def facts_only(answer: Answer, question: str) -> Answer:
    """``answer`` without the plans the question does not ask about (see the module's docstring)."""
    if not answer.understood or not answer.evidence or not happened_asked(question):
        return answer
    if _asked().search(question) or "verdict" in answer.extra or "when" in answer.extra:
        return answer  # a yes-or-no or when-question already tells a plan apart
    kept = [e for e in answer.evidence if e.modality != "planned"]
    if len(kept) < len(answer.evidence):
        answer.evidence = kept
        answer.reading += " (plans left out: what happened)"
    return answer
