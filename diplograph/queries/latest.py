"""When a thing happened, not when it was announced, and the latest date, not the first, when a "when" question asks for the last time: "when did A and B last meet?",
"when was the most recent clash between A and B?", "latest A-B agreement - when?", "when was the last time A
threatened B?"; and the first or last of something between two, asked without "when" ("first clash between A and B",
"the latest agreement between A and B?", "earliest contact between A and B in 2014"): the date is what is asked.

A "when" answer gives the earliest date by default (when a thing began or first happened), but over event data a pair
meets, clashes and signs many times, and an analyst asking for the last time wants the newest event day. "last"
before a unit of time ("last year", "in the last two months") is a time window that ``when.py`` reads, not this.

Event data code an intention beside the deed (CAMEO 036 "express intent to meet" beside 04 "consult", stored as
*planned* claims of the same relation), so "when did A and B first meet?" would be answered by the day one of them
said it wanted to meet. When some claims say the thing happened, the dates are theirs; planned claims date it only
when nothing else does.
"""

from __future__ import annotations

import re

from diplograph.queries.answer import Answer

_LATEST = re.compile(r"\b(?:latest|most\s+recent(?:ly)?|last(?!\s+(?:\d+|few|couple|two|three|four|five|six|seven|"
                     r"eight|nine|ten|twelve|year|years|month|months|week|weeks|day|days|decade|decades|summer|"
                     r"winter|spring|autumn|fall|century)\b))\b", re.IGNORECASE)


# a fragment that goes on to ask something else ("the first talks between A and B - who mediated?") is no "when"
_ASKS_MORE = r"\b(?:who|whom|whose|which|what|where|why|how|did|does|do|was|were|is|are|has|have)\b"
_FIRST_OR_LAST = re.compile(r"^(?:what\s+(?:is|was)\s+)?(?:the\s+)?(?P<which>first|earliest|last|latest|most\s+recent|"
                            r"newest|final)\s+(?P<rest>(?:[\w'-]+\s+){1,3}?between\s+(?:(?!%s).)+)$" % _ASKS_MORE,
                            re.IGNORECASE)


def when_implied(question: str) -> str | None:
    """The "when" question a first or last thing between two asks, or None.

    >>> when_implied("first clash between Ostia and Rhun"), when_implied("the latest deal between Ostia and Rhun?")
    ('when was the first clash between Ostia and Rhun', 'when was the latest deal between Ostia and Rhun')
    >>> when_implied("who mediated between Ostia and Rhun"), when_implied("first talks between Ostia and Rhun: who hosted")
    (None, None)
    """
    found = _FIRST_OR_LAST.match(" ".join(question.split()).rstrip("?!. "))
    return f"when was the {found.group('which').lower()} {found.group('rest')}" if found else None


def first_or_last_dated(question: str, ask) -> Answer | None:
    """The answer to the "when" question a first or last thing between two asks (``ask`` answers a question)."""
    asked = when_implied(question)
    if asked is None:
        return None
    answer = ask(asked)
    if not answer.understood or "when" not in answer.extra:
        return None
    answer.question = question
    answer.reading += f' (asked as "{asked}")'
    return answer


def latest_asked(question: str) -> bool:
    """Whether ``question`` asks for the last time something happened.

    >>> latest_asked("when did Ostia and Rhun last meet"), latest_asked("when was the latest Ostia-Rhun deal")
    (True, True)
    >>> latest_asked("when did Ostia and Rhun meet last year"), latest_asked("when did Ostia and Rhun first meet")
    (False, False)
    """
    return bool(_LATEST.search(question))


def happened(claims: list) -> list:
    """The claims that say a thing happened, or all of them when every one is a plan."""
    return [e for e in claims if e.modality != "planned"] or claims


def to_latest(answer: Answer, question: str) -> None:
    """Date a "when" answer by the claims that say the thing happened, and by the newest of them when ``question``
    asks for the last time."""
    done = sorted({e.date for e in happened([e for e in answer.evidence if e.confirmed]) if e.date})
    if done and done != answer.extra.get("dates"):
        answer.extra["dates"] = done
        # the earliest, as precisely as a claim gives it ("2023-05-24" rather than "2023-05")
        answer.extra["when"] = max((d for d in done if d.startswith(done[0])), key=len)
    dates = answer.extra.get("dates") or []
    if not dates or not latest_asked(question):
        return
    # a claim that lasted ends last on its end date (a register's last delivery year, an alliance's last year);
    # ISO dates compare as strings, and a day sorts after its own month: the newest, as precisely as a claim gives it
    ends = [e.end_date for e in happened([e for e in answer.evidence if e.confirmed]) if getattr(e, "end_date", "")]
    answer.extra["when"] = max([*dates, *ends])
    answer.details = list(reversed(answer.details))
    answer.reading += ", the latest date (the question asks for the last time)"
