"""Loading an embedded store into an empty Neo4j database in bulk, with ``neo4j-admin database import full``.

``diplograph push`` writes batch after batch through Bolt: fine for a few hundred thousand
claims, slow past that (every claim is a node with three relationships, created one
transaction at a time). ``push --bulk`` instead writes the store as CSV files in the layout of
the Neo4j backend (:mod:`diplograph.graph.backends.neo4j`) and has Neo4j's import tool build
the database from them in one pass, then starts the server again; the constraints and indexes
are created when diplograph reconnects, and merge and curation records are written over Bolt.

The files hold what the incremental push would write: the same nodes, labels, properties and
relationships, the claims checked against the ontology the same way (:func:`prepare_batch`), so
that every query answers the same after either push.

>>> import os, tempfile
>>> from diplograph.graph.backends.embedded import EmbeddedBackend
>>> from diplograph.graph.model import Actor, Batch, Claim
>>> folder = tempfile.mkdtemp()
>>> store = EmbeddedBackend(os.path.join(folder, "g.db"))
>>> _ = store.write(Batch([Actor.new("A", "state"), Actor.new("B", "state")], [],
...                       [Claim("state:a", "BORDERS", "state:b", "s", evidence='said "hi"')]))
>>> report = export_csv(store, os.path.join(folder, "csv"))
>>> (report.actors, report.claims, report.relations, report.rejected)
(2, 1, 1, [])
>>> open(os.path.join(folder, "csv", "claims.csv"), encoding="utf-8").read().splitlines()[1][:44]
'claim:3198d8254927e178,"state:a","BORDERS","'
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from diplograph.errors import BackendError
from diplograph.graph.backend import prepare_batch
from diplograph.graph.backends.neo4j import (_CLAIM_FIELDS, actor_label_name, claim_properties, relationship_properties,
                                             relationship_type_name)
from diplograph.graph.model import Batch, Claim, Relation, Source
from diplograph.graph.trust import source_groups

ARRAY = "\x1f"  # between the elements of an array (aliases, labels): a character no name holds
CHUNK = 20_000  # claims checked and written at a time: memory for one chunk, whatever the store's size
# Below this many relations the import tool runs on the JIT's quick compiler alone: a short import
# does not repay the optimising compiler's work (100k relations: 11 s of CPU against 21 s), a long
# one runs its linking loop far slower without it (1M: 107 s against 71 s).
QUICK_COMPILER_BELOW = 300_000

_CLAIM_TYPES = {"confidence": "double", "evidence_start": "long", "evidence_end": "long"}
_SOURCE_FIELDS = tuple(f for f in Source.__dataclass_fields__ if f != "id")


@dataclass
class ExportReport:
    folder: Path
    actors: int = 0
    sources: int = 0
    claims: int = 0
    relations: int = 0
    rejected: list[tuple[Claim, str]] = field(default_factory=list)
    multiline: list[str] = field(default_factory=list)  # the files with a line break inside a field

    def mark(self, line: str, name: str) -> str:
        """``line``, noting that file ``name`` has multi-line fields if a line break is inside it."""
        if name not in self.multiline and (line.count("\n") > 1 or "\r" in line):
            self.multiline.append(name)
        return line

    def arguments(self) -> list[str]:
        """The arguments of ``neo4j-admin database import full`` for these files (one a line in
        the file that ``scripts/neo4j.sh import`` reads)."""
        f = self.folder.resolve()
        # a file read for multi-line fields is parsed more slowly (a fifth more CPU for the whole
        # import of 100k relations), so only the files that have some are named
        multiline = ["--multiline-fields-format=v2",
                     "--multiline-fields=" + ",".join(str(f / name) for name in self.multiline)]
        return ["neo4j",  # the database first: an option taking files would take the name for one
                "--array-delimiter=U+001F", *(multiline if self.multiline else ()),
                f"--nodes={f / 'actors.csv'}", f"--nodes=Source={f / 'sources.csv'}",
                f"--nodes=Claim={f / 'claims.csv'}",
                f"--relationships=SUBJECT={f / 'claim_subjects.csv'}", f"--relationships=OBJECT={f / 'claim_objects.csv'}",
                f"--relationships=FROM={f / 'claim_sources.csv'}", f"--relationships={f / 'relations.csv'}"]


def _cell(value) -> str:
    """One CSV field as the import tool reads it: text quoted (quotes doubled), numbers and
    booleans bare, nothing for None (no property)."""
    if value.__class__ is str:  # most cells, so tested first (an export writes millions)
        return '"' + value.replace('"', '""') + '"'
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return _cell(ARRAY.join(value)) if value else ""
    return '"' + str(value).replace('"', '""') + '"'


_BARE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9:._\-]*")


def _line(values) -> str:
    """One row. A plain id first is written bare, not quoted: the import tool cuts a file of
    multi-line fields into chunks by scanning back from a chunk's end for the start of a row,
    and (Neo4j 5.26, --multiline-fields-format=v2) fails with "found CR outside a text cell"
    when the chunk ends in the first cells of a row that begins with a quote.

    >>> _line(["claim:0a1b", 'a "quoted"\\nline', 1.0, None, True])
    'claim:0a1b,"a ""quoted""\\nline",1.0,,true\\n'
    >>> _line(['an "odd", id', "x"])
    '"an ""odd"", id","x"\\n'
    """
    return ",".join([_head(values[0]), *map(_cell, values[1:])]) + "\n"


def _head(first) -> str:
    """The first cell of a row: a plain id bare, anything else as :func:`_cell` writes it."""
    return first if first.__class__ is str and _BARE_ID.fullmatch(first) else _cell(first)


def export_csv(source, folder: str | Path, *, progress=None) -> ExportReport:
    """Write ``source`` (an EmbeddedBackend) into ``folder`` as the CSV files of the Neo4j
    layout; returns what was written and the claims the ontology now rejects (as push does).
    ``progress(n)`` is told of each chunk of ``n`` claims written."""
    folder = Path(folder)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    report = ExportReport(folder)
    merges = source.merges()
    actors = source.actors()
    known = {a.id: a.type for a in actors}
    with open(folder / "actors.csv", "w", encoding="utf-8") as out:
        out.write("id:ID(Actor),:LABEL,name,type,aliases:string[],external_ids_json\n")
        for actor in actors:
            line = _line((actor.id, ["Actor", actor_label_name(actor.type)], actor.name, actor.type,
                          list(actor.aliases), json.dumps(actor.external_ids, ensure_ascii=False, sort_keys=True)))
            out.write(report.mark(line, "actors.csv"))
            report.actors += 1
    sources = source.sources()
    stored_sources = {s.id for s in sources}
    groups = source_groups(sources)  # copies of one story count as one source, as in the view
    with open(folder / "sources.csv", "w", encoding="utf-8") as out:
        out.write("id:ID(Source)," + ",".join(_SOURCE_FIELDS) + "\n")
        for item in sources:
            line = _line((item.id, *(getattr(item, name) or "" for name in _SOURCE_FIELDS)))
            out.write(report.mark(line, "sources.csv"))
            report.sources += 1
    claim_columns = ["id:ID(Claim)"] + [f"{name}:{_CLAIM_TYPES[name]}" if name in _CLAIM_TYPES else name
                                        for name in _CLAIM_FIELDS] + ["properties_json"]
    files = {name: open(folder / f"{name}.csv", "w", encoding="utf-8") for name in
             ("claims", "claim_subjects", "claim_objects", "claim_sources", "relations")}
    try:
        files["claims"].write(",".join(claim_columns) + "\n")
        for name, end in (("claim_subjects", "Actor"), ("claim_objects", "Actor"), ("claim_sources", "Source")):
            files[name].write(f":START_ID(Claim),:END_ID({end})\n")
        files["relations"].write(":START_ID(Actor),:END_ID(Actor),:TYPE,n_claims:long,n_sources:long,first_date,"
                                 "last_date,modality,family,symmetric:boolean\n")
        group_key, group, done = None, {}, set()

        def close_group() -> None:
            if group_key is None:
                return
            if group_key in done:
                raise BackendError(f"the claims of {group_key} do not come together in the store; use push without --bulk")
            done.add(group_key)
            props = relationship_properties(Relation(*group_key, tuple(group.values())), groups)
            line = _line((group_key[0], group_key[2], relationship_type_name(group_key[1]), props["n_claims"],
                          props["n_sources"], props["first_date"], props["last_date"], props["modality"],
                          props["family"], props["symmetric"]))
            files["relations"].write(report.mark(line, "relations.csv"))
            report.relations += 1

        for chunk in source.claims_in_relation_order(CHUNK):
            prepared, rejected = prepare_batch(Batch(claims=chunk), merges, strict=False,
                                               known_types=lambda ids: {i: known[i] for i in ids if i in known})
            report.rejected.extend(rejected)
            for claim in prepared.claims:
                claim_id = claim.id
                key = (claim.subject, claim.predicate, claim.object)
                if key != group_key:
                    close_group()
                    group_key, group = key, {}
                if claim_id in group:
                    continue
                group[claim_id] = claim
                row = claim_properties(claim_id, claim)
                head = _head(claim_id)  # the four rows of a claim open with its id: written as _line writes it
                cells = [*map(_cell, (row[name] for name in _CLAIM_FIELDS)), _cell(row["properties_json"])]
                files["claims"].write(report.mark(head + "," + ",".join(cells) + "\n", "claims.csv"))
                for name, end in (("claim_subjects", claim.subject), ("claim_objects", claim.object),
                                  ("claim_sources", claim.source_id)):
                    if name != "claim_sources" or end in stored_sources:
                        files[name].write(report.mark(f"{head},{_cell(end)}\n", f"{name}.csv"))
                report.claims += 1
            if progress is not None:
                progress(len(chunk))
        close_group()
    finally:
        for handle in files.values():
            handle.close()
    (folder / "import.args").write_text("\n".join(report.arguments()) + "\n", encoding="utf-8")
    return report


def neo4j_script() -> Path:
    """``scripts/neo4j.sh``, which runs the server: ``$DIPLOGRAPH_NEO4J_SCRIPT``, else the one of
    the source checkout diplograph runs from."""
    given = os.environ.get("DIPLOGRAPH_NEO4J_SCRIPT")
    script = Path(given) if given else Path(__file__).resolve().parents[2] / "scripts" / "neo4j.sh"
    if not script.is_file():
        raise BackendError(f"push --bulk runs Neo4j's import tool through scripts/neo4j.sh, which is not at {script}; "
                           "set DIPLOGRAPH_NEO4J_SCRIPT to it (the server must be the one that script runs)")
    return script


def run_import(report: ExportReport, *, echo=None) -> float:
    """Stop the server, import the files, start the server (``scripts/neo4j.sh import``);
    returns the seconds the import tool itself took (as it reports them), or the whole run."""
    args = report.folder / "import.args"
    env = dict(os.environ)
    if report.relations < QUICK_COMPILER_BELOW:
        env.setdefault("DIPLOGRAPH_NEO4J_IMPORT_JAVA_OPTIONS", "-XX:TieredStopAtLevel=1")
    done = subprocess.run(["bash", str(neo4j_script()), "import", str(args)], capture_output=True, text=True, env=env)
    output = done.stdout + done.stderr
    if echo is not None:
        echo(output)
    if done.returncode != 0:
        tail = "\n".join(output.strip().splitlines()[-15:])
        raise BackendError(f"the Neo4j import failed:\n{tail}")
    return _import_seconds(output)


def _import_seconds(output: str) -> float:
    """The import tool's own time, from its 'IMPORT DONE in 1m 2s 345ms.' line (0 if absent).

    >>> _import_seconds("...\\nIMPORT DONE in 1m 2s 345ms. \\nImported:")
    62.345
    """
    import re

    match = re.search(r"IMPORT DONE in ((?:\d+h )?(?:\d+m )?(?:\d+s )?(?:\d+ms)?)", output)
    if not match:
        return 0.0
    units = {"h": 3600, "m": 60, "s": 1, "ms": 0.001}
    return round(sum(int(n) * units[u] for n, u in re.findall(r"(\d+)(ms|h|m|s)", match.group(1))), 3)
