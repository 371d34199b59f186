"""Arms said by where they come from, hyphenated before them: "Turkish-made drones", "Russian-built helicopters",
"US-supplied jets", "Chinese-origin missiles". The first half names the state, as "Turkish drones" does, and the
reader takes a demonym before arms as their supplier (:meth:`Grammar.normalise
<diplograph.queries.grammar.Grammar.normalise>` puts the plain adjective in its place). Only a state's or
people's name of the gazetteer counts: "home-made", "locally-built", "self-designed" name none and stay as typed.
"""

from __future__ import annotations

import re

_ORIGIN = re.compile(r"\b(?P<place>[A-Za-z]+)-(?:made|built|manufactured|produced|designed|developed|supplied|"
                     r"sourced|origin|licensed|assembled)\b", re.IGNORECASE)


def origin_plain(text: str) -> str:
    """``text`` with a place hyphenated before "made" (and the like) said as the place alone.

    >>> origin_plain("which states fly Turkish-made drones")
    'which states fly Turkish drones'
    >>> origin_plain("who bought us-built jets")
    'who bought US jets'
    >>> origin_plain("who uses home-made rockets")
    'who uses home-made rockets'
    """
    from diplograph.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()

    def plain(found: re.Match) -> str:
        place = found["place"]
        entry = gazetteer.lookup(place)
        if entry is None or entry.type != "state":
            return found.group(0)
        return "US" if place.lower() == "us" else place  # "us-built": the state, not the pronoun

    return _ORIGIN.sub(plain, text)
