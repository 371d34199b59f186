"""Structured datasets: SIPRI arms transfers, GDELT and ICEWS events (CAMEO), Correlates of
War alliances and IGO memberships, ATOP alliances, MONDIAL memberships.

A file is recognised by its header row or layout (never by its name alone), so this loader
sits before the curated-CSV loader, which would take any ``.csv``. Each file is one source
(kind ``dataset``); its claims come in batches of at most 20,000, each written in its own
transaction, and every claim carries ``method="dataset:<name>"``, the row's line number and
a one-line rendering of the row as evidence. Rows with bad values are skipped and counted
(see :func:`read`); a file whose layout is wrong raises :class:`~diplograph.errors.InputError`
with the file and line. ``docs/datasets.md`` describes each format and its mapping.

>>> from pathlib import Path
>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "pacts.csv").write_text("ccode1,ccode2,year,cow_defense,cow_neutral,cow_nonagg,cow_entente\\n")
>>> describe(folder / "pacts.csv")
'cow-alliances'
>>> _ = (folder / "facts.csv").write_text("subject,predicate,object\\nIran,CO_PRODUCTION,Tajikistan\\n")
>>> accepts(folder / "facts.csv")     # a curated file: not a dataset
False
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Iterator

from diplograph.errors import InputError
from diplograph.graph.model import Batch
from diplograph.loaders.datasets import atop, cow_alliances, cow_igo, gdelt, icews, mondial, sipri
from diplograph.loaders.datasets.files import peek
from diplograph.loaders.datasets.format import Format
from diplograph.loaders.datasets.output import Summary
from diplograph.loaders.datasets.resolve import ActorResolver

STRICT = False  # rows are checked here; a claim the store still refuses is reported, not fatal
ACYCLIC = True  # rows become claims without reference cycles (see diplograph.loaders)
# Rows stream through in batches, so memory does not grow with the file: a whole GDELT or ICEWS
# export loads; the bound only stops a runaway file (a disk image given by mistake).
MAX_FILE_BYTES = 8 * 1024**3
log = logging.getLogger(__name__)

FORMATS: tuple[Format, ...] = (
    sipri.FORMAT,
    gdelt.FORMAT,
    gdelt.COLUMNS_FORMAT,
    icews.FORMAT,
    icews.ID_FORMAT,
    icews.DICTIONARY_FORMAT,
    cow_alliances.FORMAT,
    cow_igo.LONG_FORMAT,
    cow_igo.IGO_YEAR_FORMAT,
    cow_igo.STATE_YEAR_FORMAT,
    atop.MEMBER_FORMAT,
    atop.ALLIANCE_FORMAT,
    mondial.MEMBERSHIP_FORMAT,
    mondial.ORGANIZATION_FORMAT,
    mondial.COUNTRY_FORMAT,
)


def detect(path: Path) -> Format | None:
    """The dataset format of ``path``, from its first lines, or None."""
    head = peek(path) if path.is_file() else None
    if head is None:
        return None
    return next((f for f in FORMATS if f.matches(head)), None)


def describe(path: Path) -> str | None:
    """The name of the dataset format of ``path``, or None."""
    found = detect(path)
    return found.name if found else None


def accepts(path: Path) -> bool:
    return detect(path) is not None


class DatasetReader:
    """Iterate over the batches of one dataset file; afterwards ``summary`` says what was
    loaded and what was skipped, and why.

    ``resolver`` decides which gazetteer names and codes actors by (default: the shipped one).
    """

    def __init__(self, path: str | Path, resolver: ActorResolver | None = None):
        self.path = Path(path)
        head = peek(self.path) if self.path.is_file() else None
        self.format = next((f for f in FORMATS if head is not None and f.matches(head)), None)
        if self.format is None:
            raise InputError(self.path, "not a dataset format diplograph knows (see docs/datasets.md)")
        self.head = head
        self.resolver = resolver or ActorResolver()
        self.summary: Summary | None = None

    def __iter__(self) -> Iterator[Batch]:
        try:
            self.summary = yield from self.format.read(self.path, self.head, self.resolver)
        except UnicodeDecodeError as error:
            raise InputError(self.path, f"cannot decode the file as text ({error.reason})") from None
        except OSError as error:
            raise InputError(self.path, f"cannot read the file ({error.strerror or error})") from None
        if self.summary is not None:
            self.summary.format = self.format.name


def read(path: str | Path, resolver: ActorResolver | None = None) -> tuple[list[Batch], Summary]:
    """All batches of a dataset file and its summary (for small files, tests and notebooks).

    Skipped rows are counted by reason in ``summary.skipped``.
    """
    reader = DatasetReader(path, resolver)
    batches = list(reader)
    return batches, reader.summary


def load(path: Path) -> Iterator[Batch]:
    """The loader entry point: stream the file's batches, then log its summary (a warning
    when rows were skipped, so that ``diplograph ingest`` shows the counts and reasons)."""
    reader = DatasetReader(path)
    yield from reader
    if reader.summary is not None:
        level = logging.WARNING if reader.summary.skipped else logging.INFO
        log.log(level, "%s", reader.summary.line())
