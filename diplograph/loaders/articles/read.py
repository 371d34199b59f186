"""Read an article file into plain text plus what its metadata says (title, date, author).

Formats: plain text, Markdown, HTML (visible text only) and PDF. Bytes are decoded by BOM,
then strict UTF-8, then a guess by charset-normalizer, and a guess is reported in
``Document.notes`` so the analyst knows the text may be garbled. Anything that is not a
readable article raises :class:`~diplograph.errors.InputError` naming the file and the reason.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> path = folder / "brief.txt"
>>> _ = path.write_text("Ankara and Kyiv sign a deal\\n\\n14 Aug 2022\\n\\nAnkara delivered drones.", encoding="utf-8")
>>> doc = read_document(path)
>>> doc.title, doc.date, doc.encoding
('Ankara and Kyiv sign a deal', '2022-08-14', 'utf-8')
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from diplograph.errors import InputError
from diplograph.graph.dates import PartialDate
from diplograph.loaders.budget import Budget, Limits
from diplograph.loaders.articles.metadata import (fill_from_fields, header_block, html_metadata,
                                                  scan_header)

# An article is prose a person wrote: anything far larger is a dump that should be split.
MAX_TEXT_BYTES = 10 * 1024 * 1024
MAX_PDF_BYTES = 50 * 1024 * 1024
MAX_PDF_PAGES = 400
# A page of text takes some kilobytes of drawing instructions, a dense chart a megabyte or two.
MAX_PDF_PAGE_CONTENT_BYTES = 4_000_000
# Pages nest a few dozen elements deep; past this the text is read without its structure.
MAX_HTML_DEPTH = 200

FORMATS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
           ".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf"}


@dataclass
class Document:
    """One article as text, with the metadata found for it."""

    path: Path
    text: str
    format: str
    title: str = ""
    date: str = ""  # ISO at its precision, "" when unknown
    author: str = ""
    publisher: str = ""
    url: str = ""
    encoding: str = "utf-8"
    notes: list[str] = field(default_factory=list)  # things the analyst should know (guessed encoding)
    raw: bytes = b""  # the bytes read, for the content hash of the source
    stopped: str = ""  # why the end of the file was not read (its budget ran out), "" when read whole
    unread: list[str] = field(default_factory=list)  # sentences the extractor failed on, left out (and why)


def read_document(path: str | Path, metadata: dict[str, str] | None = None, budget: Budget | None = None) -> Document:
    """Read ``path`` (its suffix picks the format) into a :class:`Document`.

    ``metadata`` (title, author, publisher, date, url: what a folder's manifest says of the
    file) overrides what the file says of itself; the title stays empty when neither gives one.
    Reading stops where ``budget`` (default: :meth:`Limits.from_env`) runs out of characters or,
    for PDFs, of time; ``Document.stopped`` then says so.
    """
    path = Path(path)
    budget = budget or Limits.from_env().start()
    fmt = FORMATS.get(path.suffix.lower(), "text")
    data = _read_bytes(path, MAX_PDF_BYTES if fmt == "pdf" else MAX_TEXT_BYTES)
    if not data.strip():
        raise InputError(path, "the file is empty")
    if fmt == "pdf":
        doc = _read_pdf(path, data, budget)
    else:
        text, encoding, notes = decode(path, data, html=fmt == "html")
        stopped = ""
        if fmt != "html" and len(text) > budget.limits.max_chars:
            text, stopped = _cut(text, budget.limits.max_chars), budget.out_of_chars(path)
        doc = _read_html(path, text, budget) if fmt == "html" else (
            _read_markdown if fmt == "markdown" else _read_text)(path, text)
        doc.encoding, doc.notes = encoding, notes + doc.notes
        doc.stopped = doc.stopped or stopped
    if not doc.text.strip():
        raise InputError(path, f"no readable text in this {doc.format} file")
    doc.raw = data
    for key, value in (metadata or {}).items():
        if key in _DESCRIBED and value:
            setattr(doc, key, value)
    return doc


_DESCRIBED = ("title", "author", "publisher", "date", "url")


def _cut(text: str, limit: int) -> str:
    """The first ``limit`` characters of ``text``, ended at the last line break in them if there is one.

    >>> _cut("one line" + chr(10) + "and another", 12)
    'one line'
    """
    head = text[:limit]
    end = head.rfind("\n")
    return head[:end] if end > limit // 2 else head


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(path, f"the file is {size / 1e6:.1f} MB, over the {limit // 2**20} MB "
                                   "limit for one article; split it into articles")
        with open(path, "rb") as handle:
            return handle.read(limit + 1)
    except OSError as error:
        raise InputError(path, f"cannot read the file: {error.strerror or error}") from None


# -- decoding ---------------------------------------------------------------------------------

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_LATIN_CODE_PAGES = ("cp1252", "iso8859_15", "cp1250", "iso8859_2", "mac_roman", "cp1251", "latin_1")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode(path: Path, data: bytes, html: bool = False) -> tuple[str, str, list[str]]:
    """Text, encoding used, and notes (non-empty when the encoding had to be guessed).

    >>> decode(Path("a.txt"), "Türkiye".encode("utf-8"))
    ('Türkiye', 'utf-8', [])
    >>> decode(Path("a.txt"), codecs.BOM_UTF16_LE + "Kyiv".encode("utf-16-le"))[:2]
    ('Kyiv', 'utf-16')
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(path, data.decode(encoding).lstrip("\ufeff")), encoding, []
            except UnicodeDecodeError:
                raise InputError(path, f"the file starts with a {encoding} byte-order mark but is not "
                                       f"valid {encoding}; re-save it as UTF-8") from None
    if b"\x00" in data:
        raise InputError(path, "this is a binary file (it contains NUL bytes), not an article")
    try:
        return _check_text(path, data.decode("utf-8")), "utf-8", []
    except UnicodeDecodeError:
        pass
    if html and (declared := _META_CHARSET.search(data[:4096])):
        name = declared.group(1).decode("ascii", "replace")
        try:
            return _check_text(path, data.decode(name)), name.lower(), [f"decoded as {name} (declared by the page)"]
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    best = None
    if sum(b < 128 for b in data[:65536]) >= 0.8 * len(data[:65536]):
        # Mostly ASCII: a Western single-byte code page, not a CJK one that happens to fit.
        best = from_bytes(data, cp_isolation=list(_LATIN_CODE_PAGES)).best()
    best = best or from_bytes(data).best()
    if best is None:
        raise InputError(path, "cannot decode the file as text (not UTF-8 and no other encoding fits); "
                               "is it a binary file?")
    encoding = best.encoding
    note = f"not valid UTF-8: decoded as {encoding} (a guess; check names with accents)"
    return _check_text(path, str(best)), encoding, [note]


def _check_text(path: Path, text: str) -> str:
    """Reject decoded text that is mostly control characters (a binary file that happened to decode)."""
    sample = text[:20000]
    control = sum(1 for c in sample if c < " " and c not in "\n\r\t\f")
    if sample and control / len(sample) > 0.05:
        raise InputError(path, "this looks like a binary file (control characters), not an article")
    return text


# -- plain text and Markdown ------------------------------------------------------------------

def _read_text(path: Path, text: str) -> Document:
    """Plain text; a ``key: value`` header block closed by ``---`` is read as metadata and blanked
    (spaces keep every character offset), so its lines are never taken for prose."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fields, block_end = header_block(text)
    if block_end:
        text = re.sub(r"[^\n]", " ", text[:block_end]) + text[block_end:]
    doc = Document(path, text, "text")
    fill_from_fields(doc, fields)
    scan_header(doc, text[block_end:].split("\n", 60)[:60])
    return doc


_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARKS = re.compile(r"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`)")


def _read_markdown(path: Path, text: str) -> Document:
    """Markdown with its markup removed (links keep their words); YAML front matter read for metadata.

    Character offsets refer to the cleaned text, which is what the evidence quotes.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta = {}
    if m := _FRONT_MATTER.match(text):
        import yaml

        try:
            loaded = yaml.safe_load(m.group(1))
            meta = loaded if isinstance(loaded, dict) else {}
        except (yaml.YAMLError, ValueError, TypeError, RecursionError):  # "date: 0000-00-00" raises ValueError
            meta = {}
        text = text[m.end():]
    lines = []
    for line in text.split("\n"):
        line = re.sub(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+(?=\S))", "", line)
        line = _MD_MARKS.sub("", _MD_LINK.sub(r"\1", line))
        lines.append("" if re.fullmatch(r"\s*([-*_=]\s*){3,}", line) else line)
    doc = Document(path, "\n".join(lines), "markdown")
    fill_from_fields(doc, meta)
    scan_header(doc, lines[:60])
    return doc


# -- HTML -------------------------------------------------------------------------------------

_DROP = ("script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "head",
         "nav", "footer", "aside", "form", "button", "select")
# class or id words of a page's furniture inside its body: consent and newsletter boxes,
# advertising slots, share buttons, comment threads ("cookie-banner", "ad-slot-2", "share_bar")
_FURNITURE = frozenset("""cookie cookies consent gdpr newsletter subscribe subscription signup paywall advert
    advertisement ad ads promo sponsored share sharing social related comments breadcrumb breadcrumbs""".split())
_BLOCKS = frozenset("""address article blockquote body dd details div dl dt fieldset figcaption figure
    h1 h2 h3 h4 h5 h6 header hr li main ol p pre section summary table tbody td tfoot th thead tr ul
    br caption""".split())


def _read_html(path: Path, text: str, budget: Budget | None = None) -> Document:
    from bs4 import BeautifulSoup, Comment

    soup = BeautifulSoup(text, "html.parser")
    found = html_metadata(soup)
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.find_all(_hidden):
        tag.decompose()
    for tag in soup.find_all(_furniture):
        tag.decompose()
    parts: list[str] = []
    max_chars = budget.limits.max_chars if budget else None
    root = _content_root(soup)
    headline = soup.find("h1")
    if root is not soup and headline is not None and root.find("h1") is None:
        parts += [headline.get_text(" ", strip=True), "\n\n"]  # a headline set above the story's element
    too_deep = _visible_text(root, parts, max_chars)
    full = max_chars is not None and sum(map(len, parts)) > max_chars
    body = re.sub(r"[ \t\r\f\v\u00a0]+", " ", "".join(parts))
    body = "\n".join(line.strip() for line in body.split("\n"))
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    if full:
        body = _cut(body, max_chars)
    doc = Document(path, body, "html", title=found["title"], author=found["author"],
                   publisher=found["publisher"], date=found["date"], url=found["url"])
    if full:
        doc.stopped = budget.out_of_chars(path)
    if too_deep:
        doc.notes.append(f"elements nest more than {MAX_HTML_DEPTH} deep; the text below that depth was read "
                         "without its paragraph breaks")
    scan_header(doc, body.split("\n", 60)[:60])
    return doc


def _content_root(soup):
    """The page's one ``<main>``, else its one ``<article>``, else the whole page: the site's
    banners, menus and sign-up boxes around the story are not part of it."""
    for name in ("main", "article"):
        found = soup.find_all(name)
        if len(found) == 1 and found[0].get_text(strip=True):
            return found[0]
    return soup


def _furniture(tag) -> bool:
    words = " ".join([*(tag.get("class") or ()), tag.get("id") or ""]).lower()
    return bool(_FURNITURE.intersection(re.split(r"[\s_-]+", words)))


def _hidden(tag) -> bool:
    style = (tag.get("style") or "").replace(" ", "").lower()
    return (tag.has_attr("hidden") or tag.get("aria-hidden") == "true"
            or "display:none" in style or "visibility:hidden" in style)


def _visible_text(root, parts: list[str], max_chars: int | None = None) -> bool:
    """Append the text under ``root`` to ``parts``, with paragraph breaks around block elements,
    until more than ``max_chars`` characters are read.

    A loop over a stack, not recursion: a page of a thousand nested ``<div>``s is read like any
    other. Below :data:`MAX_HTML_DEPTH` levels the text is still read, in one run without breaks,
    so the stack stays small whatever the file. Returns whether that depth was reached.
    """
    from bs4 import NavigableString

    too_deep = False
    stack = [iter(root.children)]
    closers: list[str] = []  # what to append when each open element on the stack ends
    size, counted = 0, len(parts)
    while stack:
        if max_chars is not None:
            size += sum(len(part) for part in parts[counted:])
            counted = len(parts)
            if size > max_chars:
                break
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            if closers:
                parts.append(closers.pop())
            continue
        if isinstance(child, NavigableString):
            parts.append(str(child))
            continue
        block = child.name in _BLOCKS
        if block:
            parts.append("\n" if child.name == "br" else "\n\n")
        if len(stack) >= MAX_HTML_DEPTH:
            too_deep = True
            parts.extend(str(s) for s in child.descendants if isinstance(s, NavigableString))
            parts.append("\n\n" if block and child.name != "br" else "")
            continue
        stack.append(iter(child.children))
        closers.append("\n\n" if block and child.name != "br" else "")
    return too_deep


# -- PDF --------------------------------------------------------------------------------------

class _PageStopped(Exception):
    """Raised from pypdf's callbacks to end the extraction of a page: its budget ran out."""


def _pdf_pages(path: Path, reader, budget: Budget) -> tuple[list[str], str, list[str]]:
    """The text of each page, read until the budget runs out; why reading stopped; notes.

    Page by page, and within a page as pypdf finds the text, so that a page drawing one stream
    a thousand times over stops at the budget instead of yielding megabytes. A page whose drawing
    instructions alone are huge is skipped before pypdf parses them (that parse is the slow part).
    """
    pages: list[str] = []
    used, skipped = 0, []
    for number, page in enumerate(reader.pages, 1):
        if pages and budget.expired():  # the first page is always read: a document yields something
            return pages, budget.out_of_time(path), _skipped_note(skipped)
        left = budget.chars_left(used)
        if left == 0:
            return pages, budget.out_of_chars(path), _skipped_note(skipped)
        contents = page.get_contents()
        if contents is not None and len(contents.get_data()) > MAX_PDF_PAGE_CONTENT_BYTES:
            skipped.append(number)
            continue
        pieces: list[str] = []
        size = 0

        def on_text(text, *_):
            nonlocal size
            pieces.append(text)
            size += len(text)
            if size > left:
                raise _PageStopped(budget.out_of_chars(path))

        def on_operator(*_):
            if (size or pages) and budget.expired():
                raise _PageStopped(budget.out_of_time(path))

        try:
            text = page.extract_text(visitor_text=on_text, visitor_operand_before=on_operator) or ""
        except _PageStopped as stop:
            pages.append("".join(pieces)[:left].strip())
            return pages, str(stop), _skipped_note(skipped)
        pages.append(text.strip())
        used += len(text) + 2  # and the blank line that joins the pages
    return pages, "", _skipped_note(skipped)


def _skipped_note(pages: list[int]) -> list[str]:
    if not pages:
        return []
    listed = ", ".join(map(str, pages[:10])) + (" ..." if len(pages) > 10 else "")
    return [f"{len(pages)} page(s) not read ({listed}): their drawing instructions are over "
            f"{MAX_PDF_PAGE_CONTENT_BYTES // 10**6} MB each (big charts, or a file built to exhaust readers)"]


_JUNK_PDF_TITLE = re.compile(r"^(?:microsoft \w+ - |untitled\b)|\.(?:docx?|pdf|odt|rtf|indd|tex)$", re.I)


def _read_pdf(path: Path, data: bytes, budget: Budget) -> Document:
    import io
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise InputError(path, "not a PDF file (no %PDF header); is the suffix wrong?")
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings would be noise per file
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise InputError(path, "the PDF is password-protected; save an unprotected copy")
            except (PyPdfError, NotImplementedError):
                raise InputError(path, "the PDF is encrypted; save an unprotected copy") from None
        n_pages = len(reader.pages)
        if n_pages > MAX_PDF_PAGES:
            raise InputError(path, f"the PDF has {n_pages} pages, over the {MAX_PDF_PAGES}-page limit "
                                   "for one article; split it")
        pages, stopped, notes = _pdf_pages(path, reader, budget)
        info = reader.metadata or {}
    except InputError:
        raise
    except Exception as error:  # noqa: BLE001 - pypdf on a broken file raises anything (NotImplementedError, IndexError ...)
        raise InputError(path, f"broken or truncated PDF ({type(error).__name__}: {error})"[:300]) from None
    text = "\n\n".join(p for p in pages if p)
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)  # words hyphenated across lines
    if not text.strip() and notes and not stopped:
        raise InputError(path, notes[0])
    if not text.strip():
        raise InputError(path, "the PDF has no extractable text (a scan?); run OCR on it first")
    doc = Document(path, text, "pdf", title=str(info.get("/Title") or "").strip(),
                   author=str(info.get("/Author") or "").strip(), notes=notes, stopped=stopped)
    raw_date = str(info.get("/CreationDate") or "")
    if m := re.match(r"D:(\d{4})(\d{2})?(\d{2})?", raw_date):
        doc.date = "-".join(g for g in m.groups() if g)
        try:
            doc.date = PartialDate.parse(doc.date).iso
        except ValueError:
            doc.date = ""
    if _JUNK_PDF_TITLE.search(doc.title):
        doc.title = ""  # "Microsoft Word - draft3.docx" names the file the PDF was printed from
    header = Document(path, text, "pdf")
    scan_header(header, text.split("\n", 60)[:60])
    doc.title = doc.title or header.title
    doc.date = header.date or doc.date  # a date printed on the page beats the file's creation time
    doc.author = doc.author or header.author
    return doc
