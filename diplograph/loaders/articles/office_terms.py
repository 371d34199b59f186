"""When a person the gazetteer lists held the office they act for: "In 2019 Shehbaz Sharif met Xi Jinping" is no
meeting of Pakistan and China when his premiership is "Prime Minister (appointed 2022)".

A role listed first is the office held now: with no year it is held at any time; "(appointed 2022)" or "(from
2025)" from that year on. Ended terms ("Prime Minister (2018–2022)", "(2020)") hold the act's years only. An act
whose year is unknown counts as now.
"""

from __future__ import annotations

import re

CLOSED = re.compile(r"\((\d{4})(?:\s*[–-]\s*(\d{4}))?\)")
OPENED = re.compile(r"\((?:appointed|from) (\d{4})\)")
ENDED = re.compile(r"\(\d{4}\)|\d{4}\s*[–-]\s*\d{4}|died")


def held_at(role: str, year: int | None) -> bool:
    """Whether the gazetteer's ``role`` text (offices separated by ";", the current one first) covers an act
    of ``year``."""
    roles = role.split(";")
    opened = OPENED.search(roles[0])
    if not ENDED.search(roles[0]) and (opened is None or year is None or int(opened.group(1)) <= year):
        return True
    return year is not None and any(
        (term := CLOSED.search(r)) and int(term.group(1)) <= year <= int(term.group(2) or term.group(1)) for r in roles)
