"""Who a person is, asked in the analyst's other words: which government, country or state a person is
in, is from or serves ("which government is Ines Kora in?", "Kora — which government is she in?",
"which country is Venn from?", "Venn: whose president is he?", "who's Venn again?").

Each is asked as "who is NAME" (the state or body the person serves, leads or is based in), kept to
states when the question asks for a government, country or state (the type words of ``grammar.yaml``
that mean a state; any other, "which party is she in", asks who the person is). Only a name that is a person of the graph is read so: "which alliance is Turkey
part of" and "which government did Kora meet" keep their own readings.

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> types = {"government": "state", "country": "state"}
>>> who_is_asked(view, "which government is Ilse Varro in", types)
'who is Ilse Varro, government only'
>>> who_is_asked(view, "Ilse Varro - which country is she from", types)
'who is Ilse Varro, country only'
>>> who_is_asked(view, "Varro: whose minister is she")
'who is Varro'
>>> who_is_asked(view, "varro, which govt", {"govt": "state"})
'who is varro, govt only'
>>> who_is_asked(view, "what's Ilse Varro role")
'who is Ilse Varro'
>>> who_is_asked(view, "who is Ilse Varro again")
'who is Ilse Varro'
>>> who_is_asked(view, "which government did Ilse Varro meet") is None
True
>>> who_is_asked(view, "which country is Borvia from") is None
True
"""

from __future__ import annotations

import re

from diplograph.errors import ActorNotFound
from diplograph.queries.lookup import find_actor

_PRONOUN = r"(?:he|she|they|him|her|this\s+person|that\s+person)"
# how a person is said to be in a government: "in", "part of", "from", "serving in", "working for" ...
_IN = (r"(?:in|part\s+of|from|with|a\s+member\s+of|a\s+minister\s+in|serving(?:\s+in)?|serve(?:s)?(?:\s+in)?|"
       r"sit(?:s|ting)?\s+in|work(?:s|ing)?\s+(?:for|in)|belong(?:s|ing)?\s+to|represent(?:s|ing)?|with)")
_TYPE = r"(?P<type>[a-z]+)"
_ASKED = r"(?:is|was|are|were|does|did|do)"
_INLINE = re.compile(rf"^(?:which|what)\s+{_TYPE}\s+{_ASKED}\s+(?P<name>.+?)\s+{_IN}(?:\s+now)?$", re.IGNORECASE)
_TAIL = re.compile(rf"^(?P<name>[^,:;?!–—]+?)\s*(?:[,:;?!–—]+|\s-+)\s*(?:(?:which|what)\s+{_TYPE}\s+{_ASKED}\s+{_PRONOUN}"
                   rf"(?:\s+{_IN})?|(?:which|what)\s+(?P<kind>[a-z]+)|whose\s+[a-z]+(?:\s+[a-z]+)?\s+{_ASKED}\s+{_PRONOUN})(?:\s+(?:now|again|exactly))?$",
                   re.IGNORECASE)
# "what's her role" after the name reaches here as "what's NAME role" (restating.py puts the name for the pronoun)
_ROLE = re.compile(r"^what(?:'s|\s+is|\s+was)\s+(?P<name>.+?)(?:'s)?\s+(?:role|job|position|title|post|office)$", re.IGNORECASE)
_AGAIN = re.compile(r"^who\s+(?:is|was)\s+(?P<name>.+?)\s*,?\s+(?:again|exactly)$", re.IGNORECASE)


def _person(view, name: str) -> bool:
    try:
        node = find_actor(view, name)
    except ActorNotFound:
        return False
    return node in view and view.nodes[node].get("type") == "person"


def who_is_asked(view, text: str, types: dict[str, str] | None = None) -> str | None:
    """The who-is question ``text`` stands for, or None; ``types`` (the grammar's type words) says which
    words ask for a state, kept with a closing "TYPE only" ("which party is she in" is kept to nothing)."""
    text = " ".join(text.split()).strip(" ,:;")
    for regex in (_INLINE, _TAIL, _ROLE, _AGAIN):
        found = regex.match(text)
        if found is None or not _person(view, found.group("name").strip()):
            continue
        name, kind = found.group("name").strip(), (found.groupdict().get("type") or found.groupdict().get("kind") or "").lower()
        return f"who is {name}, {kind} only" if (types or {}).get(kind) == "state" else f"who is {name}"
    return None
