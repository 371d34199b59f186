"""A place for its state ("a base on Agaléga", "missiles at Al Udeid", "troops in Donbas"): a city,
region, island or base the gazetteer places inside a state (``diplograph/gazetteer/places.yaml`` and
the large cities of ``world_places.yaml``) is never an actor of the graph, so a question that names one
and is read no other way is asked again with the state's name in its place; the reading says so.

A name the graph knows as an actor stays itself, and a place whose state the graph does not hold is
left as it is. A place the gazetteer lacks ("ream", "chancay" when the list has neither) stands for a state
when the sources name it: a word the claims' sentences only ever write capitalised and alone (never
beside another capitalised word, as "Wing" in "Wing Loong"), no actor's name,
whose claims hold one state more often than any other (as their object counted twice, as their subject
once, at least twice in all): "where the sources that name it are" (:func:`state_in_sources`). Only prose counts:
a dataset's claim has a sentence the loader wrote from its row ("A → B, Sign formal agreement" of an ICEWS event),
whose capitalised words are its code book's labels, no places ("who did X sign agreements with" is no question
about a place "Sign").

>>> from diplograph.queries.example import example_view
>>> states_for_places(example_view(), "who struck Isfahan") is None
True
"""

from __future__ import annotations

import functools
import re
import weakref
from collections import Counter

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
    said = re.sub(r"(?<=\w)(['’]s)(?!\w)", r" \1", question)  # "velmar's pier": the place, then its 's
    tokens = re.findall(r"[\w'’.-]+|[^\w\s]", said)
    out, notes, i = [], [], 0
    while i < len(tokens):
        for n in range(min(_LONGEST, len(tokens) - i), 0, -1):
            said = " ".join(tokens[i:i + n])
            placed = _state_of(view, said)
            if placed is not None:
                name = view.nodes[placed[0]].get("name", placed[0])
                out.append(name)
                notes.append(f"{said}: read as {name}, {placed[1]}")
                i += n
                break
        else:
            out.append(tokens[i])
            i += 1
    if not notes:
        return None
    text = re.sub(r"\s+([^\w\s'’\"(\-–—])", r"\1", " ".join(out))  # "X - who ...": the dash stays apart
    return re.sub(r"\s+(['’]s)(?!\w)", r"\1", text), notes


# A month or a day of the week, written capitalised and alone in sentences: when, never where
_WHEN_WORD = re.compile(r"(?i:january|february|march|april|may|june|july|august|september|october|november|december|"
                        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)")


def _state_of(view, said: str) -> tuple[str, str] | None:
    """(the state in the graph that the place ``said`` lies in, how it was told), or None (an actor's own
    name, a place neither the gazetteer nor the sources place, or one whose state the graph lacks)."""
    text = re.sub(r"^(?i:the)\s+", "", said.strip("'’."))
    if not text[:1].isalpha() or _WHEN_WORD.fullmatch(text):
        return None
    state = _places().get(name_key(text)) or _places().get(name_key(text.replace("-", " ")))
    found = state_in_sources(view, text) if state is None else None
    if state is None and found is None:
        return None
    try:
        find_actor(view, text)
        return None  # the graph knows the name as an actor: it stays itself
    except ActorNotFound:
        pass
    if found is not None:
        return found, "where the sources that name it are"
    for name in (state, load_gazetteer().get(state).name):  # its id, else its name in a graph of other ids
        try:
            return find_actor(view, name), "where it is"
        except ActorNotFound:
            continue
    return None


_SOURCE_PLACES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_PROPER = re.compile(r"(?<![\w'’-])([A-Z][a-z][\w'’-]*)")
_WORD = re.compile(r"(?<![\w'’-])([a-z][\w'’-]*)")
_JOINED = re.compile(r"(?=(?<![\w'’-])([A-Z][\w'’-]*)\s+([A-Z][\w'’-]*))")


def state_in_sources(view, said: str) -> str | None:
    """The state a one-word place the gazetteer lacks stands for in this graph's sources (see the
    module's docstring), or None.

    >>> from diplograph.queries.example import example_view
    >>> state_in_sources(example_view(), "nowhere") is None
    True
    """
    if " " in said.strip() or len(said) < 3:
        return None
    try:
        index = _SOURCE_PLACES[view]
    except (KeyError, TypeError):
        index = _source_places(view)
        try:
            _SOURCE_PLACES[view] = index
        except TypeError:
            pass
    ranked = index.get(said.strip().casefold(), Counter()).most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _source_places(view) -> dict[str, Counter]:
    """casefolded capitalised word -> Counter of the states of the claims whose sentence names it,
    for the words the sentences never write in lower case."""
    places: dict[str, Counter] = {}
    lower: set[str] = set()  # and the words of longer names ("Wing Loong", "Port Louis"): no place alone
    for subject, obj, data in view.edges(data=True):
        for claim in data.get("claims") or ():
            if (getattr(claim, "method", "") or "").startswith("dataset:"):
                continue
            text = getattr(claim, "evidence", "") or ""
            lower.update(_WORD.findall(text))
            lower.update(w.casefold() for pair in _JOINED.findall(text) for w in pair)
            for word in {w.casefold() for w in _PROPER.findall(text)}:
                counts = places.setdefault(word, Counter())
                for node, weight in ((obj, 2), (subject, 1)):
                    if view.nodes[node].get("type") == "state":
                        counts[node] += weight
    return {word: counts for word, counts in places.items() if word not in lower}
