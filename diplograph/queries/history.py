"""Relations through time: an actor's timeline, and what changed between two dates.

Claims are placed by their own date, else by their source's publication date (see
:mod:`diplograph.queries.filters` for the rules).

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> [(e.date, e.evidence.predicate, e.evidence.source.publisher)
...  for e in timeline(view, "Dastan", families=["material_conflict"])]
[('2022-09', 'ARMED_CLASH', 'Example Wire'), ('2022-09', 'ARMED_CLASH', 'Example Digest')]
>>> [(c.kind, c.subject.name, c.predicate, c.object.name) for c in changes(view, "2022", "2024", actor="Fenmark")]
[('appeared', 'Fenmark', 'ARMS_TRANSFER', 'Dastan')]
"""

from __future__ import annotations

import networkx as nx

from diplograph.graph.ontology import load_ontology
from diplograph.queries.filters import QueryError, RelationFilter, claim_date, claim_span, parse_date
from diplograph.queries.lookup import Reader, find_actor
from diplograph.queries.results import Change, Results, TimelineEntry


def timeline(view: nx.MultiDiGraph, actor: str, *, predicates=None, families=None, actor_types=None, since=None,
             until=None, as_of=None, all_modalities: bool = False, modalities=None,
             min_sources: int = 1) -> list[TimelineEntry]:
    """Every claim about ``actor``'s relations, oldest first (claims with no date at all last).

    ``actor_types`` filters the other party.

    >>> from diplograph.queries.example import example_view
    >>> [(e.date, e.dated_by, e.evidence.predicate) for e in timeline(example_view(), "Eskar", all_modalities=True)]
    [('2022', 'claim', 'COOPERATION'), ('2022-01-20', 'claim', 'CO_PRODUCTION'), ('2023', 'claim', 'MEMBER_OF')]
    """
    flt = RelationFilter.build(predicates=predicates, families=families, actor_types=actor_types, since=since,
                               until=until, as_of=as_of, all_modalities=all_modalities, modalities=modalities,
                               min_sources=min_sources)
    node = find_actor(view, actor)
    reader = Reader(view, flt)
    entries, seen = [], set()
    for other, _u, _v, _data, claims in reader.incident(node, "both"):
        if other == node or not reader.node_allowed(other):
            continue
        for claim in claims:
            if claim.id in seen:
                continue
            seen.add(claim.id)
            placed = claim_date(claim, reader.sources)
            basis = "claim" if claim.date else ("source" if placed else "")
            entries.append(TimelineEntry(placed, basis, reader.evidence(claim)))
    entries.sort(key=lambda e: (e.date == "", e.date, e.evidence.predicate, e.evidence.source.published,
                                e.evidence.claim_id))
    return Results(entries)


def changes(view: nx.MultiDiGraph, start, end, *, actor: str | None = None, predicates=None, families=None,
            actor_types=None, all_modalities: bool = False) -> list[Change]:
    """Relations that appeared, disappeared or changed modality between the graph as of
    ``start`` and as of ``end``.

    At each date a relation stands with the modality of its latest claim by then (a later
    denial overrides an earlier assertion). It is *present* when that modality answers (any
    modality with ``all_modalities``). ``appeared``: present at ``end`` only; ``disappeared``:
    at ``start`` only (it ended, or was later denied); ``modality_changed``: the standing
    modality differs otherwise (reported to asserted, unconfirmed to denied ...).
    ``actor`` keeps the relations of one actor; ``actor_types`` keeps relations whose two
    ends are of those types.

    >>> from diplograph.queries.example import example_view
    >>> [(c.kind, c.subject.name, c.before, c.after) for c in changes(example_view(), "2022-03", "2024",
    ...                                                               actor="Fenmark", all_modalities=True)]
    [('modality_changed', 'Fenmark', 'denied', 'asserted')]
    """
    first, last = parse_date(start, "start"), parse_date(end, "end")
    if first is None or last is None:
        raise QueryError("changes needs two dates: a start and an end")
    if first.start() >= last.start():
        raise QueryError(f"start ({first}) must come before end ({last})")
    onto = load_ontology()
    shared = dict(predicates=predicates, families=families, actor_types=actor_types, all_modalities=True)
    before = RelationFilter.build(as_of=first, **shared)
    after = RelationFilter.build(as_of=last, **shared)
    reader = Reader(view, after)
    focus = find_actor(view, actor) if actor is not None else None
    found = []
    edges = _edges_of(view, focus) if focus is not None else view.edges(data=True)
    for u, v, data in edges:
        if not (reader.node_allowed(u) and reader.node_allowed(v)):
            continue
        then, now = before.claims(data, reader.sources), after.claims(data, reader.sources)
        if not then and not now:
            continue
        standing = data["family"] in before.standing_families
        was, is_ = _standing(then, standing, reader.sources, onto), _standing(now, standing, reader.sources, onto)
        counts = (lambda m: m != "") if all_modalities else (lambda m: m != "" and onto.modality(m).answers)
        if counts(is_) and not counts(was):
            kind = "appeared"
        elif counts(was) and not counts(is_):
            kind = "disappeared"
        elif was != is_:
            kind = "modality_changed"
        else:
            continue
        old_ids = {c.id for c in then}
        new_ids = {c.id for c in now}
        differing = [c for c in now if c.id not in old_ids] or [c for c in then if c.id not in new_ids]
        found.append(Change(kind, reader.ref(u), data["predicate"], reader.ref(v), was, is_,
                            tuple(reader.evidence(c) for c in differing)))
    order = {"appeared": 0, "disappeared": 1, "modality_changed": 2}
    found.sort(key=lambda c: (order[c.kind], c.subject.name.casefold(), c.predicate, c.object.name.casefold()))
    return found


def _edges_of(view, node):
    for other, edges in view._succ[node].items():
        for data in edges.values():
            yield node, other, data
    for other, edges in view._pred[node].items():
        for data in edges.values():
            yield other, node, data


def _standing(claims, standing: bool, sources: dict, onto) -> str:
    """The modality of the latest of ``claims`` (the strongest among equally late ones), or ''."""
    if not claims:
        return ""

    def when(claim):
        span = claim_span(claim, standing, sources)
        return span[0] if span else -1

    latest = max(when(c) for c in claims)
    return onto.strongest(c.modality for c in claims if when(c) == latest)
