"""Briefings written out: Markdown to read or paste, and one offline HTML page.

Everything in a briefing that comes from sources (names, titles, sentences, URLs) is text: the
Markdown escapes the characters Markdown would read as markup or HTML, and the page escapes
everything, loads nothing, runs no script, and shows web addresses as text, never as links.

>>> from diplograph.queries.briefing import briefing
>>> from diplograph.queries.example import example_view
>>> text = brief_markdown(briefing(example_view(), "2023-01-01"))
>>> print(text.splitlines()[0])
# Briefing: what changed since 2023-01-01
>>> "- **Changed.** Fenmark supplies arms to Dastan" in text
True
"""

from __future__ import annotations

import html
import re
from datetime import datetime, timezone

from diplograph.graph.ontology import load_ontology
from diplograph.queries.briefing import Briefing, BriefItem

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")  # inline markup, links and raw HTML
_LABELS = {"appeared": "New", "changed": "Changed", "ended": "Ended"}


def _md(text: str) -> str:
    """Source text made inert in Markdown: its markup characters escaped, one line."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _title(brief: Briefing) -> str:
    window = f"since {brief.since}" + (f" until {brief.until}" if brief.until else "")
    about = f" around {brief.focus.name}" + (f" ({brief.depth} hops)" if brief.depth > 1 else "") if brief.focus else ""
    return f"Briefing: what changed {window}{about}"


def _summary(brief: Briefing) -> str:
    counts = {kind: sum(i.kind == kind for i in brief.items) for kind in _LABELS}
    return (f"{counts['appeared']} new, {counts['changed']} changed and {counts['ended']} ended relation(s), "
            f"citing {len(brief.sources)} source(s). Grades: source reliability A-F and credibility 1-6 "
            "(A1 best; F: the source is not graded).")


def _facts(item: BriefItem) -> list[str]:
    moved = any(change.startswith("grade ") for change in item.changes)
    return [item.modality, *([] if moved else [f"grade {item.grade}"]), *item.changes]


def _source_line(source) -> list[str]:
    parts = [source.label]
    if source.published:
        parts.append(source.published)
    parts.append(f"reliability {source.reliability}")
    if source.url:
        parts.append(source.url)
    elif source.path:
        parts.append(source.path)
    return parts


def brief_markdown(brief: Briefing) -> str:
    """The briefing as Markdown: sections by actor and family, each line with its citations."""
    onto = load_ontology()
    lines = [f"# {_md(_title(brief))}", "", f"_{_summary(brief)}_", ""]
    if not brief.items:
        lines += ["Nothing appeared, changed or ended in this window.", ""]
    for actor, families in brief.sections():
        lines += [f"## {_md(actor.name)}", ""]
        for family, items in families:
            lines += [f"### {_md(onto.families[family].label)}", ""]
            for item in items:
                cites = "".join(f"[{brief.citation(s)}]" for s in dict.fromkeys(e.source.id for e in item.evidence))
                lines.append(f"- **{_LABELS[item.kind]}.** {_md(item.reads())} ({_md('; '.join(_facts(item)))}) {cites}")
                for e in item.evidence[:2]:
                    if e.sentence:
                        lines.append(f"  > {_md(e.sentence)} [{brief.citation(e.source.id)}]")
            lines.append("")
    if brief.sources:
        lines += ["## Sources", ""]
        lines += [f"{n}. {_md(' · '.join(_source_line(s)))}" for n, s in enumerate(brief.sources, 1)]
        lines.append("")
    return "\n".join(lines)


_STYLE = """body{font:15px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}h3{font-size:1rem;color:#555}
.kind{font-weight:600}.facts{color:#555}blockquote{margin:.2rem 0 .4rem 1.2rem;color:#444;font-style:italic}
sup{color:#06c}.sources li{margin:.2rem 0}.summary{color:#555}"""


def brief_html(brief: Briefing) -> str:
    """The briefing as one self-contained page: no script, no request, every text escaped."""
    onto = load_ontology()
    esc = html.escape
    title = _title(brief)
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           # nothing to load from anywhere: the page is its own content and style
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
           f"<title>{esc(title)}</title><style>{_STYLE}</style></head><body>",
           f"<h1>{esc(title)}</h1>", f'<p class="summary">{esc(_summary(brief))} Written {esc(generated)}.</p>']
    if not brief.items:
        out.append("<p>Nothing appeared, changed or ended in this window.</p>")
    for actor, families in brief.sections():
        out.append(f"<h2>{esc(actor.name)}</h2>")
        for family, items in families:
            out.append(f"<h3>{esc(onto.families[family].label)}</h3><ul>")
            for item in items:
                cites = "".join(f"<sup>[{brief.citation(s)}]</sup>"
                                for s in dict.fromkeys(e.source.id for e in item.evidence))
                quotes = "".join(f"<blockquote>{esc(e.sentence)} <sup>[{brief.citation(e.source.id)}]</sup></blockquote>"
                                 for e in item.evidence[:2] if e.sentence)
                out.append(f'<li><span class="kind">{esc(_LABELS[item.kind])}.</span> {esc(item.reads())} '
                           f'<span class="facts">({esc("; ".join(_facts(item)))})</span> {cites}{quotes}</li>')
            out.append("</ul>")
    if brief.sources:
        out.append('<h2>Sources</h2><ol class="sources">')
        out += [f"<li>{esc(' · '.join(_source_line(s)))}</li>" for s in brief.sources]
        out.append("</ol>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
