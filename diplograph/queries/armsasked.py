"""A state's arms asked about in clipped or passive forms, said as the questions they stand for
(:meth:`Grammar.normalise <diplograph.queries.grammar.Grammar.normalise>`):

- two possible suppliers after a state's arms ("Ostia's K9s - from Norland or Rhun?", "parva's tanks: rhun or
  quell"): which of them sold them, as "did A or B sell ... to X" asks;
- arms asked whether they arrived, in the passive ("have Ostia's K9s been delivered yet?", "were the tanks for
  Parva delivered"): whether the state received them.

Only arms are read so: a system's designation ("K9", "S-400s") or a word for arms (``weapons.yaml``, the
grammar's ``generic_things``); "Ostia's allies - Rhun or Quell?" is left as it stands.
"""

from __future__ import annotations

import re

_NAME = r"[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?"
_CHOICE = re.compile(rf"^(?:the\s+)?(?P<owner>{_NAME})(?:'s|’s|')\s+(?P<arms>{_NAME})\s*(?:\s[-–—]|:|,|\?)\s*"
                     r"(?:(?:were\s+they\s+|are\s+they\s+)?(?:bought\s+|supplied\s+|sold\s+|made\s+|built\s+)?"
                     rf"(?:from|by)\s+)?(?P<a>{_NAME})\s+or\s+(?P<b>{_NAME})$", re.IGNORECASE)
_DELIVERED = re.compile(rf"^(?:(?P<aux>have|has|had|were|was)\s+)?(?:the\s+)?(?:(?P<owner>{_NAME})(?:'s|’s|')\s+)?"
                        rf"(?P<arms>{_NAME})(?:\s+(?:for|to)\s+(?P<to>{_NAME}))?\s*(?:\s[-–—]|:|,)?\s*"
                        r"(?:(?:been|got|gotten|\s)\s*)*delivered(?:\s+yet)?(?:\s+or\s+not)?$", re.IGNORECASE)
_DESIGNATION = re.compile(r"(?<![\w-])[a-z]{1,5}-?\d", re.IGNORECASE)


def _arms(words: str) -> bool:
    """Whether ``words`` name arms: a designation, a system or a word for a category of them."""
    from diplograph.graph.weapons import load_weapons
    from diplograph.queries.grammar import load_grammar

    return bool(_DESIGNATION.search(words) or load_weapons().named_in(words)
                or words.lower() in load_grammar().generic_things)


def arms_asked(text: str) -> str:
    """``text`` as the question its clipped arms form stands for, else as it stands.

    >>> arms_asked("ostia's k9s - from norland or rhun")
    'did norland or rhun sell k9s to ostia'
    >>> arms_asked("Parva's tanks: Rhun or Quell")
    'did Rhun or Quell sell tanks to Parva'
    >>> arms_asked("ostia's allies - rhun or quell")
    "ostia's allies - rhun or quell"
    >>> arms_asked("have ostia's k9s been delivered yet")
    'has ostia received k9s'
    >>> arms_asked("were the tanks for Parva delivered")
    'has Parva received tanks'
    """
    found = _CHOICE.match(text)
    if found and _arms(found["arms"]):
        return f"did {found['a']} or {found['b']} sell {found['arms']} to {found['owner']}"
    found = _DELIVERED.match(text)
    if found and (found["aux"] or found["owner"]) and bool(found["owner"]) != bool(found["to"]) \
            and _arms(found["arms"]):
        return f"has {found['owner'] or found['to']} received {found['arms']}"
    return text
