"""Dates written in prose ("on 24 May", "in early 2022", "last March", "since 2016"), anchored on
the document's own date and kept at the precision the text gives.

>>> [(d.text, d.date.iso) for d in find_dates("On 17 May, Iran opened a plant.", anchor="2022-08-14")]
[('17 May', '2022-05-17')]
>>> [d.date.iso for d in find_dates("Last March, a base was struck.", anchor="2022-08-14")]
['2022-03']
>>> [d.date.iso for d in find_dates("Clashes between September 14-17, 2022 killed dozens.")]
['2022-09-14']
>>> [d.date.iso for d in find_dates("Kazakhstan signed deals in early 2022; 1,300-kilometer border")]
['2022']
>>> [d.date.iso for d in find_dates("2024: Iran delivers drones to Sudan.")]
['2024']
>>> [d.date.iso for d in find_dates("The two countries signed a deal on Friday.", anchor="2024-02-26")]
['2024-02-23']
>>> [d.date.iso for d in find_dates("Kabul protested yesterday; talks resume next Monday.", anchor="2024-02-28")]
['2024-02-27', '2024-03-04']
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from diplograph.graph.dates import MONTHS, PartialDate

_MONTH = r"(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?"
_MONTH2 = _MONTH.replace("month", "month2")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_RANGE = r"(?:\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?)?"
_LEAD = (r"(?:in|since|by|from|until|till|through|during|throughout|before|after|around|as of|circa|back to|"
         r"early|mid|late|end of|beginning of|start of|the end of|the beginning of|the start of|"
         r"spring|summer|autumn|fall|winter)")

PATTERNS = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("dotted", re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b")),
    ("day month year", re.compile(rf"\b{_DAY}{_RANGE}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I)),
    ("month day year", re.compile(rf"\b{_MONTH}\s+{_DAY}{_RANGE},?\s+{_YEAR}\b", re.I)),
    ("month year", re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b", re.I)),
    ("day month", re.compile(rf"\b{_DAY}{_RANGE}\s+(?:of\s+)?{_MONTH}\b(?!,?\s+\d)", re.I)),
    ("month day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?![,\d]*\s*\d{{4}})(?!\s*(?:percent|%|km|kilomet))", re.I)),
    ("in month", re.compile(rf"\b(?:in|since|during|until|by|from|early|late|mid)[\s-]+(?:early\s+|late\s+|mid-?)?{_MONTH}\b(?!,?\s+\d)", re.I)),
    ("last month", re.compile(rf"\b(?P<rel>last|this|next|past)\s+{_MONTH}\b", re.I)),
    ("relative year", re.compile(r"\b(?P<rel>last|this|next|past|previous)\s+year\b", re.I)),
    ("relative month", re.compile(r"\b(?P<rel>last|this|next|previous)\s+month\b", re.I)),
    ("year", re.compile(rf"\b{_LEAD}[\s-]+(?:of\s+)?(?:the\s+year\s+)?{_YEAR}\b(?!\s*(?:-|–)?\s*(?:kilomet|km|miles|percent|%|troops|fighters|people|soldiers|units))", re.I)),
    # a wire story's "on Friday", "next Monday", "yesterday": days counted from the document's date
    ("weekday", re.compile(r"\b(?:(?P<rel>last|next|this)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday"
                           r"|Saturday|Sunday)\b")),
    ("relative day", re.compile(r"\b(?P<rel>yesterday|today)\b", re.I)),
    # "In 2019, ..." and a timeline's entry "2019: ..." or "2019 – ..."
    ("year start", re.compile(rf"(?:^|(?<=[.;:]\s))(?:In\s+)?{_YEAR}(?:,|\s*[:–—]\s|\s+-\s)", re.I)),
]

_FULL_MONTHS = [name for name in MONTHS if len(name) > 4]
# Each form is searched only in a text holding what it cannot match without (most sentences hold none of
# these, and the forms are searched one after another): a year's number, a digit (a day or a month's
# number), a word _month reads as a month (with a capital unless a year comes with it), or its own word.
_MONTH_WORDS = set(MONTHS) | {full[:n] for full in _FULL_MONTHS for n in range(3, len(full) + 1)}
_MONTH_STEM = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*")


def _present(text: str) -> set[str]:
    """What the forms need, found in ``text`` (months searched in lower case, faster than ignoring case)."""
    lower = text.lower()
    found = {word for word in ("year", "month", "day") if word in lower}
    if _DIGIT.search(text):
        found.add("digit")
        if _YEAR_NUMBER.search(text):
            found.add("year number")
    if len(lower) != len(text):  # a letter that lowers to two ("İ") shifts the offsets: search every form
        return found | {"month name", "capital month name"}
    months = [m.start() for m in _MONTH_STEM.finditer(lower) if m.group() in _MONTH_WORDS]
    if months:
        found.add("month name")
        if any(text[i].isupper() for i in months):
            found.add("capital month name")
    return found


_DIGIT = re.compile(r"\d")
_YEAR_NUMBER = re.compile(r"(?:1[89]|20)\d\d")


def _needs(pattern: re.Pattern) -> tuple[str, ...]:
    if "(?P<year>" in pattern.pattern:
        return ("year number", "month name") if "(?P<month>" in pattern.pattern else ("year number",)
    if "(?P<month>" in pattern.pattern:  # (see _interpret: a month without a year)
        return ("digit", "capital month name") if "(?P<day>" in pattern.pattern else ("capital month name",)
    if "(?P<day>" in pattern.pattern:
        return ("digit",)
    return next((word,) for word in ("year", "month", "day") if word in pattern.pattern.lower())


_NEEDS = [(name, pattern, _needs(pattern)) for name, pattern in PATTERNS]


@dataclass(frozen=True)
class DateMention:
    start: int  # character offsets in the text searched
    end: int
    text: str
    date: PartialDate


def find_dates(text: str, anchor: str | PartialDate | None = None) -> list[DateMention]:
    """Dates in ``text``, left to right, without overlaps (the most precise reading wins).

    ``anchor`` (the document's date) completes day-month forms with a year and resolves
    "last March"; without it those forms are skipped rather than guessed.
    """
    anchor_date = PartialDate.parse(anchor) if isinstance(anchor, str) and anchor else anchor or None
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    present = _present(text)
    for name, pattern, needs in _NEEDS:
        if not present.issuperset(needs):
            continue
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            date = _interpret(name, m, anchor_date)
            if date is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.start(), m.end(), m.group(0), date))
    return sorted(found, key=lambda d: d.start)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _day_from(anchor: PartialDate, groups: dict) -> PartialDate | None:
    """The day a weekday or "yesterday" names, counted from a document dated to the day: the last
    such weekday up to the document's date (news tells what happened), the coming one after "next"."""
    if not anchor.day:
        return None
    day = dt.date(anchor.year, anchor.month, anchor.day)
    rel = (groups.get("rel") or "").lower()
    if not groups.get("weekday"):
        day -= dt.timedelta(days=1 if rel == "yesterday" else 0)
    else:
        back = (day.weekday() - _WEEKDAYS.index(groups["weekday"].lower())) % 7
        day = day + dt.timedelta(days=(7 - back) or 7) if rel == "next" else day - dt.timedelta(days=back)
    return PartialDate(day.year, day.month, day.day)


def _month(text: str) -> int | None:
    key = text.lower().rstrip(".")
    if key in MONTHS:
        return MONTHS[key]
    return MONTHS.get(key[:3]) if len(key) >= 3 and any(full.startswith(key) for full in _FULL_MONTHS) else None


def _interpret(name: str, m: re.Match, anchor: PartialDate | None) -> PartialDate | None:
    groups = m.groupdict()
    try:
        if name in ("iso", "dotted"):
            return PartialDate(int(groups["year"]), int(groups["mnum"]), int(groups["day"]))
        month = _month(groups["month"]) if groups.get("month") else None
        if groups.get("month") and month is None:
            return None
        if name in ("day month year", "month day year"):
            return PartialDate(int(groups["year"]), month, int(groups["day"]))
        if name == "month year":
            return PartialDate(int(groups["year"]), month)
        if name in ("year", "year start"):
            return PartialDate(int(groups["year"]))
        if anchor is None:
            return None
        if name in ("weekday", "relative day"):
            return _day_from(anchor, groups)
        if not groups["month" if groups.get("month") else "rel"][:1].isupper() and groups.get("month"):
            return None  # a month without a year is written with a capital ("may" is a verb)
        if name == "in month":
            year = anchor.year if not anchor.month or month <= anchor.month else anchor.year - 1
            return PartialDate(year, month)
        if name in ("day month", "month day"):
            date = PartialDate(anchor.year, month, int(groups["day"]))
            if anchor.month and date.start() > anchor.end():
                date = PartialDate(anchor.year - 1, month, int(groups["day"]))
            return date
        if name == "last month":
            rel = groups["rel"].lower()
            if rel in ("last", "past"):
                year = anchor.year if anchor.month and month < anchor.month else anchor.year - 1
            elif rel == "next":
                year = anchor.year if anchor.month and month > anchor.month else anchor.year + 1
            else:
                year = anchor.year
            return PartialDate(year, month)
        if name == "relative month":
            if not anchor.month:
                return None
            shift = {"last": -1, "previous": -1, "this": 0, "next": 1}[groups["rel"].lower()]
            year, month0 = divmod(anchor.year * 12 + anchor.month - 1 + shift, 12)
            return PartialDate(year, month0 + 1)
        if name == "relative year":
            shift = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1}[groups["rel"].lower()]
            return PartialDate(anchor.year + shift)
    except ValueError:
        return None
    return None
