"""How many events, not how many actors: "how many clashes between A and B in 2014?", "how many times did A and B
meet?", "how many meetings were there between A and B?", "how often did A and B meet?", "number of clashes between A
and B in 2014".

Such a question counts what happened between two sides, so it is asked as the yes-or-no question it implies ("were
there any clashes between A and B in 2014?", "did A and B meet?") and its evidence counted: the days on which the
sources place such an event (event data record one event from each side's view and articles retell one event many
times, so a day is counted once), each day a detail line with its number of claims. Hedged claims (unconfirmed,
speculative, denied) are not counted, nor plans when something happened (CAMEO 036, intent to meet, beside 04).

A noun that names no kind of event ("how many events between A and B in 2014", "how many interactions ...") asks for
everything that happened between them: it is asked as "what happened between A and B" (plans left out) and every
event day counted, whatever its relation, as an event-data analyst counts a dyad's events.
"""

from __future__ import annotations

import re
from collections import Counter

from diplograph.queries.answer import Answer
from diplograph.queries.latest import happened

_BETWEEN = re.compile(r"^how many (?P<noun>(?:[\w'-]+\s+){0,2}?[\w'-]+?)\s+(?:(?:were there|have there been|has there "
                      r"been|took place|happened|occurred|were recorded|are recorded|are there|did they have)\s+)?"
                      r"(?P<rest>between\s+.+)$", re.IGNORECASE)
_TIMES = re.compile(r"^(?:how many times|how often|how frequently)\s+(?P<aux>did|have|has|had|were|was)\s+(?P<rest>.+)$",
                    re.IGNORECASE)
# a count said as a noun phrase, as typed into a search box ("number of clashes between A and B in 2014")
_NUMBER_OF = re.compile(r"^(?:(?:what\s+(?:is|was)\s+)?the\s+)?(?:total\s+)?(?:number|count|tally)\s+of\s+",
                        re.IGNORECASE)
# nouns of any event at all, not of one kind: everything between the two is counted
_ANY_EVENT = frozenset({"events", "event", "interactions", "interaction", "contacts", "incidents", "encounters",
                        "exchanges", "dealings", "coded events", "recorded events", "event records"})


def implied(question: str) -> str | None:
    """The yes-or-no question a count of events implies, or None.

    >>> implied("how many clashes between Ostia and Rhun in 2014")
    'were there any clashes between Ostia and Rhun in 2014'
    >>> implied("how many times did Ostia and Rhun meet"), implied("how often did Ostia and Rhun meet?")
    ('did Ostia and Rhun meet', 'did Ostia and Rhun meet')
    >>> implied("how many events between Ostia and Rhun in 2014")
    'what happened between Ostia and Rhun in 2014'
    >>> implied("number of clashes between Ostia and Rhun"), implied("how frequently did Ostia and Rhun meet")
    ('were there any clashes between Ostia and Rhun', 'did Ostia and Rhun meet')
    >>> implied("how many countries sold arms to Ostia") is None
    True
    """
    question = _NUMBER_OF.sub("how many ", " ".join(question.split()).rstrip("?!. "), count=1)
    found = _TIMES.match(question)
    if found:
        return f"{found.group('aux').lower()} {found.group('rest')}"
    found = _BETWEEN.match(question)
    if found and found.group("noun").lower() in _ANY_EVENT:
        return f"what happened {found.group('rest')}"
    if found and found.group("noun").lower() not in ("countries", "states", "actors", "sides", "parties"):
        return f"were there any {found.group('noun')} {found.group('rest')}"
    return None


def counted(question: str, ask) -> Answer | None:
    """The count of event days for a question asking how many events (``ask`` answers a question), or None."""
    asked = implied(question)
    if asked is None:
        return None
    answer = ask(asked)
    anything = asked.startswith("what happened ")
    if not answer.understood or ("verdict" not in answer.extra and not anything):
        return None
    # a meeting or a clash that happened, not one announced (event data code the intention beside the deed)
    days = Counter(e.date for e in happened([e for e in answer.evidence if e.confirmed]) if e.date)
    answer.question = question
    answer.extra.pop("verdict", None)
    answer.extra["count"] = len(days)
    answer.details = [f"{day}: {n} claim{'s' if n > 1 else ''}" for day, n in sorted(days.items())] + answer.details
    answer.reading = answer.reading.replace("yes or no: ", "events: ", 1).replace("evidence: ", "events: ", 1)
    answer.reading += f' (events counted by the days they happened on: asked as "{asked}")'
    return answer
