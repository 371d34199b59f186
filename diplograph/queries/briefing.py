"""What happened since the last briefing: relations that appeared, changed or ended since a date.

A claim is placed at its own date, else (for relations that are not standing facts) at its
source's publication date; a standing fact (borders, membership, office) without a date of its
own is a fact of no particular time and is not news. Relative to ``since``:

* *appeared*: every placed claim of the relation falls on or after ``since``;
* *changed*: the relation was known before, and since then its strongest modality changed,
  an independent source confirmed it, or its grade moved (see :mod:`diplograph.graph.trust`);
* *ended*: a claim says it ended on or after ``since``, or a source has denied it since then.

Each item cites the claims (and so the sources) it rests on.

>>> from diplograph.queries.example import example_view
>>> brief = briefing(example_view(), "2023-01-01")
>>> [(i.kind, i.subject.name, i.predicate, i.object.name) for i in brief.items]
[('appeared', 'Aland', 'ARMS_TRANSFER', 'Caldor'), ('appeared', 'Eskar', 'MEMBER_OF', 'Northern Pact'), ('changed', 'Fenmark', 'ARMS_TRANSFER', 'Dastan')]
>>> brief.items[2].changes
('denied → asserted', '+1 independent source', 'grade F5 → F4')
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from diplograph.graph.ontology import load_ontology
from diplograph.graph.view import edge_grade
from diplograph.queries.filters import QueryError, RelationFilter, date_span, parse_date
from diplograph.queries.lookup import Reader, find_actor
from diplograph.queries.neighbourhood import neighbourhood
from diplograph.queries.results import ActorRef, Evidence, SourceRef

KINDS = ("appeared", "changed", "ended")


@dataclass(frozen=True)
class BriefItem:
    """One relation in a briefing: what became of it since the date, and the claims that say so."""

    kind: str  # appeared | changed | ended
    subject: ActorRef
    predicate: str
    object: ActorRef
    family: str
    modality: str  # standing now
    grade: str
    changes: tuple[str, ...]  # "reported → asserted", "+1 independent source", "grade F2 → B1", "ended 2023-09"
    evidence: tuple[Evidence, ...]  # the claims placed since the date

    def reads(self) -> str:
        return f"{self.subject.name} {load_ontology().predicate(self.predicate).label} {self.object.name}"

    def to_dict(self) -> dict:
        return {"kind": self.kind, "subject": self.subject.to_dict(), "predicate": self.predicate,
                "object": self.object.to_dict(), "family": self.family, "modality": self.modality,
                "grade": self.grade, "changes": list(self.changes), "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True)
class Briefing:
    since: str
    until: str
    focus: ActorRef | None
    depth: int
    items: tuple[BriefItem, ...]
    sources: tuple[SourceRef, ...] = field(default=())  # cited, in order of first citation

    def citation(self, source_id: str) -> int:
        """The number a source is cited by (1, 2, ...)."""
        return next(i for i, s in enumerate(self.sources, 1) if s.id == source_id)

    def sections(self) -> list[tuple[ActorRef, list[tuple[str, list[BriefItem]]]]]:
        """Items by actor (the focus first, then by name) and, within an actor, by family (in
        the ontology's order). An item stands under its subject, or under the focus when the
        focus is its object."""
        onto = load_ontology()
        families = list(onto.families)
        by_actor: dict[str, tuple[ActorRef, dict[str, list[BriefItem]]]] = {}
        for item in self.items:
            owner = item.object if self.focus is not None and item.object.id == self.focus.id else item.subject
            by_actor.setdefault(owner.id, (owner, {}))[1].setdefault(item.family, []).append(item)
        ordered = sorted(by_actor.values(), key=lambda entry: (self.focus is None or entry[0].id != self.focus.id,
                                                               entry[0].name.casefold()))
        return [(actor, [(family, found[family]) for family in families if family in found])
                for actor, found in ordered]

    def to_dict(self) -> dict:
        return {"since": self.since, "until": self.until, "focus": self.focus.to_dict() if self.focus else None,
                "depth": self.depth, "items": [i.to_dict() for i in self.items],
                "sources": [{"number": n, **s.to_dict()} for n, s in enumerate(self.sources, 1)]}


def briefing(view: nx.MultiDiGraph, since, *, until=None, focus: str | None = None, depth: int = 1,
             kinds=KINDS) -> Briefing:
    """What appeared, changed and ended between ``since`` and ``until`` (default: now), in the
    whole graph or within ``depth`` hops of ``focus`` (see the module's docstring)."""
    start, end = parse_date(since, "since"), parse_date(until, "until")
    if start is None:
        raise QueryError("a briefing needs a date to start from: since=YYYY-MM-DD")
    if end is not None and end.end() < start.start():
        raise QueryError(f"until ({end}) is before since ({start})")
    onto = load_ontology()
    reader = Reader(view, RelationFilter.build(all_modalities=True))
    focus_id = find_actor(view, focus) if focus is not None else None
    scope = None  # with a focus, the relations walked from it up to depth hops
    if focus_id is not None:
        hood = neighbourhood(view, focus_id, depth, all_modalities=True)
        scope = {(link.subject.id, link.predicate, link.object.id) for link in hood.links}
    first_day = date_span(start.iso)[0]
    last_day = date_span(end.iso)[1] if end is not None else None
    standing_families = {name for name, f in onto.families.items() if f.polarity == 0}
    items = []
    for u, v, data in view.edges(data=True):
        if scope is not None and (u, data["predicate"], v) not in scope:
            continue
        item = _item(reader, view, u, v, data, data["family"] in standing_families, first_day, last_day, onto)
        if item is not None and item.kind in kinds:
            items.append(item)
    items.sort(key=lambda i: (KINDS.index(i.kind), i.subject.name.casefold(), i.predicate, i.object.name.casefold()))
    cited: dict[str, SourceRef] = {}
    for item in items:
        for e in item.evidence:
            cited.setdefault(e.source.id, e.source)
    return Briefing(start.iso, end.iso if end else "", reader.ref(focus_id) if focus_id else None, depth,
                    tuple(items), tuple(cited.values()))


def _item(reader: Reader, view, u: str, v: str, data: dict, standing: bool, first_day: int, last_day: int | None,
          onto) -> BriefItem | None:
    before, since, later = [], [], []
    for claim in data["claims"]:
        span = _placed(claim, standing, reader.sources)
        if span is None:
            continue
        if last_day is not None and span[0] > last_day:
            later.append(claim)
        elif span[1] < first_day:
            before.append(claim)
        else:
            since.append(claim)
    ended = [c for c in data["claims"] if c.end_date and (span := date_span(c.end_date)) is not None
             and span[1] >= first_day and (last_day is None or span[0] <= last_day)]
    if not since and not ended:
        return None
    now = before + since
    changes: list[str] = []
    trust = view.graph.get("trust")
    grade_now = trust.grade(now) if trust else edge_grade(view, data)
    denied_since = any(c.modality == "denied" for c in since) and not any(
        onto.modalities[c.modality].answers for c in since)
    if ended:
        kind = "ended"
        changes.append("ended " + max(c.end_date for c in ended))
    elif before and denied_since and any(onto.modalities[c.modality].answers for c in before):
        kind = "ended"
        changes.append("denied since")
    elif not before:
        kind = "appeared"
    else:
        kind = "changed"
        was, is_ = onto.strongest(c.modality for c in before), onto.strongest(c.modality for c in now)
        if was != is_:
            changes.append(f"{was} → {is_}")
        groups_before = {_group(reader, c) for c in before}
        fresh = {_group(reader, c) for c in since} - groups_before
        if fresh:
            changes.append(f"+{len(fresh)} independent source{'s' if len(fresh) > 1 else ''}")
        grade_before = trust.grade(before) if trust else None
        if grade_before is not None and grade_before != grade_now:
            changes.append(f"grade {grade_before} → {grade_now}")
        if not changes:
            return None  # said again by the sources that said it before: nothing new
    cited = sorted({id(c): c for c in since + ended}.values(), key=lambda c: (c.date or "9999", c.source_id))
    return BriefItem(kind, reader.ref(u), data["predicate"], reader.ref(v), data["family"],
                     onto.strongest(c.modality for c in now) if now else data["modality"], str(grade_now),
                     tuple(changes), tuple(reader.evidence(c) for c in cited))


def _placed(claim, standing: bool, sources) -> tuple[int, int] | None:
    """The days a claim is placed at: its own date, else (not for a standing fact) its source's."""
    if claim.date:
        return date_span(claim.date)
    if standing:
        return None
    source = sources.get(claim.source_id)
    published = getattr(source, "published", "") if source is not None else ""
    return date_span(published) if published else None


def _group(reader: Reader, claim) -> str:
    return reader.source(claim.source_id).group or claim.source_id
