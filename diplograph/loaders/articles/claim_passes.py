"""Passes over a document's claims once every sentence is read: officials' relations lifted to their
states, and leaders made members of what they lead."""

from __future__ import annotations

import dataclasses

from diplograph.graph.model import Claim

# What states do through their officials: talks, deals, mediation (capturing a pilot is done to him).
_DIPLOMATIC = frozenset({"MEDIATION", "CONSULTATION", "AGREEMENT", "COOPERATION"})


def lifted_to_their_states(claims: dict[tuple, Claim]) -> list[Claim]:
    """"Angola mediated between President Tshisekedi and President Kagame": once the officials'
    states hold the diplomatic relation (Angola MEDIATION the DRC), a state's (or a body's: "talks
    brokered by CARICOM") relation to another state's official is dropped; a person's relation to a
    state stays ("Erdogan travelled to Kyiv"), and so does what is done to the person ("Pakistan
    captured the Indian pilot X")."""
    office = {c.subject: c.object for c in claims.values() if c.predicate == "AFFILIATED_WITH"
              and c.subject.startswith("person:") and c.object.startswith("state:")}
    held = {(c.subject, c.predicate, c.object, key[3]) for key, c in claims.items()}
    dropped = []
    for key, claim in list(claims.items()):
        if claim.predicate in _DIPLOMATIC and claim.subject.startswith(("state:", "organization:")) and \
                claim.object in office and \
                (claim.subject, claim.predicate, office[claim.object], key[3]) in held:
            dropped.append(claims.pop(key))
    return dropped


def leaders_belong(claims: dict[tuple, Claim]) -> None:
    """A person who leads a body ("X, who chairs the bloc", "the RSF is led by Y") holds office in
    it: AFFILIATED_WITH with the role "leader", unless a title already says so."""
    affiliated = {(c.subject, c.object) for c in claims.values() if c.predicate == "AFFILIATED_WITH"}
    for key, claim in list(claims.items()):
        if claim.predicate != "LEADS" or not claim.subject.startswith("person:") or \
                (claim.subject, claim.object) in affiliated:
            continue
        claims.setdefault((claim.subject, "AFFILIATED_WITH", claim.object, key[3]), dataclasses.replace(
            claim, predicate="AFFILIATED_WITH", method=claim.method + ":leader",
            properties={**claim.properties, "role": "leader"}))
