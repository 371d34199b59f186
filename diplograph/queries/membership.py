"""Who belongs to an organisation, at a date.

A membership claim runs from its ``date`` (joining) to its ``end_date`` (leaving); an undated
one holds at every date. As the ontology says, a membership with modality ``planned`` is an
application: those actors are listed as applicants, after the members. Without a date,
memberships that have ended are listed last, as former members. A membership that only
datasets attest, running to where they end, is a membership ``as_of`` that date.

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> [(m.actor.name, m.status) for m in members(view, "Northern Pact")]
[('Borvia', 'member'), ('Eskar', 'applicant'), ('Caldor', 'former member')]
>>> [(m.actor.name, m.status) for m in members(view, "NP", at="2021")]
[('Borvia', 'member')]
"""

from __future__ import annotations

import datetime as dt
import re

import networkx as nx

from diplograph.graph.ontology import load_ontology
from diplograph.queries.filters import RelationFilter, date_span
from diplograph.queries.lookup import Reader, find_actor
from diplograph.queries.results import Membership, Results

MEMBERSHIP = "MEMBER_OF"
APPLICATION = "planned"


def members(view: nx.MultiDiGraph, organization: str, *, at=None, actor_types=None,
            all_modalities: bool = False, modalities=None, min_sources: int = 1) -> list[Membership]:
    """Members of ``organization`` (at the date ``at``, if given), then applicants, then former members.

    With ``all_modalities``, unconfirmed, speculative and denied memberships are listed last,
    their status being their modality.
    """
    onto = load_ontology()
    flt = RelationFilter.build(predicates=[MEMBERSHIP], actor_types=actor_types, as_of=at,
                               all_modalities=all_modalities, modalities=modalities, min_sources=min_sources)
    node = find_actor(view, organization)
    reader = Reader(view, flt)
    found = []
    for other, u, v, data, claims in reader.incident(node, "in"):
        if u != other or not reader.node_allowed(other):
            continue
        link = reader.link(u, v, data, claims)
        answering = [e for e in link.evidence if onto.modalities[e.modality].answers]
        if any(e.modality != APPLICATION for e in answering):
            status = "member"
        elif answering:
            status = "applicant"
        else:
            status = link.modality
        since = min((e.date for e in link.evidence if e.date), default="")
        until = max((e.end_date for e in link.evidence if e.end_date), default="")
        if at is None and status == "member" and until and date_span(until)[1] < dt.date.today().toordinal():
            status = "former member"
        found.append(Membership(reader.ref(other), status, since, until, (link,), _as_of(link, until)))
    rank = {"member": 0, "applicant": 1, "former member": 2}
    return Results(sorted(found, key=lambda m: (rank.get(m.status, 3), m.actor.name.casefold())))


def _as_of(link, until: str) -> str:
    """Where the data end, for a membership with no end that only datasets attest (a COW
    spell running to 2014 says nothing of 2015): the latest of their coverage ends."""
    if until:
        return ""
    ends = [e.source.coverage_end for e in link.evidence]
    return max(ends) if ends and all(ends) else ""


# A source may file leaving a bloc as a rejection of it ("Mali, Burkina Faso and Niger quit ECOWAS"): its
# sentence says so by one of these words
_LEAVING = frozenset({"quit", "quits", "quitting", "leave", "leaves", "leaving", "left", "withdraw", "withdraws",
                      "withdrew", "withdrawn", "withdrawing", "withdrawal", "exit", "exits", "exited", "exiting",
                      "departure", "pulled", "pullout", "ceased", "ceases"})


def left_by_rejection(view: nx.MultiDiGraph, org: str, window: dict, actor_types=None) -> list:
    """The affirmed REJECTION claims against ``org`` in ``window`` whose sentence speaks of leaving it: who
    left a bloc as sources that file the leaving as a rejection tell it (when no membership has ended)."""
    from diplograph.queries.evidence import evidence

    found = []
    for actor in sorted(set(view.predecessors(org))):
        if actor_types and view.nodes[actor].get("type") not in actor_types:
            continue
        for claim in evidence(view, actor, "REJECTION", org, since=window.get("since"), until=window.get("until")):
            words = set(re.findall(r"[a-z]+", (claim.sentence or "").lower()))
            if claim.modality in ("asserted", "reported") and words & _LEAVING:
                found.append(claim)
    return found
