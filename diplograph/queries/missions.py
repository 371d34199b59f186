"""Contributions to a bloc's mission or operation, asked as the relation they stand for (words in
``contributions`` of ``loose.yaml``):

- forces sent to a bloc's mission *in a place* ("SADC mission in eastern Congo - which countries contributed
  troops?", "which countries sent police to the OAS mission in Haiti") are a presence there, kept to the
  bloc's members: "which SADC countries contributed troops to eastern Congo";
- forces committed to a bloc or its named operation with no place ("which allies committed jets or ships to
  NATO's Eastern Sentry") back the bloc: "which allies support NATO".

Never arms sold: the jets and ships are the contributors' own. The bloc must be an organisation of the graph.

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> mission_asked(view, "northern pact mission in caldor - which countries contributed troops")
('which Northern Pact countries contributed troops to caldor', 'a mission in a place: a presence there')
>>> mission_asked(view, "which states sent police to the Northern Pact's mission in Caldor")
('which Northern Pact states sent police to Caldor', 'a mission in a place: a presence there')
>>> mission_asked(view, "which states committed jets or ships to the Northern Pact's air policing")
('which states support the Northern Pact', "forces committed to a bloc's operation: backing the bloc")
>>> mission_asked(view, "which states sold jets to Caldor") is None
True
"""

from __future__ import annotations

import functools
import re

from diplograph.datafiles import packaged
from diplograph.queries.within import body_of


@functools.cache
def _words() -> dict[str, str]:
    said = packaged("diplograph.queries", "loose.yaml").get("contributions") or {}
    return {key: "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(said.get(key) or (), key=len, reverse=True))
            for key in ("missions", "verbs", "forces")}


_NAME = r"(?:the\s+)?(?P<body>[\w.&'-]+(?:\s+[\w.&'-]+){0,4}?)(?:'s)?"


@functools.cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    w = _words()
    mission = rf"{_NAME}\s+(?:{w['missions']})\s+(?:in|to|for)\s+(?P<place>[^,:;?]+?)"
    forces = rf"(?:{w['forces']})(?:\s*(?:,|or|and|and/or)\s+(?:{w['forces']}))*"
    first = re.compile(rf"^{mission}\s*(?:\s[-–—]+|:|,)\s*(?P<wh>which|what)\s+(?P<rest>.+)$", re.IGNORECASE)
    inline = re.compile(rf"^(?P<wh>which|what)\s+(?P<type>\w+)\s+(?P<rest>.+?)\s+(?:to|in|for|with)\s+{mission}$",
                        re.IGNORECASE)
    operation = re.compile(rf"^(?P<wh>which|what)\s+(?P<type>\w+)\s+(?:have\s+|has\s+)?(?:{w['verbs']})\s+(?:{forces})"
                           rf"\s+(?:to|for)\s+(?P<the>the\s+)?(?P<tail>[^,?]+)$", re.IGNORECASE)
    return first, inline, operation


def _named(view, said: str) -> str:
    """The bloc as said when typed in capitals or short ("SADC", "sadc"), else by its name in the graph."""
    if said[:1].isupper() or (" " not in said and len(said) <= 8):
        return said
    return view.nodes[body_of(view, said)].get("name", said)


def mission_asked(view, question: str) -> tuple[str, str] | None:
    """(the question asked instead, how it was read), or None unless it asks who contributed forces to a
    bloc's mission or operation."""
    first, inline, operation = _patterns()
    text = " ".join(question.split())
    body = lambda found: re.sub(r"'s$", "", found.group("body"))  # noqa: E731
    found = first.match(text)
    if found and body_of(view, body(found)):
        rest = found.group("rest")
        asked = (re.sub(r"\bthere\b", f"in {found.group('place')}", rest) if re.search(r"\bthere\b", rest)
                 else f"{rest} to {found.group('place')}")
        return f"{found.group('wh').lower()} {_named(view, body(found))} {asked}", "a mission in a place: a presence there"
    found = inline.match(text)
    if found and body_of(view, body(found)):
        return (f"{found.group('wh').lower()} {_named(view, body(found))} {found.group('type')} {found.group('rest')} to "
                f"{found.group('place')}", "a mission in a place: a presence there")
    found = operation.match(text)
    words = found.group("tail").split() if found else []
    for n in range(min(5, len(words) - 1), 0, -1):  # the bloc's name, then its operation's ("NATO's Eastern Sentry")
        said = re.sub(r"'s$", "", " ".join(words[:n]))
        if body_of(view, said):
            return (f"{found.group('wh').lower()} {found.group('type')} support {found.group('the') or ''}{said}",
                    "forces committed to a bloc's operation: backing the bloc")
    return None
