"""What was agreed, said as a clause after the verb: "did Baku and Moscow agree between themselves on pulling the
Russian peacekeepers out of Karabakh?", "who did Parva agree with over sharing the river?".

The clause names what the deal was about, and its own words ("pulling ... out", "peacekeepers", "sharing") are no
relation asked for; read with them, the question asks about the peacekeepers and loses the agreement. A verb of
agreeing (``agreeing`` in ``loose.yaml``) followed, after its parties, by "on", "over" or "about" and a verb in -ing
is asked without that clause, and the reading says it was not read.

>>> agreed_on("did baku and moscow agree between themselves on pulling the russian peacekeepers out of karabakh")
('did baku and moscow agree between themselves', 'on pulling the russian peacekeepers out of karabakh')
>>> agreed_on("did parva agree on a ceasefire") is None   # a noun: what was agreed, the reader reads it
True
"""

from __future__ import annotations

import functools
import re

from diplograph.datafiles import packaged


def agreed_on(text: str) -> tuple[str, str] | None:
    """``text`` without the clause saying what was agreed, and that clause; None when it has none."""
    found = _pattern().match(text)
    if not found:
        return None
    return found["head"].strip(), found["topic"].strip()


@functools.cache
def _pattern() -> re.Pattern:
    verbs = packaged("diplograph.queries", "loose.yaml").get("agreeing") or ()
    said = "|".join(r"\s+".join(map(re.escape, v.split())) for v in sorted(verbs, key=len, reverse=True))
    return re.compile(rf"^(?P<head>.*?\b(?:{said})\b.*?)\s+(?P<topic>(?:on|over|about|to\s+start)\s+[a-z]{{2,}}ing\b.*)$",
                      re.IGNORECASE)
