"""A name asked alone ("Ivo Brant?", "Tell me about the Selva Group", "Background on Parva", "Brant —
who is he?"): who or what it is.

A person, a firm or an armed group is asked as "who is X" (the state or body it serves, where it is
based, whom it leads); a state or an organisation, whose ties are too many for that, as "what is going
on with X" (its timeline). The words that open such a question (``alone_openers`` in ``grammar.yaml``:
"about", "background on", "who or what is") are data; the name must be the whole rest of the question
and name one actor of the graph (a people such as "the Parvans" too).

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> asked_alone(view, "Borvia")
'what is going on with Borvia'
>>> asked_alone(view, "about Ilse Varro")
'who is Ilse Varro'
>>> asked_alone(view, "who supplies Borvia") is None
True
"""

from __future__ import annotations

import functools
import re


from diplograph.errors import ActorNotFound
from diplograph.queries.lookup import find_actor, people_of
from diplograph.datafiles import packaged

# Types of actor whose few ties say who they are; any other is asked for its timeline.
_WHO = frozenset({"person", "company", "armed_group"})
_MOST_WORDS = 6


@functools.cache
def _openers() -> tuple[str, ...]:
    data = packaged("diplograph.queries", "grammar.yaml")
    return tuple(sorted((str(w) for w in data.get("alone_openers") or ()), key=len, reverse=True))


@functools.cache
def _closers() -> tuple[str, ...]:
    data = packaged("diplograph.queries", "grammar.yaml")
    return tuple(sorted((str(w) for w in data.get("alone_closers") or ()), key=len, reverse=True))


def asked_alone(view, text: str) -> str | None:
    """The question a name asked alone stands for, or None when ``text`` is more than a name."""
    text = " ".join(text.split()).strip(" ,:;-–—")
    for opener in _openers():
        found = re.match(rf"{re.escape(opener)}\s+", text, re.IGNORECASE)
        if found:
            text = text[found.end():]
            break
    for closer in _closers():  # "Baykar: background", "Baykar - overview"
        found = re.search(rf"[\s,:;\-–—]+{re.escape(closer)}$", text, re.IGNORECASE)
        if found:
            text = text[:found.start()]
            break
    if not text or len(text.split()) > _MOST_WORDS:
        return None
    try:
        node = find_actor(view, text)
    except ActorNotFound:
        from diplograph.queries.slots import _person_by_surname

        node = people_of(view, text) or _person_by_surname(view, text)  # "Raisi?": a surname alone
    if node is None or node not in view:
        return None
    return f"who is {text}" if view.nodes[node].get("type") in _WHO else f"what is going on with {text}"
