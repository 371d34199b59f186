"""Measures borne in person: "the Treasury sanctioned Dodik", "the court sentenced the entity's president",
"issued an arrest warrant for Putin", "US prosecutors charged the defence minister". What an official does, the
body they serve does too (`pipeline.py`, ``_officials``), and a meeting with an official is a meeting with their
state; but sanctions, charges, warrants, arrests and prison terms aimed at a person fall on that person, not on
the state or entity they lead, which no one sanctioned or charged. So a COERCION whose object is a person stays
the person's; only an envoy's expulsion or arrest, which is done to the state that sent them ("expelled the
ambassador, X"), is the state's too. The envoys' titles are the lexicon's `envoy` class."""

from __future__ import annotations

from diplograph.graph.model import Claim

PERSONAL = frozenset({"COERCION"})


def borne_in_person(claim: Claim, claims, lexicon) -> bool:
    """Whether ``claim``'s object is a person who bears it alone (not an envoy standing for a state)."""
    if claim.predicate not in PERSONAL or not claim.object.startswith("person:"):
        return False
    envoys = lexicon.noun_class["envoy"]
    roles = [str(c.properties.get("role", "")).lower() for c in claims
             if c.subject == claim.object and c.predicate == "AFFILIATED_WITH"]
    return not any(word in envoys for role in roles for word in role.split())
