"""Query results as tables: which columns each kind of result shows, for the command line and
for notebooks (``_repr_html_``), so that both show the same thing.

>>> from diplograph import queries
>>> from diplograph.queries.example import example_view
>>> table = Table(queries.suppliers(example_view(), "Caldor"), title="suppliers of Caldor")
>>> table.headers[:4]
['actor', 'type', 'relations', 'confirmed']
>>> [row[:2] for row in table.rows]
[['Borvia', 'state'], ['Kestrel Dynamics', 'company']]
>>> print(Table(queries.members(example_view(), "Northern Pact")).to_csv().splitlines()[0])
actor,type,status,since,until,sources,evidence

Every cell is plain text; the HTML of a table escapes it, so a name like ``<img onerror=...>``
shows as those characters:

>>> from diplograph.queries.results import ActorRef, Broker
>>> html = Table([Broker(ActorRef("x", "<img src=x onerror=alert(1)>", "state"), 0.5, 2)])._repr_html_()
>>> "<img" in html, "&lt;img src=x onerror=alert(1)&gt;" in html
(False, True)
"""

from __future__ import annotations

import html
from typing import Callable, Iterable

from diplograph.names import plain
from diplograph.spreadsheet import csv_text
from diplograph.queries.results import (Bloc, Broker, Change, Concentration, Contradiction, Evidence, Link, Membership,
                                        Neighbourhood, Path, ProxyMatch, Share, SourceSummary, Tie, TimelineEntry)

SNIPPET = 90  # characters of an evidence sentence shown in a table cell

Column = tuple[str, Callable[[object], object]]


def snippet(evidence: Iterable[Evidence]) -> str:
    """The first evidence sentence, on one line, cut to :data:`SNIPPET` characters."""
    for e in evidence:
        if e.sentence:
            text = plain(e.sentence)
            return text if len(text) <= SNIPPET else text[: SNIPPET - 1] + "…"
    return ""


def who(e: Evidence) -> str:
    """Who said it: the source's title and publisher (its address or file name without a title)."""
    return e.source.label


def _stance(e: Evidence) -> str:
    """One source's word in a dispute: modality, date, the source's reliability and name."""
    when = e.date or e.source.published
    return f"{e.modality}{' ' + when if when else ''} · {e.source.reliability} · {e.source.label}"


def cell(value) -> str:
    """A value as the one line of text a cell shows (lists joined with "; ")."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(cell(v) for v in value)
    return plain(str(value))


def _hop_relations(hop: tuple[Link, ...]) -> list[str]:
    return [f"{l.subject.name} {l.predicate} {l.object.name} ({l.modality}, "
            f"{l.n_sources} source{'s' if l.n_sources != 1 else ''})" for l in hop]


class PathHop:
    """One hop of a path, as a table row: path number, hop number, its two ends and relations."""

    def __init__(self, number: int, index: int, path: Path):
        self.number, self.index, self.path = number, index, path
        self.links = path.hops[index]


COLUMNS: dict[type, list[Column]] = {
    Tie: [
        ("actor", lambda t: t.actor.name),
        ("type", lambda t: t.actor.type),
        ("relations", lambda t: t.predicates),
        ("confirmed", lambda t: "yes" if t.confirmed else "no: " + ", ".join(t.modalities)),
        ("sources", lambda t: t.n_sources),
        ("grade", lambda t: t.grade or ""),
        ("first", lambda t: t.first_date),
        ("last", lambda t: t.last_date),
        ("weapons", lambda t: sorted({e.prop("weapon") or e.prop("weapon_class") for e in t.evidence
                                      if e.prop("weapon") or e.prop("weapon_class")})),
        ("evidence", lambda t: snippet(t.evidence)),
    ],
    Link: [
        ("subject", lambda l: l.subject.name), ("relation", lambda l: l.predicate), ("object", lambda l: l.object.name),
        ("modality", lambda l: l.modality), ("sources", lambda l: l.n_sources), ("grade", lambda l: l.grade or ""),
        ("first", lambda l: l.first_date),
        ("last", lambda l: l.last_date), ("evidence", lambda l: snippet(l.evidence)),
    ],
    PathHop: [
        ("path", lambda h: h.number), ("hop", lambda h: h.index + 1),
        ("from", lambda h: h.path.actors[h.index].name), ("to", lambda h: h.path.actors[h.index + 1].name),
        ("relations", lambda h: _hop_relations(h.links)),
        ("evidence", lambda h: snippet([e for l in h.links for e in l.evidence])),
    ],
    Share: [
        ("supplier", lambda s: s.actor.name), ("type", lambda s: s.actor.type), ("count", lambda s: s.count),
        ("share", lambda s: f"{s.share:.1%}"),
    ],
    ProxyMatch: [
        ("supplier A", lambda m: m.supplier_a.name), ("arms X", lambda m: m.client_x.name),
        ("rival B", lambda m: m.supplier_b.name), ("arms Y", lambda m: m.client_y.name),
        ("relations", lambda m: [f"{l.subject.name} {l.predicate} {l.object.name}" for l in m.links]),
    ],
    Broker: [
        ("actor", lambda b: b.actor.name), ("type", lambda b: b.actor.type),
        ("betweenness", lambda b: f"{b.betweenness:.4f}"), ("partners", lambda b: b.degree),
    ],
    Bloc: [
        ("bloc", lambda b: b.number), ("size", lambda b: len(b.actors)), ("links", lambda b: b.internal_links),
        ("actors", lambda b: [a.name for a in b.actors]),
    ],
    TimelineEntry: [
        ("date", lambda e: e.date + (" (source)" if e.dated_by == "source" else "")),
        ("subject", lambda e: e.evidence.subject.name), ("relation", lambda e: e.evidence.predicate),
        ("object", lambda e: e.evidence.object.name), ("modality", lambda e: e.evidence.modality),
        ("source", lambda e: who(e.evidence)), ("evidence", lambda e: snippet([e.evidence])),
    ],
    Change: [
        ("change", lambda c: c.kind), ("subject", lambda c: c.subject.name), ("relation", lambda c: c.predicate),
        ("object", lambda c: c.object.name), ("before", lambda c: c.before or "-"), ("after", lambda c: c.after or "-"),
        ("evidence", lambda c: snippet(c.evidence)),
    ],
    Evidence: [
        ("date", lambda e: e.date), ("subject", lambda e: e.subject.name), ("relation", lambda e: e.predicate),
        ("object", lambda e: e.object.name), ("modality", lambda e: e.modality), ("source", who),
        ("reliability", lambda e: e.source.reliability), ("published", lambda e: e.source.published),
        ("url", lambda e: e.source.url),
        ("sentence", lambda e: plain(e.sentence)),
    ],
    SourceSummary: [
        ("title", lambda s: s.source.title or s.source.label), ("publisher", lambda s: s.source.publisher),
        ("date", lambda s: s.source.published), ("kind", lambda s: s.kind),
        ("reliability", lambda s: s.source.reliability), ("claims", lambda s: s.claims),
        ("relations", lambda s: s.relations), ("copy of", lambda s: s.copy_of), ("url", lambda s: s.source.url),
        ("path", lambda s: s.source.path),
    ],
    Contradiction: [
        ("kind", lambda c: c.kind), ("relation", lambda c: c.reads() + (f" ({c.detail})" if c.detail else "")),
        ("one side says", lambda c: [_stance(e) for e in c.one_side]),
        ("the other side says", lambda c: [_stance(e) for e in c.other_side]),
    ],
    Membership: [
        ("actor", lambda m: m.actor.name), ("type", lambda m: m.actor.type), ("status", lambda m: m.status),
        ("since", lambda m: m.since), ("until", lambda m: m.until or (f"(data end {m.as_of})" if m.as_of else "")),
        ("sources", lambda m: sum(l.n_sources for l in m.links)),
        ("evidence", lambda m: snippet([e for l in m.links for e in l.evidence])),
    ],
}


def records(result) -> list:
    """The rows a result is shown as: its items, the links of a neighbourhood, the hops of
    paths, the shares of a concentration."""
    if isinstance(result, Neighbourhood):
        return list(result.links)
    if isinstance(result, Concentration):
        return list(result.shares)
    if isinstance(result, Path):
        result = [result]
    items = list(result or [])
    if items and isinstance(items[0], Path):
        return [PathHop(n, i, path) for n, path in enumerate(items, 1) for i in range(len(path.hops))]
    return items


class Table:
    """A query result laid out in columns: ``headers``, ``rows`` of text, ``to_csv()``, and an
    escaped HTML table when a notebook shows it."""

    def __init__(self, result, columns: list[Column] | None = None, title: str = ""):
        self.records = records(result)
        if columns is None:
            columns = COLUMNS[type(self.records[0])] if self.records else []
        self.columns, self.title = columns, title

    @property
    def headers(self) -> list[str]:
        return [header for header, _ in self.columns]

    @property
    def rows(self) -> list[list[str]]:
        return [[cell(get(record)) for _, get in self.columns] for record in self.records]

    def to_text(self, max_width: int = 40) -> str:
        """The table as plain text in aligned columns, each cell cut to ``max_width``
        characters: how ``print()`` shows query results outside Jupyter."""
        if not self.records:
            return f"{self.title + ': ' if self.title else ''}nothing found"
        cut = [[v if len(v) <= max_width else v[: max_width - 1] + "…" for v in row] for row in [self.headers, *self.rows]]
        widths = [max(len(row[i]) for row in cut) for i in range(len(self.headers))]
        lines = ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cut]
        lines.insert(1, "  ".join("-" * w for w in widths))
        return "\n".join(([self.title] if self.title else []) + lines)

    def to_pandas(self):
        """The table as a pandas DataFrame, one column per header, values as the query gives
        them (numbers stay numbers, lists stay lists). Needs pandas (``diplograph[notebook]``)."""
        try:
            import pandas
        except ImportError:
            from diplograph.errors import DiplographError

            raise DiplographError("to_pandas() needs pandas: pip install 'diplograph[notebook]' (or pandas)") from None
        return pandas.DataFrame([[get(record) for _, get in self.columns] for record in self.records],
                                columns=self.headers)

    def to_csv(self) -> str:
        """The table as CSV whose cells a spreadsheet shows as text, never runs as formulas."""
        return csv_text(self.headers, self.rows)

    def _repr_html_(self) -> str:
        caption = f"<caption>{html.escape(self.title)}</caption>" if self.title else ""
        if not self.records:
            return f"<p>{html.escape(self.title + ': ' if self.title else '')}nothing found</p>"
        head = "".join(f"<th>{html.escape(h)}</th>" for h in self.headers)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(value)}</td>" for value in row) + "</tr>"
                       for row in self.rows)
        return f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
