"""Dates as sources give them: a year, a month or a day, and nothing more precise than that.

>>> PartialDate.parse("2022-05").precision
'month'
>>> PartialDate.parse("17 May 2022").iso
'2022-05-17'
>>> PartialDate.parse("May 2022").iso
'2022-05'
>>> PartialDate.parse("2022").covers("2022-09-14")
True
>>> PartialDate.parse("2022-05") <= PartialDate.parse("2022-05-17")
True
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import total_ordering

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")
_MONTH_YEAR = re.compile(r"^([A-Za-z]+)\.?,?\s+(\d{4})$")
_DOTTED = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")


@total_ordering
@dataclass(frozen=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self):
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is out of range")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is out of range")
        if self.day is not None:
            if self.month is None:
                raise ValueError("a day needs a month")
            dt.date(self.year, self.month, self.day)  # raises ValueError on 31 February

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def __str__(self) -> str:
        return self.iso

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: "PartialDate") -> bool:
        return self._key() < other._key()

    def start(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def end(self) -> dt.date:
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def covers(self, other: "PartialDate | str") -> bool:
        other = PartialDate.parse(other) if isinstance(other, str) else other
        return self.start() <= other.start() and other.end() <= self.end()

    @classmethod
    def parse(cls, text: "str | dt.date | PartialDate") -> "PartialDate":
        """Parse ISO (``2022``, ``2022-05``, ``2022-05-17``) and common English forms.

        Raises ValueError with the text when it is not a date.
        """
        if isinstance(text, PartialDate):
            return text
        if isinstance(text, dt.datetime):
            text = text.date()
        if isinstance(text, dt.date):
            return cls(text.year, text.month, text.day)
        raw = str(text).strip()
        value = raw.replace("\u2013", "-").replace("\u2014", "-")
        value = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", value)
        try:
            if m := _ISO.match(value):
                y, mo, d = m.groups()
                return cls(int(y), int(mo) if mo else None, int(d) if d else None)
            if m := _DAY_MONTH_YEAR.match(value):
                return cls(int(m[3]), _month(m[2]), int(m[1]))
            if m := _MONTH_DAY_YEAR.match(value):
                return cls(int(m[3]), _month(m[1]), int(m[2]))
            if m := _MONTH_YEAR.match(value):
                return cls(int(m[2]), _month(m[1]))
            if m := _DOTTED.match(value):
                return cls(int(m[3]), int(m[2]), int(m[1]))
            if value[:10] and _ISO.match(value[:10]) and value[10:11] in ("T", " "):
                return cls.parse(value[:10])
        except (ValueError, KeyError) as error:
            raise ValueError(f"not a valid date: {raw!r} ({error})") from None
        raise ValueError(f"not a date: {raw!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    if key not in MONTHS:
        raise KeyError(f"unknown month {name!r}")
    return MONTHS[key]


def normalise_date(text: str | None) -> str:
    """ISO form of a date at its own precision, or '' for an empty value."""
    if text is None or not str(text).strip():
        return ""
    return PartialDate.parse(text).iso
