"""CSV that a spreadsheet opens as data, never as formulas.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run by Excel,
LibreOffice and Google Sheets as a formula ("CSV injection", OWASP): a source that says
``=HYPERLINK("http://evil.example","click")`` must open as that text. Such cells get a leading
apostrophe, which spreadsheets read as "this is text" and do not show. Numbers ("-0.7", "+3")
are left alone, so they stay numbers.

>>> neutralise('=HYPERLINK("http://x.example","y")'), neutralise("-0.75"), neutralise("Iran")
('\\'=HYPERLINK("http://x.example","y")', '-0.75', 'Iran')
>>> restore(neutralise("@SUM(A1)")), restore("'tis")
('@SUM(A1)', "'tis")
"""

from __future__ import annotations

import csv
import io
import re
from typing import Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?$")


def neutralise(value) -> str:
    """``value`` as a cell a spreadsheet shows as text: an apostrophe before a formula start."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS) and not _NUMBER.match(text):
        return "'" + text
    return text


def restore(value: str) -> str:
    """The cell :func:`neutralise` was given: its apostrophe removed, any other text as it is."""
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS) and not _NUMBER.match(value[1:]):
        return value[1:]
    return value


def csv_text(headers: Iterable, rows: Iterable[Iterable], *, safe: bool = True) -> str:
    """Rows as CSV text; with ``safe`` (the default) every cell is neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    clean = neutralise if safe else (lambda v: "" if v is None else v)
    writer.writerow([_newlines(clean(h)) for h in headers])
    writer.writerows([_newlines(clean(v)) for v in row] for row in rows)
    return buffer.getvalue()


def _newlines(value):
    """Carriage returns as line feeds: the csv module quotes a cell with a line feed, but a lone
    carriage return it writes bare, and no CSV reader reads the row back."""
    return value.replace("\r\n", "\n").replace("\r", "\n") if isinstance(value, str) and "\r" in value else value


_SLASHED = re.compile(r"^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$")
_DAY_MONTH_NAME = re.compile(r"^(\d{1,2})[- ]([A-Za-z]{3,9})[- ](\d{2}|\d{4})$")


def cell_date(text: str) -> str:
    """The ISO date in a cell a spreadsheet wrote, at its precision; '' for an empty cell.

    Day-first forms (``17/05/2022``, ``17.05.2022``, ``17-05-2022``, ``17-May-2022``) are read
    besides ISO and English dates; what cannot be read unambiguously raises ValueError saying
    what to write instead.

    >>> cell_date("17/05/2022"), cell_date("2022/05/17"), cell_date("17-May-2022"), cell_date("May 2022")
    ('2022-05-17', '2022-05-17', '2022-05-17', '2022-05')
    >>> cell_date("05/17/2022")
    Traceback (most recent call last):
    ...
    ValueError: 05/17/2022 reads as month first (MM/DD/YYYY), but dates here are day first: write 2022-05-17 or 17/05/2022
    """
    from diplograph.graph.dates import normalise_date

    value = (text or "").strip()
    if not value:
        return ""
    if re.fullmatch(r"\d{5}(\.\d+)?", value):
        raise ValueError(f"{value} is a spreadsheet's serial number for a date, not a date: format the column "
                         "as text, or its cells as yyyy-mm-dd, and save again")
    match = _SLASHED.match(value) or _DAY_MONTH_NAME.match(value)
    if match:
        first, middle, last = match.groups()
        if len(first) == 4:  # 2022/05/17
            return normalise_date(f"{first}-{int(middle):02d}-{int(last):02d}")
        if len(last) != 4:
            raise ValueError(f"{value} has a two-digit year: write the year in full ({first}/{middle}/20{last} "
                             f"or 20{last}-...)")
        if middle.isdigit() and int(middle) > 12 >= int(first):
            raise ValueError(f"{value} reads as month first (MM/DD/YYYY), but dates here are day first: "
                             f"write {last}-{int(first):02d}-{int(middle):02d} or {int(middle):02d}/{int(first):02d}/{last}")
        if middle.isdigit():
            return normalise_date(f"{last}-{int(middle):02d}-{int(first):02d}")
        return normalise_date(f"{int(first)} {middle} {last}")
    return normalise_date(value)
