"""Reading dataset files: a peek at the first lines (to recognise the layout), the encoding,
streaming rows with their line numbers, and the file's source record.

Files are never read whole: the encoding check and the content hash stream the bytes, and
rows come one at a time, so a big export costs no more memory than a small one.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from diplograph.errors import InputError
from diplograph.graph.model import Source
from diplograph.names import plain

HEAD_BYTES = 64 * 1024
HEAD_LINES = 40
_BLOCK = 1 << 20


@dataclass(frozen=True)
class Head:
    """The first lines of a file, decoded, without line ends (blank lines kept)."""

    path: Path
    lines: tuple[str, ...]

    def first(self, n: int = 1) -> list[str]:
        """The first ``n`` lines that are not blank."""
        return [line for line in self.lines if line.strip()][:n]

    def fields(self, line: str, delimiter: str = ",") -> list[str]:
        """One line split as CSV, trimmed (a trailing ``;`` of SIPRI's newer export removed).

        >>> Head(Path("x"), ()).fields('64964, Turkiye,"A, B",No;')
        ['64964', 'Turkiye', 'A, B', 'No']
        """
        values = next(csv.reader([line], delimiter=delimiter), [])
        if values and values[-1].endswith(";"):
            values[-1] = values[-1][:-1]
        return [v.strip() for v in values]

    def header(self, delimiter: str = ",") -> list[str]:
        """The first non-blank line as lower-case column names."""
        first = self.first()
        return [v.lower() for v in self.fields(first[0], delimiter)] if first else []


def peek(path: Path) -> Head | None:
    """The head of a readable text file, or None for binary or unreadable files."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(HEAD_BYTES)
    except OSError:
        return None
    if b"\x00" in data:
        return None
    if len(data) == HEAD_BYTES and b"\n" in data:  # drop the partial last line
        data = data[: data.rindex(b"\n")]
    text = _decode(data)
    return Head(path, tuple(text.splitlines()[:HEAD_LINES]))


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def encoding_of(path: Path) -> str:
    """``utf-8-sig`` when the whole file is valid UTF-8, else ``latin-1`` (SIPRI's older
    exports are ISO-8859-1). Streams the file."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with open(path, "rb") as handle:
            while block := handle.read(_BLOCK):
                decoder.decode(block)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return "latin-1"
    return "utf-8-sig"


def rows(path: Path, delimiter: str = ",", encoding: str | None = None) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) for each record of a delimited file. Quotes are honoured for
    commas; tab-separated exports (GDELT, ICEWS) contain stray quotes, so they are split
    on tabs only. The line number is the record's first line; blank lines are passed over.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
    >>> _ = path.write_text('a,b\\n\\n"two\\nlines",x\\nlast,y\\n')
    >>> [(line, fields) for line, fields in rows(path)]
    [(1, ['a', 'b']), (3, ['two\\nlines', 'x']), (5, ['last', 'y'])]
    """
    encoding = encoding or encoding_of(path)
    with open(path, encoding=encoding, newline="") as handle:
        if delimiter == "\t":
            # split before the line end is cut (it is all in the last field): a GDELT line of
            # 61 fields is then not copied twice more before it is split, a million times a load
            for number, line in enumerate(handle, 1):
                if not line.isspace():
                    values = line.split("\t")
                    values[-1] = values[-1].rstrip("\r\n")
                    yield number, values
            return
        reader = csv.reader(handle, delimiter=delimiter)
        start = 1
        while True:
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                raise InputError(path, f"malformed CSV: {error}", reader.line_num) from None
            if any(v.strip() for v in values):
                yield start, values
            start = reader.line_num + 1


def dataset_source(path: Path, title: str, *, publisher: str = "", published: str = "", url: str = "") -> Source:
    """The source record of a dataset file: its id is the hash of its bytes (streamed), so
    the same file loaded twice is one source, as for every other kind of document."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(_BLOCK):
            digest.update(block)
    return Source(id="src:" + digest.hexdigest()[:16], title=plain(title), url=url, publisher=publisher,
                  published=published, path=str(path), kind="dataset")


def clean(text: str) -> str:
    """A field as it may be shown: control characters and runs of white space collapsed
    (:func:`diplograph.names.plain`), with a fast path for the usual clean field.

    >>> clean("Bayraktar TB2"), clean("Aid;\\x07 engines  from")
    ('Bayraktar TB2', 'Aid; engines from')
    """
    if text.isprintable() and "  " not in text and text == text.strip():
        return text
    return plain(text)


def year(value: str) -> int | None:
    """A plausible year from a field ("2021", "2021.0"), or None.

    >>> year("2021"), year(" 1816.0 "), year("0"), year("n/a")
    (2021, 1816, None, None)
    """
    text = str(value).strip()
    if text.endswith(".0"):
        text = text[:-2]
    if not (text.isdigit() and len(text) == 4):
        return None
    number = int(text)
    return number if 1000 <= number <= 2999 else None
