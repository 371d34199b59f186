"""Text from sources made safe to keep, print and export.

Names, titles and sentences come from files anyone can write: a file name with a terminal escape
sequence in it, a company name with a right-to-left override that displays ``Acme‮gnp.exe Corp``
as ``Acme exe.png Corp``, a byte no XML parser accepts. What is stored is cleaned on the way in
(:func:`clean_line` for names and titles, :func:`clean_text` for sentences); what is printed to a
terminal goes through :func:`printable` and what is written as XML through :func:`xml_safe`,
so that stores written before the cleaning are safe too.

>>> clean_line("Acme\\u202egnp.exe Corp"), clean_line("report\\x1b[31m.txt")
('Acmegnp.exe Corp', 'report[31m.txt')
>>> printable("evil\\x1b]0;title\\x07name")
'evil\\\\x1b]0;title\\\\x07name'
"""

from __future__ import annotations

import re

# C0 and C1 control characters but tab, line feed and carriage return.
_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
# Bidirectional formatting: embeddings, overrides, isolates and the invisible marks.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# Not characters at all: lone surrogates (undecodable bytes of a file name), U+FFFE, U+FFFF.
_NONCHAR = "\ud800-\udfff\ufffe\uffff"

_UNSAFE_LINE = re.compile(f"[\t\n\r\u2028\u2029{_CONTROL}{_BIDI}{_NONCHAR}]")
_UNSAFE_TEXT = re.compile(f"[{_CONTROL}{_BIDI}{_NONCHAR}]")
_XML_INVALID = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f{_NONCHAR}]")
_SPACES = re.compile(r"\s{2,}")


def _replace(match: re.Match) -> str:
    char = match.group(0)
    if "\ud800" <= char <= "\udfff":
        return "\ufffd"  # keep the place of the byte that could not be decoded
    return " " if char in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029" else ""


def clean_line(text: str) -> str:
    """A name or title: one line, without control or bidirectional formatting characters.

    >>> clean_line("Kyiv\\n  Post"), clean_line("\\ud800x")
    ('Kyiv Post', '\\ufffdx')
    """
    if text.isprintable():  # nearly every name: nothing to do
        return text
    cleaned = _UNSAFE_LINE.sub(_replace, text)
    return _SPACES.sub(" ", cleaned).strip() if cleaned != text else text


def clean_text(text: str) -> str:
    """A sentence or passage: line breaks and tabs kept, other control and bidirectional
    formatting characters removed.

    >>> clean_text("Iran\\x00 sold\\u202e drones.\\nKenya")
    'Iran sold drones.\\nKenya'
    """
    if text.isprintable():
        return text
    return _UNSAFE_TEXT.sub(_replace, text)


def clean_path(path: str) -> str:
    """A file path as it can be stored: undecodable bytes (lone surrogates) replaced, nothing else.

    >>> clean_path("/in/caf" + chr(0xDCE9) + ".txt")
    '/in/caf\ufffd.txt'
    """
    if path.isprintable() or not re.search(f"[{_NONCHAR}]", path):
        return path
    return re.sub(f"[{_NONCHAR}]", "\ufffd", path)


def printable(text: str) -> str:
    """Text for a terminal: control and bidirectional formatting characters shown as escapes
    (``\\x1b``, ``\\u202e``), never sent; line breaks and tabs kept.

    >>> printable("a\\u202eb\\nc")
    'a\\\\u202eb\\nc'
    """
    text = str(text)
    if text.isprintable():
        return text
    return _UNSAFE_TEXT.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/F).

    >>> xml_safe("ok\\x1b\\x00 here")
    'ok here'
    """
    return _XML_INVALID.sub(lambda m: "\ufffd" if "\ud800" <= m.group(0) <= "\udfff" else "", text)
