"""One list of a parsed document's tokens, made once and shared by the passes that scan it.

spaCy makes a new ``Token`` object at every step over a ``Doc`` (``for token in doc``, ``doc[i]``) and
frees it after: the tree repairs and the mention finders scan each document some sixty times, so
making those objects once saves a good part of their cost. A token is a view of the document, so one
made before a repair still reads the tree as it is after it (no pass that gets this list merges or
splits tokens).
"""

from __future__ import annotations


class DocTokens:
    """A spaCy ``Doc`` whose tokens are made once: iterating and indexing give the same objects
    every time; a slice is still the document's ``Span``; everything else is the document's."""

    __slots__ = ("doc", "tokens")

    def __init__(self, doc):
        self.doc = doc
        self.tokens = list(doc)

    def __iter__(self):
        return iter(self.tokens)

    def __len__(self) -> int:
        return len(self.tokens)

    def __getitem__(self, index):
        return self.tokens[index] if isinstance(index, int) else self.doc[index]

    def __getattr__(self, name: str):
        return getattr(self.doc, name)


_last: list[DocTokens | None] = [None]


def doc_tokens(doc) -> DocTokens:
    """The token list of ``doc``, shared by the mention finders and every sentence of it read after
    (the last document asked for is kept: its sentences are read one after another)."""
    last = _last[0]
    if last is None or last.doc is not doc:
        last = _last[0] = DocTokens(doc)
    return last
