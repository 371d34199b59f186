"""Why a candidate relation lived or died: the pipeline's decisions, sentence by sentence.

``diplograph extract FILE --trace`` prints this record: for each sentence the actor mentions
found, the trigger words the lexicon matched, the relations kept (with modality and date) and
every candidate dropped with its reason, so that a missed relation can be traced to the
construction that is missing rather than patched sentence by sentence.

>>> from diplograph.loaders.articles.pipeline import ArticleExtractor
>>> trace = Trace()
>>> _ = ArticleExtractor().extract_text("Iran sold drones to Tajikistan in 2022.", trace=trace)
>>> [s.kept for s in trace.sentences]
[['Iran ARMS_TRANSFER Tajikistan (asserted, 2022) by transfer:agent>recipient']]
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class SentenceTrace:
    """What the pipeline saw and decided in one sentence (``start``: its offset in the text)."""

    start: int
    text: str
    mentions: list[str] = field(default_factory=list)
    # names the model found that became no actor (no type from the name or the words around it)
    unnamed: list[str] = field(default_factory=list)
    triggers: list[str] = field(default_factory=list)
    # what a word that points back ("there") stood for, and why
    references: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    def refer(self, note: str) -> None:
        if note not in self.references:  # (each role that reads the word asks again)
            self.references.append(note)

    def drop(self, reason: str) -> None:
        if reason not in self.dropped:  # several patterns often die the same way
            self.dropped.append(reason)


@dataclass
class Trace:
    """The record of one document; ``document`` holds what is decided over the whole document
    (claims an official's title gives to their state)."""

    sentences: list[SentenceTrace] = field(default_factory=list)
    document: list[str] = field(default_factory=list)

    def sentence(self, start: int, text: str) -> SentenceTrace:
        record = SentenceTrace(start, " ".join(text.split()))
        self.sentences.append(record)
        return record

    def to_dict(self) -> dict:
        return {"sentences": [asdict(s) for s in self.sentences], "document": list(self.document)}

    def lines(self, everything: bool = False) -> list[str]:
        """The trace as text; sentences where nothing was found nor dropped are left out unless
        ``everything``."""
        out = []
        for s in self.sentences:
            if not everything and not (s.triggers or s.kept or s.dropped or s.references):
                continue
            out.append(f"@{s.start}: {s.text}")
            for label, items in (("mentions", s.mentions), ("no actor for", s.unnamed), ("triggers", s.triggers),
                                ("references", s.references)):
                if items:
                    out.append(f"  {label}: " + "; ".join(items))
            out.extend(f"  kept: {k}" for k in s.kept)
            out.extend(f"  dropped: {d}" for d in s.dropped)
            out.append("")
        if self.document:
            out.append("document:")
            out.extend(f"  kept: {k}" for k in self.document)
        return out


def unnamed_entities(sent, mentions) -> list[str]:
    """The names the statistical model found in ``sent`` (bodies, people, sites) that no mention
    covers: what the trace shows so that no name is dropped silently."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    return [f"{e.text} ({e.label_})" for e in sent.ents
            if e.label_ in ("ORG", "PERSON", "FAC") and not covered.intersection(range(e.start, e.end))]
