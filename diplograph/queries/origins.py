"""Where arms come from, asked after the arms are named: the supplier of a state's arms ("Quellish helicopter
deliveries since 2015 — from whom?", "Quell's frigates - where did they come from?", "Parvan tanks: who from?",
"Parva's jets, supplied by whom?") and the maker of a weapon ("Zephyr-2 - whose drone is it?", "whose missile is
the Zephyr-2?", "where is the Zephyr-2 from?").

A state's arms named as a noun phrase ("Quell helicopter deliveries") leave open which side the state is on; the
closing words (``source_tails`` in ``grammar.yaml``) say the answer is where they came from, so the question is
asked as "who supplied TOPIC", where the state is the recipient. A weapon asked "whose" is asked as "who makes
it". Each is kept only when the question asked so reads a supply or a maker; anything else keeps its reading.

>>> source_asked("quellish helicopter deliveries since 2015 - from whom", ("from whom",))
'who supplied quellish helicopter deliveries since 2015'
>>> source_asked("who supplied Quell", ("from whom",)) is None
True
>>> maker_asked("zephyr-2 - whose drone is it")
'who makes zephyr-2'
>>> maker_asked("whose missile is the Zephyr-2")
'who makes the Zephyr-2'
>>> maker_asked("where is the Zephyr-2 from")
'who makes the Zephyr-2'
>>> maker_asked("whose side is Quell on") is None
True
"""

from __future__ import annotations

import functools
import re

from diplograph.datafiles import packaged

_SEPARATOR = r"\s*(?:[,:;–—]+|\s-+)\s*"
_WHOSE_AFTER = re.compile(
    rf"^(?P<thing>.+?){_SEPARATOR}(?:whose\s+(?:[a-z]+\s+)?(?:is|was)\s+(?:it|that|this)|whose\s+(?:make|design|product)"
    r"|where\s+(?:is|was)\s+it\s+(?:from|made|built|designed|developed)|(?:which|what)\s+country\s+(?:makes|made|builds|built|"
    r"designs|designed|developed)\s+it|(?:made|built|designed)\s+(?:by\s+whom|where)|(?:country\s+of\s+)?origin)$",
    re.IGNORECASE)
_WHOSE_BEFORE = re.compile(r"^(?:whose\s+[a-z]+\s+(?:is|was)\s+(?P<thing>(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)"
                           r"|where\s+(?:is|was)\s+(?P<made>(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)\s+(?:from|made|built|designed))$",
                           re.IGNORECASE)


@functools.cache
def _tails() -> tuple[str, ...]:
    data = packaged("diplograph.queries", "grammar.yaml")
    return tuple(sorted((str(t) for t in data.get("source_tails") or ()), key=len, reverse=True))


def source_asked(text: str, tails: tuple[str, ...] | None = None) -> str | None:
    """"who supplied TOPIC" for arms named first and asked where they came from, or None."""
    tails = _tails() if tails is None else tails
    if not tails:
        return None
    said = "|".join(r"\s+".join(map(re.escape, t.split())) for t in tails)
    found = re.match(rf"^(?P<topic>.+?){_SEPARATOR}(?:{said})$", " ".join(text.split()).strip(" ?"), re.IGNORECASE)
    return f"who supplied {found.group('topic')}" if found else None


def maker_asked(text: str) -> str | None:
    """"who makes THING" for a thing asked "whose" or "where from", or None (see the module's docstring)."""
    text = " ".join(text.split()).strip(" ?")
    found = _WHOSE_AFTER.match(text)
    if found is None and not re.search(r"\bwhose\s+(?:side|turn|interests?|fault|idea)\b", text, re.IGNORECASE):
        found = _WHOSE_BEFORE.match(text)
    return f"who makes {(found.groupdict().get('thing') or found.groupdict().get('made')).strip()}" if found else None


def reads_supply(answer) -> bool:
    """Whether ``answer`` (to "who supplied TOPIC") read a state's suppliers, not anything else TOPIC might be."""
    return answer.understood and ("suppliers" in answer.reading or
                                  ("ARMS_TRANSFER" in answer.reading and "(subjects)" in answer.reading))


def reads_maker(answer) -> bool:
    """Whether ``answer`` (to "who makes THING") read the makers of a thing of the graph."""
    return answer.understood and "MANUFACTURES" in answer.reading and "(subjects)" in answer.reading
