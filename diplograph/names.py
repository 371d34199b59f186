"""Name keys for matching: case, accents, dotless i, curly quotes, dashes and a leading "the" ignored.

>>> name_key("Türkiye") == name_key("TURKIYE")
True
>>> name_key("the Taliban")
'taliban'
>>> name_key("Kyrgyz–Tajik")
'kyrgyz-tajik'
"""

from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans({"ı": "i", "’": "'", "‘": "'", "–": "-", "—": "-", "‐": "-", "‑": "-"})


def name_key(name: str) -> str:
    text = str(name)
    if not text.isascii():  # (an ASCII name has nothing to fold or decompose: most names, at every load)
        text = unicodedata.normalize("NFKD", text.translate(_FOLD))
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(text.casefold().replace("_", " ").split())
    if text.startswith("the "):
        text = text[4:]
    return text.strip(" .,;:\"'()[]")


def plain(text: str) -> str:
    """Collapse control characters and runs of white space, and drop bidirectional formatting
    characters, for one-line display.

    >>> plain("Acme\u202egnp.exe\x1b[2J  Corp"), plain("Bayraktar TB2")
    ('Acmegnp.exe [2J Corp', 'Bayraktar TB2')
    """
    text = str(text)
    # the usual field: printable (no control, formatting or white space character but the
    # space), single spaces, trimmed: nothing to change
    if text.isprintable() and "  " not in text and text == text.strip():
        return text
    text = _BIDI.sub("", _CONTROL.sub(" ", text))
    return _SPACES.sub(" ", text).strip()


_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
