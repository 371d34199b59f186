"""The data model: actors, sources, claims, and the relations that claims add up to.

A *claim* is one statement by one source ("Iran unveiled a drone factory in Tajikistan",
article X, 17 May 2022, asserted). A *relation* is everything the graph knows about one
(subject, predicate, object): the claims behind it, how many distinct sources, the first and
last date, the strongest modality.

Identifiers are deterministic, so loading the same input twice writes the same rows:

>>> a = Actor.new("Tajikistan", "state", external_ids={"iso3": "TJK"})
>>> a.id
'state:TJK'
>>> Actor.new("Sherali Mirzo", "person").id
'person:sherali-mirzo'
>>> c1 = Claim(subject="state:IRN", predicate="CO_PRODUCTION", object="state:TJK", source_id="src:1")
>>> c2 = Claim(subject="state:IRN", predicate="CO_PRODUCTION", object="state:TJK", source_id="src:1")
>>> c1.id == c2.id
True
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable

from diplograph.graph.dates import PartialDate
from diplograph.graph.ontology import Ontology, load_ontology


def slugify(text: str) -> str:
    """Lower-case ASCII slug of a name, for readable ids: ``"Türkiye's TB2" -> "turkiyes-tb2"``."""
    text = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’]", "", text)
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if not slug:  # names in other scripts: fall back to a short hash, still deterministic
        slug = "x" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return slug[:80]


def digest(*parts: Any, length: int = 16) -> str:
    payload = _DIGEST_ENCODER.encode(parts)  # as json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:length]


_DIGEST_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str)  # made once: a claim id each


_encode_string = json.encoder.encode_basestring  # the C encoder json.dumps uses when ensure_ascii=False


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    external_ids: dict[str, str] = field(default_factory=dict)

    @classmethod
    def new(cls, name: str, type: str, aliases: Iterable[str] = (), external_ids: dict | None = None) -> "Actor":
        external_ids = dict(external_ids or {})
        return cls(actor_id(name, type, external_ids), name, type, tuple(dict.fromkeys(aliases)), external_ids)

    def with_aliases(self, names: Iterable[str]) -> "Actor":
        merged = tuple(dict.fromkeys([*self.aliases, *(n for n in names if n and n != self.name)]))
        return dataclasses.replace(self, aliases=merged)

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "type": self.type,
                "aliases": list(self.aliases), "external_ids": dict(self.external_ids)}

    @classmethod
    def from_dict(cls, row: dict) -> "Actor":
        return cls(row["id"], row["name"], row["type"], tuple(row.get("aliases") or ()), dict(row.get("external_ids") or {}))


def actor_id(name: str, type: str, external_ids: dict | None = None) -> str:
    """States are keyed by ISO 3166 alpha-3 when known, so every spelling lands on one node."""
    iso3 = (external_ids or {}).get("iso3")
    if type == "state" and iso3:
        return f"state:{iso3.upper()}"
    return f"{type}:{slugify(name)}"


@dataclass(frozen=True)
class Source:
    """Where claims come from: an article, a curated file (or a source it cites), a dataset.

    Analysts know a source by its title and publisher, so that is how it is shown (:attr:`label`):

    >>> Source("src:1", title="Drone race in Central Asia", publisher="Example Review").label
    'Drone race in Central Asia (Example Review)'
    >>> Source("src:2", url="https://www.example.org/news/drones", publisher="example.org").label
    'example.org/news/drones'
    >>> Source("src:3", path="reports/kyiv-deliveries.txt").label
    'kyiv-deliveries.txt'
    """

    id: str
    title: str = ""
    url: str = ""
    publisher: str = ""
    published: str = ""  # ISO date at its precision: "2022", "2022-08", "2022-08-14"
    path: str = ""
    kind: str = ""  # article, curated, dataset
    author: str = ""
    reliability: str = ""  # A-F as a manifest grades the source; "" when it does not (see graph.trust)
    fingerprint: str = ""  # MinHash of an article's words, to find copies (see graph.trust)
    coverage_end: str = ""  # a dataset's last date: what it says holds "as of" then, not after

    @property
    def label(self) -> str:
        return source_label(self.title, self.publisher, self.url, self.path, self.id)

    def described(self, **fields: str) -> "Source":
        """This source with the non-empty ``fields`` (a manifest's title, date, ...) replacing its own."""
        known = {f.name for f in dataclasses.fields(self)} - {"id"}
        given = {k: v for k, v in fields.items() if k in known and v}
        return dataclasses.replace(self, **given) if given else self

    @classmethod
    def from_content(cls, content: bytes | str, **fields) -> "Source":
        """A source whose id is the hash of its content: the same file loaded twice is one source."""
        data = content.encode("utf-8") if isinstance(content, str) else content
        return cls(id="src:" + hashlib.sha256(data).hexdigest()[:16], **fields)

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, row: dict) -> "Source":
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: (v or "") for k, v in row.items() if k in names})


def source_label(title: str, publisher: str = "", url: str = "", path: str = "", id: str = "") -> str:
    """How a source is named to an analyst: its title and publisher; without a title its web
    address, else its file name; its id only when nothing else is known."""
    name = title or re.sub(r"^https?://(www\.)?", "", url).rstrip("/") or path.replace("\\", "/").rsplit("/", 1)[-1]
    if not name:
        return publisher or id
    if publisher and publisher.casefold() not in name.casefold():
        return f"{name} ({publisher})"
    return name


class _computed_once:
    """``functools.cached_property`` without its lock (Python 3.11 takes one on every first
    read): a claim's id is computed once for every claim loaded, and a claim is never shared
    between threads before it is written. The value goes into the instance's ``__dict__``,
    which is read before this (non-data) descriptor from then on."""

    def __init__(self, compute):
        self.compute = compute
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


def claim_id(subject: str, predicate: str, object: str, source_id: str, date: str, end_date: str, modality: str,
             evidence: str, start: int | None = None) -> str:
    """The id of a claim of these fields (:attr:`Claim.id`; a loader that writes rows without
    Claim objects computes it here too, so both give the same id)."""
    # what digest() would encode, written out directly (an id is computed for every claim
    # loaded): the C string encoder json.dumps uses, which refuses anything but text, in
    # one f-string (a third faster than joining a tuple of the parts)
    e = _encode_string
    try:
        if start is None or type(start) is int:
            text = (f"[{e(subject)}, {e(predicate)}, {e(object)}, {e(source_id)}, {e(date)}, {e(end_date)}, "
                    f"{e(modality)}, {e(evidence)}, {'null' if start is None else start}]")
        else:
            text = None
    except TypeError:  # a field that is not text: the general encoder
        text = None
    if text is None:
        return "claim:" + digest(subject, predicate, object, source_id, date, end_date, modality, evidence, start)
    return "claim:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Claim:
    subject: str
    predicate: str
    object: str
    source_id: str
    date: str = ""  # ISO at its precision (see PartialDate)
    end_date: str = ""
    modality: str = "asserted"
    confidence: float = 1.0
    evidence: str = ""
    evidence_start: int | None = None
    evidence_end: int | None = None
    method: str = "curated"
    properties: dict[str, str] = field(default_factory=dict)

    @_computed_once
    def id(self) -> str:
        """Same statement, same source, same sentence: same id (method and confidence excluded,
        so re-running a better extractor updates a claim instead of duplicating it)."""
        return claim_id(self.subject, self.predicate, self.object, self.source_id, self.date, self.end_date,
                        self.modality, self.evidence, self.evidence_start)

    @property
    def date_precision(self) -> str:
        if not self.date:
            return ""
        return _ISO_PRECISION.get(len(self.date)) or PartialDate.parse(self.date).precision

    def normalised(self, ontology: Ontology | None = None) -> "Claim":
        """Upper-case predicate, lower-case modality, and symmetric predicates in id order, so
        that (A BORDERS B) and (B BORDERS A) are one relation."""
        onto = ontology or load_ontology()
        predicate = onto.predicate(self.predicate)
        modality = onto.modality(self.modality).name
        claim = self
        if (predicate.name, modality) != (self.predicate, self.modality):
            claim = claim.replaced(predicate=predicate.name, modality=modality)
        if predicate.symmetric and claim.object < claim.subject:
            claim = claim.replaced(subject=claim.object, object=claim.subject)
        return claim

    def replaced(self, **changes) -> "Claim":
        """This claim with some fields changed (``dataclasses.replace``, faster: it runs per claim)."""
        if not changes.keys() <= _CLAIM_FIELD_SET:
            raise TypeError(f"a claim has the fields {', '.join(_CLAIM_FIELDS)}; given {', '.join(changes)}")
        claim = object.__new__(Claim)
        claim.__dict__.update(self.__dict__)  # every field, and the id if it was computed:
        claim.__dict__.pop("id", None)  # computed again from the new fields when asked
        claim.__dict__.update(changes)
        return claim

    @classmethod
    def of(cls, values: dict) -> "Claim":
        """A claim from a dict of every field (none missing, none more), made without the
        dataclass's frozen ``__init__`` (which sets each of 13 fields through
        ``object.__setattr__``): loaders and readers make one per row.

        >>> Claim.of({name: getattr(Claim("a", "BORDERS", "b", "s"), name) for name in _CLAIM_FIELDS}) == Claim("a", "BORDERS", "b", "s")
        True
        """
        if values.keys() != _CLAIM_FIELD_SET:
            raise TypeError(f"a claim has the fields {', '.join(_CLAIM_FIELDS)}; given {', '.join(values)}")
        claim = object.__new__(cls)
        claim.__dict__.update(values)
        return claim

    def redirected(self, mapping: dict[str, str]) -> "Claim":
        """This claim with merged actor ids replaced by the ids they were merged into."""
        s, o = mapping.get(self.subject, self.subject), mapping.get(self.object, self.object)
        if (s, o) == (self.subject, self.object):
            return self
        return self.replaced(subject=s, object=o)

    def to_dict(self) -> dict:
        # written out rather than dataclasses.asdict, which deep-copies: this runs once per stored claim
        row = {name: getattr(self, name) for name in _CLAIM_FIELDS}
        row["properties"] = dict(self.properties)
        row["id"] = self.id
        row["date_precision"] = self.date_precision
        return row

    @classmethod
    def from_dict(cls, row: dict) -> "Claim":
        values = {k: v for k, v in row.items() if k in _CLAIM_FIELD_SET}
        for key in ("date", "end_date", "evidence"):
            values[key] = values.get(key) or ""
        values["properties"] = dict(values.get("properties") or {})
        return cls(**values)


_CLAIM_FIELDS = tuple(f.name for f in dataclasses.fields(Claim))
_CLAIM_FIELD_SET = frozenset(_CLAIM_FIELDS)
_ISO_PRECISION = {4: "year", 7: "month", 10: "day"}  # dates are stored in ISO form at their precision


@dataclass
class Batch:
    """What one document or file contributes: written in one transaction, or not at all."""

    actors: list[Actor] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    # Set by a loader whose claims are already as the store's checks leave them (predicate and
    # modality by their canonical names, a symmetric pair in id order, types the predicate
    # links, two different actors that the batch carries): the store then does not check each
    # claim against the ontology again (see prepare_batch). Batches gathered together stay
    # checked only if each of them was.
    checked: bool = False

    def extend(self, other: "Batch") -> None:
        self.actors.extend(other.actors)
        self.sources.extend(other.sources)
        self.claims.extend(other.claims)
        self.checked = self.checked and other.checked

    def __len__(self) -> int:
        return len(self.actors) + len(self.sources) + len(self.claims)


class RowBatch(Batch):
    """A batch whose claims come as the store's rows (id, the fields of :class:`Claim` in its
    order, the properties as JSON), made by a loader that checked each (``checked``) with
    :func:`diplograph.graph.rows.claim_row`. A first load of event data spends more CPU making
    a frozen Claim per row, then its id and its row, than SQLite spends storing it: the
    embedded store writes these rows as they are. Whatever else reads ``claims`` (another
    backend, :meth:`Batch.extend`, a test) gets Claim objects, made from the rows once; from
    then on the batch is a batch of those claims (``rows`` are no longer what it holds)."""

    def __init__(self, actors: list[Actor], sources: list[Source], rows: list[tuple] | None = None,
                 checked: bool = True, *, claims: list[Claim] | None = None):
        self.actors, self.sources, self.checked = actors, sources, checked
        self.rows = rows or []
        self._claims: list[Claim] | None = None if claims is None else list(claims)  # (dataclasses.replace)

    def _read_claims(self) -> list[Claim]:
        if self._claims is None:
            self._claims = [claim_of_row(row) for row in self.rows]
        return self._claims

    def _set_claims(self, claims: list[Claim]) -> None:
        self._claims = list(claims)

    claims = property(_read_claims, _set_claims)

    def unread_rows(self) -> list[tuple] | None:
        """The rows, as long as nothing has read (and perhaps changed) the batch's claims."""
        return self.rows if self._claims is None else None

    def __len__(self) -> int:
        return len(self.actors) + len(self.sources) + len(self.rows if self._claims is None else self._claims)


def claim_of_row(row: tuple) -> Claim:
    """The claim a stored row (or a :class:`RowBatch`'s row) holds."""
    values = dict(zip(_CLAIM_FIELDS, row[1:]))
    stored = values["properties"]
    values["properties"] = json.loads(stored) if stored and stored != "{}" else {}
    for key in ("date", "end_date", "evidence"):  # NULL in the store, "" in a claim
        values[key] = values[key] or ""
    return Claim.of(values)


@dataclass(frozen=True)
class Counts:
    actors: int
    relations: int
    claims: int
    sources: int

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Relation:
    """All claims on one (subject, predicate, object), aggregated."""

    subject: str
    predicate: str
    object: str
    claims: tuple[Claim, ...]

    @property
    def source_ids(self) -> list[str]:
        return sorted({c.source_id for c in self.claims})

    @property
    def n_sources(self) -> int:
        return len(self.source_ids)

    @property
    def first_date(self) -> str:
        dates = sorted(c.date for c in self.claims if c.date)
        return dates[0] if dates else ""

    @property
    def last_date(self) -> str:
        dates = sorted((c.end_date or c.date) for c in self.claims if c.end_date or c.date)
        return dates[-1] if dates else ""

    @property
    def modality(self) -> str:
        return load_ontology().strongest(c.modality for c in self.claims)

    @property
    def family(self) -> str:
        return load_ontology().predicate(self.predicate).family


@dataclass(frozen=True)
class RelationSummary(Relation):
    """A relation with only its first claims at hand (``claims``, in claim order) and what the
    aggregates need of all ``n_claims`` of them: how a relation with thousands of claims is shown.
    ``stances`` are the distinct (source id, modality) pairs of all its claims: enough for the
    count of sources, the strongest modality and the grade."""

    n_claims: int = 0
    first: str = ""
    last: str = ""
    stances: tuple[tuple[str, str], ...] = ()

    @property
    def source_ids(self) -> list[str]:
        return sorted({source for source, _ in self.stances})

    @property
    def first_date(self) -> str:
        return self.first

    @property
    def last_date(self) -> str:
        return self.last

    @property
    def modality(self) -> str:
        return load_ontology().strongest(m for _, m in self.stances)

    @property
    def graded_claims(self) -> tuple["Claim", ...]:
        """One claim per stance: what a grade is computed from (sources and modalities)."""
        return tuple(Claim(self.subject, self.predicate, self.object, source, modality=modality)
                     for source, modality in self.stances)


def claim_order(claim: Claim) -> tuple:
    """The order of a relation's claims: by date, source, then id."""
    return (claim.date, claim.source_id, claim.id)


def aggregate(claims: Iterable[Claim]) -> list[Relation]:
    """Group claims into relations, in a stable order.

    >>> cs = [Claim("a", "BORDERS", "b", "s1"), Claim("a", "BORDERS", "b", "s2", modality="reported")]
    >>> [(r.predicate, r.n_sources, r.modality) for r in aggregate(cs)]
    [('BORDERS', 2, 'asserted')]
    """
    groups: dict[tuple[str, str, str], list[Claim]] = {}
    for claim in claims:
        groups.setdefault((claim.subject, claim.predicate, claim.object), []).append(claim)
    return [
        Relation(s, p, o, tuple(sorted(cs, key=claim_order)))
        for (s, p, o), cs in sorted(groups.items())
    ]
