"""An office taken up in a window: "who took over the SADC chair in August 2024?", "who became AU chair in 2023",
"which state assumed the presidency of the bloc in 2025?".

Asked of a time, a standing relation such as leading a body is read as what held then, so the outgoing chair, the
incoming one and a planned successor all answer. A verb of taking up an office (``taking_office`` in
``loose.yaml``) asks for the one whose leadership began in the window: the leadership claims dated inside it are
kept, when there are any (else the answer stands, and says nothing more), and the reading says so.
"""

from __future__ import annotations

import functools
import re

from diplograph.datafiles import packaged
from diplograph.queries.refine import narrow


def taken_over(answer, question: str):
    """``answer`` kept to the leadership claims begun in its window when ``question`` asks who took an office up."""
    window = (answer.query or {}).get("window") or {}
    start = window.get("as_of") or window.get("since")
    end = window.get("as_of") or window.get("until") or ""
    if not start or not _taking().search(question) or not any(e.predicate == "LEADS" for e in answer.evidence):
        return answer
    begun = [e for e in answer.evidence if e.predicate == "LEADS" and e.date and e.date[:len(start)] >= start
             and (not end or e.date[:len(end)] <= end)]
    if not begun:
        return answer
    narrow(answer, lambda e: e in begun)
    answer.reading += f" (taken up in the window: only the leadership claims dated from {start}" + \
                      (f" to {end})" if end and end != start else ")")
    return answer


@functools.cache
def _taking() -> re.Pattern:
    words = packaged("diplograph.queries", "loose.yaml").get("taking_office") or ()
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in
                                          sorted(words, key=len, reverse=True)) + r")\b", re.IGNORECASE)
