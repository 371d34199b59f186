"""The body of an article as blocks of prose, with apparatus (references, footnotes, share and
rating widgets, "Related Articles") left out; spaCy then splits each block into sentences.

Blocks keep their character offsets into the document text, so every sentence, and every
claim's evidence, points back to the exact place it came from.

>>> text = "Iran opened a plant.\\nIt makes drones.\\n\\nReferences\\n[1] A. Writer, Title, 2022."
>>> [b.text for b in body_blocks(text)]
['Iran opened a plant.', 'It makes drones.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from diplograph.loaders.articles.lexicon import Lexicon, load_lexicon

# Longer stretches without a line break are cut at a sentence end, to bound the work per block.
MAX_BLOCK_CHARS = 20_000
# A line shorter than this without end punctuation is a heading, not a hard-wrapped sentence.
HEADING_CHARS = 60
_END_PUNCT = tuple('.!?:;"”’\')]')


@dataclass(frozen=True)
class Block:
    """A stretch of prose: ``text == document_text[start:end]``."""

    start: int
    end: int
    text: str


def _lines(text: str):
    """(start, end) of each line, without its newline."""
    position = 0
    for line in text.split("\n"):
        yield position, position + len(line)
        position += len(line) + 1


def _heading_key(line: str) -> str:
    return re.sub(r"[\s:#*_=\-–—.]+$", "", re.sub(r"^[\s#*_=\-–—]+", "", line)).strip().lower()


def body_blocks(text: str, lexicon: Lexicon | None = None) -> list[Block]:
    """The prose blocks of ``text`` in order: paragraphs, headings, and hard-wrapped lines joined.

    A line without end punctuation runs on into the next line only when the next line continues
    it (it starts in lower case) or the document is hard-wrapped; in text copied from the web a
    headline, a standfirst or a dateline stands alone ("Rwanda dismisses reports of support for
    M23" over "Angola had been mediating talks ..." is two sentences, not one). A front-matter
    block (``title: ...`` lines closed by ``---``) is metadata, not prose.

    >>> text = "Kenya and Somalia sign a pact on trade\\nNairobi hosted the talks on Friday."
    >>> [b.text for b in body_blocks(text)]
    ['Kenya and Somalia sign a pact on trade', 'Nairobi hosted the talks on Friday.']
    >>> [b.text for b in body_blocks("title: A pact\\ndate: 2024-05-01\\n---\\nKenya signed it.")]
    ['Kenya signed it.']
    """
    lex = lexicon or load_lexicon()
    kept: list[tuple[int, int]] = []
    third = len(text) // 3
    body = _after_front_matter(text)
    for start, end in _lines(text):
        line = text[start:end].strip()
        if not line or start < body:
            kept.append((start, start))  # paragraph break
            continue
        if start >= third and _heading_key(line) in lex.end_headings:
            break
        if any(p.fullmatch(line) for p in lex.line_patterns):
            kept.append((start, start))
            continue
        kept.append((start, end))
    wrapped = _hard_wrapped(text, kept)
    blocks: list[Block] = []
    run: list[tuple[int, int]] = []

    def flush():
        if run:
            s, e = run[0][0], run[-1][1]
            blocks.extend(_split_long(text, s, e))
            run.clear()

    for (start, end), (following, _) in zip(kept, kept[1:] + [(len(text), len(text))]):
        if start == end:
            flush()
            continue
        run.append((start, end))
        line = text[start:end].rstrip()
        if line.endswith(_END_PUNCT) or len(line) < HEADING_CHARS or \
                not (wrapped or _continues(text[following:following + 1])):
            flush()
    flush()
    return [b for b in (_trim(text, b) for b in blocks) if b.text]


_FRONT_MATTER_KEY = re.compile(r"[A-Za-z][A-Za-z _-]{0,24}:(\s.*)?")


def _after_front_matter(text: str) -> int:
    """Where the text after a leading block of ``key: value`` lines closed by ``---`` starts
    (0 when there is none)."""
    position = 0
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":  # Markdown front matter opens with --- too
        position, lines = len(lines[0]) + 1, lines[1:]
    for index, line in enumerate(lines[:40]):
        if line.strip() == "---" and index > 0:
            return position + len(line) + 1
        if not _FRONT_MATTER_KEY.fullmatch(line.strip()):
            return 0
        position += len(line) + 1
    return 0


def _continues(first_character: str) -> bool:
    """Does a line starting with this character carry on the sentence of the line before?"""
    return first_character.islower() or first_character in "(,;–—-"


def _hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Is the text wrapped at a fixed width, so that a sentence often runs on to a line starting
    in upper case? Said so when at least a third of its long unfinished lines (and one at least) are followed by a
    line that continues in lower case."""
    unfinished = continued = 0
    for (start, end), (following, _) in zip(lines, lines[1:]):
        line = text[start:end].rstrip()
        if start == end or len(line) < HEADING_CHARS or line.endswith(_END_PUNCT):
            continue
        unfinished += 1
        continued += _continues(text[following:following + 1])
    return continued >= 1 and continued * 3 >= unfinished


def _trim(text: str, block: Block) -> Block:
    start, end = block.start, block.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Block(start, end, text[start:end])


def _split_long(text: str, start: int, end: int):
    while end - start > MAX_BLOCK_CHARS:
        window = text[start:start + MAX_BLOCK_CHARS]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        cut = cut + 1 if cut > MAX_BLOCK_CHARS // 2 else window.rfind(" ")
        cut = cut if cut > 0 else MAX_BLOCK_CHARS
        yield Block(start, start + cut, text[start:start + cut])
        start += cut
    yield Block(start, end, text[start:end])
