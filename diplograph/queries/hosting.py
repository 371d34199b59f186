"""Forces hosted: the host of another side's troops is where they are, not a go-between who hosts talks.

"Which countries host Russian troops?", "who is home to Norlandic bases?", "does Tajikistan host Russian soldiers?",
"is Quell hosting Ostian peacekeepers?", "does Parva have Rhunic troops on its soil?": the forces belong to the side
named before them (a demonym or a possessive), and the host is the place of their presence (MILITARY_PRESENCE,
the host its object). The grammar reads "host" as hosting talks (MEDIATION) and "A has B's troops" as A's troops
in B; these say it as the presence question the reader knows: "which countries have Russian troops", "are there
Russian soldiers in Tajikistan". Hosting talks, a summit or a guest ("Which country hosted the talks?") is left
alone: only a noun for forces (``forces_nouns`` in ``grammar.yaml``) after the side makes it a presence.

>>> hosted_forces("does Tajikistan host Russian soldiers", ("soldiers", "troops"))
'are there Russian soldiers in Tajikistan'
>>> hosted_forces("which countries are home to Russia's troops", ("soldiers", "troops"))
"which countries have Russia's troops"
>>> hosted_forces("which country hosted the talks", ("soldiers", "troops"))
'which country hosted the talks'
"""

from __future__ import annotations

import functools
import re

from diplograph.graph.weapons import load_weapons

_HOST = r"(?:host|hosts|hosting|hosted|house|houses|housing)"
# words before a noun for forces that say no side ("does X host *military* bases"): the side is then not named
_NO_SIDE = r"(?!(?:any|its|their|own|foreign|military|naval|special|more|some|many|the|a|an|other|troops|to)\b)"


def hosted_forces(text: str, forces_nouns: tuple[str, ...]) -> str:
    """``text`` asked as the presence of the forces it says a host has (see the module), else as it stands."""
    if not forces_nouns:
        return text
    found = _yes_or_no(forces_nouns).match(text)
    # "does Pakistan have Chinese jets": arms it has, not another side's forces (a host of them says so)
    if found and (found["verb"].lower() not in ("have", "has", "had", "having")
                  or not load_weapons().named_in(found["forces"])):
        return f"are there {found['side']} {found['forces']} in {found['host']}"
    return _listed(forces_nouns).sub(
        lambda m: f"{m['which']} {'has' if m['which'].lower() == 'who' else 'have'} {m['side']} {m['forces']}", text)


@functools.lru_cache(maxsize=4)
def _yes_or_no(forces_nouns: tuple[str, ...]) -> re.Pattern:
    nouns = "|".join(re.escape(w) for w in sorted(forces_nouns, key=len, reverse=True))
    name = r"(?:the\s+)?[\w'.-]+(?:\s+[\w'.-]+){0,2}?"
    return re.compile(rf"^(?:does|did|do|is|was|has|had|have)\s+(?P<host>{name})\s+"
                      rf"(?P<verb>{_HOST}|have|has|had|having)\s+(?:any\s+)?"
                      rf"(?P<side>{_NO_SIDE}[\w'.-]+(?:\s+[\w'.-]+)?)\s+(?P<forces>{nouns})"
                      rf"(?:\s+on\s+(?:its|their)\s+(?:soil|territory))?$", re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def _listed(forces_nouns: tuple[str, ...]) -> re.Pattern:
    nouns = "|".join(re.escape(w) for w in sorted(forces_nouns, key=len, reverse=True))
    return re.compile(rf"^(?P<which>(?:which|what)\s+[\w-]+(?:\s+[\w-]+){{0,2}}?|who)\s+"
                      rf"(?:{_HOST}|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:home\s+to|hosting))\s+"
                      rf"(?P<side>{_NO_SIDE}[\w'.-]+(?:\s+[\w'.-]+)?)\s+(?P<forces>{nouns})\b", re.IGNORECASE)
