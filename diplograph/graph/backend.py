"""The backend interface: what every store of the graph must do, and the rules they share.

Two backends implement it: :mod:`diplograph.graph.backends.embedded` (SQLite on disk, the
default) and :mod:`diplograph.graph.backends.neo4j` (a Neo4j server over Bolt). The contract
tests in ``tests/contract/`` run unchanged against both.

Rules every backend follows, implemented once here:

* a :class:`~diplograph.graph.model.Batch` is written in one transaction, or not at all;
* claims are validated against the ontology before anything is written
  (:func:`prepare_batch`), so a bad predicate never reaches a database;
* names, titles and evidence are cleaned of control and bidirectional formatting characters
  (:func:`clean_batch`), so that no terminal escape or spoofed name is ever stored;
* actors merged with ``diplograph merge`` stay merged when their sources are loaded again;
* analysts' curation records are kept beside the claims and never change them: readers apply
  them (:class:`~diplograph.graph.curation.Curations`), so they hold when sources are loaded again;
* an actor written twice keeps its first name and type; aliases and external ids accumulate.
"""

from __future__ import annotations

import contextlib
import dataclasses
from dataclasses import dataclass, field
from typing import Callable, Iterable, Protocol, runtime_checkable

from diplograph.cleantext import clean_line, clean_path, clean_text
from diplograph.errors import OntologyError
from diplograph.graph.curation import Curation
from diplograph.graph.model import Actor, Batch, Claim, Counts, RowBatch, Source
from diplograph.graph.ontology import Ontology, load_ontology


@dataclass
class WriteReport:
    actors: int = 0
    sources: int = 0
    claims: int = 0
    rejected: list[tuple[Claim, str]] = field(default_factory=list)


@runtime_checkable
class Backend(Protocol):
    """A place to keep actors, sources and claims."""

    name: str

    def write(self, batch: Batch, *, strict: bool = True) -> WriteReport:
        """Write a batch atomically. With ``strict`` a claim the ontology rejects aborts the
        whole batch (OntologyError); without it such claims are skipped and reported."""

    def actors(self) -> list[Actor]:
        """Every actor, ordered by id."""

    def get_actor(self, actor_id: str) -> Actor | None: ...

    def sources(self) -> list[Source]:
        """Every source, ordered by id."""

    def claims(self, actor_id: str | None = None) -> list[Claim]:
        """Every claim (or those whose subject or object is ``actor_id``), ordered by id."""

    def counts(self) -> Counts: ...

    def publisher_grades(self) -> dict[str, str]:
        """The analyst's reliability grade (A-F) of each publisher, by the name it was given as."""

    def grade_publisher(self, publisher: str, grade: str | None) -> None:
        """Record ``publisher``'s reliability grade (names compared ignoring case and accents), or
        with ``grade`` None forget it."""

    def merges(self) -> dict[str, str]:
        """The recorded merges: merged-away actor id -> the id it was merged into."""

    def merge(self, keep_id: str, drop_id: str) -> None:
        """Fold ``drop_id`` into ``keep_id`` (claims, aliases) and record it, atomically."""

    def get_claim(self, claim_id: str) -> Claim | None:
        """The claim stored under ``claim_id``, as loaded (no curation applied)."""

    def curations(self) -> list[Curation]:
        """Every curation record (see :mod:`diplograph.graph.curation`), undone ones too, by id."""

    def record_curations(self, records: Iterable[Curation]) -> None:
        """Store curation records, replacing any with the same id (how an act is marked undone)."""

    def clear(self) -> None:
        """Delete everything (used by ``push --replace`` and tests)."""

    def close(self) -> None: ...


def read_snapshot(backend):
    """A context in which the reads of ``backend`` see one committed state (a backend that can
    promise this has ``snapshot()``; for the others the reads go on as they are)."""
    snapshot = getattr(backend, "snapshot", None)
    return snapshot() if snapshot is not None else contextlib.nullcontext()


def resolve_merge_chain(merges: dict[str, str], actor_id: str) -> str:
    seen = set()
    while actor_id in merges and actor_id not in seen:
        seen.add(actor_id)
        actor_id = merges[actor_id]
    return actor_id


def prepare_batch(batch: Batch, merges: dict[str, str], *, strict: bool = True,
                  known_types: Callable[[Iterable[str]], dict[str, str]] | None = None,
                  ontology: Ontology | None = None) -> tuple[Batch, list[tuple[Claim, str]]]:
    """Validate, normalise and redirect a batch before a backend writes it.

    ``known_types`` looks up the types of stored actors that claims refer to but the batch
    does not carry. Returns the batch to write and the claims rejected (only when ``strict``
    is false; with ``strict`` the first bad claim raises OntologyError).
    """
    onto = ontology or load_ontology()
    if batch.checked and not any(actor.id in merges for actor in batch.actors):
        return _prepare_checked(batch, onto), []
    batch = clean_batch(batch)
    redirect = {old: resolve_merge_chain(merges, old) for old in merges}

    actors: dict[str, Actor] = {}
    for actor in batch.actors:
        onto.actor_type(actor.type)
        target = redirect.get(actor.id, actor.id)
        if target != actor.id:  # a merged-away actor: its names become aliases of the survivor
            actor = Actor(target, actor.name, actor.type, actor.aliases, actor.external_ids)
        if target in actors:
            known = actors[target]
            actor = known.with_aliases([actor.name, *actor.aliases])
        actors[target] = actor

    types = {a.id: a.type for a in actors.values()}
    referenced = {redirect.get(i, i) for c in batch.claims for i in (c.subject, c.object)}
    missing = referenced - set(types)
    if missing and known_types is not None:
        types.update(known_types(missing))
    unknown = missing - set(types)
    claims: dict[str, Claim] = {}
    rejected: list[tuple[Claim, str]] = []
    # the same few predicates, modalities and pairs of types recur across a batch: check each once
    canonical: dict[tuple[str, str], tuple[str, str, bool]] = {}
    type_errors: dict[tuple[str, str, str], str | None] = {}
    for claim in batch.claims:
        try:
            if redirect:
                claim = claim.redirected(redirect)
            names = canonical.get((claim.predicate, claim.modality))
            if names is None:
                predicate = onto.predicate(claim.predicate)
                names = canonical[claim.predicate, claim.modality] = (
                    predicate.name, onto.modality(claim.modality).name, predicate.symmetric)
            if names[0] != claim.predicate or names[1] != claim.modality:
                claim = claim.normalised(onto)
            elif names[2] and claim.object < claim.subject:  # a symmetric relation, kept in id order
                claim = claim.replaced(subject=claim.object, object=claim.subject)
            absent = unknown and {claim.subject, claim.object} & unknown
            if absent:
                reason = f"no actor {sorted(absent)[0]!r}: add it to the batch first"
            else:
                key = (claim.predicate, types[claim.subject], types[claim.object])
                if key not in type_errors:
                    type_errors[key] = _type_error(onto, claim, types)
                reason = type_errors[key]
            if reason:
                raise OntologyError(reason)
            if claim.subject == claim.object:
                raise OntologyError(f"{claim.predicate} relates {claim.subject} to itself")
        except OntologyError as error:
            if strict:
                raise
            rejected.append((claim, str(error)))
            continue
        claims[claim.id] = claim
    sources = {s.id: s for s in batch.sources}
    return Batch(list(actors.values()), list(sources.values()), list(claims.values())), rejected


def _prepare_checked(batch: Batch, onto: Ontology) -> Batch:
    """A batch its loader vouches for (``Batch.checked``) and that names no merged-away actor,
    prepared as :func:`prepare_batch` would: cleaned, its actors' types checked, and of two
    claims with the same id the last kept in the first one's place; but its claims are not
    looked at one by one against the ontology (their loader made each so already). The rows of
    a :class:`RowBatch` were cleaned as they were made (:func:`diplograph.graph.rows.claim_row`)
    and stay rows."""
    rows = batch.unread_rows() if isinstance(batch, RowBatch) else None
    if rows is not None:
        actors, sources = _prepared_actors(clean_batch(Batch(batch.actors, batch.sources)), onto)
        return RowBatch(actors, sources, list({row[0]: row for row in rows}.values()))
    batch = clean_batch(batch)
    actors, sources = _prepared_actors(batch, onto)
    claims = {claim.id: claim for claim in batch.claims}
    return Batch(actors, sources, list(claims.values()))


def _prepared_actors(batch: Batch, onto: Ontology) -> tuple[list[Actor], list[Source]]:
    """A cleaned checked batch's actors (types checked, one per id) and sources (one per id)."""
    actors: dict[str, Actor] = {}
    for actor in batch.actors:
        onto.actor_type(actor.type)
        known = actors.get(actor.id)
        actors[actor.id] = actor if known is None else known.with_aliases([actor.name, *actor.aliases])
    sources = {s.id: s for s in batch.sources}
    return list(actors.values()), list(sources.values())


def clean_batch(batch: Batch) -> Batch:
    """``batch`` with its names, titles and evidence cleaned (see :mod:`diplograph.cleantext`).
    A file path keeps its characters (it names a file), but for undecodable bytes.

    >>> clean_batch(Batch([Actor("company:acme", "Acme\u202egnp.exe Corp", "company")])).actors[0].name
    'Acmegnp.exe Corp'
    """
    actors = [_clean_actor(a) for a in batch.actors]
    sources = [_clean_source(s) for s in batch.sources]
    # nearly every claim has nothing to clean: checked here, without a call per claim
    claims = [c if c.evidence.isprintable() and (not c.properties or _printable(c.properties.values()))
              else _clean_claim(c) for c in batch.claims]
    return Batch(actors, sources, claims)


def _printable(values) -> bool:
    try:  # texts only, the usual case: checked together (a join is printable when every part is)
        return "".join(values).isprintable()
    except TypeError:
        return all(not isinstance(v, str) or v.isprintable() for v in values)


def _clean_actor(actor: Actor) -> Actor:
    if (actor.name.isprintable() and actor.name and (not actor.aliases or _printable(actor.aliases))
            and (not actor.external_ids or _printable(actor.external_ids.values()))):
        return actor  # nearly every actor: nothing to clean
    name = clean_line(actor.name) or actor.id  # a nameless actor is shown, exported and found by its id
    aliases = tuple(dict.fromkeys(a for a in map(clean_line, actor.aliases) if a and a != name))
    external = {k: clean_line(v) if isinstance(v, str) else v for k, v in actor.external_ids.items()}
    if (name, aliases, external) == (actor.name, actor.aliases, actor.external_ids):
        return actor
    return Actor(actor.id, name, actor.type, aliases, external)


def _clean_source(source: Source) -> Source:
    fields = {f.name: (clean_path if f.name == "path" else clean_line)(getattr(source, f.name))
              for f in dataclasses.fields(source) if f.name != "id" and isinstance(getattr(source, f.name), str)}
    if all(getattr(source, k) == v for k, v in fields.items()):
        return source
    return dataclasses.replace(source, **fields)


def _clean_claim(claim: Claim) -> Claim:
    if claim.evidence.isprintable() and (not claim.properties or _printable(claim.properties.values())):
        return claim
    evidence = clean_text(claim.evidence) if claim.evidence else claim.evidence
    properties = {k: clean_line(v) if isinstance(v, str) else v for k, v in claim.properties.items()}
    if evidence == claim.evidence and properties == claim.properties:
        return claim
    return dataclasses.replace(claim, evidence=evidence, properties=properties)


def _type_error(onto: Ontology, claim: Claim, types: dict[str, str]) -> str | None:
    predicate = onto.predicate(claim.predicate)
    s_type, o_type = types[claim.subject], types[claim.object]
    if predicate.symmetric and not predicate.allows(s_type, o_type) and predicate.allows(o_type, s_type):
        return None
    if s_type not in predicate.subject_types:
        return (f"{predicate.name} does not take a {s_type} as subject "
                f"(allowed: {', '.join(sorted(predicate.subject_types))})")
    if o_type not in predicate.object_types:
        return (f"{predicate.name} does not take a {o_type} as object "
                f"(allowed: {', '.join(sorted(predicate.object_types))})")
    return None


def merge_actor_rows(existing: Actor | None, incoming: Actor) -> Actor:
    """The row to store when ``incoming`` is written over ``existing``."""
    if existing is None:
        return incoming
    merged = existing.with_aliases([incoming.name, *incoming.aliases])
    external = {**incoming.external_ids, **existing.external_ids}
    return Actor(existing.id, existing.name, existing.type, merged.aliases, external)


def sorted_by_id(items: Iterable):
    return sorted(items, key=lambda item: item.id)
