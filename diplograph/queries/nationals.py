"""Someone's partners, suppliers or backers of one nationality: "Baykar's Indonesian JV partner", "Rhun's Parvan
suppliers".

A demonym between a possessive and the noun for the other party says where that party is from, not who is
asked about: "X's Parvan partners" are X's partners based in or serving Parva, not Parva's partners. The
question is asked without the demonym, and its answers kept to those of that state, as after "which Parvan
firms" (:func:`diplograph.queries.focus._of_nationality`). Only a demonym (a word of the state's names that is not its own
name) before a noun for the other parties (``party_heads``, ``agent_nouns`` and ``customer_nouns`` in
``loose.yaml``) is read so.

>>> from diplograph.queries.example import example_view
>>> of_nationality(example_view(), "who are Caldor's Borvian suppliers")
("who are Caldor's suppliers", 'state:BRV')
>>> of_nationality(example_view(), "who are Caldor's Borvia suppliers") is None   # a name, not a demonym
True
"""

from __future__ import annotations

import functools
import re

from diplograph.datafiles import packaged
from diplograph.errors import ActorNotFound

_POSSESSED = re.compile(r"^(?P<before>.*?\b[\w.-]+(?:'s|’s|s'|s’))\s+(?P<demonym>[A-Za-z][\w-]+)\s+(?P<rest>(?:[\w-]+\s+){0,3}?"
                        r"(?P<noun>[\w-]+))(?P<after>\s*[?.!]?\s*)$")


def of_nationality(view, question: str) -> tuple[str, str] | None:
    """(``question`` without the demonym of "X's <demonym> <noun>", the state it names), or None."""
    from diplograph.queries.lookup import find_actor

    found = _POSSESSED.match(" ".join(str(question).split()))
    if not found or found.group("noun").lower() not in _other_parties():
        return None
    demonym = found.group("demonym")
    try:
        node = find_actor(view, demonym)
    except ActorNotFound:
        return None
    name = view.nodes[node].get("name") or ""
    if view.nodes[node].get("type") != "state" or demonym.lower() in (name.lower(), node.lower()):
        return None
    return f"{found.group('before')} {found.group('rest')}", node


@functools.cache
def _other_parties() -> frozenset[str]:
    from diplograph.queries.loose import _plural

    loose = packaged("diplograph.queries", "loose.yaml")
    nouns = [n for key in ("party_heads", "agent_nouns", "customer_nouns") for n in loose.get(key) or () if " " not in n]
    return frozenset(form for noun in nouns for form in (noun, _plural(noun)))
