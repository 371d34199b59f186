"""Which relations a query may use: predicates, families, actor types, dates, modality, sources.

Every query takes the same filter options and checks them before it walks the graph, so a typo
in a predicate or a date fails at once with a message that says what is allowed:

>>> flt = RelationFilter.build(families=["verbal_conflict"], since="2022")
>>> "THREAT" in flt.predicates and "AGREEMENT" not in flt.predicates
True
>>> RelationFilter.build(predicates=["THREATS"])
Traceback (most recent call last):
...
diplograph.queries.filters.QueryError: unknown predicate 'THREATS'; the ontology knows: AFFILIATED_WITH, AGREEMENT, ...
>>> RelationFilter.build(since="last year")
Traceback (most recent call last):
...
diplograph.queries.filters.QueryError: since: not a date: 'last year' (use YYYY, YYYY-MM or YYYY-MM-DD)

Dates. A claim lasts from its ``date`` to its ``end_date`` (or to the end of its own date, at
its precision: a claim dated ``2022`` covers the whole year). An undated claim of a
*standing-fact* family (polarity 0 in the ontology: borders, membership, leadership) holds at
every date; an undated claim of any other family is dated by its source's publication date,
the latest date at which it was known. ``since``/``until`` keep claims that overlap the window;
``as_of`` keeps claims that had begun by that date and had not ended before it (the graph as
it stood then). Claims with no date at all are kept by ``as_of`` and dropped by a window.

Modality. By default only claims whose modality the ontology marks ``answers: true``
(asserted, reported, planned) count; ``all_modalities=True`` lets unconfirmed, speculative and
denied claims count too (results then say which ties are confirmed).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Iterable

from diplograph.errors import DiplographError, OntologyError
from diplograph.graph.dates import PartialDate
from diplograph.graph.ontology import Ontology, load_ontology
from diplograph.graph.trust import independent_sources


class QueryError(DiplographError, ValueError):
    """A query option that cannot be used (unknown predicate, bad date, negative depth ...)."""


@functools.lru_cache(maxsize=65536)
def date_span(text: str) -> tuple[int, int] | None:
    """First and last day (as ordinals) that an ISO partial date covers; None if unparsable."""
    try:
        date = PartialDate.parse(text)
    except ValueError:
        return None
    return date.start().toordinal(), date.end().toordinal()


def parse_date(value, option: str) -> PartialDate | None:
    if value is None or value == "":
        return None
    if isinstance(value, (PartialDate, dt.date)):
        return PartialDate.parse(value)
    try:
        return PartialDate.parse(str(value))
    except ValueError as error:
        raise QueryError(f"{option}: {error}") from None


@dataclass(frozen=True)
class RelationFilter:
    """A compiled set of filter options; build it with :meth:`build`."""

    predicates: frozenset[str] | None = None  # None: every predicate
    actor_types: frozenset[str] | None = None  # types allowed for the actors a query reaches
    modalities: frozenset[str] = frozenset()
    since: PartialDate | None = None
    until: PartialDate | None = None
    as_of: PartialDate | None = None
    min_sources: int = 1  # independent sources: copies of one story count once
    standing_families: frozenset[str] = frozenset()
    every_modality: bool = False

    @classmethod
    def build(cls, *, predicates: Iterable[str] | None = None, families: Iterable[str] | None = None,
              actor_types: Iterable[str] | None = None, since=None, until=None, as_of=None,
              all_modalities: bool = False, modalities: Iterable[str] | None = None,
              min_sources: int = 1, ontology: Ontology | None = None) -> "RelationFilter":
        """Check every option against the ontology and compile them.

        ``predicates`` and ``families`` combine as a union (THREAT plus every predicate of
        material_conflict); leaving both out allows every predicate.
        """
        onto = ontology or load_ontology()
        allowed = None
        try:
            if predicates is not None or families is not None:
                allowed = {onto.predicate(p).name for p in _as_list(predicates, "predicates")}
                fams = _as_list(families, "families")
                if fams:
                    allowed |= set(onto.predicates_in(*[str(f).strip().lower() for f in fams]))
                if not allowed:
                    raise QueryError("the predicate/family filter is empty: name at least one predicate or family")
            types = None
            if actor_types is not None:
                types = frozenset(onto.actor_type(t).name for t in _as_list(actor_types, "actor types"))
                if not types:
                    raise QueryError("the actor type filter is empty: name at least one type")
            if modalities is not None:
                chosen = frozenset(onto.modality(m).name for m in _as_list(modalities, "modalities"))
                if not chosen:
                    raise QueryError("the modality filter is empty: name at least one modality")
            elif all_modalities:
                chosen = frozenset(onto.modalities)
            else:
                chosen = frozenset(m.name for m in onto.modalities.values() if m.answers)
        except OntologyError as error:
            raise QueryError(str(error)) from None
        since_d, until_d, as_of_d = parse_date(since, "since"), parse_date(until, "until"), parse_date(as_of, "as_of")
        if as_of_d is not None and (since_d is not None or until_d is not None):
            raise QueryError("as_of cannot be combined with since/until: use a window or a date, not both")
        if since_d is not None and until_d is not None and since_d.start() > until_d.end():
            raise QueryError(f"since ({since_d}) is after until ({until_d})")
        if isinstance(min_sources, bool) or not isinstance(min_sources, int) or min_sources < 1:
            raise QueryError(f"min_sources must be a whole number of at least 1 (got {min_sources!r})")
        standing = frozenset(f.name for f in onto.families.values() if f.polarity == 0)
        return cls(frozenset(allowed) if allowed is not None else None, types, chosen, since_d, until_d,
                   as_of_d, min_sources, standing, chosen == frozenset(onto.modalities))

    # -- what passes ------------------------------------------------------------------------

    @property
    def dated(self) -> bool:
        return self.since is not None or self.until is not None or self.as_of is not None

    def allows_predicate(self, predicate: str) -> bool:
        return self.predicates is None or predicate in self.predicates

    def allows_type(self, actor_type: str) -> bool:
        return self.actor_types is None or actor_type in self.actor_types

    def claims(self, data: dict, sources: dict) -> list:
        """The claims of one view edge that pass; empty when the relation does not count."""
        if not self.allows_predicate(data["predicate"]):
            return []
        claims = data["claims"]
        if not self.every_modality:
            claims = [c for c in claims if c.modality in self.modalities]
        if self.dated and claims:
            standing = data["family"] in self.standing_families
            claims = [c for c in claims if self._in_time(c, standing, sources)]
        if self.min_sources > 1 and independent_sources(claims, sources) < self.min_sources:
            return []
        return claims

    def _in_time(self, claim, standing: bool, sources: dict) -> bool:
        span = claim_span(claim, standing, sources)
        if span is None:  # no date at all: it stands in a snapshot, not in a window
            return self.as_of is not None
        start, end = span
        delivered = (claim.properties or {}).get("delivery_years") if self.since and self.until else None
        if delivered:  # "who armed X in the 1990s": a register's deal counts in the years it delivered, as SIPRI counts
            years = [int(y) for y in re.findall(r"\d{4}", delivered)]
            return any(int(self.since.iso[:4]) <= y <= int(self.until.iso[:4]) for y in years)
        if self.as_of is not None:
            moment_start, moment_end = date_span(self.as_of.iso)
            return start <= moment_end and (not claim.end_date or end >= moment_start)
        if self.since is not None and end < date_span(self.since.iso)[0]:
            return False
        if self.until is not None and start > date_span(self.until.iso)[1]:
            return False
        return True

    def describe(self) -> dict:
        """The options as plain values, for JSON output and messages."""
        return {
            "predicates": sorted(self.predicates) if self.predicates is not None else None,
            "actor_types": sorted(self.actor_types) if self.actor_types is not None else None,
            "modalities": sorted(self.modalities),
            "since": self.since.iso if self.since else None,
            "until": self.until.iso if self.until else None,
            "as_of": self.as_of.iso if self.as_of else None,
            "min_sources": self.min_sources,
        }


def claim_span(claim, standing: bool, sources: dict) -> tuple[int, int] | None:
    """The days a claim covers (ordinals), after the rules for undated claims; None if unknown.

    A standing fact with no date covers all time.
    """
    if claim.date:
        first = date_span(claim.date)
        if first is None:
            return None
        last = date_span(claim.end_date) if claim.end_date else first
        return first[0], (last or first)[1]
    if standing:
        return dt.date.min.toordinal(), dt.date.max.toordinal()
    source = sources.get(claim.source_id)
    published = getattr(source, "published", "") if source is not None else ""
    return date_span(published) if published else None


def claim_date(claim, sources: dict) -> str:
    """The date a claim is placed at: its own, else its source's publication date, else ''."""
    if claim.date:
        return claim.date
    source = sources.get(claim.source_id)
    return getattr(source, "published", "") if source is not None else ""


def happened_within(found: list, window: dict, sources: dict) -> list:
    """The claims of ``found`` placed inside ``window`` (``since``/``until``), for "what happened between
    A and B in May 2024?": a window keeps what overlaps it, but a fact standing at every date (a border)
    or a claim dated only by a longer period (the year, for a month) cannot be placed in it, so neither
    happened there. Any other window (none, ``as_of``) keeps everything."""
    if set(window) - {"since", "until"} or not window:
        return found
    first = date_span(window["since"])[0] if window.get("since") else dt.date.min.toordinal()
    last = date_span(window["until"])[1] if window.get("until") else dt.date.max.toordinal()
    onto = load_ontology()
    standing = {name for name, family in onto.families.items() if family.polarity == 0}
    kept = []
    for e in found:
        family = onto.predicate(e.predicate).family if e.predicate in onto.predicates else None
        if e.claim.date:
            span = date_span(e.claim.date)  # when it began, not how long it lasted
        else:
            span = None if family in standing else claim_span(e.claim, False, sources)
        if span is not None and first <= span[0] and span[1] <= last:
            kept.append(e)
    return kept


def _as_list(values, what: str) -> list[str]:
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    out = []
    for value in values:
        if not isinstance(value, str):
            raise QueryError(f"{what} must be names (strings), got {value!r}")
        out.extend(part.strip() for part in value.split(",") if part.strip())
    return out


def check_choice(value: str, allowed: Iterable[str], option: str) -> str:
    allowed = tuple(allowed)
    if value not in allowed:
        raise QueryError(f"{option} must be one of {', '.join(allowed)} (got {value!r})")
    return value


def check_count(value, option: str, minimum: int = 1, maximum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum or (maximum is not None and value > maximum):
        bound = f" and at most {maximum}" if maximum is not None else ""
        raise QueryError(f"{option} must be a whole number of at least {minimum}{bound} (got {value!r})")
    return value


def held_window(predicates, window: dict) -> dict:
    """The window a question about standing relations means: "Who was Rhun allied with *in
    2012*?" asks what held in 2012, so a one-period window (``since`` and ``until`` the same date)
    of predicates that are all standing facts (polarity 0: alliances, membership, office) becomes
    ``as_of`` that date, which keeps a relation begun before it and not ended by then. Any other
    window is returned as it is.

    >>> held_window(["ALLIANCE"], {"since": "2012", "until": "2012"})
    {'as_of': '2012'}
    >>> held_window(["ARMS_TRANSFER"], {"since": "2012", "until": "2012"})
    {'since': '2012', 'until': '2012'}
    """
    if not predicates or set(window) != {"since", "until"} or window["since"] != window["until"]:
        return window
    onto = load_ontology()
    standing = {name for name, family in onto.families.items() if family.polarity == 0}
    if all(p in onto.predicates and onto.predicate(p).family in standing for p in predicates):
        return {"as_of": window["since"]}
    return window
