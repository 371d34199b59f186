"""Speaker turns of a transcript or an interview page.

The lexicon's labels ("Q:", "Host:", "Ms Parry:") open a turn wherever they stand. A bare name
before a colon ("Anjana Thapaliya: ...", "[00:21] MALIK BERTHELSEN: ...", "Himalayan Ledger: What
...?") opens one only in a document where at least two paragraphs open that way: there it says
whose words the paragraph is, and left in the sentence the parser makes the speaker the subject of
what they tell ("Thapaliya: ... he held talks with Doval" read as the researcher's talks). One
paragraph opening "Sudan: the army retook Khartoum" is a headline's topic, not a turn.
"""

from __future__ import annotations

import re

from diplograph.loaders.articles.sentences import Block

# An optional timestamp ("[00:21]", "(1:05:10)", "00:21"), then one to four capitalised words
# ("Dr Anjana Thapaliya", "K.P. Sharma Oli", "HALVORSEN"), an optional bracketed role, a colon.
_TIMESTAMP_TEXT = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+)?"
_NAME_LABEL = re.compile(rf"^\s*{_TIMESTAMP_TEXT}(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*"
                         r"(?:\s*\([^()\n]{1,60}\))?\s*:\s+(?=\S)")
TIMESTAMP = re.compile(r"^\s*" + _TIMESTAMP_TEXT)
# How many paragraphs must open with a name before a colon for the document to be one of turns.
_TURNS = 2


class TurnLabels:
    """What opens a turn in one document: ``match`` and ``sub`` as a compiled pattern has them."""

    def __init__(self, lexicon_label: re.Pattern, names: bool):
        self.lexicon_label = lexicon_label
        self.names = names

    @classmethod
    def of(cls, blocks: list[Block], lexicon_label: re.Pattern) -> "TurnLabels":
        """The labels of the document made of ``blocks``: names count when enough paragraphs open with one
        that the lexicon's labels do not already cover."""
        named = sum(1 for b in blocks if _NAME_LABEL.match(b.text) and not lexicon_label.match(b.text))
        return cls(lexicon_label, named >= _TURNS)

    def match(self, text: str) -> re.Match | None:
        found = self.lexicon_label.match(text)
        if found is None and self.names:
            found = _NAME_LABEL.match(text)
        return found

    def sub(self, replace, text: str, count: int = 1) -> str:
        found = self.match(text)
        return text if found is None else replace(found) + text[found.end():]
