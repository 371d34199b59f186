"""Exports of the whole graph: JSON Lines, GraphML, GEXF, CSV and a Cypher script.

Every format is deterministic (sorted), so exporting the same graph twice gives the same bytes.

* ``jsonl``: one actor per line (``"kind": "actor"``), then one relation per line
  (``"kind": "relation"``) with its claims; the format ``shared/eval/score.py`` reads.
* ``graphml`` / ``gexf``: for Gephi, yEd, Cytoscape; one edge per relation, attributes flattened.
* ``csv``: one claim per row in the curated-facts columns, so an export can be loaded again
  with ``diplograph ingest``; cells a spreadsheet would run as formulas (``=HYPERLINK(...)``
  quoted from a source) open as text (:mod:`diplograph.spreadsheet`).
* ``cypher``: a script for ``cypher-shell`` that builds in Neo4j the graph diplograph's Neo4j
  backend keeps, evidence included; every value is a parameter set with ``:param``, labels and
  relationship types come from the ontology.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from diplograph.cleantext import xml_safe
from diplograph.graph.backend import read_snapshot
from diplograph.graph.curation import Curations
from diplograph.graph.model import Relation, aggregate
from diplograph.graph.trust import UNGRADED, Trust
from diplograph.spreadsheet import csv_text

if TYPE_CHECKING:  # imported by the formats that need it: `diplograph ingest` loads this module
    import networkx as nx

FORMATS = ("jsonl", "graphml", "gexf", "csv", "cypher")


def export_text(graph, fmt: str, *, spreadsheet_safe: bool = True) -> str:
    """The export of ``graph`` (a DiploGraph) in ``fmt`` as text. ``spreadsheet_safe`` (CSV
    only) neutralises cells a spreadsheet would run as formulas."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}")
    curations = graph.curations
    with read_snapshot(graph.backend):  # one committed state, though an ingest may be writing
        actors, claims = curations.apply(graph.backend.actors(), graph.backend.claims())
        sources = {s.id: s for s in graph.backend.sources()}
        grades = graph.backend.publisher_grades()
    relations = aggregate(claims)
    if fmt == "csv":
        return _csv(actors, relations, sources, spreadsheet_safe=spreadsheet_safe)
    if fmt == "cypher":
        return _cypher(actors, relations, sources, curations)
    return _WRITERS[fmt](actors, relations, sources, curations, Trust(sources, grades))


def write_export(graph, fmt: str, out: str | Path, *, spreadsheet_safe: bool = True) -> Path:
    """Write the export atomically: a reader never sees half a file."""
    return atomic_write(Path(out), export_text(graph, fmt, spreadsheet_safe=spreadsheet_safe))


def atomic_write(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` through a temporary file renamed over it. The file gets the mode
    of the file it replaces, else the one the user's umask gives a new file (a map or an export
    is meant to be shared, unlike the private temporary file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = output_mode(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def output_mode(path: Path) -> int:
    """The permissions for a file written at ``path``: those of the file there, else 0666 less
    the umask, as for any file the user creates."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    """The process's umask, read without changing it where the system says it (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # elsewhere: set and put back at once
    os.umask(mask)
    return mask


def relation_record(relation: Relation, actors: dict, sources: dict, curations: Curations | None = None,
                    trust: Trust | None = None) -> dict:
    """A relation as a JSON-ready dict: names, aggregates, and every claim with its source (and
    the analysts' records about it, ``curation``, when there are any). With ``trust``,
    ``n_sources`` counts independent sources and ``grade`` is the relation's."""
    subject, obj = actors[relation.subject], actors[relation.object]
    first = relation.claims[0]
    trust = trust or Trust(sources)
    return {
        "kind": "relation",
        "subject": _actor_ref(subject), "predicate": relation.predicate, "family": relation.family,
        "object": _actor_ref(obj),
        "modality": relation.modality, "date": relation.first_date, "last_date": relation.last_date,
        "n_sources": trust.independent(relation.source_ids),
        "grade": str(trust.grade(getattr(relation, "graded_claims", relation.claims))),  # a summary: all its claims
        "source": _source_label(sources.get(first.source_id)), "evidence": first.evidence,
        "claims": [
            {**{k: v for k, v in claim.to_dict().items() if k not in ("subject", "predicate", "object")},
             "source": _source_label(sources.get(claim.source_id)), **_curation_of(claim, curations)}
            for claim in relation.claims
        ],
    }


def _curation_of(claim, curations: Curations | None) -> dict:
    marks = curations.marks(claim.id) if curations else []
    if not marks:
        return {}
    return {"review": curations.status(claim.id),
            "curation": [{k: r.to_dict()[k] for k in ("id", "act", "fields", "who", "at", "why")} for r in marks]}


def _actor_ref(actor) -> dict:
    # the aliases travel with each relation, so a reader matching names (another team's gold list,
    # a spreadsheet lookup) finds "Khawaja Asif" in a row whose canonical name is longer
    return {"id": actor.id, "name": actor.name, "type": actor.type, "aliases": list(actor.aliases)}


def _source_label(source) -> str:
    if source is None:
        return ""
    return source.label


def _jsonl(actors, relations, sources, curations: Curations | None, trust: Trust) -> str:
    by_id = {a.id: a for a in actors}
    lines = [json.dumps({"kind": "actor", **a.to_dict()}, ensure_ascii=False, sort_keys=True) for a in actors]
    for s in sorted(sources.values(), key=lambda s: s.id):
        record = {**s.to_dict(), "source_kind": s.kind, "kind": "source", "label": s.label,
                  "reliability": trust.reliability.get(s.id, UNGRADED), "group": trust.group(s.id)}
        record.pop("fingerprint")  # a signature for finding copies, of no use to a reader
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    for r in relations:
        if r.subject in by_id and r.object in by_id:
            lines.append(json.dumps(relation_record(r, by_id, sources, curations, trust), ensure_ascii=False,
                                    sort_keys=True))
    for record in curations.records if curations is not None else ():  # undone ones too: the history
        lines.append(json.dumps({**record.to_dict(), "kind": "curation"}, ensure_ascii=False, sort_keys=True))
    return "".join(_one_line(line) + "\n" for line in lines)


_LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _one_line(line: str) -> str:
    """A JSON line as one line for every reader: json.dumps leaves U+0085, U+2028 and U+2029 bare,
    and readers that split with str.splitlines() (or JavaScript) take them for line breaks.

    >>> _one_line(json.dumps({"title": "a" + chr(0x2028) + "b"}, ensure_ascii=False))
    '{"title": "a\\\\u2028b"}'
    """
    if line.isascii():
        return line
    for char, escape in _LINE_BREAKS.items():
        line = line.replace(char, escape)
    return line


def flat_graph(actors, relations, sources, curations=None, trust: Trust | None = None) -> nx.MultiDiGraph:
    """A graph whose attributes are all strings or numbers, as GraphML and GEXF require, and whose
    strings hold only characters XML allows, whatever a store holds; with analysts' records,
    ``review`` says how many of each relation's claims were confirmed or corrected (rejected
    claims are not in the export)."""
    import networkx as nx

    trust = trust or Trust(sources)
    graph = nx.MultiDiGraph()
    for a in actors:
        graph.add_node(xml_safe(a.id), label=xml_safe(a.name), type=a.type, aliases=xml_safe("; ".join(a.aliases)),
                       external_ids=json.dumps(a.external_ids, ensure_ascii=False, sort_keys=True))
    for r in relations:
        subject, obj = xml_safe(r.subject), xml_safe(r.object)
        if subject not in graph or obj not in graph:
            continue
        graph.add_edge(subject, obj, key=r.predicate, predicate=r.predicate, family=r.family,
                       modality=r.modality, first_date=xml_safe(r.first_date), last_date=xml_safe(r.last_date),
                       n_sources=trust.independent(r.source_ids), grade=str(trust.grade(r.claims)),
                       n_claims=len(r.claims), evidence=xml_safe(r.claims[0].evidence),
                       sources=xml_safe("; ".join(_source_label(sources.get(s)) for s in r.source_ids)))
        if curations:
            statuses = Counter(curations.status(c.id) for c in r.claims)
            graph.edges[subject, obj, r.predicate]["review"] = "; ".join(
                f"{n} {status}" for status, n in sorted(statuses.items()) if status)
    return graph


def _graphml(actors, relations, sources, curations, trust: Trust) -> str:
    import networkx as nx

    return "\n".join(nx.generate_graphml(flat_graph(actors, relations, sources, curations, trust))) + "\n"


def _gexf(actors, relations, sources, curations, trust: Trust) -> str:
    import networkx as nx

    text = "\n".join(nx.generate_gexf(flat_graph(actors, relations, sources, curations, trust))) + "\n"
    # networkx stamps today's date into the header; drop it so the same graph exports the same bytes
    return re.sub(r' lastmodifieddate="[^"]*"', "", text, count=1)


CSV_COLUMNS = ("subject", "predicate", "object", "date", "end_date", "modality", "source", "evidence",
               "subject_type", "object_type", "confidence", "weapon", "role")


def _csv(actors, relations, sources, *, spreadsheet_safe: bool = True) -> str:
    """One claim per row; cells a spreadsheet would run as formulas are neutralised unless
    ``spreadsheet_safe`` is off (see :mod:`diplograph.spreadsheet`; ``ingest`` reads both back)."""
    from diplograph.loaders.curated import MAX_FIELD

    by_id = {a.id: a for a in actors}
    rows = []
    for r in relations:
        if r.subject not in by_id or r.object not in by_id:
            continue
        for c in r.claims:
            source = sources.get(c.source_id)
            cite = (source.url or source.title) if source else ""
            # as long as `ingest` reads back: a sentence that long is a run-on extraction anyway
            evidence = c.evidence if len(c.evidence) <= MAX_FIELD else c.evidence[:MAX_FIELD - 1] + "…"
            rows.append([by_id[r.subject].name, r.predicate, by_id[r.object].name, c.date, c.end_date,
                         c.modality, cite, evidence, by_id[r.subject].type, by_id[r.object].type,
                         c.confidence, c.properties.get("weapon", ""), c.properties.get("role", "")])
    return csv_text(CSV_COLUMNS, rows, safe=spreadsheet_safe)


CYPHER_ROWS_PER_STATEMENT = 1_000  # keeps each :param line to a size cypher-shell reads comfortably


def _cypher(actors, relations, sources, curations=None) -> str:
    """A script that builds, in Neo4j 5.26 or later, the graph diplograph's Neo4j backend keeps
    (actors, sources, claims with their links, typed relationships with their aggregates), so
    ``diplograph --backend neo4j`` reads a database loaded from it. MERGE on the ids: running it
    twice changes nothing. Labels and relationship types are ontology names, allow-listed."""
    from diplograph.graph.backends.neo4j import (SCHEMA, actor_label, actor_properties, claim_properties,
                                                 relationship_properties, relationship_type)

    lines = ["// diplograph export for Neo4j 5.26+: run with cypher-shell -f (values are set with :param)",
             *(f"{statement};" for statement in SCHEMA)]

    def unwind(rows: list[dict], statement: str) -> None:
        for start in range(0, len(rows), CYPHER_ROWS_PER_STATEMENT):
            lines.append(f":param rows => {_cypher_literal(rows[start:start + CYPHER_ROWS_PER_STATEMENT])};")
            lines.append(f"UNWIND $rows AS row {statement};")

    for actor_type in sorted({a.type for a in actors}):
        unwind([actor_properties(a) for a in actors if a.type == actor_type],
               f"MERGE (a:Actor {{id: row.id}}) SET a:{actor_label(actor_type)}, a += row")
    unwind([s.to_dict() for _, s in sorted(sources.items())], "MERGE (s:Source {id: row.id}) ON CREATE SET s += row")
    claims = [claim_properties(c.id, c) for r in relations for c in r.claims]
    unwind(claims, "MATCH (s:Actor {id: row.subject}) MATCH (o:Actor {id: row.object}) "
                   "MERGE (c:Claim {id: row.id}) SET c = row MERGE (c)-[:SUBJECT]->(s) MERGE (c)-[:OBJECT]->(o) "
                   "WITH c, row MATCH (src:Source {id: row.source_id}) MERGE (c)-[:FROM]->(src)")
    for predicate in sorted({r.predicate for r in relations}):
        unwind([{"s": r.subject, "o": r.object, "props": relationship_properties(r)}
                for r in relations if r.predicate == predicate],
               "MATCH (s:Actor {id: row.s}) MATCH (o:Actor {id: row.o}) "
               f"MERGE (s)-[r:{relationship_type(predicate)}]->(o) SET r = row.props")
    if curations is not None and curations.records:
        unwind([{"id": r.id, "act": r.act, "target": r.target, "who": r.who, "at": r.at, "why": r.why,
                 "undone_at": r.undone_at, "record_json": r.to_json()} for r in curations.records],
               "MERGE (k:Curation {id: row.id}) SET k += row")
    return "\n".join(lines) + "\n"


def _cypher_literal(value) -> str:
    """A Cypher literal for a parameter value. Strings are single-quoted with every quote,
    backslash and control character escaped, so no value can end the literal."""
    if isinstance(value, str):
        escaped = json.dumps(value, ensure_ascii=True)[1:-1].replace("'", "\\'")
        return f"'{escaped}'"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "{" + ", ".join(f"`{k}`: {_cypher_literal(v)}" for k, v in value.items() if str(k).isidentifier()) + "}"
    return "[" + ", ".join(_cypher_literal(v) for v in value) + "]"


_WRITERS = {"jsonl": _jsonl, "graphml": _graphml, "gexf": _gexf}  # csv and cypher: see export_text
