"""Two sides named first, then what one of them did ("Norland and Rhun: what's Norland actually done?", "Rhun and
Norland - what did Norland do?", "Norland vs Rhun: what has Norland done?"): what that side did to the other.

The side asked about may be named again by another of its names ("Tehran and the IAEA: what has Iran done?"), so
both are resolved in the graph; a side that is neither of the two keeps the question as it was.

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> one_side_asked(view, "Borvia and Ilse Varro: what has Borvia actually done")
'what has Borvia done to Ilse Varro'
>>> one_side_asked(view, "Borvia and Ilse Varro: what has Carn done") is None
True
"""

from __future__ import annotations

import re

from diplograph.errors import ActorNotFound
from diplograph.queries.lookup import find_actor

_ASKED = re.compile(r"^(?P<a>[^,:;–—]+?)\s+(?:and|&|vs\.?|versus|v\.?)\s+(?P<b>[^,:;–—]+?)\s*(?:[,:;–—]+|\s-+)\s*"
                    r"what(?:'s|\s+has|\s+have|\s+did|\s+is)\s+(?P<c>.+?)\s+(?:(?:actually|really|even|so\s+far)\s+)?"
                    r"(?:done|do|been\s+doing|been\s+up\s+to)(?:\s+(?:so\s+far|exactly))?$", re.IGNORECASE)


def _node(view, name: str) -> str | None:
    try:
        return find_actor(view, name.strip())
    except ActorNotFound:
        return None


def one_side_asked(view, text: str) -> str | None:
    """"what has C done to OTHER" when ``text`` names two sides and asks what one of them (C) did; else None."""
    found = _ASKED.match(" ".join(text.split()).strip(" ?"))
    if found is None:
        return None
    a, b, c = (found.group(k).strip() for k in "abc")
    nodes = {_node(view, a): b, _node(view, b): a}
    asked = _node(view, c)
    if asked is None or asked not in nodes or None in nodes or len(nodes) != 2:
        return None
    return f"what has {c} done to {nodes[asked]}"
