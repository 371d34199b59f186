"""A folder's manifest: a table that says, for each file beside it, its title, author,
publisher, date, URL and reliability grade. It is metadata about sources, never an article.

Three forms are read, whatever the file's name:

* a Markdown table (an ``INDEX.md``) whose header has a ``file`` column;
* a CSV file (comma or semicolon separated) with a ``file`` column and no ``subject`` column
  (that would be curated facts);
* a YAML file with a ``sources`` list of mappings that each have a ``file`` key.

A file is a manifest only when at least one row names a file that exists beside it, so an
article that happens to contain a table is still an article. Columns are matched by common
names (``headline`` is the title, ``outlet`` the publisher, ``published`` the date); a combined
``author / publisher`` column is split into a person's name and an institution.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Iran opened a factory.")
>>> _ = (folder / "INDEX.md").write_text(
...     "| file | title | author / publisher | date |\\n| --- | --- | --- | --- |\\n"
...     "| a.txt | Drone race | Jane Roe, Example Policy Center | 2022-08-14 |\\n")
>>> found = read_manifest(folder / "INDEX.md")
>>> found.entries[(folder / "a.txt").resolve()]
{'title': 'Drone race', 'author': 'Jane Roe', 'publisher': 'Example Policy Center', 'date': '2022-08-14'}
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from diplograph.errors import InputError
from diplograph.graph.dates import PartialDate

SUFFIXES = frozenset({".md", ".markdown", ".csv", ".yaml", ".yml"})
MAX_MANIFEST_BYTES = 5 * 1024 * 1024
FIELDS = ("title", "author", "publisher", "date", "url", "reliability")

# column names (lower case, spaces and punctuation folded to one space) -> field
COLUMNS = {
    "file": "file", "filename": "file", "file name": "file", "path": "file", "document": "file",
    "title": "title", "headline": "title",
    "author": "author", "authors": "author", "byline": "author", "by": "author",
    "publisher": "publisher", "publication": "publisher", "outlet": "publisher", "source": "publisher",
    "site": "publisher", "think tank": "publisher",
    "author publisher": "author/publisher", "author or publisher": "author/publisher",
    "date": "date", "published": "date", "publication date": "date", "published on": "date",
    "url": "url", "link": "url", "address": "url",
    "reliability": "reliability", "grade": "reliability", "source grade": "reliability",
    "source reliability": "reliability", "admiralty": "reliability",
}
_UNKNOWN = re.compile(r"^(?:unknown|n/?a|none|not known|anonymous|-+|\?+)\b", re.I)


@dataclass
class Manifest:
    path: Path
    entries: dict[Path, dict[str, str]] = field(default_factory=dict)  # resolved file path -> fields
    notes: list[str] = field(default_factory=list)  # rows naming files that are not there


def read_manifest(path: Path) -> Manifest | None:
    """The manifest in ``path``, or None when the file is not one (see the module's docstring).

    Raises InputError (with the line) for a manifest with a bad date or grade."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        return None
    try:
        if path.stat().st_size > MAX_MANIFEST_BYTES:
            return None
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None  # not for us: the loader that takes the file reports what is wrong with it
    if suffix in (".md", ".markdown"):
        rows = _markdown_rows(text)
    elif suffix == ".csv":
        rows = _csv_rows(text)
    else:
        rows = _yaml_rows(text)
    if rows is None:
        return None
    folder = path.parent.resolve()
    present = [(line, values) for line, values in rows if (folder / values.get("file", "")).is_file()]
    if not present:
        return None
    manifest = Manifest(path)
    for line, values in rows:
        name = values.get("file", "").strip()
        target = (folder / name).resolve() if name else None
        if target is None or not target.is_file():
            if name:
                manifest.notes.append(f"{path}:{line}: no file {name!r} beside the manifest; row ignored")
            continue
        manifest.entries[target] = _fields(path, line, values)
    return manifest


def _fields(path: Path, line: int, values: dict[str, str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for key, value in values.items():
        value = " ".join(str(value).split())
        if key == "file" or not value or _UNKNOWN.match(value):
            continue
        if key == "author/publisher":
            author, publisher = split_author_publisher(value)
            for name, found in (("author", author), ("publisher", publisher)):
                if found:
                    fields.setdefault(name, found)
        elif key == "date":
            try:
                fields["date"] = PartialDate.parse(value).iso
            except ValueError:
                raise InputError(path, f"the date {value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
                                 line) from None
        elif key == "reliability":
            grade = value.strip().upper()[:1]
            if not grade or grade not in "ABCDEF":
                raise InputError(path, f"reliability {value!r} is not a grade A to F (A: completely reliable, "
                                       "F: cannot be judged)", line)
            fields["reliability"] = grade
        else:
            fields[key] = value
    return {k: fields[k] for k in FIELDS if fields.get(k)}


def split_author_publisher(value: str) -> tuple[str, str]:
    """A combined "author / publisher" cell as (author, publisher).

    >>> split_author_publisher("Jane Roe, Example Policy Center")
    ('Jane Roe', 'Example Policy Center')
    >>> split_author_publisher("AsiaNews (Astana)"), split_author_publisher("Elisabeth Gosselin-Malo")
    (('', 'AsiaNews'), ('Elisabeth Gosselin-Malo', ''))
    """
    from diplograph.loaders.articles.metadata import looks_like_name

    value = value.strip()
    if _UNKNOWN.match(value):
        return "", ""
    head, _, tail = value.partition(",")
    if tail and looks_like_name(head.strip()):
        return head.strip(), _without_place(tail.strip())
    if looks_like_name(value):
        return value, ""
    return "", _without_place(value)


def _without_place(publisher: str) -> str:
    """"AsiaNews (Astana)": the office a story was filed from is not part of the publisher's name."""
    return re.sub(r"\s*\([A-Z][\w .'’-]{1,30}\)$", "", publisher)


def _column(name: str) -> str | None:
    return COLUMNS.get(" ".join(re.sub(r"[^\w]+", " ", name.lower()).split()))


def _mapped(header: list[str]) -> list[str | None] | None:
    columns = [_column(h) for h in header]
    if "file" not in columns or "subject" in [h.strip().lower() for h in header]:
        return None
    return columns if any(c and c != "file" for c in columns) else None


def _markdown_rows(text: str):
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if not line.lstrip().startswith("|") or number + 1 >= len(lines):
            continue
        if not re.fullmatch(r"\s*\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?\s*", lines[number + 1]):
            continue
        columns = _mapped(_cells(line))
        if columns is None:
            continue
        rows = []
        for offset, row in enumerate(lines[number + 2:], number + 3):
            if not row.lstrip().startswith("|"):
                break
            cells = _cells(row)
            rows.append((offset, {c: v for c, v in zip(columns, cells) if c}))
        return rows
    return None


def _cells(line: str) -> list[str]:
    line = line.strip()
    line = line[1:] if line.startswith("|") else line
    line = line[:-1] if line.endswith("|") and not line.endswith("\\|") else line
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", line)]


def _csv_rows(text: str):
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
        columns = _mapped(header) if header else None
        if columns is None:
            return None
        return [(reader.line_num, {c: v for c, v in zip(columns, values) if c}) for values in reader if any(values)]
    except csv.Error:
        return None


def _yaml_rows(text: str):
    import yaml

    if not re.search(r"^sources\s*:", text, re.M):  # facts, or anything else: not parsed twice
        return None
    try:
        document = yaml.compose(text)
    except (yaml.YAMLError, RecursionError):
        return None
    if document is None or not isinstance(document, yaml.MappingNode):
        return None
    listed = next((value for key, value in document.value if getattr(key, "value", None) == "sources"), None)
    if not isinstance(listed, yaml.SequenceNode):
        return None
    rows = []
    for item in listed.value:
        if not isinstance(item, yaml.MappingNode):
            continue
        values = {}
        for key, value in item.value:
            column = _column(str(key.value))
            if column and isinstance(value, yaml.ScalarNode):
                values[column] = str(value.value)
        if "file" in values:
            rows.append((item.start_mark.line + 1, values))
    return rows or None
