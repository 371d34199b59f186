"""A go-between said as the way one side reaches another: "does Washington go through Muscat to talk to the
Houthis?", "did A talk to C via B?", "does A use B as a channel to C?", "who does A go through to reach C?",
"which country does A use as a go-between with C?" ("through whom does A talk to C" is a form of the grammar's).

Analysts name mediation by the route a message takes: the side in the middle carries it. Each wording is asked as the
mediation question the reader knows ("does Muscat mediate between Washington and the Houthis", "who mediates
between A and C"), the question's tense kept, and the reading says how. The verbs of going through and of talking,
and the nouns for a channel, are ``channels`` in ``loose.yaml``. A route that is no talk ("did A ship arms to C
through B", "go through B's airspace") is left alone: only a verb of talking or a noun for a channel makes it one.

>>> through_channel("does washington go through muscat to talk to the houthis")
'does muscat mediate between washington and the houthis'
>>> through_channel("who did parva go through to reach ostia")
'who mediated between parva and ostia'
>>> through_channel("did parva ship arms to ostia through velmark")
"""

from __future__ import annotations

import functools
import re

from diplograph.datafiles import packaged

_PAST = frozenset({"did", "had", "was", "were", "has", "have"})  # "has A gone through B": it did
_NAME = r"(?:the\s+)?[\w.'-]+(?:\s+[\w.'-]+){0,3}?"


def through_channel(text: str) -> str | None:
    """``text`` asked as the mediation it says by a route (see the module), or None."""
    for pattern in _patterns():
        found = pattern.match(text)
        if found:
            parts = found.groupdict()
            aux = (parts.get("aux") or "does").lower()
            past = aux in _PAST
            if parts.get("who"):
                return f"{parts['who']} {'mediated' if past else 'mediates'} between {parts['a']} and {parts['c']}"
            return f"{'did' if past else 'does'} {parts['b']} mediate between {parts['a']} and {parts['c']}"
    return None


@functools.cache
def _patterns() -> tuple[re.Pattern, ...]:
    words = packaged("diplograph.queries", "loose.yaml").get("channels") or {}
    going, talking, nouns = (_alternatives(words.get(key) or ()) for key in ("going", "talking", "nouns"))
    aux = r"(?P<aux>does|did|do|has|have|had|is|was|are|were)"
    who = r"(?P<who>who|which\s+[\w-]+(?:\s+[\w-]+)?)"
    to_talk = rf"(?:to|in\s+order\s+to)\s+(?:{talking})(?:\s+(?:to|with))?"
    as_channel = rf"as\s+(?:a|an|its|their|the)\s+(?:{nouns})(?:\s+(?:to|with|for\s+talks\s+with))?"
    flags = re.IGNORECASE
    return (
        # "does A go through B to talk to C"
        re.compile(rf"^{aux}\s+(?P<a>{_NAME})\s+(?:{going})\s+(?:through|via)\s+(?P<b>{_NAME})\s+{to_talk}\s+"
                   rf"(?P<c>{_NAME})$", flags),
        # "did A talk to C through B"
        re.compile(rf"^{aux}\s+(?P<a>{_NAME})\s+(?:{talking})(?:\s+(?:to|with))?\s+(?P<c>{_NAME})\s+(?:through|via)\s+"
                   rf"(?P<b>{_NAME})$", flags),
        # "does A use B as a channel to C"
        re.compile(rf"^{aux}\s+(?P<a>{_NAME})\s+(?:use|used|using|rely\s+on|relied\s+on|relying\s+on)\s+(?P<b>{_NAME})\s+"
                   rf"{as_channel}\s+(?P<c>{_NAME})$", flags),
        # "who does A go through to reach C"
        re.compile(rf"^{who}\s+{aux}\s+(?P<a>{_NAME})\s+(?:{going})\s+(?:through|via)\s+{to_talk}\s+(?P<c>{_NAME})$",
                   flags),
        # "which country does A use as a channel to C"
        re.compile(rf"^{who}\s+{aux}\s+(?P<a>{_NAME})\s+(?:use|used|using|rely\s+on|relied\s+on|relying\s+on)\s+"
                   rf"{as_channel}\s+(?P<c>{_NAME})$", flags),
    )


def _alternatives(words) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True)) or r"(?!)"
