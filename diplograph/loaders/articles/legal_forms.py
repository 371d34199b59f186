"""A firm's legal form after its name ("Hyundai Rotem Co.", "Lockheed Martin Corp.", "Saab AB").

The gazetteer knows a firm by its name; wire copy and press releases add the legal form, and the parser
makes that last word the head of the phrase, so the subject of "Hyundai Rotem Co. will ship tanks to
Poland" is "Co.", which names no one. The mention is stretched over the legal form (lexicon
``legal_forms``) so that the head word is the firm's.
"""

from __future__ import annotations

from dataclasses import replace

from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.mention import Mention


def with_legal_forms(doc, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """``mentions`` with each firm's mention running over the legal form right after it.

    >>> import spacy
    >>> from diplograph.graph.model import Actor
    >>> from diplograph.loaders.articles.lexicon import load_lexicon
    >>> doc = spacy.blank("en")("Hyundai Rotem Co. will ship tanks")
    >>> [(m.start, m.end) for m in with_legal_forms(doc, [Mention(0, 2, Actor.new("Hyundai Rotem", "company"),
    ...                                                          "name", "Hyundai Rotem")], load_lexicon())]
    [(0, 3)]
    """
    forms = lexicon.noun_class["legal_forms"]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    result = []
    for m in mentions:
        end = m.end
        while m.type == "company" and end < len(doc) and end not in taken and doc[end].text[:1].isupper() and \
                doc[end].lower_ in forms:
            end += 1
        result.append(replace(m, end=end, text=doc[m.start:end].text) if end > m.end else m)
    return result
