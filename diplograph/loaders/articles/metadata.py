"""Who wrote an article, who published it, when, under which headline: read from where writers
and web pages put it.

* plain text and Markdown: the header lines above the body (headline, byline, date line, a
  site banner such as ``CPC - Caspian Policy Center``, a wire dateline ``Astana (AsiaNews) -``),
  or a block of ``key: value`` lines closed by a ``---`` line;
* HTML: ``<meta>`` tags (Open Graph, Dublin Core, ``author``), JSON-LD ``NewsArticle`` records
  and the page title less its site suffix.

Every function fills the fields of a :class:`~diplograph.loaders.articles.read.Document` that
are still empty, so metadata given by the file itself (front matter, meta tags) or by a folder
manifest is never overwritten by a guess.

>>> from pathlib import Path
>>> from diplograph.loaders.articles.read import Document
>>> doc = Document(Path("a.txt"), "", "text")
>>> scan_header(doc, ["CPC - Caspian Policy Center", "", "turkish drones in the caspian",
...                   "Turkish Drones in the Caspian", "Author: Meray Ozat", "Jul 31, 2023"])
>>> doc.title, doc.publisher, doc.author, doc.date
('Turkish Drones in the Caspian', 'Caspian Policy Center', 'Meray Ozat', '2023-07-31')
"""

from __future__ import annotations

import json
import re

from diplograph.gazetteer import PLACE, Gazetteer
from diplograph.graph.dates import PartialDate
from diplograph.graph.model import Actor

# "ASTANA (AsiaNews) - ", "KYIV, 3 March (Reuters) — ": where a wire story was filed, not an actor. The place is
# written in capitalised words (with the particles of "Dar es Salaam", "Rio de Janeiro"), so that an opening
# sentence with a dash list ("Three countries — Kenya, Uganda and Tanzania — signed") is read, not blanked.
DATELINE = re.compile(r"^(?=[A-Z][A-Za-z .'’/-]{1,40}[,(\s–—-])[A-Z][A-Za-z.'’/-]*"
                      r"(?: (?:[A-Z][A-Za-z.'’/-]*|de|da|del|do|dos|es|el|al|la|le|du|au|of))*"
                      r"(?:,[^()\n]{1,30})?(?:\s*\([^()\n]{1,40}\))?\s*[-–—]{1,2}\s+(?=[A-Z])")
# "ISLAMABAD: ", "NEW DELHI, Aug 20: ": the South Asian press's dateline, a place in capitals and a colon; it
# counts only when it names a state (a transcript's speaker, "SANDHU: ", is written the same way).
COLON_DATELINE = re.compile(r"^[A-Z][A-Z .'’/-]{2,30}(?:,[^:()\n]{1,20})?:\s+(?=[A-Z])")
# How far into a document a wire dateline may open its first paragraph (past a headline and a byline).
_DATELINE_REACH = 1500

# How many non-empty lines at the top may hold the title, date and byline.
HEADER_LINES = 8

_BYLINE = re.compile(r"^(?:by|author|authors|written by)\s*[:\-–]?\s+(.{2,120})$", re.I)
_DATE_LINE = re.compile(r"^(?:(?:(?:last|first)\s+)?(?:published|posted|date|updated|dated|recorded|issued)\s*(?:on)?\s*[:\-–]?\s*)?"
                        r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)[a-z]*\.?,?\s+)?"
                        r"(.{4,40}?)\s*$", re.I)
# what may follow a header's date on its line: the hour and its zone ("14 October 2025 10:32 BST", "October 14,
# 2025 at 10:32 a.m. ET") and the writer ("Posted on 14 October 2025 by Jane Doe")
_DATE_TAIL = re.compile(r"(?:(?:,|\s*[-–|·])?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s*(?:[A-Z]{2,5}|(?:GMT|UTC)[+-]?[\d:]*))?"
                        r"|\s+by\s+[A-Z][^\d]{1,60})$")
_PUBLISHER = re.compile(r"^(?:source|publisher|published by)\s*[:\-–]\s*(.{2,120})$", re.I)
# "CPC - Caspian Policy Center": an acronym and the name it abbreviates, a site's banner
_BANNER = re.compile(r"^([A-Z][A-Z&]{1,9})\s*[-–—|:]\s*([A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){1,8})$")
# "ASTANA (AsiaNews) - ", "KYIV, 3 March (Reuters) — ": the agency that filed a wire story
_WIRE = re.compile(r"^[A-Z][A-Za-z .'’/-]{1,40}(?:,[^()\n]{1,30})?\s*\(([A-Z][^()\n]{1,40})\)\s*[-–—]{1,2}\s+\S")
_NAME_WORD = re.compile(r"^(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*|[A-Z]\.(?:[A-Z]\.)*|"
                        r"de|da|di|du|van|von|der|den|al|el|bin|ibn|le|la)$")
# words that make a header line an institution, not a person ("Regional Desk", "Security Brief")
_NOT_A_PERSON = frozenset("""desk brief briefing news times post review center centre institute agency
    journal monitor watch foundation council forum programme program office ministry press service
    staff correspondent reporter writer editor analysis opinion report daily weekly herald tribune
    policy security affairs department university group team network media magazine bureau""".split())
# words that make a capitalised header line an institution that publishes ("Office of the
# Spokesperson", "South Asia Security Brief")
_INSTITUTION = frozenset("""ministry office government department agency institute institution center centre
    council foundation forum programme program news times post press journal review monitor brief bulletin
    observer gazette tribune herald daily weekly service university embassy commission committee network
    media broadcasting television radio newsletter magazine""".split())
_PARTICLES = frozenset("of the and for on in & de du des la le al".split())
# a header line that names the kind of text, not its subject
_GENRE = re.compile(r"^(?:press release|statement|transcript|interview( transcript)?|analysis|opinion|"
                    r"commentary|editorial|news|breaking news|report|policy brief|brief|feature|op-ed)$", re.I)
_BYLINE_SENTENCE = re.compile(r"(?<=[a-z])\.\s+")
_PART_SEPARATOR = re.compile(r"\s+(?:[·|•—–]|-{1,2})\s+")
# keys of a "key: value" header block and of front matter, to the field they fill
HEADER_KEYS = {
    "title": "title", "headline": "title",
    "author": "author", "authors": "author", "by": "author", "byline": "author", "writer": "author",
    "publisher": "publisher", "publication": "publisher", "source": "publisher", "outlet": "publisher",
    "site": "publisher", "site name": "publisher", "published by": "publisher",
    "date": "date", "published": "date", "publication date": "date", "dated": "date", "published on": "date",
    "url": "url", "link": "url", "source url": "url", "canonical": "url",
}
_KEY_VALUE = re.compile(r"^\s*([A-Za-z][A-Za-z _-]{0,24}?)\s*:\s*(.*?)\s*$")
_RULE = re.compile(r"^\s*-{3,}\s*$")


def header_date(line: str) -> str:
    """The ISO date when ``line`` is only a date (with an optional label), else ''.

    >>> header_date("14 Aug 2022"), header_date("Published: Jul 31, 2023"), header_date("Iran said")
    ('2022-08-14', '2023-07-31', '')
    >>> header_date("New Delhi, 20 December 2024"), header_date("Recorded 12 August 2024")
    ('2024-12-20', '2024-08-12')
    """
    match = _DATE_LINE.match(line.strip())
    if not match or not re.search(r"\d{4}", match.group(1)):
        return ""
    candidate = _DATE_TAIL.sub("", match.group(1).rstrip(".")).rstrip(".")
    place, comma, rest = candidate.partition(", ")  # "New Delhi, 20 December 2024": a dateline
    for text in (candidate, rest if comma and not any(c.isdigit() for c in place) else ""):
        try:
            return PartialDate.parse(text).iso
        except ValueError:
            continue
    return ""


def dateline_date(line: str) -> str:
    """The ISO date a wire dateline gives, when it gives one with its year, else ''.

    >>> dateline_date("TOKYO, August 27, 2024 (Kyodo) - Japan protested."), dateline_date("KYIV, 3 March (Reuters) - X")
    ('2024-08-27', '')
    >>> dateline_date("NEW DELHI, Aug 20, 2023: India said."), dateline_date("Iran, Russia and China - a pact")
    ('2023-08-20', '')
    """
    match = DATELINE.match(line) or COLON_DATELINE.match(line)
    if match is None:
        return ""
    _, comma, rest = match.group(0).partition(",")
    rest = re.sub(r"\([^()]*\)", "", rest).strip().rstrip(":-–—").strip()
    return header_date(rest) if comma else ""


def lenient_date(value) -> str:
    """An ISO date from a timestamp or a written date, '' when there is none.

    >>> lenient_date("2022-05-17T09:00:00Z"), lenient_date("May 2023"), lenient_date("soon")
    ('2022-05-17', '2023-05', '')
    >>> lenient_date("2025-01 (approximate)")
    '2025-01'

    """
    value = str(value or "").strip()
    leading = re.match(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?![\d-])", value)
    for candidate in (value[:10], leading.group(0) if leading else "", value):
        try:
            return PartialDate.parse(candidate).iso
        except ValueError:
            continue
    return ""


def scan_header(doc, lines: list[str]) -> None:
    """Title, date, author and publisher from the first lines of a text, where a writer put them.

    A line wholly in lower case gives way to the same words properly cased further down (a
    page's slug above its headline); a bare name right below the headline is its byline.
    """
    seen, title_at = 0, None
    for line in lines:
        line = line.strip().strip("*_#").strip()
        if not line:
            continue
        seen += 1
        if seen > HEADER_LINES:
            break
        if _scan_parts(doc, line):
            continue
        if not doc.date and (iso := dateline_date(line)):
            doc.date = iso  # (the line goes on to name the agency, below)
        if not doc.date and (iso := header_date(line)):
            doc.date = iso
        elif not doc.author and (m := _BYLINE.match(line)):
            doc.author = m.group(1).strip()
        elif not doc.publisher and (m := _PUBLISHER.match(line)):
            doc.publisher = m.group(1).strip()
        elif not doc.publisher and (name := banner_name(line)):
            doc.publisher = name
        elif doc.title and line != doc.title and line.casefold() == doc.title.casefold():
            if doc.title == doc.title.lower():
                doc.title = line
        elif _GENRE.match(line) or (line[:1] in "([" and line[-1:] in ")]"):
            continue  # "PRESS RELEASE", "(Unofficial translation)": what kind of text, not its title
        elif looks_like_institution(line):
            doc.publisher = doc.publisher or line
        elif not doc.title and looks_like_title(line):
            doc.title, title_at = line, seen
        elif title_at is not None and not doc.author and seen <= title_at + 2 and looks_like_name(line):
            doc.author = line
        elif not doc.publisher and (m := _WIRE.match(line)):
            doc.publisher = m.group(1).strip()


def _scan_parts(doc, line: str) -> bool:
    """A line of several parts, one of them a date ("9 October 2024 · Balkans Security Brief",
    "Opinion · 5 February 2024 · by A. Columnist"): each part is read for what it is."""
    parts = [p.strip(" *_") for p in _PART_SEPARATOR.split(line)]
    if len(parts) < 2 and _BYLINE.match(line):  # "By A. Writer, The Review. September 20, 2025."
        parts = [p.strip(" *_") for p in _BYLINE_SENTENCE.split(line)]
    if len(parts) < 2 or not any(header_date(p) for p in parts):
        return False
    for part in parts:
        if not doc.date and (iso := header_date(part)):
            doc.date = iso
        elif not doc.author and (m := _BYLINE.match(part)):
            doc.author = m.group(1).strip()
        elif not doc.publisher and looks_like_institution(part):
            doc.publisher = part
    return True


def looks_like_institution(line: str) -> bool:
    """Is ``line`` the capitalised name of a ministry, think tank or publication?

    >>> looks_like_institution("Office of the Spokesperson"), looks_like_institution("MINISTRY OF EXTERNAL AFFAIRS")
    (True, True)
    >>> looks_like_institution("Press release: Ministry statement on cooperation"), looks_like_institution("Analysis")
    (False, False)
    """
    words = re.findall(r"[\w&'’.-]+", line)
    if not 2 <= len(words) <= 12 or line.endswith((".", ":", ";")) or ":" in line:
        return False
    capitalised = all(w[0].isupper() or w[0].isdigit() or w.lower() in _PARTICLES for w in words)
    return capitalised and any(w.lower().strip(".") in _INSTITUTION for w in words)


def looks_like_title(line: str) -> bool:
    words = line.split()
    return 1 <= len(words) <= 25 and not line.endswith((".", ":", ";", ",")) and any(c.isalpha() for c in line)


def looks_like_name(line: str) -> bool:
    """Is ``line`` a person's name alone, as a byline without "By" gives it?

    >>> looks_like_name("Elisabeth Gosselin-Malo"), looks_like_name("South Asia Security Brief")
    (True, False)
    >>> looks_like_name("Regional Desk"), looks_like_name("Drones")
    (False, False)
    """
    words = line.replace(",", " ").split()
    if not 2 <= len(words) <= 4 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    return all(_NAME_WORD.match(w) for w in words) and not {w.lower() for w in words} & _NOT_A_PERSON


def banner_name(line: str) -> str:
    """The name in a site banner "ACRONYM - Name" whose initials spell the acronym, else ''.

    >>> banner_name("CPC - Caspian Policy Center"), banner_name("NATO - Expansion Continues")
    ('Caspian Policy Center', '')
    """
    match = _BANNER.match(line)
    if not match:
        return ""
    acronym, name = match.group(1).replace("&", ""), match.group(2)
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’.-]*", name) if w[0].isupper())
    return name if initials.upper() == acronym.upper() else ""


def header_block(text: str) -> tuple[dict[str, str], int]:
    """A ``key: value`` block at the top of a plain text, closed by a line of dashes: the fields
    it gives (title, author, publisher, date, url) and where the block ends (0 when there is none).

    >>> fields, end = header_block("Title: Drone deal\\nDate: 2024-03-05\\nTags: x\\n---\\nIran ...")
    >>> fields, end
    ({'title': 'Drone deal', 'date': '2024-03-05'}, 47)
    """
    fields: dict[str, str] = {}
    position = 0
    for line in text.split("\n", 40)[:40]:
        end = position + len(line) + 1
        if _RULE.match(line):
            return (fields, min(end, len(text))) if fields else ({}, 0)
        match = _KEY_VALUE.match(line)
        if match is None:
            if line.strip():
                return {}, 0
        else:
            key = HEADER_KEYS.get(match.group(1).strip().lower())
            if key and match.group(2) and key not in fields:
                fields[key] = match.group(2)
        position = end
    return {}, 0


def fill_from_fields(doc, fields: dict) -> None:
    """Fill the empty fields of ``doc`` from a mapping of metadata (front matter, a header block);
    a date that is no date is noted and ignored."""
    for key, value in fields.items():
        field_name = HEADER_KEYS.get(str(key).strip().lower())
        if not field_name or value in (None, "") or getattr(doc, field_name):
            continue
        if isinstance(value, (list, tuple)):
            value = ", ".join(_name_of(v) for v in value)
        elif isinstance(value, dict):
            value = _name_of(value)
        if field_name == "date":
            iso = lenient_date(value)
            if not iso:
                doc.notes.append(f"the date {value!r} in the file's metadata is not a date; ignored")
            doc.date = iso
        else:
            doc.__setattr__(field_name, str(value).strip())


# -- HTML ---------------------------------------------------------------------------------------

_DATE_META = ("article:published_time", "og:published_time", "datepublished", "date", "dc.date",
              "dc.date.issued", "pubdate", "publishdate", "sailthru.date", "parsely-pub-date")
_AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl")
_PUBLISHER_META = ("og:site_name", "publisher", "dc.publisher", "application-name")
_ARTICLE_TYPES = ("article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                  "report", "opinionnewsarticle", "scholarlyarticle", "webpage")
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ")


def html_metadata(soup) -> dict[str, str]:
    """Title, author, publisher, date and URL of a parsed page (call before scripts are removed).

    >>> from bs4 import BeautifulSoup
    >>> page = ('<title>Drone deal | Example News</title><h1>Drone deal</h1>'
    ...         '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-03-05",'
    ...         ' "author": {"name": "R. Writer"}}</script>')
    >>> html_metadata(BeautifulSoup(page, "html.parser"))
    {'title': 'Drone deal', 'author': 'R. Writer', 'publisher': 'Example News', 'date': '2024-03-05', 'url': ''}
    """
    meta: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip().lower()
        if key and tag.get("content") and key not in meta:
            meta[key] = tag["content"].strip()
    ld = _json_ld(soup)
    title_tag = soup.find("title")
    page_title = title_tag.get_text(" ", strip=True) if title_tag else ""
    headline = soup.find("h1")
    headline = headline.get_text(" ", strip=True) if headline else ""
    publisher = next((meta[k] for k in _PUBLISHER_META if meta.get(k)), "") or ld.get("publisher", "")
    title = meta.get("og:title") or ld.get("headline") or _without_site(page_title, headline, publisher)
    if not publisher and page_title and title and page_title != title and page_title.startswith(title):
        publisher = page_title[len(title):].strip(" |-–—:")
    author = next((meta[k] for k in _AUTHOR_META if meta.get(k) and "://" not in meta[k]), "") or ld.get("author", "")
    author = re.sub(r"^by\s+", "", author, flags=re.I)
    date = next((d for d in (lenient_date(meta.get(k)) for k in _DATE_META if meta.get(k)) if d), "")
    date = date or lenient_date(ld.get("date"))
    if not date and (time_tag := soup.find("time", datetime=True)) is not None:
        date = lenient_date(time_tag["datetime"])
    canonical = soup.find("link", rel="canonical")
    url = meta.get("og:url") or ld.get("url") or (canonical.get("href", "") if canonical else "")
    return {"title": title, "author": author, "publisher": publisher, "date": date, "url": url}


def _without_site(page_title: str, headline: str, publisher: str) -> str:
    """The page title less a site suffix: "Drone deal | Example News" is "Drone deal" when the
    page's headline or its publisher says which part is the site."""
    for separator in _TITLE_SEPARATORS:
        if separator not in page_title:
            continue
        head, _, tail = page_title.rpartition(separator)
        if (headline and head.strip().casefold() == headline.casefold()) or \
                (publisher and tail.strip().casefold() == publisher.casefold()):
            return head.strip()
    return page_title


def _json_ld(soup) -> dict[str, str]:
    """Headline, author, publisher, date and URL of the first article record in the page's JSON-LD."""
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except (ValueError, TypeError):
            continue
        for item in _ld_items(data):
            kinds = item.get("@type")
            kinds = [kinds] if isinstance(kinds, str) else (kinds or [])
            if not any(str(k).lower() in _ARTICLE_TYPES for k in kinds):
                continue
            entity = item.get("mainEntityOfPage")
            return {"headline": str(item.get("headline") or item.get("name") or "").strip(),
                    "author": _name_of(item.get("author")), "publisher": _name_of(item.get("publisher")),
                    "date": str(item.get("datePublished") or item.get("dateCreated") or ""),
                    "url": str(item.get("url") or (entity.get("@id") if isinstance(entity, dict) else entity or ""))}
    return {}


def _ld_items(data):
    if isinstance(data, list):
        for item in data:
            yield from _ld_items(item)
    elif isinstance(data, dict):
        yield data
        if isinstance(data.get("@graph"), list):
            yield from _ld_items(data["@graph"])


def _name_of(value) -> str:
    if isinstance(value, list):
        return ", ".join(n for n in (_name_of(v) for v in value) if n)
    if isinstance(value, dict):
        return str(value.get("name") or "").strip()
    return str(value or "").strip()


def filed_in(text: str, gazetteer: Gazetteer) -> Actor | None:
    r"""The state a wire story's dateline names ("ANKARA (Reuters) - ", "LIMA, June 3 - "): whose officials a
    bare title most likely means when nothing else says; None without a dateline or when it names no state.
    A line of its own ("Tokyo, 6 August 2025") is where a statement or release was issued, too often by
    someone else than the officials it names (a firm's release on a foreign government's decision).

    >>> from diplograph.gazetteer import load_gazetteer
    >>> filed_in("Talks stall\n\nNAIROBI, June 3 (Wire) - The minister said ...", load_gazetteer()).name
    'Kenya'
    >>> filed_in("Lima, 3 June 2024\n\nThe minister said ...", load_gazetteer()) is None  # a statement's place of issue
    True
    >>> filed_in("SECURITY COUNCIL - Members met.", load_gazetteer()) is None
    True
    >>> filed_in("LIMA - Talks began.\n\nQUITO - Talks ended.", load_gazetteer()) is None
    True
    >>> filed_in("Talks stall\n\nISLAMABAD: The minister said ...", load_gazetteer()).name
    'Pakistan'
    >>> filed_in("Talks stall\n\nSANDHU: The minister said ...", load_gazetteer()) is None
    True
    """
    lines = [(at, match) for at, line in _line_starts(text) if (match := DATELINE.match(line)) is not None or (
        (match := COLON_DATELINE.match(line)) is not None and item_filed_in(line, gazetteer) is not None)]
    if len(lines) != 1 or lines[0][0] > _DATELINE_REACH:
        return None  # a roundup of items filed from several places ("KUALA LUMPUR - ...", "LIMA - ...") has none
    return item_filed_in(lines[0][1].string, gazetteer)


def item_filed_in(paragraph: str, gazetteer: Gazetteer) -> Actor | None:
    """The state the dateline opening ``paragraph`` names ("LA PAZ - ..."): in a roundup, where that item was
    filed, whose officials its bare titles most likely are; None without a dateline or a state.

    >>> from diplograph.gazetteer import load_gazetteer
    >>> item_filed_in("LA PAZ - The president said ...", load_gazetteer()).name
    'Bolivia'
    >>> item_filed_in("The president said ...", load_gazetteer()) is None
    True
    """
    found = DATELINE.match(paragraph.lstrip()) or COLON_DATELINE.match(paragraph.lstrip())
    if found is None:
        return None
    place = re.split(r"[,(:]|\s[-–—]", found.group(0))[0].strip()
    states = [e for e, _ in gazetteer.candidates(place.title(), ("name", "alias", "capital", PLACE)) if e.type == "state"]
    return states[0].actor() if states else None


def _line_starts(text: str):
    """(offset, line without its leading spaces) of every line of ``text``."""
    at = 0
    for line in text.split("\n"):
        yield at, line.lstrip()
        at += len(line) + 1

