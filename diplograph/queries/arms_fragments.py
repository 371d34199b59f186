"""Arms asked by a noun phrase alone, as analysts type them into a search box over a register of
transfers (SIPRI, curated CSV, article claims alike):

- where one side's arms are: a maker or supplier (a demonym or a name), a kind of arms, "in" and a
  place, with or without a closing ask ("russian fighter jets in africa", "turkish drones in the sahel -
  which countries?", "chinese drones in iraq?"). In a region it asks which of the region's states have
  them; in a state, whether that state got them. Without this the phrase reads as no question, or as
  every tie between the supplier and the region's states.
- what went where from one side: a kind of arms, then a verb of supply in the passive and its doer
  ("sam systems exported by russia in the 2010s", "drones sold by turkey"): who received them from it.
  Without this the leading noun reads as the kind of answer wanted (which weapons), and a register of
  transfers, whose weapons are no actors, answers nothing.

Only a phrase whose arms words are all arms ("fighter jets", "sam systems", "weapons") and whose
name is an actor of the graph is read so; anything else is left to the other readings.

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> arms_fragment(view, "borvian drones in central asia - which countries?")
'which countries in central asia have borvian drones'
>>> arms_fragment(view, "borvian drones in caldor")
'did caldor receive borvian drones'
>>> arms_fragment(view, "drones sold by borvia since 2020")
'who bought drones from borvia since 2020'
>>> arms_fragment(view, "borvian troops in caldor") is None
True
>>> arms_fragment(view, "who sold drones to caldor") is None
True
"""

from __future__ import annotations

import re

from diplograph.errors import ActorNotFound
from diplograph.queries.keywords import _qualifies
from diplograph.queries.lookup import find_actor
from diplograph.queries.regions import region_named

_ASK_AFTER = re.compile(r"\s*(?:\s[-–—:]+|[-–—:]{2,}|,)?\s*(?:which|what|who|where)?\s*(?:ones|countries|states|nations|"
                        r"governments|operators|users|buyers|customers|recipients)?\s*[?.!]*\s*$", re.IGNORECASE)
_PLACED = re.compile(r"^(?P<held>(?:[\w'/.-]+\s+){1,5}?[\w'/.-]+)\s+(?:in|across|inside|throughout)\s+"
                     r"(?P<place>(?:the\s+)?[\w'.-]+(?:\s+[\w'.-]+){0,3})$", re.IGNORECASE)
_SUPPLY_VERBS = r"exported|sold|supplied|delivered|shipped|transferred|provided|sent|given|made|built|produced"
_PASSIVE = re.compile(rf"^(?P<arms>(?:[\w'/.-]+\s+){{0,3}}?[\w'/.-]+)\s+(?:{_SUPPLY_VERBS})\s+(?:abroad\s+)?by\s+"
                      r"(?P<side>(?:the\s+)?[\w'.-]+(?:\s+[\w'.-]+){0,2}?)"
                      r"(?P<when>\s+(?:in|since|before|after|until|between|from|during|over)\s+.+)?$", re.IGNORECASE)
_OPENERS = re.compile(r"^(?:who|whom|whose|what|which|where|when|how|why|is|are|was|were|did|does|do|has|have|had|"
                      r"will|would|can|could|should|list|name|show|give|tell|find)\b", re.IGNORECASE)


def arms_fragment(view, text: str) -> str | None:
    """The question an arms noun phrase stands for (see the module's docstring), or None."""
    if _OPENERS.match(text.strip()):
        return None
    bare = _ASK_AFTER.sub("", text.strip())
    if found := _PASSIVE.match(bare):
        if _arms(found["arms"]) and _actor(view, found["side"]):
            return f"who bought {found['arms']} from {found['side']}{found['when'] or ''}"
        return None
    found = _PLACED.match(bare)
    if not found:
        return None
    words, place = found["held"].split(), found["place"]
    # the side's name is the longest run of first words that names an actor ("south korean howitzers")
    side = next((" ".join(words[:k]) for k in range(min(3, len(words) - 1), 0, -1)
                 if _arms(" ".join(words[k:])) and _actor(view, " ".join(words[:k]))), None)
    if side is None:
        return None
    arms = " ".join(words[len(side.split()):])
    if region_named(place) is not None:
        return f"which countries in {place} have {side} {arms}"
    if _actor(view, place):
        return f"did {place} receive {side} {arms}"
    return None


def _arms(text: str) -> bool:
    """Whether ``text`` says only what kind of arms ("fighter jets", "sam systems", "weapons")."""
    return bool(text.strip()) and _qualifies(text)


def _actor(view, name: str) -> bool:
    try:
        find_actor(view, name.strip())
    except ActorNotFound:
        return False
    return True
