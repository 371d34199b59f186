"""Time phrases anywhere in a question, read as a window of dates.

"in 2022", "in May 2021", "since 2020", "2015 onwards", "after 2019", "before 2023", "between 2018 and 2020",
"as of 2021", "last year", "in the past three years", "recently", a month without its year ("in
September": the last one) (relative to the newest source in the store), and events: "since Russia invaded Ukraine", "before the Pretoria deal", "after the
Taliban fell". An event is dated by the graph when a claim matches it (``event_date``, given by the
caller), else by ``events.yaml`` beside this module. A year that only qualifies a noun ("the 2020
ceasefire") is *soft*: it narrows the answer only when something is left.

>>> [(p.text, p.window) for p in time_phrases("Who has been arming Armenia since 2020?")]
[('since 2020', {'since': '2020'})]
>>> [(p.text, p.window) for p in time_phrases("Which countries did Iran supply with arms before 2000?")]
[('before 2000', {'until': '1999-12-31'})]
>>> [(p.text, p.window) for p in time_phrases("Who did X sanction last year?", newest="2024-05-02")]
[('last year', {'since': '2023', 'until': '2023'})]
>>> [(p.text, p.window) for p in time_phrases("What did X hit in September?", newest="2024-05-02")]
[('in September', {'since': '2023-09', 'until': '2023-09'})]
>>> [(p.text, p.window, p.how) for p in time_phrases("Who supplied helicopters to Afghanistan after the Taliban fell?")]
[('after the Taliban fell', {'since': '2001-11'}, 'known event')]
>>> [(p.text, p.soft) for p in time_phrases("Who brokered the 2020 ceasefire between A and B?")]
[('2020', True)]
>>> [(p.text, p.window) for p in time_phrases("Who armed Iraq in the late eighties?")]
[('in the late eighties', {'since': '1987', 'until': '1989'})]
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Callable


from diplograph.graph.dates import MONTHS, PartialDate
from diplograph.names import name_key
from diplograph.datafiles import load_data

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE = (rf"(?:\d{{1,2}}\s+(?:{_MONTH})\.?,?\s+\d{{4}}|(?:{_MONTH})\.?\s+\d{{1,2}},?\s+\d{{4}}|(?:{_MONTH})\.?,?\s+\d{{4}}"
        r"|\d{4}(?:-\d{2}(?:-\d{2})?)?)")
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "a": 1, "twenty": 20}
_COUNT = r"(?P<count>\d{1,2}|" + "|".join(_NUMBERS) + r")"

EventDate = Callable[[str], "tuple[str, str] | None"]  # phrase -> (date, what matched it)


@dataclass(frozen=True)
class TimePhrase:
    start: int
    end: int
    text: str
    window: dict[str, str]  # since / until / as_of, ISO dates
    how: str = "date"  # date | relative | event | known event | undated event (window empty)
    soft: bool = False  # a year that qualifies a noun: used only when it keeps an answer
    note: str = ""  # how an event or relative time was dated


def _date(text: str) -> PartialDate:
    return PartialDate.parse(" ".join(text.replace(",", " ").split()))


def _after(date: PartialDate) -> str:
    return (date.end() + dt.timedelta(days=1)).isoformat()


def _before(date: PartialDate) -> str:
    return (date.start() - dt.timedelta(days=1)).isoformat()


def _year_span(a: str, b: str) -> dict[str, str]:
    """A span of years typed with a dash or "to" ("2010-2020", "2015-20", "2014 to 2016"): from the first year through the
    second; a second year that is not after the first ("2023-05", a month) is no span."""
    end = int(b) if len(b) == 4 else int(a[:2] + b)
    if end <= int(a):
        raise ValueError(b)
    return {"since": a, "until": str(end)}


_FIXED = [  # (regex, how the groups make a window)
    # a span of years, as search boxes and tables write one ("qatar arms suppliers 2010-2020", "in 2015-20"), before a
    # year alone or an ISO month could take its first year
    (r"(?<![\w-])(?:(?:in|during|over|from|between|for)\s+)?(?:the\s+years\s+)?(?P<a>(?:19|20)\d\d)\s*"
     r"(?:-|–|—|/|\s(?:to|until|till|through|thru)\s)\s*(?P<b>(?:19|20)\d\d|\d\d)(?![\w-])",
     _year_span),
    # a year stamped after a comma or dash closing a clipped query ("allies of X, 2012", "X's suppliers - 2019 (sipri)"):
    # that year, as "in 2012" says it, not a year that qualifies a noun
    (r"(?:,|\s[-–—])\s*(?P<a>\d{4})(?=\s*(?:\([^)]*\))?\s*[?.!]*\s*$)",
     lambda a, b: {"since": _date(a).iso, "until": _date(a).iso}),
    # a start said after the date ("2015 onwards", "from 2018 onward", "2010 and later", "2019 to date"): since then
    (rf"\b(?:from\s+)?(?P<a>{DATE})\s*(?:-\s*)?(?:onwards?|and\s+(?:later|after|beyond)|or\s+later|to\s+date|"
     rf"to\s+the\s+present|(?:to|till|until|up\s+to)\s+now)\b",
     lambda a, b: {"since": _date(a).iso}),
    # a span of months in one year ("jan-nov 2024", "from March to June 2023"): the year said once, at the end
    (rf"\b(?:(?:between|from)\s+)?(?P<a>{_MONTH})\.?\s*(?:-|–|—|\s(?:to|and|until|till|through|thru)\s)\s*"
     rf"(?P<b>(?:{_MONTH})\.?,?\s+\d{{4}})\b",
     lambda a, b: {"since": _date(f"{a} {b.split()[-1]}").iso, "until": _date(b).iso}),
    (rf"\b(?:between|from)\s+(?P<a>{DATE})\s+(?:and|to|until|till)\s+(?P<b>{DATE})\b",
     lambda a, b: {"since": _date(a).iso, "until": _date(b).iso}),
    # two months stamped on a clipped query without "from" ("A and B, nov 2023 to jan 2024 - what happened?"):
    # one window, its first month kept
    (rf"(?<![\w-])(?P<a>(?:\d{{1,2}}\s+)?(?:{_MONTH})\.?(?:\s+\d{{1,2}})?,?\s+\d{{4}})\s*(?:-|–|—|\s(?:to|until|till|through|thru)\s)"
     rf"\s*(?P<b>(?:\d{{1,2}}\s+)?(?:{_MONTH})\.?(?:\s+\d{{1,2}})?,?\s+\d{{4}})\b",
     lambda a, b: {"since": _date(a).iso, "until": _date(b).iso}),
    (rf"\b(?:in|during|throughout|over)\s+(?:the\s+year\s+)?(?P<a>{DATE})\b", lambda a, b: {"since": _date(a).iso, "until": _date(a).iso}),
    (rf"\b(?:since|from)\s+(?P<a>{DATE})\b", lambda a, b: {"since": _date(a).iso}),
    (rf"\bafter\s+(?P<a>{DATE})\b", lambda a, b: {"since": _after(_date(a))}),
    (rf"\bbefore\s+(?P<a>{DATE})\b", lambda a, b: {"until": _before(_date(a))}),
    (rf"\b(?:until|till|up\s+to|by)\s+(?P<a>{DATE})\b", lambda a, b: {"until": _date(a).iso}),
    (rf"\b(?:as\s+of|as\s+at)\s+(?P<a>{DATE})\b", lambda a, b: {"as_of": _date(a).iso}),
    # a month or day said alone, as a clipped query stamps it ("A vs B, april 2025 - what happened?"), not
    # one that qualifies a noun ("the May 2024 deal": soft, below)
    (rf"(?<![\w-])(?<!\d\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bthis\s)(?<!\bthat\s)"
     rf"(?P<a>\d{{1,2}}\s+(?:{_MONTH})\.?,?\s+\d{{4}}|(?:{_MONTH})\.?(?:\s+\d{{1,2}})?,?\s+\d{{4}})\b",
     lambda a, b: {"since": _date(a).iso, "until": _date(a).iso}),
]
_FIXED = [(re.compile(pattern, re.IGNORECASE), make) for pattern, make in _FIXED]

# Decades: "in the 1990s", "during the nineties", "since the 2010s", "in the late eighties". The
# twenties to forties are left unread: a century would have to be guessed.
_DECADE_WORDS = {"fifties": 1950, "sixties": 1960, "seventies": 1970, "eighties": 1980, "nineties": 1990,
                 "noughties": 2000}
_DECADE = re.compile(r"\b(?P<word>in|during|throughout|over|since|from|after|before|until|by)\s+(?:the\s+"
                     r"(?:(?P<part>early|mid|late)[\s-]+)?(?P<decade>(?:1[89]|20)\d0s|'?\d0s|"
                     + "|".join(_DECADE_WORDS) + r")|(?P<bare>(?:1[89]|20)\d0s))\b", re.IGNORECASE)
# ... and "in 2020s", "since 1990s": a decade of four digits needs no article to be one
_PARTS = {None: (0, 9), "early": (0, 3), "mid": (4, 6), "late": (7, 9)}


def _decade(match: re.Match) -> TimePhrase | None:
    text = (match.group("decade") or match.group("bare")).lower().lstrip("'")
    if text in _DECADE_WORDS:
        start = _DECADE_WORDS[text]
    elif len(text) == 5:
        start = int(text[:4])
    else:  # "the 90s": the last such decade of the twentieth century, unless it is "00s" to "20s"
        tens = int(text[:2])
        start = (2000 if tens <= 20 else 1900) + tens
    first, last = (start + k for k in _PARTS[(match.group("part") or "").lower() or None])
    word = match.group("word").lower()
    if word in ("since", "from", "after"):
        window = {"since": str(first if word != "after" else last + 1)}
    elif word in ("before", "until", "by"):
        window = {"until": str(first - 1 if word == "before" else last)}
    else:
        window = {"since": str(first), "until": str(last)}
    return TimePhrase(match.start(), match.end(), match.group(0), window, note=f"{first} to {last}")
_SOFT = re.compile(rf"\b(?:the|a|an|its|their|this|that)\s+(?P<a>{DATE})\s+(?=[A-Za-z])", re.IGNORECASE)
_BARE_YEAR = re.compile(r"(?<![\w-])(?P<a>(?:19|20)\d\d)(?![\w-])")
_RELATIVE = re.compile(rf"\b(?:(?P<which>last|this|past|previous)\s+(?P<unit>year|month)"
                       rf"|(?:in|over|during)\s+the\s+(?:last|past|previous)\s+{_COUNT}\s+(?P<units>years|months|year|month)"
                       rf"|(?:in|over|during)\s+the\s+(?:last|past|previous)\s+(?P<decade>decade)"
                       rf"|(?P<recent>recently|lately|of\s+late|in\s+recent\s+(?:years|months)))\b", re.IGNORECASE)
# A month without a year ("in September", "since March"): the last such month the sources reach.
_MONTH_ALONE = re.compile(r"\b(?P<word>in|during|since|from|after|before|until|by)\s+(?P<month>"
                          + "|".join(sorted((m for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True))
                          + r")\b(?!\.?,?\s*\d)", re.IGNORECASE)
# (an interrogative after the word asks for the date: "since when", "until when" are no events)
_EVENT = re.compile(r"\b(?P<word>since|after|before|until|following)\s+(?!(?:when|what|which|how)\b)"
                    r"(?P<event>(?:the\s+|a\s+)?[A-Za-z][^,;?!]*)", re.IGNORECASE)


# Verbs whose "after" is their own particle ("go after", "come after", "chase after", "look after")
_PHRASAL = re.compile(r"\b(?:go|goes|going|gone|went|come|comes|coming|came|chase|chased|chasing|look|looked|looking|"
                      r"run|ran|running|take|took|taken|taking)\s+$", re.IGNORECASE)


def time_phrases(question: str, newest: str = "", event_date: EventDate | None = None) -> list[TimePhrase]:
    """Every time phrase of ``question`` (see the module's docstring), in text order, none
    overlapping. ``newest`` (an ISO date: the newest source's) anchors "last year"; without it,
    such a phrase is not read."""
    found: list[TimePhrase] = []

    def free(start: int, end: int) -> bool:
        return not any(p.start < end and start < p.end for p in found)

    for regex, make in _FIXED:
        for match in regex.finditer(question):
            if not free(match.start(), match.end()):
                continue
            try:
                window = make(match.group("a"), match.groupdict().get("b"))
            except ValueError:
                continue
            found.append(TimePhrase(match.start(), match.end(), match.group(0), window))
    for match in _DECADE.finditer(question):
        if free(match.start(), match.end()):
            found.append(_decade(match))
    for match in _RELATIVE.finditer(question):
        if free(match.start(), match.end()) and newest:  # with no dated source, "last year" has no anchor
            found.append(_relative(match, newest))
    for match in _MONTH_ALONE.finditer(question):
        if free(match.start(), match.end()) and newest:  # "in September": the last one the sources reach
            found.append(_month_alone(match, newest))
    for match in _EVENT.finditer(question):
        if not free(match.start(), match.end()) or _PHRASAL.search(question[:match.start()]):
            continue  # "did the US go after the banks": a verb's particle, no time
        phrase = _event(match, event_date)
        if phrase is not None:
            found.append(phrase)
    for regex in (_SOFT, _BARE_YEAR):
        for match in regex.finditer(question):
            start, end = match.start("a"), match.end("a")
            if not free(start, end):
                continue
            date = _date(match.group("a"))
            found.append(TimePhrase(start, end, match.group("a"), {"since": date.iso, "until": date.iso}, soft=True))
    return sorted(found, key=lambda p: p.start)


def _month_alone(match: re.Match, newest: str) -> TimePhrase:
    anchor = PartialDate.parse(newest).end()
    number = MONTHS[match.group("month").lower()]
    month = f"{anchor.year - (number > anchor.month)}-{number:02d}"
    word = match.group("word").lower()
    if word in ("since", "from"):
        window = {"since": month}
    elif word == "after":
        window = {"since": _after(PartialDate.parse(month))}
    elif word == "before":
        window = {"until": _before(PartialDate.parse(month))}
    elif word in ("until", "by"):
        window = {"until": month}
    else:
        window = {"since": month, "until": month}
    return TimePhrase(match.start(), match.end(), match.group(0), window, "relative",
                      note=f"{month}, the last such month up to {anchor.isoformat()}, the newest source in the graph")


def _relative(match: re.Match, newest: str) -> TimePhrase:
    anchor = PartialDate.parse(newest).end()
    if match.group("recent"):
        since = anchor - dt.timedelta(days=365)
        window = {"since": since.isoformat()}
    elif match.group("which"):
        which, unit = match.group("which").lower(), match.group("unit").lower()
        if unit == "year":
            year = anchor.year - (which != "this")
            window = {"since": str(year), "until": str(year)}
        else:
            month = dt.date(anchor.year, anchor.month, 1)
            if which != "this":
                month = (month - dt.timedelta(days=1)).replace(day=1)
            window = {"since": month.strftime("%Y-%m"), "until": month.strftime("%Y-%m")}
    elif match.group("decade"):  # "over the last decade": ten years back
        window = {"since": (anchor - dt.timedelta(days=3650)).isoformat()}
    else:
        count = match.group("count").lower()
        n = _NUMBERS.get(count) or int(count)
        days = n * (365 if match.group("units").lower().startswith("year") else 30)
        window = {"since": (anchor - dt.timedelta(days=days)).isoformat()}
    return TimePhrase(match.start(), match.end(), match.group(0), window, "relative",
                      note=f"relative to {anchor.isoformat()}, the newest source in the graph")


def _event(match: re.Match, event_date: EventDate | None) -> TimePhrase | None:
    word, text = match.group("word").lower(), match.group("event").strip()
    dated = None
    how = "event"
    # the longest stretch from the start of the phrase that names an event: "the Taliban fell"
    words = text.split()
    for n in range(len(words), 0, -1):
        candidate = " ".join(words[:n])
        known = known_event(candidate)
        if known is not None:
            dated, how, text = (known, f"known event {candidate!r}"), "known event", candidate
            break
        if event_date is not None and n >= 2:
            dated = event_date(candidate)
            if dated is not None:
                text = candidate
                break
    if dated is None:  # an event the graph cannot date: not read as a time, nor as the question's relation
        return TimePhrase(match.start(), match.end(), match.group(0).rstrip(), {}, "undated event",
                          note="no date for it in the graph")
    date = PartialDate.parse(dated[0])
    window = {"until": _before(date)} if word in ("before", "until") else {"since": date.iso}
    end = match.start("event") + _span_length(match.group("event"), text)
    return TimePhrase(match.start(), end, match.string[match.start():end], window, how,
                      note=f"{text!r} dated {date.iso} ({dated[1]})")


def _span_length(original: str, kept: str) -> int:
    """The length in ``original`` of its first words that make ``kept`` (spacing may differ)."""
    words, count, position = kept.split(), 0, 0
    for found in re.finditer(r"\S+", original):
        count += 1
        position = found.end()
        if count == len(words):
            break
    return position


@functools.cache
def _known_events() -> dict[str, str]:
    text = resources.files("diplograph.queries").joinpath("events.yaml").read_text(encoding="utf-8")
    table = {}
    for entry in load_data(text) or ():
        for name in entry["names"]:
            table[_event_key(name)] = str(entry["date"])
    return table


def _event_key(text: str) -> str:
    key = name_key(text)
    return key[4:] if key.startswith("the ") else key


def known_event(text: str) -> str | None:
    """The date of a well-known event (``events.yaml``), or None.

    >>> known_event("the fall of the Soviet Union"), known_event("the Pretoria deal")
    ('1991-12', None)
    """
    return _known_events().get(_event_key(text))
