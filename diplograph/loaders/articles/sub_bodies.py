"""Parts of a body named for the body: a court's chambers ("Pre-Trial Chamber II found that ...",
"the same Chamber issued arrest warrants", "the Appeals Chamber upheld the finding") act for the
court the document named before, as "the Court" does. A chamber with no court named before is no
actor (a parliament's "Upper Chamber", a chamber of commerce are someone else)."""

from __future__ import annotations

from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.mention import Mention
from diplograph.loaders.articles.resolve import DocumentContext

_ROMAN = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"})


def court_parts(sent, mentions: list[Mention], context: DocumentContext, lexicon: Lexicon,
                before: int) -> list[Mention]:
    """``mentions`` with each capitalised chamber of a court named before ``before`` (a position
    of the document context) made a mention of that court."""
    parts = lexicon.court_parts
    taken = {i for m in mentions for i in range(m.start, m.end)}
    doc, added = sent.doc, []
    for token in sent:
        if token.lower_ not in parts["words"] or not token.text[:1].isupper() or token.i in taken:
            continue
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ == "of":
            continue  # "the Chamber of Commerce", "the Chamber of Deputies": a body of its own
        start = token.i
        while start > sent.start and (doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ != "DET"
                                      or doc[start - 1].text in ("-", "–")) and start - 1 not in taken:
            start -= 1  # "Pre-Trial Chamber", "the Appeals Chamber", "the Grand Chamber"
        if any(doc[i].lower_ in parts["not_after"] for i in range(start, token.i)):
            continue  # "the Upper Chamber": a house of parliament
        end = token.i + 1
        if nxt is not None and nxt.lower_ in _ROMAN and nxt.text.isupper():
            end += 1  # "Pre-Trial Chamber II"
        court = next((body for style in parts["styles"]
                      if (body := context.recent_styled(style, ("organization",), before)) is not None), None)
        if court is None:
            continue
        added.append(Mention(start, end, court, "short form", doc[start:end].text))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions
