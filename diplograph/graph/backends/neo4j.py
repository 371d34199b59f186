"""The Neo4j backend: the graph on a Neo4j 5 server over Bolt, for teams and for browsing.

The store holds the same actors, sources and claims as the embedded one, so every command
gives the same answer on either; in Neo4j they look like this::

    (:Actor:State {id, name, type, aliases, external_ids_json})    one extra label per actor type
    (:Source {id, title, url, publisher, published, path, kind})
    (:Claim {id, subject, predicate, object, source_id, date, ..., properties_json})
    (:Claim)-[:SUBJECT]->(:Actor)   (:Claim)-[:OBJECT]->(:Actor)   (:Claim)-[:FROM]->(:Source)
    (:Actor)-[:ARMS_TRANSFER {n_claims, n_sources, first_date, last_date, modality, family}]->(:Actor)
    (:Merge {drop_id, keep_id, merged_at})
    (:Curation {id, act, target, who, at, why, undone_at, record_json})   an analyst's act (diplograph review)

The claims are the record; the relationship between two actors typed by predicate is derived
from them on every write, so that analysts can browse the graph in Neo4j Browser or Bloom.

Safety: every value travels as a query parameter, labels and relationship types too (Cypher's
dynamic ``$(...)`` syntax), and those come only from the ontology, checked against a strict
pattern (:func:`actor_label_name`, :func:`relationship_type_name`). Each batch is one managed transaction
(``session.execute_write``) that first reads what is stored under the batch's deterministic
ids, then writes only what is missing or changed; when the driver retries it after a
transient error, it reads again and so never writes anything twice.

>>> actor_label("armed_group"), relationship_type("arms_transfer")
('`ArmedGroup`', '`ARMS_TRANSFER`')
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable, Iterable

from diplograph.errors import BackendError, OntologyError, StoreError
from diplograph.graph.backend import WriteReport, merge_actor_rows, prepare_batch, sorted_by_id
from diplograph.graph.curation import Curation
from diplograph.graph.model import Actor, Batch, Claim, Counts, Relation, Source
from diplograph.graph.ontology import load_ontology
from diplograph.graph.trust import source_groups
from diplograph.names import name_key

DEFAULT_URI = "bolt://127.0.0.1:7687"
ROWS_PER_STATEMENT = 5_000  # keeps each UNWIND parameter list to a few megabytes

# The labels and relationship types of the storage model itself; a predicate must not reuse them.
_STRUCTURE = {"SUBJECT", "OBJECT", "FROM"}
_SAFE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")

SCHEMA = (  # run when diplograph connects; the .cypher export starts with it too
    "CREATE CONSTRAINT diplograph_actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE",
    "CREATE CONSTRAINT diplograph_source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE",
    "CREATE CONSTRAINT diplograph_claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE",
    "CREATE CONSTRAINT diplograph_merge_drop IF NOT EXISTS FOR (m:Merge) REQUIRE m.drop_id IS UNIQUE",
    "CREATE CONSTRAINT diplograph_curation_id IF NOT EXISTS FOR (k:Curation) REQUIRE k.id IS UNIQUE",
    "CREATE CONSTRAINT diplograph_publisher_grade IF NOT EXISTS FOR (g:PublisherGrade) REQUIRE g.key IS UNIQUE",
    "CREATE INDEX diplograph_claim_relation IF NOT EXISTS FOR (c:Claim) ON (c.subject, c.predicate, c.object)",
    "CREATE INDEX diplograph_claim_source IF NOT EXISTS FOR (c:Claim) ON (c.source_id)",
    "CREATE INDEX diplograph_merge_keep IF NOT EXISTS FOR (m:Merge) ON (m.keep_id)",
    "CREATE INDEX diplograph_actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name)",
)

_CLAIM_FIELDS = ("subject", "predicate", "object", "source_id", "date", "end_date", "date_precision", "modality",
                 "confidence", "evidence", "evidence_start", "evidence_end", "method")


# The typed actor-to-actor relationships, one statement for every predicate: the type is a
# parameter in Cypher's dynamic type syntax (Neo4j 5.26), checked against the ontology before
# it is sent. A relationship exists exactly when claims of its (subject, predicate, object) are
# stored, so the writer knows which are new and creates them outright. MERGE is avoided on
# purpose: planned while the store has few relationships, its existence check becomes a scan of
# every relationship for each row (minutes per batch), while MATCH from a looked-up actor always
# expands that actor's own relationships.
_CREATE_RELATIONSHIPS = ("UNWIND $rows AS row MATCH (s:Actor {id: row.s}) MATCH (o:Actor {id: row.o}) "
                         "CREATE (s)-[r:$(row.type)]->(o) SET r = row.props")
_UPDATE_RELATIONSHIPS = ("UNWIND $rows AS row MATCH (s:Actor {id: row.s}) MATCH (o:Actor {id: row.o}) "
                         "MATCH (s)-[r:$(row.type)]->(o) SET r = row.props")


def _checked(name: str, what: str) -> str:
    if not _SAFE_NAME.match(name):
        raise OntologyError(f"{what} {name!r} cannot be used in Cypher; fix the ontology")
    return f"`{name}`"


def actor_label(actor_type: str) -> str:
    """The backticked Neo4j label of an ontology actor type (``armed_group`` -> ``ArmedGroup``);
    OntologyError for a type the ontology does not know."""
    return f"`{actor_label_name(actor_type)}`"


def actor_label_name(actor_type: str) -> str:
    """The label of :func:`actor_label`, unquoted: for a label sent as a parameter (``a:$(row.label)``).

    >>> actor_label_name("armed_group")
    'ArmedGroup'
    """
    name = load_ontology().actor_type(actor_type).name
    return _checked("".join(part.capitalize() for part in name.split("_")), "actor type").strip("`")


def relationship_type(predicate: str) -> str:
    """The backticked relationship type of an ontology predicate; OntologyError for anything else.

    >>> relationship_type("X]->() DETACH DELETE n //")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    diplograph.errors.OntologyError: unknown predicate 'X]->() DETACH DELETE n //'; the ontology knows: ...
    """
    return f"`{relationship_type_name(predicate)}`"


def relationship_type_name(predicate: str) -> str:
    """The relationship type of an ontology predicate, checked as :func:`relationship_type`
    checks it, unquoted: for a type sent as a parameter (``[r:$(row.type)]``).

    >>> relationship_type_name("arms_transfer")
    'ARMS_TRANSFER'
    """
    name = load_ontology().predicate(predicate).name
    if name in _STRUCTURE:
        raise OntologyError(f"predicate {name} clashes with a relationship type of the storage model; rename it")
    return _checked(name, "predicate").strip("`")


MINIMUM_VERSION = (5, 26)


def check_server_version(version: str, uri: str = "the server") -> None:
    """Refuse a server older than Neo4j 5.26 (the Cypher used here needs it), with a clear message.

    >>> check_server_version("5.26.30"); check_server_version("2025.10.1")
    >>> check_server_version("4.4.41")
    Traceback (most recent call last):
    diplograph.errors.BackendError: the server runs Neo4j 4.4.41; diplograph needs Neo4j 5.26 or later (scripts/neo4j.sh start runs one)
    """
    parts = tuple(int(p) for p in re.findall(r"\d+", version)[:2])
    if parts < MINIMUM_VERSION:
        raise BackendError(f"{uri} runs Neo4j {version}; diplograph needs Neo4j "
                           f"{'.'.join(map(str, MINIMUM_VERSION))} or later (scripts/neo4j.sh start runs one)")


def _chunks(rows: list, size: int = ROWS_PER_STATEMENT):
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


class Neo4jBackend:
    """A graph kept on a Neo4j 5 server.

    ``before_statement`` holds callables run with ``(query, parameters)`` just before each
    statement is sent, inside its transaction: for tracing, and for tests that need a
    statement to fail (an exception raised there aborts the transaction like a server error).
    """

    name = "neo4j"

    def __init__(self, driver, database: str | None = None, *, uri: str = ""):
        self._driver = driver
        self.database = database
        self.uri = uri
        self.before_statement: list[Callable[[str, dict], None]] = []
        self._setup()

    @classmethod
    def from_settings(cls, uri: str | None = None, user: str | None = None, password: str | None = None,
                      database: str | None = None) -> "Neo4jBackend":
        """Connect with the given settings, else ``DIPLOGRAPH_NEO4J_URI``, ``_USER``, ``_PASSWORD``
        and ``_DATABASE`` (uri defaults to a local server, user to ``neo4j``)."""
        import neo4j

        env = os.environ.get
        uri = uri or env("DIPLOGRAPH_NEO4J_URI") or DEFAULT_URI
        user = user or env("DIPLOGRAPH_NEO4J_USER") or "neo4j"
        password = password or env("DIPLOGRAPH_NEO4J_PASSWORD")
        database = database or env("DIPLOGRAPH_NEO4J_DATABASE") or None
        if not password:
            raise BackendError("no Neo4j password: set DIPLOGRAPH_NEO4J_PASSWORD (or run the command on a "
                               "terminal, which asks for it)")
        try:
            driver = neo4j.GraphDatabase.driver(uri, auth=(user, password), connection_timeout=10)
        except (ValueError, neo4j.exceptions.ConfigurationError) as error:
            raise BackendError(f"bad Neo4j URI {uri!r} ({error}); use e.g. {DEFAULT_URI}") from error
        try:
            driver.verify_connectivity()
            return cls(driver, database, uri=uri)
        except neo4j.exceptions.AuthError as error:
            driver.close()
            raise BackendError(f"Neo4j at {uri} refused user {user!r}: check DIPLOGRAPH_NEO4J_PASSWORD "
                               f"({error.message})") from error
        except (neo4j.exceptions.ServiceUnavailable, OSError) as error:
            driver.close()
            raise BackendError(f"cannot reach Neo4j at {uri} ({error}); start it with `scripts/neo4j.sh start` "
                               "or point DIPLOGRAPH_NEO4J_URI at your server") from error
        except neo4j.exceptions.Neo4jError as error:
            driver.close()
            raise BackendError(f"Neo4j at {uri}: {error.message}") from error

    # -- plumbing ------------------------------------------------------------------------------

    def _setup(self) -> None:
        with self._session() as session:
            [version] = session.execute_read(lambda tx: self._run(
                tx, "CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' "
                    "RETURN versions[0] AS version").value())
            check_server_version(version, self.uri or "the server")
            for statement in SCHEMA:
                session.execute_write(lambda tx, q=statement: self._run(tx, q).consume())
            # a new index is built in the background; until it is online, lookups scan every node
            session.run("CALL db.awaitIndexes(300)").consume()

    def _session(self, **options):
        return self._driver.session(database=self.database, **options)

    def _run(self, tx, query: str, **parameters):
        for hook in self.before_statement:
            hook(query, parameters)
        return tx.run(query, parameters)

    def _read(self, query: str, **parameters) -> list[dict]:
        with self._session() as session:
            return session.execute_read(lambda tx: self._run(tx, query, **parameters).data())

    def _write(self, work: Callable, *args):
        with self._session() as session:
            return session.execute_write(work, *args)

    # -- writing -------------------------------------------------------------------------------

    def write(self, batch: Batch, *, strict: bool = True) -> WriteReport:
        import neo4j

        onto = load_ontology()
        if strict:  # refuse unknown names before the first statement, not after a round trip
            for claim in batch.claims:
                onto.predicate(claim.predicate)
            for actor in batch.actors:
                onto.actor_type(actor.type)

        def work(tx) -> WriteReport:
            # merges and stored actor types are read in the same transaction as the writes
            prepared, rejected = prepare_batch(batch, self._merges(tx), strict=strict,
                                               known_types=lambda ids: self._types(tx, ids))
            report = self._write_prepared(tx, prepared)
            report.rejected = rejected
            return report

        try:
            return self._write(work)
        except neo4j.exceptions.ConstraintError:
            # another writer stored one of these claims between our read and our CREATE; this
            # attempt rolled back whole, and the next one reads that claim and updates it instead
            return self._write(work)

    def _write_prepared(self, tx, prepared: Batch) -> WriteReport:
        """One transaction function. It reads everything it needs first, while the transaction
        holds no changes (index lookups stay fast), then writes; a retry after a transient error
        starts again from the database as it is and writes the same rows."""
        triples = {(c.subject, c.predicate, c.object) for c in prepared.claims}
        existing_actors = self._actors_by_id(tx, [a.id for a in prepared.actors])
        batch_sources = {s.id for s in prepared.sources}
        known_sources = self._stored_source_ids(tx, sorted(batch_sources | {c.source_id for c in prepared.claims}))
        stored = self._claims_of(tx, triples)
        printed = self._fingerprints(tx)  # the groups of copies before and after this batch
        groups_before = source_groups(Source(i, fingerprint=f) for i, f in printed.items())
        reprinted = {s.id: s.fingerprint for s in prepared.sources
                     if s.fingerprint and printed.get(s.id) != s.fingerprint}
        groups = groups_before  # a batch of claims alone (most of a push) groups no source anew
        if reprinted:
            printed.update(reprinted)
            groups = source_groups(Source(i, fingerprint=f) for i, f in printed.items())
        report = WriteReport()
        report.actors = self._write_actors(tx, prepared.actors, existing_actors)
        report.sources = self._write_sources(tx, [s for s in prepared.sources if s.id not in known_sources])
        self._update_sources(tx, [s for s in prepared.sources if s.id in known_sources])
        by_id = {c.id: c for c in prepared.claims}  # a claim id is a hash: compute each once
        report.claims = self._write_claims(tx, by_id, stored, known_sources | batch_sources)
        self._write_relations(tx, by_id, stored, groups)
        regrouped = sorted(i for i in set(groups_before) | set(groups) if groups_before.get(i, i) != groups.get(i, i))
        if regrouped:
            self._count_sources_again(tx, regrouped, groups, skip=triples)
        return report

    def _fingerprints(self, tx) -> dict[str, str]:
        """Source id -> fingerprint of every stored source that has one (what finds copies)."""
        return {r["id"]: r["fingerprint"] for r in self._run(
            tx, "MATCH (s:Source) WHERE s.fingerprint <> '' RETURN s.id AS id, s.fingerprint AS fingerprint")}

    def _count_sources_again(self, tx, regrouped: list[str], groups: dict[str, str], skip: set) -> None:
        """Set ``n_sources`` again on the relationships with claims from ``regrouped`` sources,
        whose group of copies this write changed (``skip``: relationships it set already)."""
        triples = set()
        for chunk in _chunks(regrouped):
            triples.update((r["s"], r["p"], r["o"]) for r in self._run(
                tx, "MATCH (c:Claim) WHERE c.source_id IN $ids RETURN DISTINCT c.subject AS s, c.predicate AS p, "
                    "c.object AS o", ids=chunk))
        rows = []
        for (subject, predicate, object_), by_id in sorted(self._claims_of(tx, triples - skip).items()):
            independent = {groups.get(c.source_id, c.source_id) for c in by_id.values()}
            rows.append({"s": subject, "o": object_, "type": relationship_type_name(predicate), "n": len(independent)})
        for chunk in _chunks(rows):
            self._run(tx, "UNWIND $rows AS row MATCH (s:Actor {id: row.s}) MATCH (o:Actor {id: row.o}) "
                          "MATCH (s)-[r:$(row.type)]->(o) SET r.n_sources = row.n", rows=chunk).consume()

    def _write_actors(self, tx, actors: list[Actor], existing: dict[str, Actor]) -> int:
        rows = []
        for actor in actors:
            row = merge_actor_rows(existing.get(actor.id), actor)
            if row != existing.get(actor.id):
                rows.append({**actor_properties(row), "label": actor_label_name(row.type)})
        for chunk in _chunks(rows):
            self._run(tx, "UNWIND $rows AS row MERGE (a:Actor {id: row.id}) SET a:$(row.label), "
                          "a.name = row.name, a.type = row.type, a.aliases = row.aliases, "
                          "a.external_ids_json = row.external_ids_json", rows=chunk).consume()
        return len(rows)

    def _stored_source_ids(self, tx, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(ids):
            found.update(r["id"] for r in self._run(tx, "MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id",
                                                    ids=chunk))
        return found

    def _claims_of(self, tx, triples: set[tuple[str, str, str]]) -> dict[tuple[str, str, str], dict[str, Claim]]:
        """The stored claims of each (subject, predicate, object), by claim id."""
        found: dict[tuple[str, str, str], dict[str, Claim]] = defaultdict(dict)
        for chunk in _chunks(sorted(triples)):
            # the hint keeps a plan cached while the store was empty (a label scan) from outliving it
            records = self._run(tx, "UNWIND $rows AS row "
                                    "MATCH (c:Claim {subject: row[0], predicate: row[1], object: row[2]}) "
                                    "USING INDEX c:Claim(subject, predicate, object) RETURN c",
                                rows=[list(t) for t in chunk])
            for record in records:
                claim = _claim(record["c"])
                found[(claim.subject, claim.predicate, claim.object)][claim.id] = claim
        return found

    def _write_sources(self, tx, sources: list[Source]) -> int:
        # MERGE, not CREATE: a source is kept as first stored, whoever stored it first
        for chunk in _chunks([s.to_dict() for s in sources]):
            self._run(tx, "UNWIND $rows AS row MERGE (s:Source {id: row.id}) ON CREATE SET s += row "
                          "WITH s MATCH (c:Claim {source_id: s.id}) USING INDEX c:Claim(source_id) "
                          "MERGE (c)-[:FROM]->(s)", rows=chunk).consume()
        return len(sources)

    def _update_sources(self, tx, sources: list[Source]) -> None:
        """A source written again takes the fields it now gives (a manifest added, a better
        reader); a field it leaves empty keeps what was stored, as in the embedded store."""
        rows = [{k: v for k, v in s.to_dict().items() if v} for s in sources]
        for chunk in _chunks(rows):
            self._run(tx, "UNWIND $rows AS row MATCH (s:Source {id: row.id}) SET s += row", rows=chunk).consume()

    def _write_claims(self, tx, claims: dict[str, Claim], stored, sources: set[str]) -> int:
        """Create the new claims with their links; update the fields of those already stored
        (a claim's id covers its subject, object and source, so its links never change).

        ``sources`` are the ids of the sources stored by now: a claim citing one gets its FROM
        link in the statement that creates it; one citing a source not stored yet gets it when
        that source is written (:meth:`_write_sources`).
        """
        known = {claim_id for by_id in stored.values() for claim_id in by_id}
        new = [claim_properties(claim_id, c) for claim_id, c in claims.items() if claim_id not in known]
        cited = [row for row in new if row["source_id"] in sources]
        uncited = [row for row in new if row["source_id"] not in sources]
        ends = "UNWIND $rows AS row MATCH (s:Actor {id: row.subject}) MATCH (o:Actor {id: row.object}) "
        written = " SET c = row RETURN count(c) AS written"
        for rows, query in ((cited, ends + "MATCH (src:Source {id: row.source_id}) "
                                    "CREATE (s)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o), (c)-[:FROM]->(src)" + written),
                            (uncited, ends + "CREATE (s)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o)" + written)):
            for chunk in _chunks(rows):
                record = self._run(tx, query, rows=chunk).single()
                if record["written"] != len(chunk):
                    raise StoreError(f"{len(chunk) - record['written']} claims name actors missing from Neo4j; "
                                     "write the actors first")
        updated = [claim_properties(claim_id, c) for claim_id, c in claims.items() if claim_id in known]
        for chunk in _chunks(updated):
            self._run(tx, "UNWIND $rows AS row MATCH (c:Claim {id: row.id}) SET c = row", rows=chunk).consume()
        return len(new)

    def _write_relations(self, tx, claims: dict[str, Claim], stored, groups: dict[str, str]) -> None:
        """Set the actor-to-actor relationship of each (subject, predicate, object) that
        ``claims`` touch, with the aggregates of all its claims, stored and new (``groups``: the
        sources' groups of copies, which count as one source).

        Two writers adding the first claims of the same relationship at the same moment may
        each create it; the claims stay exact (their ids are unique), only Neo4j Browser would
        show that relationship twice."""
        merged = {triple: dict(by_id) for triple, by_id in stored.items()}
        for claim_id, claim in claims.items():
            merged.setdefault((claim.subject, claim.predicate, claim.object), {})[claim_id] = claim
        existing, new = [], []
        for (subject, predicate, object_), by_id in sorted(merged.items()):
            relation = Relation(subject, predicate, object_, tuple(by_id.values()))
            row = {"s": subject, "o": object_, "type": relationship_type_name(predicate),
                   "props": relationship_properties(relation, groups)}
            (existing if (subject, predicate, object_) in stored else new).append(row)
        for statement, rows in ((_UPDATE_RELATIONSHIPS, existing), (_CREATE_RELATIONSHIPS, new)):
            for chunk in _chunks(rows):
                self._run(tx, statement, rows=chunk).consume()

    def merge(self, keep_id: str, drop_id: str) -> None:
        if keep_id == drop_id:
            raise StoreError("cannot merge an actor into itself")
        merged_at = datetime.now(timezone.utc).isoformat(timespec="seconds")

        def work(tx):
            found = self._actors_by_id(tx, [keep_id, drop_id])
            if keep_id not in found or drop_id not in found:
                raise StoreError(f"no actor with id {keep_id if keep_id not in found else drop_id!r}")
            dropped = [_claim(r["c"]) for r in self._run(
                tx, "MATCH (:Actor {id: $id})<-[:SUBJECT|OBJECT]-(c:Claim) RETURN DISTINCT c", id=drop_id)]
            moved, _ = prepare_batch(Batch(claims=dropped), {**self._merges(tx), drop_id: keep_id}, strict=False,
                                     known_types=lambda ids: self._types(tx, ids))
            self._run(tx, "MERGE (m:Merge {drop_id: $drop}) SET m.keep_id = $keep, m.merged_at = $at",
                      drop=drop_id, keep=keep_id, at=merged_at).consume()
            self._run(tx, "MATCH (m:Merge {keep_id: $drop}) SET m.keep_id = $keep",
                      drop=drop_id, keep=keep_id).consume()
            # the dropped actor's claims and relationships go with it; its moved claims rebuild them
            self._run(tx, "MATCH (a:Actor {id: $drop}) OPTIONAL MATCH (a)<-[:SUBJECT|OBJECT]-(c:Claim) "
                          "DETACH DELETE c, a", drop=drop_id).consume()
            self._write_actors(tx, [merge_actor_rows(found[keep_id], found[drop_id])], {})
            self._write_prepared(tx, moved)

        self._write(work)

    def record_merges(self, merges: dict[str, str]) -> None:
        """Store merge records as they are (``push`` copies those of the embedded store, whose
        merged-away actors are already gone, so :meth:`merge` cannot replay them)."""
        rows = [{"drop": drop, "keep": keep} for drop, keep in sorted(merges.items())]
        merged_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self._write(lambda tx: self._run(tx, "UNWIND $rows AS row MERGE (m:Merge {drop_id: row.drop}) "
                                             "SET m.keep_id = row.keep, m.merged_at = coalesce(m.merged_at, $at)",
                                         rows=rows, at=merged_at).consume())

    def clear(self) -> None:
        """Delete diplograph's nodes, in transactions of bounded size: claims first (three links
        each), then the relationships between actors, then the rest, so that no transaction has
        to detach an actor from thousands of relationships at once. Other data is left alone."""
        steps = ("MATCH (c:Claim) WITH c LIMIT 5000 DETACH DELETE c RETURN count(*) AS deleted",
                 "MATCH (:Actor)-[r]->(:Actor) WITH r LIMIT 20000 DELETE r RETURN count(*) AS deleted",
                 "MATCH (n) WHERE n:Actor OR n:Source OR n:Merge OR n:Curation OR n:PublisherGrade WITH n LIMIT 5000 DETACH DELETE n "
                 "RETURN count(*) AS deleted")
        for step in steps:
            while self._write(lambda tx, q=step: self._run(tx, q).single()["deleted"]):
                pass

    def close(self) -> None:
        self._driver.close()

    # -- reading -------------------------------------------------------------------------------

    def actors(self) -> list[Actor]:
        # sorted here too: Python orders text by code point, as the embedded store does
        return sorted_by_id(_actor(r["a"]) for r in self._read("MATCH (a:Actor) RETURN a"))

    def get_actor(self, actor_id: str) -> Actor | None:
        rows = self._read("MATCH (a:Actor {id: $id}) RETURN a", id=actor_id)
        return _actor(rows[0]["a"]) if rows else None

    def sources(self) -> list[Source]:
        return sorted_by_id(Source.from_dict(r["s"]) for r in self._read("MATCH (s:Source) RETURN s"))

    def claims(self, actor_id: str | None = None) -> list[Claim]:
        if actor_id is None:
            rows = self._read("MATCH (c:Claim) RETURN c")
        else:
            rows = self._read("MATCH (:Actor {id: $id})<-[:SUBJECT|OBJECT]-(c:Claim) RETURN DISTINCT c", id=actor_id)
        return sorted_by_id(_claim(r["c"]) for r in rows)

    # -- reading one actor's rows, on the server (for diplograph.graph.store_view) -------------------

    def relation_rows(self, actor_id: str, side: str) -> tuple[list[Claim], dict[str, Actor]]:
        """The claims with ``actor_id`` as subject (``side`` "out") or object ("in"), and the
        actors at their other ends: one query, expanding from the actor's node."""
        mine, other = ("SUBJECT", "OBJECT") if side == "out" else ("OBJECT", "SUBJECT")
        rows = self._read(f"MATCH (:Actor {{id: $id}})<-[:{mine}]-(c:Claim)-[:{other}]->(a:Actor) "
                          "RETURN c, a", id=actor_id)  # the two types are constants above
        actors = {}
        for row in rows:
            if row["a"]["id"] not in actors:
                actors[row["a"]["id"]] = _actor(row["a"])
        return [_claim(r["c"]) for r in rows], actors

    def pair_claims(self, subject: str, object_: str) -> list[Claim]:
        """The claims from ``subject`` to ``object_``."""
        rows = self._read("MATCH (:Actor {id: $s})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(:Actor {id: $o}) RETURN c",
                          s=subject, o=object_)
        return [_claim(r["c"]) for r in rows]

    def source_claims(self, source_id: str) -> list[Claim]:
        """The claims from ``source_id``."""
        return [_claim(r["c"]) for r in self._read("MATCH (c:Claim {source_id: $id}) RETURN c", id=source_id)]

    def relations_claims(self, keys) -> list[Claim]:
        """The claims of each relation ``(subject, predicate, object)`` of ``keys``, in one query."""
        rows = self._read("UNWIND $keys AS k MATCH (c:Claim {subject: k[0], predicate: k[1], object: k[2]}) RETURN c",
                          keys=[list(key) for key in keys])
        return [_claim(r["c"]) for r in rows]

    def relation_keys(self, actor_id: str) -> list[tuple[str, str, str]]:
        """(subject, predicate, object) of every relation of ``actor_id``, in that order: the
        typed relationships between actors, not the claims (a hub has millions)."""
        rows = self._read("MATCH (a:Actor {id: $id})-[r]->(b:Actor) RETURN a.id AS s, type(r) AS p, b.id AS o "
                          "UNION MATCH (b:Actor)-[r]->(a:Actor {id: $id}) RETURN b.id AS s, type(r) AS p, a.id AS o",
                          id=actor_id)
        return sorted({(r["s"], r["p"], r["o"]) for r in rows})

    def relation_claims(self, key: tuple[str, str, str], limit: int | None = None) -> tuple[int, list[Claim]]:
        """How many claims the relation ``key`` has, and the first ``limit`` of them (all when
        None) in claim order (date, source, id)."""
        subject, predicate, object_ = key
        match = ("MATCH (c:Claim {subject: $s, predicate: $p, object: $o}) "
                 "USING INDEX c:Claim(subject, predicate, object) ")
        [row] = self._read(match + "RETURN count(c) AS n", s=subject, p=predicate, o=object_)
        rows = self._read(match + "RETURN c ORDER BY c.date, c.source_id, c.id"
                          + (" LIMIT $limit" if limit is not None else ""),
                          s=subject, p=predicate, o=object_, limit=limit)
        return row["n"], [_claim(r["c"]) for r in rows]

    def relation_aggregates(self, key: tuple[str, str, str]) -> dict:
        """What the aggregates of the relation ``key`` need of all its claims: the first and
        last dates, and the distinct (source id, modality) pairs (``stances``)."""
        subject, predicate, object_ = key
        [row] = self._read(
            "MATCH (c:Claim {subject: $s, predicate: $p, object: $o}) USING INDEX c:Claim(subject, predicate, object) "
            "RETURN min(CASE WHEN c.date <> '' THEN c.date END) AS first, "
            "max(CASE WHEN c.end_date <> '' THEN c.end_date WHEN c.date <> '' THEN c.date END) AS last, "
            "collect(DISTINCT [c.source_id, c.modality]) AS stances", s=subject, p=predicate, o=object_)
        return {"first_date": row["first"] or "", "last_date": row["last"] or "",
                "stances": sorted(tuple(pair) for pair in row["stances"])}

    def actors_by_id(self, ids: Iterable[str]) -> dict[str, Actor]:
        with self._session() as session:
            return session.execute_read(lambda tx: self._actors_by_id(tx, list(ids)))

    def sources_by_id(self, ids: Iterable[str]) -> dict[str, Source]:
        found = {}
        for chunk in _chunks(list(ids)):
            for row in self._read("MATCH (s:Source) WHERE s.id IN $ids RETURN s", ids=chunk):
                found[row["s"]["id"]] = Source.from_dict(row["s"])
        return found

    def counts(self) -> Counts:
        [row] = self._read(
            "CALL () { MATCH (a:Actor) RETURN count(a) AS actors } "
            "CALL () { MATCH (s:Source) RETURN count(s) AS sources } "
            "CALL () { MATCH (c:Claim) RETURN count(c) AS claims, "
            "       count(DISTINCT [c.subject, c.predicate, c.object]) AS relations } "
            "RETURN actors, sources, claims, relations")
        return Counts(actors=row["actors"], relations=row["relations"], claims=row["claims"], sources=row["sources"])

    def merges(self) -> dict[str, str]:
        with self._session() as session:
            return session.execute_read(self._merges)

    def curations(self) -> list[Curation]:
        rows = self._read("MATCH (k:Curation) RETURN k.record_json AS record ORDER BY k.id")
        return [Curation.from_json(r["record"]) for r in rows]

    def record_curations(self, records: Iterable[Curation]) -> None:
        """Store analysts' records (new, or marked undone), with the fields Cypher users filter
        on as properties and the whole record as JSON."""
        rows = [{"id": r.id, "props": {"act": r.act, "target": r.target, "who": r.who, "at": r.at, "why": r.why,
                                       "undone_at": r.undone_at, "record_json": r.to_json()}} for r in records]
        for chunk in _chunks(rows):
            self._write(lambda tx, c=chunk: self._run(
                tx, "UNWIND $rows AS row MERGE (k:Curation {id: row.id}) SET k += row.props", rows=c).consume())

    def get_claim(self, claim_id: str) -> Claim | None:
        rows = self._read("MATCH (c:Claim {id: $id}) RETURN c", id=claim_id)
        return _claim(rows[0]["c"]) if rows else None

    def publisher_grades(self) -> dict[str, str]:
        rows = self._read("MATCH (g:PublisherGrade) RETURN g.publisher AS publisher, g.grade AS grade")
        return {r["publisher"]: r["grade"] for r in sorted(rows, key=lambda r: r["publisher"])}

    def grade_publisher(self, publisher: str, grade: str | None) -> None:
        key = name_key(publisher)
        if grade is None:
            query, params = "MATCH (g:PublisherGrade {key: $key}) DELETE g", {"key": key}
        else:
            query = ("MERGE (g:PublisherGrade {key: $key}) "
                     "SET g.publisher = $publisher, g.grade = $grade, g.graded_at = $at")
            params = {"key": key, "publisher": publisher, "grade": grade,
                      "at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        self._write(lambda tx: self._run(tx, query, **params).consume())

    def _merges(self, tx) -> dict[str, str]:
        return {r["drop"]: r["keep"] for r in self._run(tx, "MATCH (m:Merge) RETURN m.drop_id AS drop, m.keep_id AS keep")}

    def _actors_by_id(self, tx, ids: list[str]) -> dict[str, Actor]:
        found = {}
        for chunk in _chunks(ids):
            for record in self._run(tx, "MATCH (a:Actor) WHERE a.id IN $ids RETURN a", ids=chunk):
                actor = _actor(record["a"])
                found[actor.id] = actor
        return found

    def _types(self, tx, ids: Iterable[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for chunk in _chunks(list(ids)):
            found.update((r["id"], r["type"]) for r in self._run(
                tx, "MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id, a.type AS type", ids=chunk))
        return found

    # -- ad hoc Cypher (``diplograph cypher``) ------------------------------------------------------

    def query(self, cypher: str, parameters: dict | None = None, *, write: bool = False,
              allow_load: bool = False) -> "CypherResult":
        """Run an analyst's query: read-only unless ``write``, and reading only the graph unless
        ``allow_load``.

        The server plans the query first (``EXPLAIN``) and says whether it reads or writes; a
        query that writes is refused without ``write``. A read query then runs in a read
        transaction, which the server would also stop from writing. ``LOAD CSV`` and procedures
        outside Neo4j's own (``apoc.load.json``, ``apoc.import.csv`` ...) plan as reads but read
        files on the server or fetch URLs: they are refused without ``allow_load``.
        """
        import neo4j

        parameters = dict(parameters or {})
        try:
            with self._session() as session:
                plan = session.execute_read(lambda tx: self._run(tx, "EXPLAIN " + cypher, **parameters).consume())
                if plan.query_type != "r" and not write:
                    kind = {"w": "writes", "rw": "reads and writes", "s": "changes the schema"}.get(plan.query_type, "writes")
                    raise BackendError(f"this query {kind}; run it again with --write if that is what you want")
                if not allow_load and (reason := reads_outside_the_graph(plan.plan)):
                    raise BackendError(f"this query {reason}; run it again with --allow-load if that is what you want")
                run = session.execute_write if write else session.execute_read

                def work(tx):
                    result = self._run(tx, cypher, **parameters)
                    rows = [list(record.values()) for record in result]
                    return CypherResult(list(result.keys()), rows, plan.query_type, result.consume().counters)

                return run(work)
        except neo4j.exceptions.Neo4jError as error:
            raise BackendError(f"Neo4j: {error.message}") from error

    def __repr__(self) -> str:
        return f"Neo4jBackend({self.uri!r}, database={self.database!r})"


# Neo4j's own procedures (db.labels(), dbms.components() ...) read the database, not files or URLs.
_BUILTIN_PROCEDURES = ("db.", "dbms.", "tx.")


def reads_outside_the_graph(plan: dict | None) -> str:
    """Why a query planned as ``plan`` (the server's EXPLAIN) reads files or URLs, or "".

    >>> reads_outside_the_graph({"operatorType": "ProduceResults@neo4j", "args": {}, "children": [
    ...     {"operatorType": "ProcedureCall@neo4j", "args": {"Details": "apoc.load.json($url) :: (value :: MAP)"}}]})
    'calls apoc.load.json, a procedure that may read files or URLs'
    >>> reads_outside_the_graph({"operatorType": "ProcedureCall@neo4j", "args": {"Details": "db.labels() :: (label :: STRING)"}})
    ''
    """
    stack = [plan] if plan else []
    while stack:
        node = stack.pop()
        operator = str(node.get("operatorType", "")).split("@")[0]
        if operator == "LoadCSV":
            return "loads a file or URL (LOAD CSV)"
        if operator == "ProcedureCall":
            name = str((node.get("args") or {}).get("Details", "")).split("(", 1)[0].strip()
            if not name.startswith(_BUILTIN_PROCEDURES):
                return f"calls {name or 'a procedure'}, a procedure that may read files or URLs"
        stack.extend(node.get("children") or ())
    return ""


@dataclass
class CypherResult:
    keys: list[str]
    rows: list[list]
    query_type: str  # r, rw, w or s, as the server planned it
    counters: object  # neo4j.SummaryCounters: nodes_created, properties_set, ...


def relationship_properties(relation: Relation, groups: dict[str, str] | None = None) -> dict:
    """What the typed actor-to-actor relationship of ``relation`` carries: its aggregates, with
    ``n_sources`` counting independent sources as the view does (``groups``: source id -> its
    group of copies, :func:`~diplograph.graph.trust.source_groups`; copies of one story count once)."""
    n_sources = len({(groups or {}).get(source_id, source_id) for source_id in relation.source_ids})
    return {"n_claims": len(relation.claims), "n_sources": n_sources, "first_date": relation.first_date,
            "last_date": relation.last_date, "modality": relation.modality, "family": relation.family,
            "symmetric": load_ontology().predicate(relation.predicate).symmetric}


def actor_properties(actor: Actor) -> dict:
    """The properties of an actor's node."""
    return {"id": actor.id, "name": actor.name, "type": actor.type, "aliases": list(actor.aliases),
            "external_ids_json": json.dumps(actor.external_ids, ensure_ascii=False, sort_keys=True)}


def _actor(node) -> Actor:
    return Actor(node["id"], node["name"], node["type"], tuple(node.get("aliases") or ()),
                 json.loads(node.get("external_ids_json") or "{}"))


def claim_properties(claim_id: str, claim: Claim) -> dict:
    """The properties of a claim's node (``claim_id`` is passed in: computing it hashes the claim)."""
    row = {"id": claim_id, **{key: getattr(claim, key) for key in _CLAIM_FIELDS}}
    # most claims carry no properties; skipping the encoder for them is a tenth of a batch's Python time
    row["properties_json"] = json.dumps(claim.properties, ensure_ascii=False, sort_keys=True) if claim.properties else "{}"
    return row


def _claim(node) -> Claim:
    values = dict(node)
    values["properties"] = json.loads(values.pop("properties_json", None) or "{}")
    return Claim.from_dict(values)
