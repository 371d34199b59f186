"""Plans that are no facts yet. A planned claim answers by default (an order, a signed deal not yet carried out), but:

- what happened, changed or went on between sides ("A and B in 2025 - what happened?") is what was done: claims
  only planned are left out;
- an actor whose only claims are planned ones whose sentences speak of an offer, talks or interest
  (``tentative`` in ``loose.yaml``: "had offered its JF-17", "in talks to acquire used Typhoons") is no supplier,
  partner or doer yet: it is flagged, not answered, unless the question itself asks about offers, talks, plans or
  the future.

>>> happened_asked("us-panama relations jan to apr 2025 - what happened")
True
>>> happened_asked("who supplies X")
False
"""

from __future__ import annotations

import functools
import re

from diplograph.datafiles import packaged
from diplograph.queries.answer import Answer, Flag

_HAPPENED = re.compile(r"\bwhat(?:'s|\s+has|\s+have|\s+had)?\s+(?:been\s+)?(?:happened|happening|changed|changing|"
                       r"going on|gone on|went on|transpired|gone down|went down|been up)\b", re.IGNORECASE)


@functools.cache
def _words() -> tuple[re.Pattern, re.Pattern]:
    """(the words of a sentence that make a plan tentative, the words of a question that ask about plans)."""
    spec = packaged("diplograph.queries", "loose.yaml").get("tentative") or {}

    def pattern(words) -> re.Pattern:
        return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")\b",
                          re.IGNORECASE)
    return pattern(spec.get("said") or ()), pattern(spec.get("asked") or ())


def happened_asked(question: str) -> bool:
    """Whether the question asks what happened, changed or went on."""
    return bool(_HAPPENED.search(question))


def facts_only(answer: Answer, question: str) -> Answer:
    """``answer`` without the plans the question does not ask about (see the module's docstring)."""
    if not answer.understood or not answer.evidence:
        return answer
    said, asked = _words()
    if asked.search(question) or "verdict" in answer.extra or "when" in answer.extra:
        return answer  # a yes-or-no or when-question already tells a plan apart
    if happened_asked(question):
        kept = [e for e in answer.evidence if e.modality != "planned"]
        if len(kept) < len(answer.evidence):
            answer.evidence = kept
            answer.reading += " (plans left out: what happened)"
        return answer
    claims: dict[str, list] = {}
    for e in answer.evidence:
        for end in (e.subject.id, e.object.id):
            claims.setdefault(end, []).append(e)
    tentative = [a for a in answer.answers if claims.get(a.id)
                 and all(e.modality == "planned" and said.search(e.sentence or "") for e in claims[a.id] if e.confirmed)
                 and any(e.confirmed for e in claims[a.id])]
    if not tentative or len(tentative) == len(answer.answers):
        return answer  # nothing but offers: they are what the sources give, and the reading says planned
    answer.answers = [a for a in answer.answers if a not in tentative]
    answer.flagged = [Flag(a, "offered or in talks") for a in tentative] + answer.flagged
    answer.reading += f" ({', '.join(a.name for a in tentative)}: only offered or in talks, shown apart)"
    if "count" in answer.extra:
        answer.extra["count"] = len(answer.answers)
    return answer
