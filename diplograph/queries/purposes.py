"""Forces sent for a purpose: "which countries sent troops to fight the insurgents in P?", "who deployed soldiers
to help battle the jihadists in P", "who has committed forces to take on the rebels in P": the sending is asked
(a presence in P), the purpose only says why; read word by word, the purpose verb ("fight") took the question
and asked who fought in P.

The question is asked again without the purpose ("which countries sent troops to P?"). The words are data
(``force_purposes`` in ``loose.yaml``): the verbs of sending, the force nouns, the verbs of a purpose. A purpose
with no place after it ("sent troops to fight the RSF") is left to the other readings.
"""

from __future__ import annotations

import functools
import re

from diplograph.datafiles import packaged


def _alternatives(words) -> str:
    return "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _pattern() -> re.Pattern:
    data = packaged("diplograph.queries", "loose.yaml").get("force_purposes") or {}
    return re.compile(rf"\b(?P<sending>(?:{_alternatives(data.get('sending') or ())})\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:{_alternatives(data.get('forces') or ())}))\s+to\s+(?:help\s+(?:to\s+)?)?"
                      rf"(?:{_alternatives(data.get('purposes') or ())})\b.*?\s(?:in|into|inside|across)\s+"
                      rf"(?P<place>[^,;?]+?)\s*(?P<end>[?.!]?)\s*$", re.IGNORECASE)


def without_purpose(question: str) -> str | None:
    """``question`` with the purpose of the forces it asks about left out, or None when it says none."""
    found = _pattern().search(question)
    if found is None:
        return None
    return f"{question[:found.start()]}{found.group('sending')} to {found.group('place')}{found.group('end')}"
