"""A place for its state ("a base on Agaléga", "missiles at Al Udeid", "troops in Donbas"): a city,
region, island or base the gazetteer places inside a state (``diplograph/gazetteer/places.yaml`` and
the large cities of ``world_places.yaml``) is never an actor of the graph, so a question that names one
and is read no other way is asked again with the state's name in its place; the reading says so.

A name the graph knows as an actor stays itself, and a place whose state the graph does not hold is
left as it is.

>>> from diplograph.queries.example import example_view
>>> states_for_places(example_view(), "who struck Isfahan") is None
True
"""

from __future__ import annotations

import functools
import re

from diplograph.errors import ActorNotFound
from diplograph.gazetteer import load_gazetteer
from diplograph.names import name_key
from diplograph.queries.lookup import find_actor

_LONGEST = 4  # words in the longest place name looked for


@functools.cache
def _places() -> dict[str, str]:
    """name key of a place (hyphens also as spaces) -> the id of its state in the gazetteer."""
    index: dict[str, str] = {}
    for entry in load_gazetteer():
        for place in entry.places:
            for key in {name_key(place), name_key(place.replace("-", " "))}:
                index.setdefault(key, entry.id)
    return index


def states_for_places(view, question: str) -> tuple[str, list[str]] | None:
    """(the question with each place named in it replaced by its state's name, what was replaced
    as "place: state" notes), or None when it names no place whose state is in the graph."""
    tokens = re.findall(r"[\w'’.-]+|[^\w\s]", question)
    out, notes, i = [], [], 0
    while i < len(tokens):
        for n in range(min(_LONGEST, len(tokens) - i), 0, -1):
            said = " ".join(tokens[i:i + n])
            state = _state_of(view, said)
            if state is not None:
                name = view.nodes[state].get("name", state)
                out.append(name)
                notes.append(f"{said}: read as {name}, where it is")
                i += n
                break
        else:
            out.append(tokens[i])
            i += 1
    if not notes:
        return None
    return re.sub(r"\s+([^\w\s'’\"(])", r"\1", " ".join(out)), notes


def _state_of(view, said: str) -> str | None:
    """The state in the graph that the place ``said`` lies in, or None (an actor's own name, a place
    the gazetteer does not list, or one whose state the graph lacks)."""
    text = re.sub(r"^(?i:the)\s+", "", said.strip("'’."))
    state = _places().get(name_key(text)) or _places().get(name_key(text.replace("-", " ")))
    if state is None or not text[:1].isalpha():
        return None
    try:
        find_actor(view, text)
        return None  # the graph knows the name as an actor: it stays itself
    except ActorNotFound:
        pass
    for name in (state, load_gazetteer().get(state).name):  # its id, else its name in a graph of other ids
        try:
            return find_actor(view, name)
        except ActorNotFound:
            continue
    return None
