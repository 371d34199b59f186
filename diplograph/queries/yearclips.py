"""Years and months typed the short way, said in full so that every time reading knows them.

Analysts clip years with an apostrophe ("in june '25", "since '19", "apr '24") and write a month
as a number ("in 6/2025"); the time readings (``when.py``, ``yearparts.py``) know four-digit years
and month names only, so a question with a clipped year was not read at all. A clipped year is
the last such year not more than a few years ahead of today ('25 is 2025, '98 is 1998). A decade
("the '90s") is left as typed: ``when.py`` reads it.

>>> years_in_full("who bombed X in june '25")
'who bombed X in june 2025'
>>> years_in_full("who armed X since '98?")
'who armed X since 1998?'
>>> years_in_full("what did A do in the late '90s")
"what did A do in the late '90s"
>>> years_in_full("who met A in 6/2025")
'who met A in June 2025'
>>> years_in_full("who's X's '25 partner")
"who's X's 2025 partner"
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

# an apostrophe then two digits, not a decade ("'90s") nor a word's letters ("rock'n'roll")
_CLIPPED = re.compile(r"(?<![\w'])'(?P<yy>\d\d)(?![\w'])")
_NUMBERED_MONTH = re.compile(r"(?<![\w/.-])(?P<month>0?[1-9]|1[0-2])/(?P<year>(?:19|20)\d\d)(?![\w/.-])")
_AHEAD = 5  # years ahead of today a clipped year may still be: plans are asked of


def _century(two_digits: str, today: dt.date | None = None) -> str:
    year = (today or dt.date.today()).year
    full = 2000 + int(two_digits)
    return str(full if full <= year + _AHEAD else full - 100)


def years_in_full(question: str) -> str:
    """``question`` with each clipped year ('25) in four digits and each numbered month (6/2025) by its name."""
    question = _CLIPPED.sub(lambda m: _century(m.group("yy")), question)
    return _NUMBERED_MONTH.sub(lambda m: f"{calendar.month_name[int(m.group('month'))]} {m.group('year')}", question)
