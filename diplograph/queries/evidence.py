"""The sources behind a relation, and the places where sources disagree.

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> [(e.source.publisher, e.modality) for e in evidence(view, "Borvia", "ARMS_TRANSFER", "Caldor")]
[('Example Review', 'asserted'), ('Example Wire', 'reported')]
>>> found = contradictions(view)
>>> [(c.kind, c.subject.name, c.object.name) for c in found]
[('modality', 'Fenmark', 'Dastan')]
>>> print(found[0].explanation)
Fenmark supplies arms to Dastan: asserted by Arms market digest (Example Digest), 2023-11; denied by Borvian drones abroad (Example Review), 2022-02
"""

from __future__ import annotations

import networkx as nx

from diplograph.errors import OntologyError
from diplograph.graph.ontology import load_ontology
from diplograph.queries.filters import QueryError, RelationFilter, check_choice, claim_span
from diplograph.queries.lookup import Reader, find_actor
from diplograph.queries.results import Contradiction, Evidence, Results

KINDS = ("modality", "polarity")


def evidence(view: nx.MultiDiGraph, subject: str, predicate: str | None, object: str, *, since=None,
             until=None, as_of=None, all_modalities: bool = True, modalities=None) -> list[Evidence]:
    """Every claim that ``subject`` ``predicate`` ``object`` (any predicate when None), oldest first.

    All modalities count by default (denials and unconfirmed reports are evidence too). A
    directed predicate is read in the direction given; a symmetric one either way.

    >>> from diplograph.queries.example import example_view
    >>> [(e.date, e.modality, e.sentence) for e in evidence(example_view(), "Fenmark", "ARMS_TRANSFER", "Dastan")]
    [('2022-02', 'denied', 'Fenmark said it has no interest in selling drones to Dastan.'), ('2023-11', 'asserted', 'Fenmark delivered drones to Dastan in November 2023.')]
    >>> [e.predicate for e in evidence(example_view(), "Dastan", None, "Caldor")]
    ['ARMED_CLASH', 'ARMED_CLASH', 'BORDERS']
    """
    try:
        wanted = load_ontology().predicate(predicate) if predicate is not None else None
    except OntologyError as error:
        raise QueryError(str(error)) from None
    flt = RelationFilter.build(predicates=[wanted.name] if wanted else None, since=since, until=until, as_of=as_of,
                               all_modalities=all_modalities, modalities=modalities)
    a, b = find_actor(view, subject), find_actor(view, object)
    reader = Reader(view, flt)
    found = []
    for u, v in ((a, b), (b, a)):
        for data in view._succ[u].get(v, {}).values():
            if (u, v) == (b, a) and not data.get("symmetric") and wanted is not None:
                continue
            found.extend(reader.evidence(c) for c in flt.claims(data, reader.sources))
    return Results(sorted(found, key=lambda e: (e.date == "", e.date, e.source.published, e.claim_id)))


def contradictions(view: nx.MultiDiGraph, *, actor: str | None = None, kinds=KINDS, since=None, until=None,
                   min_sources: int = 1) -> list[Contradiction]:
    """Pairs of actors about which sources disagree.

    * ``modality``: on one relation, one source affirms it (a modality that answers) and
      another doubts it (unconfirmed, speculative) or denies it (the weakest modality of the
      ontology), or one doubts and another denies.
    * ``polarity``: on one pair and direction (either way for symmetric predicates), one
      source reports a cooperative relation and another a conflictual one, both affirmed,
      at overlapping dates.

    ``actor`` keeps the pairs that involve it.

    >>> from diplograph.queries.example import example_view
    >>> [(c.kind, [e.modality for e in c.one_side], [e.modality for e in c.other_side])
    ...  for c in contradictions(example_view(), actor="Dastan")]
    [('modality', ['asserted'], ['denied'])]
    """
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    for kind in kinds:
        check_choice(kind, KINDS, "kinds")
    onto = load_ontology()
    flt = RelationFilter.build(since=since, until=until, all_modalities=True, min_sources=min_sources)
    reader = Reader(view, flt)
    focus = find_actor(view, actor) if actor is not None else None
    weakest = min(m.strength for m in onto.modalities.values())

    def stance(modality: str) -> str:
        spec = onto.modalities[modality]
        return "affirmed" if spec.answers else ("denied" if spec.strength == weakest else "doubted")

    pairs: dict[tuple[str, str], list[tuple[str, str, dict, list]]] = {}
    if focus is not None:
        edges = [(focus, o, d) for o, es in view._succ[focus].items() for d in es.values()]
        edges += [(o, focus, d) for o, es in view._pred[focus].items() for d in es.values()]
    else:
        edges = view.edges(data=True)
    for u, v, data in edges:
        claims = flt.claims(data, reader.sources)
        if claims and u != v:
            pairs.setdefault((u, v) if u < v else (v, u), []).append((u, v, data, claims))

    found = []
    for (a, b), relations in sorted(pairs.items()):
        if "modality" in kinds:
            for u, v, data, claims in relations:
                sides: dict[str, list] = {}
                for claim in claims:
                    sides.setdefault(stance(claim.modality), []).append(claim)
                present = [s for s in ("affirmed", "doubted", "denied") if s in sides]
                if len(present) < 2:
                    continue
                one, other = sides[present[0]], [c for s in present[1:] for c in sides[s]]
                if not any(x.source_id != y.source_id for x in one for y in other):
                    continue  # one source hedging itself is not a disagreement between sources
                found.append(_contradiction(reader, "modality", u, v, data, one, other))
        if "polarity" in kinds:
            found.extend(_polarity(reader, onto, relations))
    return Results(found)


def _contradiction(reader: Reader, kind: str, u: str, v: str, data: dict, one, other) -> Contradiction:
    ev_one = tuple(reader.evidence(c) for c in sorted(one, key=_when))
    ev_other = tuple(reader.evidence(c) for c in sorted(other, key=_when))
    relation = f"{reader.ref(u).name} {load_ontology().predicate(data['predicate']).label} {reader.ref(v).name}"
    explanation = f"{relation}: " + "; ".join(_said(e) for e in (*ev_one, *ev_other))
    return Contradiction(kind, reader.ref(u), reader.ref(v), explanation, ev_one, ev_other)


def _polarity(reader: Reader, onto, relations) -> list[Contradiction]:
    found = []
    signed = []
    for u, v, data, claims in relations:
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
            if pol2 > 0 or not same_way or claim.source_id == claim2.source_id or span is None or span2 is None:
                continue
            if span[0] > span2[1] or span2[0] > span[1]:
                continue
            key = (u, v, data["predicate"], data2["predicate"])
            if key in seen:
                continue
            seen.add(key)
            relation = (f"{reader.ref(u).name} {onto.predicate(data['predicate']).label} {reader.ref(v).name}, and "
                        f"{reader.ref(u2).name} {onto.predicate(data2['predicate']).label} {reader.ref(v2).name}")
            one, other = reader.evidence(claim), reader.evidence(claim2)
            found.append(Contradiction("polarity", reader.ref(u), reader.ref(v),
                                       f"{relation} at the same time: {_said(one)}; {_said(other)}", (one,), (other,)))
    return found


def _when(claim):
    return (claim.date or "9999", claim.source_id)


def _said(e: Evidence) -> str:
    who = e.source.label
    when = e.date or e.source.published
    return f"{e.modality} by {who}" + (f", {when}" if when else "")
