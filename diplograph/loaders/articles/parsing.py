"""spaCy's parse of a document's prose chunks: as extraction reads them, or ahead of it for the next
few small documents of a folder, in one batch (spaCy parses a batch of texts faster than the few
chunks of one document at a time, and gives each text the same parse either way).

>>> ahead = ParsedAhead()
>>> ahead.docs_for(["Kenya signed."]) is None
True
"""

from __future__ import annotations

from diplograph.loaders.budget import Budget

BATCH_SIZE = 32
# documents up to this size are parsed ahead: a longer one is parsed as its own budget allows
AHEAD_CHARS = 20_000
# a shorter budget per document is a test of the budget: each document's parse then counts in its own
AHEAD_MIN_SECONDS = 60.0
SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", ")")


class ParsedAhead:
    """The parses of the chunks of the documents read next, by text."""

    def __init__(self):
        self.docs: dict[str, object] = {}

    def parse(self, nlp, texts: list[str]) -> None:
        """Parse ``texts`` in one batch, in place of what was parsed ahead before."""
        self.docs = {}
        self.docs = dict(zip(texts, nlp.pipe(texts, batch_size=BATCH_SIZE)))

    def docs_for(self, texts: list[str]):
        """The docs parsed ahead for ``texts`` (a document's chunks), or None unless every one was."""
        if not self.docs or not all(t in self.docs for t in texts):
            return None
        return self.docs


def until_spent(budget: Budget | None, texts, cut: list[bool]):
    """``texts`` until ``budget`` is spent, but always up to the first one that ends a sentence (a
    document yields something, even when a heading comes first); ``cut`` gets True when some were left."""
    prose_read = False
    for text in texts:
        if prose_read and budget is not None and budget.expired():
            cut.append(True)
            return
        prose_read = prose_read or text.rstrip().endswith(SENTENCE_END)
        yield text
