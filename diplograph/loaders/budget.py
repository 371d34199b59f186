"""What one document may cost: characters of text and seconds, so that a hostile or runaway file
(a PDF whose pages all draw the same stream, a ten-megabyte text) cannot hold an ingest for hours
or fill the memory. Text past either limit is not read, and the ingest report says so.

>>> limits = Limits(max_chars=1_000, seconds=30)
>>> budget = limits.start()
>>> budget.expired(), budget.chars_left(400)
(False, 600)
>>> Limits.from_env({"DIPLOGRAPH_MAX_CHARS": "2000000", "DIPLOGRAPH_TIME_BUDGET": "600"})
Limits(max_chars=2000000, seconds=600.0)
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Mapping

from diplograph.errors import InputError

# About 50,000 words: a long report. Extraction takes a few seconds per 10,000 characters.
MAX_CHARS = 300_000
# Seconds for reading and extracting one document; a long report takes well under a minute.
TIME_BUDGET = 120.0


class Note(str):
    """Something the analyst should know about a file that still loaded (its budget ran out):
    a loader yields it beside its batches, and the ingest report lists it as a warning."""


@dataclass(frozen=True)
class Limits:
    """The budget of every document of one ingest (``--max-chars``, ``--time-budget``)."""

    max_chars: int = MAX_CHARS
    seconds: float = TIME_BUDGET

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Limits":
        """``DIPLOGRAPH_MAX_CHARS`` and ``DIPLOGRAPH_TIME_BUDGET`` when set, else the defaults."""
        env = os.environ if environ is None else environ
        chars, seconds = env.get("DIPLOGRAPH_MAX_CHARS", "").strip(), env.get("DIPLOGRAPH_TIME_BUDGET", "").strip()
        try:
            return cls(int(chars) if chars else MAX_CHARS, float(seconds) if seconds else TIME_BUDGET)
        except ValueError:
            raise InputError("DIPLOGRAPH_MAX_CHARS / DIPLOGRAPH_TIME_BUDGET",
                             f"must be numbers (got {chars!r} and {seconds!r})") from None

    def start(self) -> "Budget":
        """The budget of one document, its clock running from now."""
        return Budget(self)


@dataclass
class Budget:
    """One document's running budget."""

    limits: Limits
    started: float = field(default_factory=time.monotonic)

    @property
    def deadline(self) -> float:
        return self.started + self.limits.seconds

    def expired(self) -> bool:
        return time.monotonic() > self.deadline

    def chars_left(self, used: int) -> int:
        return max(0, self.limits.max_chars - used)

    def out_of_time(self, path) -> str:
        return (f"stopped after {self.limits.seconds:g} s: the rest of {path} was not read (the time budget "
                "of one document; raise it with --time-budget or DIPLOGRAPH_TIME_BUDGET)")

    def out_of_chars(self, path) -> str:
        return (f"stopped at {self.limits.max_chars:,} characters: the rest of {path} was not read (the "
                "limit for one document; split the file, or raise it with --max-chars or DIPLOGRAPH_MAX_CHARS)")
