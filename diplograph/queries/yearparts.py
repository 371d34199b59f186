"""Halves, quarters and seasons of a year in a question ("the second half of 2020", "H1 2023", "Q3 2021",
"summer 2025"),
said as the months they span (``year_parts`` in ``grammar.yaml``), so that every reading that
knows a span of months reads them.

>>> year_parts_said("What happened between A and B in the second half of 2020?")
'What happened between A and B between July 2020 and December 2020?'
>>> year_parts_said("who has armed X since Q2 2024")
'who has armed X since April 2024'
>>> year_parts_said("A vs B, h1 2023 - what happened?")
'A vs B, between January 2023 and June 2023 - what happened?'
>>> year_parts_said("who struck X in early summer 2025")  # a season's part is the whole season: wider, never wrong
'who struck X between June 2025 and August 2025'
"""

from __future__ import annotations

import calendar
import functools
import re
from importlib import resources

from diplograph.datafiles import load_data

_BOUNDARY = {"since": "since {first}", "from": "since {first}", "after": "after {last}", "before": "before {first}",
             "until": "until {last}", "till": "until {last}", "by": "until {last}"}


@functools.cache
def _parts() -> tuple[dict[str, tuple[int, int]], re.Pattern | None]:
    text = resources.files("diplograph.queries").joinpath("grammar.yaml").read_text(encoding="utf-8")
    parts = {" ".join(str(name).lower().split()): (int(first), int(last))
             for name, (first, last) in (load_data(text).get("year_parts") or {}).items()}
    if not parts:
        return parts, None
    names = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in sorted(parts, key=len, reverse=True))
    words = "|".join(["in", "during", "throughout", "over", *_BOUNDARY])
    regex = re.compile(rf"(?<![\w-])(?:(?P<word>{words})\s+)?(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<part>{names})(?:\s*-\s*|\s+)(?:of\s+)?"
                       r"(?P<year>(?:19|20)\d\d)(?![\w-])", re.IGNORECASE)
    return parts, regex


def _said(match: re.Match, parts: dict[str, tuple[int, int]]) -> str:
    first, last = parts[" ".join(match.group("part").lower().split())]
    year = match.group("year")
    first, last = f"{calendar.month_name[first]} {year}", f"{calendar.month_name[last]} {year}"
    boundary = _BOUNDARY.get((match.group("word") or "").lower())
    return boundary.format(first=first, last=last) if boundary else f"between {first} and {last}"


def year_parts_said(question: str) -> str:
    """``question`` with each half or quarter of a year said as the months it spans."""
    parts, regex = _parts()
    return regex.sub(lambda match: _said(match, parts), question) if regex else question
