"""Year-by-year panels folded into spells: "member in 2002, 2003, ... 2014" becomes one
membership from 2002 to 2014.

COW publishes alliances and IGO memberships as one row per dyad-year or state-year. A
claim per row would bury the graph in copies of one fact, so consecutive years with the same
value become one claim with a start and an end.

>>> builder, closed = SpellBuilder(), []
>>> for year, status in [(2001, "full"), (2002, "full"), (2003, "observer"), (2005, "observer")]:
...     closed += builder.add("key", year, status, line=year - 1999)
>>> closed += builder.flush()
>>> [(s.start, s.end, s.value) for s in closed]
[(2001, 2002, 'full'), (2003, 2003, 'observer'), (2005, 2005, 'observer')]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Hashable


@dataclass
class Spell:
    key: Hashable
    value: Hashable
    start: int
    end: int
    line: int  # the line of the first year


class SpellBuilder:
    """Open spells by key; a spell closes when its key skips a year or changes value."""

    def __init__(self):
        self._open: dict[Hashable, Spell] = {}

    def add(self, key: Hashable, year: int, value: Hashable, line: int) -> list[Spell]:
        """Record ``key`` having ``value`` in ``year``; returns the spell this closes, if any."""
        spell = self._open.get(key)
        if spell is not None and spell.value == value and spell.end + 1 == year:
            spell.end = year
            return []
        if spell is not None and spell.value == value and spell.start <= year <= spell.end:
            return []  # the same year twice (a directed dyad listed both ways): nothing new
        self._open[key] = Spell(key, value, year, year, line)
        return [spell] if spell is not None else []

    def flush(self) -> list[Spell]:
        """Close every open spell (at the end of the file, or of a sorted group of rows)."""
        closed = sorted(self._open.values(), key=lambda s: (s.line, str(s.key)))
        self._open.clear()
        return closed
