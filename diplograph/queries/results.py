"""What queries return: small typed records that turn into plain dicts for JSON and CSV.

>>> ref = ActorRef("state:IRN", "Iran", "state", ("Islamic Republic of Iran",))
>>> ref.to_dict()
{'id': 'state:IRN', 'name': 'Iran', 'type': 'state', 'aliases': ['Islamic Republic of Iran']}

Queries that find many things return :class:`Results`, a list that a notebook shows as a table
(:mod:`diplograph.tables`), ``print()`` as a text table and ``.to_pandas()`` turns into a
DataFrame; a neighbourhood, a path and a concentration do the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from diplograph.graph.model import Claim, source_label
from diplograph.graph.ontology import load_ontology
from diplograph.graph.trust import Grade


class Results(list):
    """A list of query results that Jupyter shows as a table of plain text.

    >>> from diplograph import queries
    >>> from diplograph.queries.example import example_view
    >>> found = queries.partners(example_view(), "Borvia")
    >>> isinstance(found, list), found.table().headers[0], found.to_dicts()[0]["actor"]["name"]
    (True, 'actor', 'Caldor')
    """

    def table(self, title: str = ""):
        """These results as a :class:`diplograph.tables.Table`."""
        from diplograph.tables import Table

        return Table(self, title=title)

    def to_dicts(self) -> list[dict]:
        """Each result as the plain dict the JSON output holds."""
        return [item.to_dict() for item in self]

    def to_pandas(self):
        """These results as a pandas DataFrame with the table's columns (needs pandas)."""
        return self.table().to_pandas()

    def __str__(self) -> str:
        """A text table, for ``print()`` outside Jupyter."""
        return self.table().to_text() if self else "nothing found"

    def _repr_html_(self) -> str:
        return self.table()._repr_html_()


class _ShownAsTable:
    """For results that are one object but read as rows (a neighbourhood's links, a path's hops)."""

    def table(self, title: str = ""):
        from diplograph.tables import Table

        return Table(self, title=title)

    def to_pandas(self):
        """The rows of this result as a pandas DataFrame (needs pandas)."""
        return self.table().to_pandas()

    def __str__(self) -> str:
        return self.table().to_text()

    def _repr_html_(self) -> str:
        return self.table()._repr_html_()


@dataclass(frozen=True)
class ActorRef:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()  # so that readers who know the actor by another name find it

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "type": self.type, "aliases": list(self.aliases)}

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class SourceRef:
    id: str
    title: str = ""
    url: str = ""
    publisher: str = ""
    published: str = ""
    author: str = ""
    path: str = ""
    reliability: str = "F"  # A-F (see graph.trust); F: cannot be judged
    group: str = ""  # the id of the group of copies it belongs to (its own id when it has none)
    coverage_end: str = ""  # a dataset's last date: it says nothing of what came after

    @property
    def label(self) -> str:
        """How an analyst knows the source: title and publisher (see ``Source.label``)."""
        return source_label(self.title, self.publisher, self.url, self.path, self.id)

    def to_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "title": self.title, "url": self.url, "publisher": self.publisher,
                "published": self.published, "author": self.author, "reliability": self.reliability,
                "group": self.group or self.id, "coverage_end": self.coverage_end}

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True)
class SourceSummary:
    """One source of the graph and how much it says."""

    source: SourceRef
    kind: str  # article | curated | dataset
    claims: int
    relations: int
    copy_of: str = ""  # the label of the source whose story this one repeats (they count as one)

    def to_dict(self) -> dict:
        return {**self.source.to_dict(), "kind": self.kind, "path": self.source.path, "claims": self.claims,
                "relations": self.relations, "copy_of": self.copy_of}


@dataclass(frozen=True)
class Evidence:
    """One claim: who said what about whom, when, how firmly, and in which sentence."""

    claim: Claim = field(repr=False)
    subject: ActorRef
    object: ActorRef
    source: SourceRef

    @property
    def claim_id(self) -> str:
        return self.claim.id

    @property
    def predicate(self) -> str:
        return self.claim.predicate

    @property
    def modality(self) -> str:
        return self.claim.modality

    @property
    def date(self) -> str:
        return self.claim.date

    @property
    def end_date(self) -> str:
        return self.claim.end_date

    @property
    def sentence(self) -> str:
        return self.claim.evidence

    @property
    def properties(self) -> dict[str, str]:
        return dict(self.claim.properties or {})

    @property
    def confirmed(self) -> bool:
        """Whether the ontology lets this claim's modality make an answer."""
        return load_ontology().modality(self.modality).answers

    def prop(self, name: str) -> str:
        return (self.claim.properties or {}).get(name, "")

    def to_dict(self) -> dict:
        return {"claim_id": self.claim_id, "subject": self.subject.name, "predicate": self.predicate,
                "object": self.object.name, "modality": self.modality, "date": self.date,
                "end_date": self.end_date, "sentence": self.sentence, "source": self.source.to_dict(),
                "properties": self.properties}


@dataclass(frozen=True)
class Link:
    """One relation (subject, predicate, object) with the claims that passed the filters."""

    subject: ActorRef
    predicate: str
    object: ActorRef
    evidence: tuple[Evidence, ...]
    symmetric: bool = False
    grade: Grade | None = None  # of the whole relation, all its claims (see graph.trust)

    @property
    def modality(self) -> str:
        return load_ontology().strongest(e.modality for e in self.evidence)

    @property
    def confirmed(self) -> bool:
        return any(e.confirmed for e in self.evidence)

    @property
    def n_sources(self) -> int:
        """Independent sources: copies of one story count once."""
        return len({e.source.group or e.source.id for e in self.evidence})

    @property
    def first_date(self) -> str:
        return min((e.date for e in self.evidence if e.date), default="")

    @property
    def last_date(self) -> str:
        return max((e.end_date or e.date for e in self.evidence if e.end_date or e.date), default="")

    def other(self, actor_id: str) -> ActorRef:
        return self.object if self.subject.id == actor_id else self.subject

    def reads(self) -> str:
        """The relation as a phrase: 'Iran sets up production in Tajikistan'."""
        return f"{self.subject.name} {load_ontology().predicate(self.predicate).label} {self.object.name}"

    def to_dict(self) -> dict:
        return {"subject": self.subject.to_dict(), "predicate": self.predicate, "object": self.object.to_dict(),
                "symmetric": self.symmetric, "modality": self.modality, "confirmed": self.confirmed,
                "n_sources": self.n_sources, "grade": str(self.grade) if self.grade else "",
                "first_date": self.first_date, "last_date": self.last_date,
                "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True)
class Tie:
    """An actor tied to the one asked about, with every relation between the two that counts."""

    actor: ActorRef
    links: tuple[Link, ...]

    @property
    def predicates(self) -> list[str]:
        return sorted({link.predicate for link in self.links})

    @property
    def confirmed(self) -> bool:
        return any(link.confirmed for link in self.links)

    @property
    def modalities(self) -> list[str]:
        return sorted({e.modality for link in self.links for e in link.evidence})

    @property
    def n_sources(self) -> int:
        """Independent sources: copies of one story count once."""
        return len({e.source.group or e.source.id for link in self.links for e in link.evidence})

    @property
    def grade(self) -> Grade | None:
        """The best grade among the tie's relations (most credible, then most reliable)."""
        grades = [link.grade for link in self.links if link.grade is not None]
        return min(grades, key=lambda g: (g.credibility, g.reliability), default=None)

    @property
    def first_date(self) -> str:
        return min((link.first_date for link in self.links if link.first_date), default="")

    @property
    def last_date(self) -> str:
        return max((link.last_date for link in self.links if link.last_date), default="")

    @property
    def evidence(self) -> list[Evidence]:
        return [e for link in self.links for e in link.evidence]

    def to_dict(self) -> dict:
        return {"actor": self.actor.to_dict(), "predicates": self.predicates, "confirmed": self.confirmed,
                "modalities": self.modalities, "n_sources": self.n_sources,
                "grade": str(self.grade) if self.grade else "", "first_date": self.first_date,
                "last_date": self.last_date, "links": [link.to_dict() for link in self.links]}


@dataclass(frozen=True)
class Reached:
    actor: ActorRef
    distance: int

    def to_dict(self) -> dict:
        return {**self.actor.to_dict(), "distance": self.distance}


@dataclass(frozen=True)
class Neighbourhood(_ShownAsTable):
    center: ActorRef
    depth: int
    actors: tuple[Reached, ...]  # the centre first, then by distance and name
    links: tuple[Link, ...]
    left_out: int = 0  # actors reached but not kept (a limit was asked for)
    links_left_out: int = 0  # relations between the actors kept but not listed (same)

    def to_dict(self) -> dict:
        found = {"center": self.center.to_dict(), "depth": self.depth,
                 "actors": [r.to_dict() for r in self.actors], "links": [link.to_dict() for link in self.links]}
        if self.left_out:
            found["left_out"] = self.left_out
        if self.links_left_out:
            found["links_left_out"] = self.links_left_out
        return found


@dataclass(frozen=True)
class Path(_ShownAsTable):
    """A chain of actors, each hop explained by the relations between the two ends."""

    actors: tuple[ActorRef, ...]
    hops: tuple[tuple[Link, ...], ...]  # hops[i]: relations between actors[i] and actors[i+1]

    @property
    def length(self) -> int:
        return len(self.hops)

    def to_dict(self) -> dict:
        return {"length": self.length, "actors": [a.to_dict() for a in self.actors],
                "hops": [{"from": self.actors[i].name, "to": self.actors[i + 1].name,
                          "links": [link.to_dict() for link in hop]} for i, hop in enumerate(self.hops)]}


@dataclass(frozen=True)
class Share:
    actor: ActorRef
    count: int
    share: float

    def to_dict(self) -> dict:
        return {"actor": self.actor.to_dict(), "count": self.count, "share": round(self.share, 4)}


@dataclass(frozen=True)
class Concentration(_ShownAsTable):
    """Herfindahl–Hirschman index of a recipient's suppliers (0–10,000; 10,000 = one supplier)."""

    recipient: ActorRef
    basis: str  # "relations" or "claims"
    shares: tuple[Share, ...]

    @property
    def total(self) -> int:
        return sum(s.count for s in self.shares)

    @property
    def hhi(self) -> float:
        return round(10_000 * sum(s.share ** 2 for s in self.shares), 1)

    @property
    def equivalent_suppliers(self) -> float:
        """1/HHI on the 0–1 scale: how many equal suppliers would give the same concentration."""
        return round(10_000 / self.hhi, 2) if self.hhi else 0.0

    def to_dict(self) -> dict:
        return {"recipient": self.recipient.to_dict(), "basis": self.basis, "hhi": self.hhi,
                "equivalent_suppliers": self.equivalent_suppliers, "total": self.total,
                "shares": [s.to_dict() for s in self.shares]}


@dataclass(frozen=True)
class ProxyMatch:
    """Rival suppliers A and B arming X and Y, two sides of a clash or dispute."""

    supplier_a: ActorRef
    client_x: ActorRef
    supplier_b: ActorRef
    client_y: ActorRef
    links: tuple[Link, ...]  # A->X, B->Y, X-Y conflict, A-B rivalry

    @property
    def actors(self) -> tuple[ActorRef, ...]:
        return (self.supplier_a, self.client_x, self.supplier_b, self.client_y)

    def to_dict(self) -> dict:
        return {"supplier_a": self.supplier_a.to_dict(), "client_x": self.client_x.to_dict(),
                "supplier_b": self.supplier_b.to_dict(), "client_y": self.client_y.to_dict(),
                "links": [link.to_dict() for link in self.links]}


@dataclass(frozen=True)
class Broker:
    actor: ActorRef
    betweenness: float
    degree: int

    def to_dict(self) -> dict:
        return {"actor": self.actor.to_dict(), "betweenness": round(self.betweenness, 6), "degree": self.degree}


@dataclass(frozen=True)
class Bloc:
    number: int
    actors: tuple[ActorRef, ...]  # most connected first
    internal_links: int

    def to_dict(self) -> dict:
        return {"number": self.number, "size": len(self.actors), "internal_links": self.internal_links,
                "actors": [a.to_dict() for a in self.actors]}


@dataclass(frozen=True)
class TimelineEntry:
    """A claim placed in time: ``date`` is the claim's own, or its source's (``dated_by``)."""

    date: str
    dated_by: str  # claim | source | '' (no date known)
    evidence: Evidence

    def to_dict(self) -> dict:
        return {"date": self.date, "dated_by": self.dated_by, **self.evidence.to_dict()}


@dataclass(frozen=True)
class Change:
    """A relation that appeared, disappeared or changed modality between two dates."""

    kind: str  # appeared | disappeared | modality_changed
    subject: ActorRef
    predicate: str
    object: ActorRef
    before: str  # modality standing at the first date ('' if none)
    after: str
    evidence: tuple[Evidence, ...] = field(default=())  # the claims that made the difference

    def to_dict(self) -> dict:
        return {"kind": self.kind, "subject": self.subject.to_dict(), "predicate": self.predicate,
                "object": self.object.to_dict(), "before": self.before, "after": self.after,
                "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True)
class Contradiction:
    """Sources that disagree about one pair of actors."""

    kind: str  # denial | value | polarity (see queries.contradictions)
    subject: ActorRef
    object: ActorRef
    explanation: str
    one_side: tuple[Evidence, ...]
    other_side: tuple[Evidence, ...]
    predicate: str = ""
    detail: str = ""  # what differs, for a value: "number delivered of TB2 in 2021: 6 or 12"

    def reads(self) -> str:
        """The relation in dispute as a phrase: 'Turkey supplies arms to Uzbekistan'."""
        if not self.predicate:
            return f"{self.subject.name} / {self.object.name}"
        return f"{self.subject.name} {load_ontology().predicate(self.predicate).label} {self.object.name}"

    def to_dict(self) -> dict:
        return {"kind": self.kind, "subject": self.subject.to_dict(), "predicate": self.predicate,
                "object": self.object.to_dict(), "detail": self.detail, "explanation": self.explanation,
                "one_side": [e.to_dict() for e in self.one_side], "other_side": [e.to_dict() for e in self.other_side]}


@dataclass(frozen=True)
class Membership:
    actor: ActorRef
    status: str  # member | applicant | (the modality, when it does not answer)
    since: str
    until: str
    links: tuple[Link, ...]
    as_of: str = ""  # a membership known only from datasets holds as of where they end, not after

    def to_dict(self) -> dict:
        return {"actor": self.actor.to_dict(), "status": self.status, "since": self.since, "until": self.until,
                "as_of": self.as_of, "links": [link.to_dict() for link in self.links]}
