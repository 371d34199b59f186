"""A view asked for instead of a fact: the plain yes-or-no question inside it.

Analysts ask for a judgement where they mean a fact: "would you call Rhun and Parva rivals?", "do you consider
Quell Ostia's ally?", "would you describe Sarn as a partner of Tavia?", "would you say Rhun is arming Sarn?", "is it
fair to say Quell backs Ostia?". Read word by word, "call" is a phone call and "say" a statement, so the question is
asked as the plain yes-or-no it stands for: "are Rhun and Parva rivals", "is Quell Ostia's ally", "is Sarn a partner
of Tavia", "is it true that Rhun is arming Sarn". The words are data (``opinions`` in ``grammar.yaml``).

A naming verb must be followed by parties the graph knows and then the words they are called ("would you call them
rivals" after a topic: restating.py has put the topic's names for the pronoun); anything else is left to the other
readings ("would you call Sarn" asks about a call).

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> opinion_asked(view, "would you call Aland and Borvia rivals")
'are Aland and Borvia rivals'
>>> opinion_asked(view, "aland vs borvia: would you call them rivals")   # the topic is put for "them" before
>>> opinion_asked(view, "would you call aland vs borvia rivals")
'are aland and borvia rivals'
>>> opinion_asked(view, "do you consider Eskar a partner of Borvia")
'is Eskar a partner of Borvia'
>>> opinion_asked(view, "would you describe Eskar as Borvia's partner")
"is Eskar Borvia's partner"
>>> opinion_asked(view, "would you say that Borvia arms Caldor")
'is it true that Borvia arms Caldor'
>>> opinion_asked(view, "is it fair to say Borvia arms Caldor")
'is it true that Borvia arms Caldor'
>>> opinion_asked(view, "would you call Caldor") is None
True
>>> opinion_asked(view, "would Borvia call Caldor") is None
True
"""

from __future__ import annotations

import functools
import re

from diplograph.datafiles import packaged
from diplograph.errors import ActorNotFound
from diplograph.queries.lookup import find_actor

_JOINERS = re.compile(r"\s+(?:and|&|vs\.?|versus|v\.?|-|–|—|/)\s+", re.IGNORECASE)


@functools.cache
def _words() -> dict[str, str]:
    data = packaged("diplograph.queries", "grammar.yaml").get("opinions") or {}
    said = {key: "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in data.get(key) or ()), key=len, reverse=True))
            for key in ("askers", "naming", "saying", "fair")}
    return said


@functools.cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    w = _words()
    opener = rf"(?:would|do|did|could|can|will|does|should)\s+(?:{w['askers']})\s+(?:still\s+|really\s+|now\s+)?"
    naming = re.compile(rf"^{opener}(?:{w['naming']})\s+(?P<rest>.+)$", re.IGNORECASE)
    saying = re.compile(rf"^{opener}(?:{w['saying']})\s+(?:that\s+)?(?P<clause>.+)$", re.IGNORECASE)
    fair = re.compile(rf"^(?:is|would\s+it\s+be)\s+it\s+(?:(?:{w['fair']})\s+)+to\s+(?:(?P<verb>{w['naming']})|"
                      rf"(?:{w['saying']})(?:\s+that)?)\s+(?P<rest>.+)$", re.IGNORECASE)
    return naming, saying, fair


def _known(view, name: str) -> bool:
    try:
        find_actor(view, name.strip())
    except ActorNotFound:
        return False
    return True


def _named(view, rest: str) -> str | None:
    """The plain question for "PARTIES [as] WHAT": the longest opening the graph knows as one party or two joined,
    then what they are called; None when no opening is known or nothing is left to call them."""
    words = rest.split()
    for cut in range(len(words) - 1, 0, -1):
        parties, what = " ".join(words[:cut]), words[cut:]
        if what[0].lower() == "as":
            what = what[1:]
        sides = _JOINERS.split(parties)
        if not what or len(sides) > 2 or not all(_known(view, side) for side in sides):
            continue
        if len(sides) == 2:
            return f"are {sides[0]} and {sides[1]} {' '.join(what)}"
        return f"is {parties} {' '.join(what)}"
    return None


def opinion_asked(view, text: str) -> str | None:
    """The plain yes-or-no question a question asking for a view stands for, or None."""
    text = " ".join(text.split()).strip(" ?")
    naming, saying, fair = _patterns()
    found = naming.match(text)
    if found is not None:
        return _named(view, found.group("rest"))
    found = fair.match(text)
    if found is not None:
        return _named(view, found.group("rest")) if found.group("verb") else f"is it true that {found.group('rest')}"
    found = saying.match(text)
    return f"is it true that {found.group('clause')}" if found is not None else None
