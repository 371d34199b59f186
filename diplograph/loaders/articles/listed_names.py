"""New names listed beside new names: a word of a list whose other names are firms or groups is one too.

"three Mexican banks, CIBanco, Intercam and Vector": the model finds the first two as bodies and takes
"Vector" for a place (or finds nothing); listed with them it is a firm as they are. Only a capitalised
proper noun that no other mention covers, joined by "and", "or" or a comma to a new name the model
typed, takes that type (a gazetteer name in the list keeps its own).
"""

from __future__ import annotations

from diplograph.graph.model import Actor
from diplograph.loaders.articles.mention import Mention
from diplograph.loaders.articles.repairs import CALENDAR_WORDS

_LISTED_TYPES = frozenset({"company", "armed_group", "ngo"})


def listed_names(doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """Mentions for the untyped names coordinated with a new firm's or group's name (see the module)."""
    added: list[Mention] = []
    covered = set(taken)
    queue = [m for m in mentions if m.kind == "ner" and m.type in _LISTED_TYPES]
    while queue:  # (a name added is listed with the next: "A, B and C")
        m = queue.pop(0)
        root = doc[m.start:m.end].root
        for other in (c for c in root.children if c.dep_ == "conj"):
            start = min((c.i for c in other.children if c.dep_ == "compound" and c.i < other.i), default=other.i)
            span = doc[start:other.i + 1]
            if other.pos_ != "PROPN" or not all(t.text[:1].isupper() for t in span) or \
                    any(t.i in covered for t in span) or other.ent_type_ in ("PERSON", "NORP") or other.lower_ in CALENDAR_WORDS:
                continue
            added.append(Mention(span.start, span.end, Actor.new(span.text, m.type), "ner", span.text))
            queue.append(added[-1])
            covered.update(range(span.start, span.end))
    return added
