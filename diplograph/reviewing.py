"""Reviewing: an analyst's acts on a graph, checked, then kept as curation records.

One implementation for ``diplograph review``, the web app's ``POST /api/review`` and Python
(``graph.review(...)``); see :mod:`diplograph.graph.curation` for what each act does to reads.

>>> import tempfile, os
>>> from diplograph.core import DiploGraph
>>> g = DiploGraph.open(store=os.path.join(tempfile.mkdtemp(), "g.db"))
>>> _ = g.ingest_facts([("Iran", "ARMS_TRANSFER", "Tajikistan")])
>>> [claim] = g.backend.claims()
>>> record = g.review("correct", claim.id, who="ana", why="a factory, not a sale", predicate="CO_PRODUCTION")
>>> [r.predicate for r in g.relations("Iran")]
['CO_PRODUCTION']
>>> _ = g.undo(record.id, who="ana")
>>> [r.predicate for r in g.relations("Iran")]
['ARMS_TRANSFER']
"""

from __future__ import annotations

import getpass
import os

from diplograph.errors import DiplographError
from diplograph.graph.curation import ACTS, CORRECTABLE, Curation, new_record, split_actor_id
from diplograph.graph.dates import PartialDate
from diplograph.graph.ontology import load_ontology

MAX_WHY_CHARS = 2000
MAX_NOTE_CHARS = 5000
MAX_SPLIT_CLAIMS = 1000


class ReviewError(DiplographError):
    """An act that cannot be recorded: what is wrong and what to do."""


def analyst() -> str:
    """Who is acting: ``$DIPLOGRAPH_ANALYST``, else the user logged in."""
    try:
        return os.environ.get("DIPLOGRAPH_ANALYST") or getpass.getuser()
    except (KeyError, OSError):
        return "analyst"


def review(graph, act: str, target: str, *, who: str | None = None, why: str = "", **fields) -> Curation:
    """Check one act on ``graph`` (a DiploGraph) and record it; the record is returned."""
    if act not in ACTS:
        raise ReviewError(f"unknown act {act!r}; acts are: {', '.join(ACTS)}")
    why = (why or "").strip()
    if len(why) > MAX_WHY_CHARS:
        raise ReviewError(f"the reason is {len(why)} characters long; at most {MAX_WHY_CHARS}")
    target = (target or "").strip()
    if not target:
        raise ReviewError(f"{act} needs a target: a claim id" + (" or an actor" if act == "note" else ""))
    claim = None
    if act in ("merge", "split"):
        fields = _actor_act(graph, act, target, fields)
        target = graph.actor(target).id
    else:
        claim = graph.backend.get_claim(target)
        if claim is None and act == "note" and not target.startswith("claim:"):
            target = graph.actor(target).id  # a note on an actor
        elif claim is None:
            raise ReviewError(f"no claim {target!r} in the store; `diplograph evidence SUBJECT any OBJECT "
                              "--format json` lists the claim ids of a relation")
        fields = _claim_act(graph, act, claim, fields)
    record = new_record(act, target, fields, who=who or analyst(), why=why, claim=claim)
    graph.backend.record_curations([record])
    graph.invalidate()
    return record


def undo(graph, record_id: str, *, who: str | None = None, why: str = "") -> Curation:
    """Mark the record ``record_id`` undone: its act no longer applies. The record stays."""
    found = {r.id: r for r in graph.backend.curations()}
    record = found.get((record_id or "").strip())
    if record is None:
        raise ReviewError(f"no curation record {record_id!r}; `diplograph review list` shows them")
    if not record.active:
        raise ReviewError(f"{record.id} was already undone by {record.undone_by} at {record.undone_at}")
    if record.act == "merge":
        later = [r for r in found.values() if r.active and r.act == "merge" and r.fields.get("into") == record.target]
        if later:
            raise ReviewError(f"undo {later[0].id} first: it merged {later[0].target} into {record.target}")
    undone = record.undone(who or analyst(), (why or "").strip()[:MAX_WHY_CHARS])
    graph.backend.record_curations([undone])
    graph.invalidate()
    return undone


def _claim_act(graph, act: str, claim, fields: dict) -> dict:
    onto = load_ontology()
    if act in ("confirm", "reject"):
        _no_fields(act, fields)
        return {}
    if act == "note":
        return {"text": _note(fields)}
    unknown = sorted(set(fields) - set(CORRECTABLE))
    if unknown:
        raise ReviewError(f"a claim's {unknown[0]} cannot be corrected; correct its {', '.join(CORRECTABLE)}")
    wanted = {k: v for k, v in fields.items() if v is not None}
    if not wanted:
        raise ReviewError(f"correct what? give at least one of: {', '.join(CORRECTABLE)}")
    out = {}
    if "predicate" in wanted:
        predicate = onto.predicate(str(wanted["predicate"]).strip())
        types = {a.id: a.type for a in graph.actors()}
        ends = [graph.curations.resolve(claim.subject), graph.curations.resolve(claim.object)]
        s_type, o_type = (types.get(e, "") for e in ends)
        if not (predicate.allows(s_type, o_type) or (predicate.symmetric and predicate.allows(o_type, s_type))):
            raise ReviewError(f"{predicate.name} does not relate a {s_type} to a {o_type} "
                              f"(subjects: {', '.join(sorted(predicate.subject_types))}; "
                              f"objects: {', '.join(sorted(predicate.object_types))})")
        out["predicate"] = predicate.name
    if "modality" in wanted:
        out["modality"] = onto.modality(str(wanted["modality"]).strip()).name
    if "date" in wanted:
        text = str(wanted["date"]).strip()
        try:
            out["date"] = PartialDate.parse(text).iso if text else ""
        except ValueError as error:
            raise ReviewError(f"date: {error}") from None
    return out


def _actor_act(graph, act: str, target: str, fields: dict) -> dict:
    actor = graph.actor(target)
    if act == "merge":
        unknown = sorted(set(fields) - {"into"})
        if unknown or not fields.get("into"):
            raise ReviewError("merge needs the actor to merge into (into), and nothing else")
        keep = graph.actor(str(fields["into"]))
        if keep.id == actor.id:
            raise ReviewError(f"{actor.name} cannot be merged into itself")
        return {"into": keep.id}
    unknown = sorted(set(fields) - {"name", "type", "claims"})
    if unknown:
        raise ReviewError(f"split takes name, type and claims, not {unknown[0]}")
    name = str(fields.get("name") or "").strip()
    if not name:
        raise ReviewError("split needs the name of the new actor")
    actor_type = load_ontology().actor_type(str(fields.get("type") or actor.type)).name
    claims = list(dict.fromkeys(str(c).strip() for c in fields.get("claims") or () if str(c).strip()))
    if not claims or len(claims) > MAX_SPLIT_CLAIMS:
        raise ReviewError(f"split needs the claims (1 to {MAX_SPLIT_CLAIMS}) that belong to the new actor")
    for claim_id in claims:
        claim = graph.backend.get_claim(claim_id)
        if claim is None:
            raise ReviewError(f"no claim {claim_id!r} in the store")
        if actor.id not in (claim.subject, claim.object):
            raise ReviewError(f"claim {claim_id} is not about {actor.name}")
    # a second split to the same name and type joins the actor the first one made
    made = {r.fields["new_id"] for r in graph.curations.active if r.act == "split"
            and r.fields.get("name") == name and r.fields.get("type") == actor_type}
    taken = {a.id for a in graph.actors()} | {a.id for a in graph.backend.actors()}
    new_id = sorted(made)[0] if made else split_actor_id(name, actor_type, taken)
    return {"name": name, "type": actor_type, "claims": claims, "new_id": new_id}


def _note(fields: dict) -> str:
    unknown = sorted(set(fields) - {"text"})
    if unknown:
        raise ReviewError(f"a note takes its text only, not {unknown[0]}")
    text = str(fields.get("text") or "").strip()
    if not text:
        raise ReviewError("a note needs its text")
    if len(text) > MAX_NOTE_CHARS:
        raise ReviewError(f"the note is {len(text)} characters long; at most {MAX_NOTE_CHARS}")
    return text


def _no_fields(act: str, fields: dict) -> None:
    given = sorted(k for k, v in fields.items() if v not in (None, "", [], ()))
    if given:
        raise ReviewError(f"{act} takes no {given[0]}; to change a claim use correct")
