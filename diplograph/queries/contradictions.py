"""Where sources really disagree, side by side with who says what and how reliable they are.

Two kinds by default:

* ``denial``: one source affirms a relation (asserted, reported or planned) and another, not a
  copy of it, denies it. A source that only hedges (unconfirmed, speculative) contradicts no one.
* ``value``: independent sources give one fact different values: the number of weapons in one
  deal (same supplier, recipient, weapon and year), the start of a standing relation as datasets
  and curated files date it (joined in 1992 or in 1994), or who held a head-of-state or
  head-of-government office at the same time.

``polarity`` (asked for by name) adds pairs that one source calls cooperative and another
conflictual at overlapping dates, which is often a mixed relationship rather than a dispute.

>>> from diplograph.queries.example import example_view
>>> found = contradictions(example_view())
>>> [(c.kind, c.subject.name, c.predicate, c.object.name) for c in found]
[('denial', 'Fenmark', 'ARMS_TRANSFER', 'Dastan')]
>>> print(found[0].explanation)
Fenmark supplies arms to Dastan: asserted by Arms market digest (Example Digest), 2023-11; denied by Borvian drones abroad (Example Review), 2022-02
"""

from __future__ import annotations

import re

import networkx as nx

from diplograph.graph.ontology import load_ontology
from diplograph.names import name_key
from diplograph.queries.filters import RelationFilter, check_choice, claim_span
from diplograph.queries.lookup import Reader, find_actor
from diplograph.queries.results import Contradiction, Evidence, Results

KINDS = ("denial", "value", "polarity")
DEFAULT_KINDS = ("denial", "value")
# properties that count the weapons of one deal
QUANTITIES = {"number_ordered": "number ordered", "number_delivered": "number delivered", "quantity": "quantity"}
# offices one person holds at a time in a state or body
HEAD_OFFICES = frozenset({"president", "prime minister", "supreme leader", "king", "queen", "emir", "chancellor",
                          "secretary-general", "secretary general", "head of state", "head of government"})
_NOT_SITTING = re.compile(r"\b(former|ex|late|acting|interim|vice|deputy|elect)\b", re.I)


def contradictions(view: nx.MultiDiGraph, *, actor: str | None = None, kinds=DEFAULT_KINDS, since=None, until=None,
                   min_sources: int = 1) -> list[Contradiction]:
    """The disagreements between independent sources (see the module's docstring), those that
    involve ``actor`` when it is given; ``since``/``until`` keep the claims dated in that window.

    >>> from diplograph.queries.example import example_view
    >>> [(c.kind, [e.modality for e in c.one_side], [e.modality for e in c.other_side])
    ...  for c in contradictions(example_view(), actor="Dastan")]
    [('denial', ['asserted'], ['denied'])]
    """
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    for kind in kinds:
        check_choice(kind, KINDS, "kinds")
    onto = load_ontology()
    flt = RelationFilter.build(since=since, until=until, all_modalities=True, min_sources=min_sources)
    reader = Reader(view, flt)
    focus = find_actor(view, actor) if actor is not None else None
    relations = []
    for u, v, data in _edges(view, focus):
        claims = flt.claims(data, reader.sources)
        if claims and u != v:
            relations.append((u, v, data, claims))
    found = []
    affirming = frozenset(m.name for m in onto.modalities.values() if m.answers)
    for u, v, data, claims in relations:
        if "denial" in kinds:
            found.extend(_denial(reader, u, v, data, claims, affirming))
        if "value" in kinds:
            found.extend(_quantities(reader, u, v, data, [c for c in claims if c.modality in affirming]))
            if onto.families[data["family"]].polarity == 0:
                found.extend(_start_dates(reader, u, v, data, [c for c in claims if c.modality in affirming]))
    if "value" in kinds:
        found.extend(_office_holders(reader, view, focus, affirming))
    if "polarity" in kinds:
        found.extend(_polarity(reader, onto, relations))
    return Results(sorted(found, key=lambda c: (KINDS.index(c.kind), c.subject.name.casefold(), c.predicate,
                                                c.object.name.casefold(), c.detail)))


def _group(reader: Reader, claim) -> str:
    return reader.source(claim.source_id).group or claim.source_id


def _denial(reader: Reader, u: str, v: str, data: dict, claims, affirming) -> list[Contradiction]:
    said = [c for c in claims if c.modality in affirming]
    denied = [c for c in claims if c.modality == "denied"]
    if not any(_group(reader, a) != _group(reader, d) for a in said for d in denied):
        return []  # no denial from anyone but the source that affirms it (or a copy of it)
    return [_side_by_side(reader, "denial", u, v, data, said, denied)]


def _quantities(reader: Reader, u: str, v: str, data: dict, claims) -> list[Contradiction]:
    """One deal (the same weapon in the same year) counted differently by independent sources."""
    found = []
    for prop, label in QUANTITIES.items():
        deals: dict[tuple[str, str], list] = {}
        for claim in claims:
            value = (claim.properties or {}).get(prop, "").strip()
            if value and claim.properties.get("weapon"):
                deals.setdefault((name_key(claim.properties["weapon"]), claim.date[:4]), []).append(claim)
        for (_, year), group in sorted(deals.items()):
            values: dict[str, list] = {}
            for claim in group:
                values.setdefault(_number(claim.properties[prop]), []).append(claim)
            if len(values) < 2 or len({_group(reader, c) for c in group}) < 2:
                continue
            (first, one), *rest = sorted(values.items())
            other = [c for _, cs in rest for c in cs]
            weapon = group[0].properties["weapon"]
            detail = f"{label} of {weapon}{' in ' + year if year else ''}: " + " or ".join(sorted(values))
            found.append(_side_by_side(reader, "value", u, v, data, one, other, detail))
    return found


def _number(text: str) -> str:
    digits = re.sub(r"[^\d.]", "", text)
    return digits.rstrip("0").rstrip(".") if "." in digits else digits or text


def _start_dates(reader: Reader, u: str, v: str, data: dict, claims) -> list[Contradiction]:
    """A standing relation (membership, alliance ...) that datasets and curated files start at
    dates that cannot both be right: the earliest start each independent source gives, compared."""
    starts: dict[str, list] = {}
    for claim in claims:
        if claim.date and not claim.method.startswith("rules:"):  # a prose mention dates the mention, not the start
            starts.setdefault(_group(reader, claim), []).append(claim)
    earliest = {g: min(cs, key=lambda c: c.date) for g, cs in starts.items()}
    if len(earliest) < 2:
        return []
    ordered = sorted(earliest.values(), key=lambda c: c.date)
    first = ordered[0]
    first_span = claim_span(first, False, reader.sources)
    later = [c for c in ordered[1:] if (span := claim_span(c, False, reader.sources)) and first_span
             and span[0] > first_span[1]]
    if not later:
        return []
    detail = "since " + " or ".join(dict.fromkeys(c.date for c in ordered))
    return [_side_by_side(reader, "value", u, v, data, [first], later, detail)]


def _office_holders(reader: Reader, view: nx.MultiDiGraph, focus: str | None, affirming) -> list[Contradiction]:
    """Two people said by independent sources to hold one head office of one state or body at
    the same time (an undated claim holds when its source was published)."""
    holders: dict[tuple[str, str], list] = {}
    for person, body, data in view.edges(data=True):
        if data["predicate"] != "AFFILIATED_WITH" or view.nodes[person].get("type") != "person":
            continue
        for claim in reader.flt.claims(data, reader.sources):
            role = " ".join((claim.properties or {}).get("role", "").lower().split())
            if claim.modality in affirming and role in HEAD_OFFICES and not _NOT_SITTING.search(role):
                holders.setdefault((body, role), []).append((person, data, claim))
    found = []
    for (body, role), said in sorted(holders.items()):
        if focus is not None and focus != body and all(focus != p for p, _, _ in said):
            continue
        for i, (person, data, claim) in enumerate(said):
            rivals = [(p, d, c) for p, d, c in said[i + 1:] if p != person and _group(reader, c) != _group(reader, claim)
                      and _overlap(claim_span(claim, False, reader.sources), claim_span(c, False, reader.sources))]
            if not rivals:
                continue
            other_person, other_data, other_claim = rivals[0]
            title = f"{role.title()} of {reader.ref(body).name}"
            one, other = reader.evidence(claim), reader.evidence(other_claim)
            explanation = (f"who is {title}: {one.subject.name} ({_said(one)}) or {other.subject.name} "
                           f"({_said(other)})")
            found.append(Contradiction("value", reader.ref(person), reader.ref(body), explanation, (one,), (other,),
                                       "AFFILIATED_WITH", f"who is {title}: {one.subject.name} or {other.subject.name}"))
            break
    return found


def _overlap(one, other) -> bool:
    return one is not None and other is not None and one[0] <= other[1] and other[0] <= one[1]


def _side_by_side(reader: Reader, kind: str, u: str, v: str, data: dict, one, other, detail: str = "") -> Contradiction:
    ev_one = tuple(reader.evidence(c) for c in sorted(one, key=_when))
    ev_other = tuple(reader.evidence(c) for c in sorted(other, key=_when))
    relation = f"{reader.ref(u).name} {load_ontology().predicate(data['predicate']).label} {reader.ref(v).name}"
    explanation = f"{relation}{' (' + detail + ')' if detail else ''}: " + "; ".join(_said(e) for e in (*ev_one, *ev_other))
    return Contradiction(kind, reader.ref(u), reader.ref(v), explanation, ev_one, ev_other, data["predicate"], detail)


def _polarity(reader: Reader, onto, relations) -> list[Contradiction]:
    pairs: dict[tuple[str, str], list] = {}
    for u, v, data, claims in relations:
        pairs.setdefault((u, v) if u < v else (v, u), []).append((u, v, data, claims))
    found = []
    for _, grouped in sorted(pairs.items()):
        signed = []
        for u, v, data, claims in grouped:
            polarity = onto.families[data["family"]].polarity
            if polarity == 0:  # standing facts neither cooperate nor conflict
                continue
            for claim in claims:
                if onto.modalities[claim.modality].answers:
                    signed.append((polarity, u, v, data, claim, claim_span(claim, False, reader.sources)))
        seen = set()
        for pol, u, v, data, claim, span in signed:
            if pol < 0:
                continue
            for pol2, u2, v2, data2, claim2, span2 in signed:
                same_way = (u, v) == (u2, v2) or data.get("symmetric") or data2.get("symmetric")
                if pol2 > 0 or not same_way or _group(reader, claim) == _group(reader, claim2) \
                        or not _overlap(span, span2):
                    continue
                key = (u, v, data["predicate"], data2["predicate"])
                if key in seen:
                    continue
                seen.add(key)
                relation = (f"{reader.ref(u).name} {onto.predicate(data['predicate']).label} {reader.ref(v).name}, and "
                            f"{reader.ref(u2).name} {onto.predicate(data2['predicate']).label} {reader.ref(v2).name}")
                one, other = reader.evidence(claim), reader.evidence(claim2)
                found.append(Contradiction("polarity", reader.ref(u), reader.ref(v),
                                           f"{relation} at the same time: {_said(one)}; {_said(other)}", (one,), (other,),
                                           data["predicate"], f"{data['predicate']} and {data2['predicate']}"))
    return found


def _when(claim):
    return (claim.date or "9999", claim.source_id)


def _said(e: Evidence) -> str:
    when = e.date or e.source.published
    return f"{e.modality} by {e.source.label}" + (f", {when}" if when else "")


def hedged(view: nx.MultiDiGraph, *, actor: str | None = None, since=None, until=None) -> list:
    """The relations no source affirms: every claim of them is unconfirmed, speculative or denied
    (what an analyst means by "disputed" as much as a contradiction is), those of ``actor`` when it
    is given, best-sourced first, as :class:`~diplograph.queries.results.Link` records.

    >>> from diplograph.queries.example import example_view
    >>> [(l.subject.name, l.predicate, l.object.name, l.modality) for l in hedged(example_view())]
    [('Aland', 'ARMS_TRANSFER', 'Caldor', 'unconfirmed')]
    """
    flt = RelationFilter.build(since=since, until=until, all_modalities=True)
    reader = Reader(view, flt)
    found = []
    for u, v, data in _edges(view, find_actor(view, actor) if actor is not None else None):
        claims = flt.claims(data, reader.sources)
        if claims and u != v:
            link = reader.link(u, v, data, claims)
            if not link.confirmed:
                found.append(link)
    return sorted(found, key=lambda l: (-l.n_sources, l.subject.name.casefold(), l.predicate, l.object.name.casefold()))


def _edges(view, focus: str | None) -> list:
    """The relations (subject, object, data) of the actor ``focus`` in either direction, or all of the view's."""
    if focus is None:
        return list(view.edges(data=True))
    return ([(focus, o, d) for o, es in view._succ[focus].items() for d in es.values()]
            + [(o, focus, d) for o, es in view._pred[focus].items() for d in es.values()])
