"""Whom someone is with, and whose something is: the party a short question asks for.

"Who's X with?" names no relation: of a person it asks whom they work for or serve ("who's Venn with?" - the
firm, government or body they are affiliated with, read as "who is X"); of a state, a body or a group it asks
whose side it is on ("who's Ostia with?" - read as "whose side is X on", the side it supports or is allied to).
"Which country's firm is X?", "which state's company is X", "what country's group is X" ask where X is from
("which country is X from"), or, of a person, which state they serve ("who is X, country only").

Only "with" closing the question after a name the graph knows is read so ("who's Venn with now", "who is the Kite
Brigade with these days"); "who is Ostia allied with", "who's Ostia at war with" keep their own verbs, and "who's
with Venn" asks something else.

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> side_asked(view, "who's Ilse Varro with")
'who is Ilse Varro'
>>> side_asked(view, "who is borvia with these days")
'whose side is borvia on'
>>> side_asked(view, "which country's firm is Kestrel Dynamics")
'which country is Kestrel Dynamics from'
>>> side_asked(view, "which country's minister is Varro")
'who is Varro, country only'
>>> side_asked(view, "who is borvia allied with") is None
True
>>> side_asked(view, "who's with Varro") is None
True
"""

from __future__ import annotations

import re

from diplograph.errors import ActorNotFound
from diplograph.queries.lookup import find_actor

_LATELY = r"(?:\s+(?:now|right\s+now|nowadays|these\s+days|today|currently|again|exactly|then|at\s+the\s+moment))?"
_WITH = re.compile(rf"^who(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?P<name>.+?)\s+with{_LATELY}$", re.IGNORECASE)
_WHOSE = re.compile(r"^(?:which|what)\s+(?:country|state|nation|government)(?:'s|s')\s+[a-z-]+(?:\s+[a-z-]+)?\s+"
                    rf"(?:is|was|are|were)\s+(?P<name>.+?){_LATELY}$", re.IGNORECASE)


def _kind(view, name: str) -> str | None:
    """The type of the actor the graph knows by ``name``, or None."""
    try:
        node = find_actor(view, name.strip())
    except ActorNotFound:
        return None
    return view.nodes[node].get("type") if node in view else None


def side_asked(view, text: str) -> str | None:
    """The question ``text`` stands for when it asks whom a party is with or whose it is, or None."""
    text = " ".join(text.split()).strip(" ?")
    found = _WITH.match(text)
    if found is not None:
        name = found.group("name")
        kind = _kind(view, name)
        if kind is None or kind == "weapon":
            return None
        return f"who is {name}" if kind == "person" else f"whose side is {name} on"
    found = _WHOSE.match(text)
    if found is not None:
        name = found.group("name")
        kind = _kind(view, name)
        if kind is None or kind == "weapon":
            return None
        return f"who is {name}, country only" if kind == "person" else f"which country is {name} from"
    return None
