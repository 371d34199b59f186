"""What a dataset loader produces: claims gathered into batches of bounded size, one source
per file, and a summary of what was loaded and what was skipped (and why).

>>> from diplograph.graph.model import Actor, Claim, Source
>>> out = Output(Source("src:1", title="demo", kind="dataset"), "demo", chunk=2)
>>> a, b = Actor.new("A", "state"), Actor.new("B", "state")
>>> for year in ("2001", "2002", "2003", "20x4"):
...     out.row()
...     if year.isdigit():
...         out.add(Claim(a.id, "ALLIANCE", b.id, "src:1", date=year), a, b)
...     else:
...         out.skip("bad year")
>>> [len(batch.claims) for batch in out.batches()]
[2, 1]
>>> out.summary.line()
'demo: 4 rows, 3 claims; skipped 1 (bad year: 1)'
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterator

from diplograph.graph.model import Actor, Batch, Claim, RowBatch, Source

# Claims per batch, each batch one transaction. Claim ids are hashes, so each claim lands on its
# own page of the id index: a bigger transaction writes shared pages once. 250,000 GDELT events
# into a store of 3.6M claims: 34.3 s CPU and 6.1 GB through the WAL at 5,000, 30.4 s and 4.8 GB
# at 20,000 (peak 205 MB), 28.8 s and 3.9 GB at 50,000 (peak 306 MB).
CHUNK = 20_000


@dataclass
class Summary:
    """Per-file account: rows read, claims made, rows skipped by reason, rows repaired."""

    name: str
    format: str = ""
    rows: int = 0
    claims: int = 0
    skipped: Counter = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    def line(self) -> str:
        text = f"{self.name}: {self.rows} rows, {self.claims} claims"
        if self.skipped:
            reasons = ", ".join(f"{reason}: {n}" for reason, n in self.skipped.most_common())
            text += f"; skipped {self.skipped_total} ({reasons})"
        for note in self.notes:
            text += f"; {note}"
        return text


class Output:
    """Collects claims and their actors, and hands out a batch every ``chunk`` claims."""

    def __init__(self, source: Source, name: str, format: str = "", chunk: int | None = None):
        self.source = source
        self.chunk = chunk or CHUNK
        self.summary = Summary(name, format)
        self._claims: list[Claim] = []
        self._rows: list[tuple] = []  # or claims as stored rows (add_row)
        self._actors: dict[str, Actor] = {}
        self.waiting: list[Batch] = []  # full batches not handed out yet (never rebound: a loader may hold it)
        self._latest = ""  # the latest date any claim gives: where the data end
        self.checked = False  # set by a maker of claims that checks each against the ontology (Batch.checked)

    def row(self, n: int = 1) -> None:
        """Count ``n`` rows (records) read from the file."""
        self.summary.rows += n

    def skip(self, reason: str, n: int = 1) -> None:
        """Count records that are read but not loaded; the reason is short and the same for
        like records, so that the summary groups them."""
        self.summary.skipped[reason] += n

    def add(self, claim: Claim, *actors: Actor) -> None:
        for actor in actors:
            known = self._actors.get(actor.id)
            if known is None:
                self._actors[actor.id] = actor
            elif known is not actor:  # another spelling of a known actor: keep its names as aliases
                self._actors[actor.id] = known.with_aliases([actor.name, *actor.aliases])
        self._claims.append(claim)
        self.summary.claims += 1
        # the latest of its date, end date and observed_until (max() of the three, written out:
        # this runs per claim, and nearly every claim has a date alone)
        latest = claim.date if claim.date > claim.end_date else claim.end_date
        if claim.properties and claim.properties.get("observed_until", "") > latest:
            latest = claim.properties["observed_until"]
        if latest > self._latest:  # ISO dates at any precision compare as text
            self._latest = latest
        if len(self._claims) >= self.chunk:
            self.waiting.append(self._cut())

    def add_row(self, row: tuple, subject: Actor, object: Actor) -> None:
        """:meth:`add` for a claim made as its stored row (:func:`diplograph.graph.rows.claim_row`),
        by a loader that checks each claim it makes (``checked``); an Output takes claims or rows,
        not both. Its latest date is its date or end date (no ``observed_until``)."""
        actors = self._actors
        if actors.get(subject.id) is not subject:  # (nearly always the very actor met before)
            self._note(subject)
        if actors.get(object.id) is not object:
            self._note(object)
        self._rows.append(row)
        self.summary.claims += 1
        latest = row[5] if row[5] > row[6] else row[6]
        if latest > self._latest:
            self._latest = latest
        if len(self._rows) >= self.chunk:
            self.waiting.append(self._cut())

    def _note(self, actor: Actor) -> None:
        known = self._actors.get(actor.id)
        self._actors[actor.id] = actor if known is None else known.with_aliases([actor.name, *actor.aliases])

    def batches(self) -> Iterator[Batch]:
        """Full batches so far, and (once the file is read) the remainder. The last batch's
        source says where the data end (``coverage_end``: the latest date of any claim)."""
        if self._claims or self._rows:
            self.waiting.append(self._cut())
        if self._latest and self.waiting:
            self.source = self.source.described(coverage_end=self._latest)
            self.waiting[-1].sources = [self.source]
        while self.waiting:
            yield self.waiting.pop(0)

    def ready(self) -> Iterator[Batch]:
        """The full batches so far but the latest, which waits to carry the source's coverage
        if no claim follows it: loaders yield these while they read, to bound memory."""
        while len(self.waiting) > 1:
            yield self.waiting.pop(0)

    def _cut(self) -> Batch:
        if self._rows:
            if self._claims:
                raise ValueError("an Output takes claims (add) or rows (add_row), not both")
            batch = RowBatch(list(self._actors.values()), [self.source], self._rows, checked=self.checked)
        else:
            batch = Batch(list(self._actors.values()), [self.source], self._claims, checked=self.checked)
        self._claims, self._rows, self._actors = [], [], {}
        return batch
