"""Articles (text, Markdown, HTML, PDF) through the offline extraction pipeline.

The loader interface of :mod:`diplograph.loaders`: ``accepts(path)`` and ``load(path)``, one
:class:`~diplograph.graph.model.Batch` per document. ``STRICT`` is false: a claim the ontology
rejects is reported by ``ingest`` and the rest of the document still loads.

The pipeline, one module per step (each with its own tests in ``tests/articles/``):

1. :mod:`.read` — bytes to text and metadata (title, date, author), or an ``InputError``;
2. :mod:`.sentences` — the body without references and widgets, in blocks for spaCy;
3. :mod:`.mentions` — gazetteer and NER mentions of actors;
4. :mod:`.resolve` — surnames, pronouns and "the two countries" within the document;
5. :mod:`.relations` — trigger words and dependency patterns to ontology predicates;
6. :mod:`.modality` — asserted, reported, planned, unconfirmed, speculative, denied;
7. :mod:`.when` — dates in the prose, anchored on the document's date;
8. :mod:`.pipeline` — claims with source, evidence and character offsets.

Trigger words, cues and word classes are data: ``lexicon.yaml`` beside this file.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from diplograph.graph.trust import fingerprint
from diplograph.loaders.articles.parsing import AHEAD_CHARS, AHEAD_MIN_SECONDS
from diplograph.loaders.articles.read import FORMATS, read_document
from diplograph.loaders.budget import Limits, Note

SUFFIXES = frozenset(FORMATS)
STRICT = False
TAKES_METADATA = True  # a manifest's date anchors the article's relative dates ("on 17 May")
TAKES_LIMITS = True
log = logging.getLogger(__name__)

def accepts(path: Path) -> bool:
    return Path(path).suffix.lower() in SUFFIXES


@functools.cache
def extractor():
    """The process-wide extractor: spaCy, the gazetteer matcher and the lexicon, loaded on first use."""
    from diplograph.loaders.articles.pipeline import ArticleExtractor

    return ArticleExtractor()


def prepare(files: list[tuple[Path, dict[str, str]]], limits: Limits | None = None) -> None:
    """Parse the prose of the next ``files`` to load (each with what a manifest says of it) in one
    batch, ahead of their ``load``: the small ones, unless the budget per document is too short for
    a parse to count for nothing in it. A file that cannot be read here is left to ``load``."""
    limits = limits or Limits.from_env()
    if limits.seconds < AHEAD_MIN_SECONDS:
        return
    texts = []
    for path, metadata in files:
        if path.suffix.lower() == ".pdf":  # (slow to read twice)
            continue
        try:
            text = read_document(path, metadata, limits.start()).text
        except Exception:  # noqa: BLE001 - its load says what is wrong with it
            continue
        if len(text) <= AHEAD_CHARS:
            texts.append(text)
    extractor().parse_ahead(texts)


def load(path: Path, metadata: dict[str, str] | None = None, limits: Limits | None = None):
    """One batch for the article at ``path``; InputError when it cannot be read. ``metadata``
    (what a folder's manifest says of the file) overrides what the file says of itself.
    Reading and extraction stop where the document's budget (``limits``, see
    :mod:`diplograph.loaders.budget`) runs out; a :class:`~diplograph.loaders.budget.Note`
    after the batch then says so."""
    pipeline = extractor()  # loading spaCy is not the document's cost
    budget = (limits or Limits.from_env()).start()
    document = read_document(path, metadata, budget)
    for note in document.notes:  # a guessed encoding: one line on stderr, the text may be garbled
        log.warning("%s: %s", path, note)
    batch = pipeline.extract(document, budget=budget, lenient=True)
    # the signature that finds copies of this text among the other sources (graph.trust)
    signature = fingerprint(document.text)
    batch.sources = [s.described(fingerprint=signature) if s.path == str(path) else s for s in batch.sources]
    yield batch
    if document.stopped:
        yield Note(document.stopped)
    for unread in document.unread:
        yield Note(f"{path}: {unread}")
