"""Backing asked as standing behind someone: "is Ostia (really) behind the Kite Brigade?", "was Rhun behind the
rebels in 2020?", "are the Parvans behind Quell's militia?". Said of an actor, "behind" is the sponsor's place, so
the question asks whether the one backs or arms the other ("does Ostia back or arm the Kite Brigade"), and the
verdict weighs the sources as any yes-or-no question does (a backing its side denies is disputed).

"Who is behind <group>?" asks first for its leaders (:mod:`diplograph.queries.grammar`'s ``leaders`` form); only
when the graph names none is it asked as its backers. Left alone: "behind" before a deed or an incident ("was
Ostia behind the cable cuts", "behind X's assassination": the deed's own relation), a place or a name the graph
does not hold, and a question with a relation word of its own ("is Ostia behind Quell's bid to join the bloc").
"""

from __future__ import annotations

import re

_YES_NO = re.compile(r"^(?P<be>is|are|was|were)\s+(?P<a>.+?)\s+(?:(?:secretly|still|also|now|quietly|ultimately)\s+)?"
                     r"behind\s+(?P<b>.+)$", re.IGNORECASE)
_WHO = re.compile(r"^(?P<wh>who|which\s+[\w-]+(?:\s+[\w-]+)?)\s+(?P<be>is|are|was|were|has\s+been|have\s+been)\s+"
                  r"(?:(?:secretly|still|also|now|quietly|ultimately)\s+)?behind\s+(?P<b>.+)$", re.IGNORECASE)


def backing_asked(view, text: str) -> str | None:
    """The yes-or-no question ``text`` asked as backing or arming when it puts one actor behind another, or None.

    Both sides must be actors the general reading finds, and no relation word may be said besides ``behind``."""
    found = _YES_NO.match(text)
    if not found or not _two_actors(view, text):
        return None
    verb = "does" if found["be"].lower() in ("is", "are") else "did"
    return f"{verb} {found['a']} back or arm {found['b']}"


def backers_asked(view, text: str) -> str | None:
    """"who is behind <actor>" asked as who backs or arms it, or None (see the module's docstring)."""
    found = _WHO.match(text)
    if not found or not _one_actor(view, found["b"]):
        return None
    return f"{found['wh']} {'backed or armed' if found['be'].lower() in ('was', 'were') else 'backs or arms'} {found['b']}"


def _two_actors(view, text: str) -> bool:
    from diplograph.queries.general import read_parts

    parts = read_parts(view, text)
    return parts is not None and parts.relation is None and len(parts.actors) == 2 and not _weapon(view, parts)


def _one_actor(view, text: str) -> bool:
    from diplograph.queries.general import read_parts

    parts = read_parts(view, f"is {text}")
    return parts is not None and parts.relation is None and len(parts.actors) == 1 and not _weapon(view, parts)


def _weapon(view, parts) -> bool:
    return bool(parts.weapon) or any(view.nodes[node].get("type") == "weapon" for _, _, node in parts.actors)
