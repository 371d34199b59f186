"""A guest hosted: hosting someone is the other end of their visit.

"Who hosted Xi Jinping in 2014?", "which countries welcomed Lavrov", "who played host to the emir": the hosts
are the places and people the guest visited, asked as "who did X visit". "Who did Tajikistan host?",
"Tajikistan hosted which visitors in 2014?", "Kazakhstan hosted whom": the guests are those who visited the
host, asked as "who visited X". Event data code one visit from both ends (CAMEO 042 by the guest, 043 by the
host) and articles say either; the visit questions keep each end once. The grammar reads a bare "host" as
hosting talks (a go-between, MEDIATION): that stays the reading when what was hosted is no actor ("who hosted
the talks", "which country hosted the summit"), and when two sides were hosted ("who hosted A and B": a
meeting between them), and when a group or a body was hosted ("which state hosts the Vesk Front": a
presence, not a visit).

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> guest_visit(view, "who hosted caldor in 2022?")
'who did caldor visit in 2022'
>>> guest_visit(view, "which head of state hosted caldor")
'which head of state did caldor visit'
>>> guest_visit(view, "borvia hosted which visitors")
'who visited borvia'
>>> guest_visit(view, "who did borvia host in 2021")
'who visited borvia in 2021'
>>> guest_visit(view, "which countries did borvia host at its lake resort in 2021")
'which countries visited borvia at its lake resort in 2021'
>>> guest_visit(view, "who hosted the talks") is None
True
>>> guest_visit(view, "who hosted caldor and dastan") is None
True
>>> guest_visit(view, "which state hosts the red hand") is None
True
"""

from __future__ import annotations

import re

from diplograph.errors import ActorNotFound
from diplograph.queries.lookup import find_actor

# a group or a body hosted is sheltered or seated there ("which Gulf state hosts the Vesk Front"), no visit
_VISITORS = frozenset({"person", "state"})
_HOSTED = r"(?:hosted|hosts|host|hosting|welcomed|welcomes|welcome|played host to|plays host to|play host to)"
_WHEN = r"(?P<when>\s+(?:in|since|during|before|after|until|between|from|on|last|this|over|at)\s+.+)?"
_ASKER = r"(?:who|which\s+(?:countries|country|states|state|governments?|leaders?|capitals?|cities|city|hosts?|" \
         r"(?P<people>heads?\s+of\s+(?:state|government)|presidents?|prime\s+ministers?|premiers?|kings?|rulers?)))"
_GUESTS = r"(?:whom|who|which\s+(?:visitors|guests|leaders|officials|delegations|countries|states|people))"
_HOSTS_OF = re.compile(rf"^{_ASKER}\s+(?:has\s+|have\s+|had\s+|did\s+)?{_HOSTED}\s+(?P<guest>.+?){_WHEN}$", re.IGNORECASE)
_GUESTS_OF = [
    re.compile(rf"^(?:who|whom|which\s+(?P<guests>countries|states|leaders|presidents|heads\s+of\s+state|officials|"
               rf"visitors|guests))\s+(?:did|does|do|has|have|had)\s+(?P<host>.+?)\s+{_HOSTED}{_WHEN}$", re.IGNORECASE),
    re.compile(rf"^(?P<host>.+?)\s+(?:has\s+|have\s+|had\s+)?{_HOSTED}\s+{_GUESTS}{_WHEN}$", re.IGNORECASE),
]


def guest_visit(view, text: str) -> str | None:
    """The visit question a question about a guest hosted stands for (see the module), or None."""
    text = text.strip().rstrip("?!. ")
    if found := _HOSTS_OF.match(text):
        guest = found["guest"]
        if _one_actor(view, guest):  # "which head of state hosted X": the persons X visited
            return f"{'which ' + found['people'] if found['people'] else 'who'} did {guest} visit{found['when'] or ''}"
        return None
    for form in _GUESTS_OF:
        if (found := form.match(text)) and _one_actor(view, found["host"]):
            asker = f"which {found['guests']}" if found.groupdict().get("guests") else "who"
            return f"{asker} visited {found['host']}{found['when'] or ''}"
    return None


def _one_actor(view, name: str) -> bool:
    """Whether ``name`` is one actor of the graph, not two sides or a thing hosted ("the talks")."""
    if re.search(r"\b(?:and|or|&)\b|,", name):
        return False
    try:
        node = find_actor(view, name.strip())
    except ActorNotFound:
        return False
    return view.nodes[node].get("type") in _VISITORS
