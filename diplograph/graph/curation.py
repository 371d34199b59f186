"""Curation: what analysts decide about the claims and actors the loaders produced.

Each act is a :class:`Curation` record (what, who, when, why) kept in the store beside the
claims, never a change to them: loading the same sources again writes the same claims, and the
records apply to them again on every read (:meth:`Curations.apply`). An act is undone by
marking its record undone; the record stays, so the history can be read.

Acts:

* ``confirm`` / ``reject`` a claim: a rejected claim is left out of every query, map and
  export (the last of confirm and reject on a claim stands);
* ``correct`` a claim's ``predicate``, ``modality`` or ``date``: the claim keeps its id;
* ``note`` on a claim or an actor: text only;
* ``merge`` an actor into another (``into``): its claims and names move to it;
* ``split`` an actor: the claims listed (``claims``) move to a new actor (``name``, ``type``).

A record names its claim by id and keeps the claim's source, ends, predicate and sentence, so
that it still finds the claim when a better extractor gives it another id (a new date or
modality changes the id).

>>> from diplograph.graph.model import Actor, Claim
>>> claims = [Claim("state:a", "ARMS_TRANSFER", "state:b", "s1", evidence="A armed B."),
...           Claim("state:a", "BORDERS", "state:b", "s1")]
>>> wrong = new_record("correct", claims[0].id, {"predicate": "CO_PRODUCTION"}, who="ana", claim=claims[0])
>>> gone = new_record("reject", claims[1].id, {}, who="ana", why="not in the text", claim=claims[1])
>>> actors, kept = Curations([wrong, gone]).apply([Actor.new("A", "state"), Actor.new("B", "state")], claims)
>>> [(c.predicate, c.id == claims[0].id) for c in kept]
[('CO_PRODUCTION', True)]
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Iterable

from diplograph.graph.model import Actor, Claim, actor_id, digest
from diplograph.graph.ontology import load_ontology

CLAIM_ACTS = ("confirm", "reject", "correct")
ACTOR_ACTS = ("merge", "split")
ACTS = (*CLAIM_ACTS, "note", *ACTOR_ACTS)
CORRECTABLE = ("predicate", "modality", "date")


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")  # orders acts made in one second


@dataclass(frozen=True)
class Curation:
    """One analyst's act: ``act`` on ``target`` (a claim or actor id) with ``fields``."""

    id: str
    act: str
    target: str
    fields: dict = field(default_factory=dict)
    who: str = ""
    at: str = ""
    why: str = ""
    claim: dict = field(default_factory=dict)  # what the claim was: source_id, subject, predicate, object, evidence
    undone_at: str = ""
    undone_by: str = ""
    undone_why: str = ""

    @property
    def active(self) -> bool:
        return not self.undone_at

    def undone(self, who: str, why: str = "", at: str | None = None) -> "Curation":
        return dataclasses.replace(self, undone_at=at or now(), undone_by=who, undone_why=why)

    def describe(self) -> str:
        """The act in a few words: 'reject', 'correct predicate=CO_PRODUCTION', 'merge into state:TUR'."""
        if self.act == "correct":
            return "correct " + ", ".join(f"{k}={v or '(none)'}" for k, v in sorted(self.fields.items()))
        if self.act == "merge":
            return f"merge into {self.fields.get('into', '')}"
        if self.act == "split":
            return f"split {len(self.fields.get('claims') or [])} claim(s) to {self.fields.get('new_id', '')}"
        if self.act == "note":
            return f"note: {self.fields.get('text', '')}"
        return self.act

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, row: dict) -> "Curation":
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in row.items() if k in names})

    @classmethod
    def from_json(cls, text: str) -> "Curation":
        return cls.from_dict(json.loads(text))


def claim_key(claim: Claim | dict) -> tuple:
    """What identifies a claim across extractor versions: its source, ends, predicate and sentence."""
    get = claim.get if isinstance(claim, dict) else (lambda name: getattr(claim, name))
    return (get("source_id"), get("subject"), get("predicate"), get("object"), get("evidence") or "")


def new_record(act: str, target: str, fields: dict, *, who: str, why: str = "", claim: Claim | None = None,
               at: str | None = None) -> Curation:
    """A new record; its id is a digest of everything in it, when included."""
    at = at or now()
    snapshot = {k: getattr(claim, k) for k in ("source_id", "subject", "predicate", "object", "evidence")} \
        if claim is not None else {}
    return Curation("cur:" + digest(act, target, fields, who, at, why, snapshot), act, target, dict(fields),
                    who, at, why, snapshot)


def corrected(claim: Claim, **changes) -> Claim:
    """``claim`` with fields an analyst corrected, still the same claim: it keeps its id."""
    fixed = dataclasses.replace(claim, **changes)
    fixed.__dict__["id"] = claim.id  # Claim.id is a cached property: this is its value from now on
    return fixed


class Curations:
    """The active records of a store, ready to apply to what it reads.

    ``marks(claim_id)`` gives the records about one claim (for ``show``, ``evidence``, the web
    app); ``rejected`` the claims left out by the last :meth:`apply`.
    """

    def __init__(self, records: Iterable[Curation] = ()):
        self.records = sorted(records, key=lambda r: (r.at, r.id))
        active = [r for r in self.records if r.active]
        self.active = active
        self.merged = {r.target: r.fields["into"] for r in active if r.act == "merge"}
        self._splits = [r for r in active if r.act == "split"]
        self._by_claim: dict[str, list[Curation]] = {}
        self._by_key: dict[tuple, list[Curation]] = {}
        self.notes: dict[str, list[Curation]] = {}
        for record in active:
            if record.act in CLAIM_ACTS or (record.act == "note" and record.claim):
                self._by_claim.setdefault(record.target, []).append(record)
                if record.claim:
                    self._by_key.setdefault(claim_key(record.claim), []).append(record)
            elif record.act == "note":
                self.notes.setdefault(record.target, []).append(record)
        self.rejected: list[tuple[Claim, Curation]] = []
        self._found: dict[str, list[Curation]] = {}

    def __bool__(self) -> bool:
        return bool(self.active)

    def __len__(self) -> int:
        return len(self.active)

    def resolve(self, actor: str) -> str:
        """The actor ``actor`` stands for once merges are applied."""
        seen = set()
        while actor in self.merged and actor not in seen:
            seen.add(actor)
            actor = self.merged[actor]
        return actor

    def marks(self, claim_id: str) -> list[Curation]:
        """The active records about the claim ``claim_id``, oldest first (after :meth:`apply`)."""
        return self._found.get(claim_id, [])

    def status(self, claim_id: str) -> str:
        """'confirmed', 'rejected', 'corrected' or '' for the claim ``claim_id``."""
        acts = [r.act for r in self.marks(claim_id)]
        decided = [a for a in acts if a in ("confirm", "reject")]
        if decided:
            return "confirmed" if decided[-1] == "confirm" else "rejected"
        return "corrected" if "correct" in acts else ""

    def apply(self, actors: Iterable[Actor], claims: Iterable[Claim]) -> tuple[list[Actor], list[Claim]]:
        """The actors and claims as the analysts left them. Without active records, the input."""
        return self.apply_actors(actors), self.apply_claims(claims)

    def apply_actors(self, actors: Iterable[Actor]) -> list[Actor]:
        """The actors, split-off ones added and merged ones folded into the actor they joined."""
        if not (self.merged or self._splits):
            return list(actors)
        actors = {a.id: a for a in actors}
        for record in self._splits:
            new_id = record.fields["new_id"]
            if new_id not in actors:
                actors[new_id] = Actor(new_id, record.fields["name"], record.fields["type"])
        for drop in self.merged:
            keep = self.resolve(drop)
            dropped = actors.pop(drop, None)
            if dropped is not None and keep in actors:
                actors[keep] = actors[keep].with_aliases([dropped.name, *dropped.aliases])
        return sorted(actors.values(), key=lambda a: a.id)

    def apply_claims(self, claims: Iterable[Claim]) -> list[Claim]:
        """The claims, rejected ones left out (see ``rejected``), corrections and moves applied."""
        if not self.active:
            return list(claims)
        moved: dict[str, tuple[str, str]] = {}  # claim id -> (actor split, the new actor)
        for record in self._splits:
            for claim_id in record.fields.get("claims") or ():
                moved[claim_id] = (record.target, record.fields["new_id"])
        onto = load_ontology()
        self.rejected, self._found = [], {}
        kept: list[Claim] = []
        for claim in claims:
            records = self._records_for(claim)
            if records:
                self._found[claim.id] = records
                decided = [r for r in records if r.act in ("confirm", "reject")]
                if decided and decided[-1].act == "reject":
                    self.rejected.append((claim, decided[-1]))
                    continue
                changes = {}
                for record in records:
                    if record.act == "correct":
                        changes.update(record.fields)
                if changes:
                    claim = corrected(claim, **changes)
            claim = self._moved(claim, moved, onto)
            if claim is not None:
                kept.append(claim)
        return kept

    def _records_for(self, claim: Claim) -> list[Curation]:
        if not self._by_claim:
            return []
        found = self._by_claim.get(claim.id)
        if found is None and self._by_key:
            found = self._by_key.get(claim_key(claim))
        return found or []

    def _moved(self, claim: Claim, moved: dict, onto) -> Claim | None:
        """The claim with split and merged actors replaced, symmetric ends in id order; None
        when a merge makes it relate an actor to itself."""
        subject, obj = claim.subject, claim.object
        if moved and claim.id in moved:
            old, new = moved[claim.id]
            subject, obj = (new if subject == old else subject), (new if obj == old else obj)
        if self.merged:
            subject, obj = self.resolve(subject), self.resolve(obj)
        if subject == obj:
            return None
        if onto.predicate(claim.predicate).symmetric and obj < subject:
            subject, obj = obj, subject
        if (subject, obj) == (claim.subject, claim.object):
            return claim
        return corrected(claim, subject=subject, object=obj)


def split_actor_id(name: str, actor_type: str, taken: set[str]) -> str:
    """A new actor id for a split-off actor, not one of ``taken``."""
    base = actor_id(name, actor_type)
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate
