"""The other half of a divided country said as "the North" or "the South" ("Seoul suspended its pact with the
North", "did Pyongyang threaten the South"): in a question that names one half, the other half by its name.

Which halves there are is data (``halves`` in ``grammar.yaml``): the words that name one half, and the name the
other half goes by. "the north of X" is a part of X, never the other half.
"""

from __future__ import annotations

import functools
import re

from diplograph.datafiles import packaged


@functools.cache
def _halves() -> tuple[tuple[re.Pattern, re.Pattern, str], ...]:
    found = []
    for half in packaged("diplograph.queries", "grammar.yaml").get("halves") or ():
        named = "|".join(re.escape(w) for w in sorted(half["named_by"], key=len, reverse=True))
        said = "|".join(re.escape(w) for w in sorted(half["said"], key=len, reverse=True))
        found.append((re.compile(rf"(?<![\w-])(?:{named})(?![\w-])", re.IGNORECASE),
                      re.compile(rf"(?<![\w-])(?:{said})(?!\s+of\b)(?![\w-])", re.IGNORECASE), str(half["means"])))
    return tuple(found)


def other_half(text: str) -> str:
    """``text`` with "the North" or "the South" put as the other half's name when it names one half.

    >>> other_half("Seoul suspended the 2018 military pact with the North - what day")
    'Seoul suspended the 2018 military pact with North Korea - what day'
    >>> other_half("which groups are active in the north of Mali")
    'which groups are active in the north of Mali'
    >>> other_half("did seoul send troops to the north of the country")
    'did seoul send troops to the north of the country'
    """
    for named, said, means in _halves():
        if named.search(text) and said.search(text):
            return said.sub(means, text, count=1)
    return text
