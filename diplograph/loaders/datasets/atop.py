"""ATOP (Alliance Treaty Obligations and Provisions, v4) to ALLIANCE claims between states.

The member-level file (header ``atopid, ..., member, ..., yrent, moent, dayent, yrexit,
..., defense, offense, neutral, nonagg, consul``) has one row per member of an alliance
(and per phase of its membership), with the day it joined and left (``yrexit`` 0: still in
force when the data end). Every two members of the same alliance whose memberships overlap
make one ALLIANCE claim, from the later entry to the earlier exit (open if both are still in
force). Property ``alliance_type`` is the strongest obligation either member took on
(defense > offense > neutrality > nonaggression > consultation); ``obligations`` lists
them all; ``atopid`` names the treaty. Members are states by COW code (``member``) via the
gazetteer's ``external_ids.cow``; members it does not know are skipped and counted.

The alliance-level file (``atopid, ..., begyr, ..., mem1, mem2, ...``) lists the same
alliances without each member's own dates; it is recognised and loads nothing (load the
member-level file).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from diplograph.errors import InputError
from diplograph.graph.dates import PartialDate
from diplograph.graph.model import Actor, Claim
from diplograph.loaders.datasets import files
from diplograph.loaders.datasets.files import Head
from diplograph.loaders.datasets.format import Format
from diplograph.loaders.datasets.output import Output
from diplograph.loaders.datasets.resolve import ActorResolver

METHOD = "dataset:atop"
OBLIGATIONS = (("defense", "defense"), ("offense", "offense"), ("neutral", "neutrality"),
               ("nonagg", "nonaggression"), ("consul", "consultation"))  # (column, name), strongest first
MEMBER_COLUMNS = ("atopid", "member", "yrent", "yrexit") + tuple(c for c, _ in OBLIGATIONS)


def matches_members(head: Head) -> bool:
    header = head.header()
    return bool(header) and header[0] == "atopid" and all(c in header for c in MEMBER_COLUMNS)


def matches_alliances(head: Head) -> bool:
    header = head.header()
    return bool(header) and header[0] == "atopid" and "begyr" in header and "mem1" in header


def _source(path: Path):
    return files.dataset_source(path, f"ATOP Alliance Treaty Obligations and Provisions ({path.name})",
                                publisher="ATOP project (Leeds et al.)", url="http://www.atopdata.org/")


@dataclass(frozen=True)
class _Member:
    line: int
    state: Actor
    entry: PartialDate
    exit: PartialDate | None  # None: in force when the data end
    obligations: frozenset[str]


def _date(year: str, month: str, day: str) -> PartialDate | None:
    number = files.year(year)
    if number is None:
        return None
    m = _positive(month)
    d = _positive(day) if m else None
    for parts in ((number, m, d), (number, m, None), (number, None, None)):
        try:
            return PartialDate(*parts)
        except ValueError:
            continue
    return None


def _positive(text: str) -> int | None:
    text = str(text).strip()
    return int(text) if text.isdigit() and int(text) > 0 else None


def read_members(path: Path, head: Head, resolver: ActorResolver):
    header = head.header()
    out = Output(_source(path), path.name, "atop-members")
    records = files.rows(path)
    next(records, None)
    group: str | None = None
    members: list[_Member] = []
    for line, values in records:
        if len(values) != len(header):
            raise InputError(path, f"expected {len(header)} fields (as in the header), found {len(values)}", line)
        row = {k: v.strip() for k, v in zip(header, values)}
        if row["atopid"] != group:  # rows come grouped by alliance
            _pairs(out, group, members)
            group, members = row["atopid"], []
        out.row()
        member = _member(out, resolver, row, line)
        if member is not None:
            members.append(member)
        yield from out.ready()
    _pairs(out, group, members)
    yield from out.batches()
    return out.summary


def _member(out: Output, resolver: ActorResolver, row: dict, line: int) -> _Member | None:
    state = resolver.state_by_code("cow", row["member"])
    if state is None:
        out.skip("COW state code not in the gazetteer")
        return None
    entry = _date(row["yrent"], row.get("moent", ""), row.get("dayent", ""))
    if entry is None:
        out.skip("bad entry year")
        return None
    if row["yrexit"] in ("0", ""):
        exit_ = None
    else:
        exit_ = _date(row["yrexit"], row.get("moexit", ""), row.get("dayexit", ""))
        if exit_ is None:
            out.skip("bad exit year")
            return None
    obligations = frozenset(name for column, name in OBLIGATIONS if row[column] in ("1", "1.0"))
    return _Member(line, state, entry, exit_, obligations)


def _pairs(out: Output, atopid: str | None, members: list[_Member]) -> None:
    for first, second in combinations(members, 2):
        if first.state.id == second.state.id:
            continue
        start = max(first.entry, second.entry)
        exits = [m.exit for m in (first, second) if m.exit is not None]
        end = min(exits) if exits else None
        if end is not None and end <= start:
            continue  # their memberships do not overlap (or only touch, where one phase follows another)
        obligations = [name for _, name in OBLIGATIONS if name in first.obligations | second.obligations]
        if not obligations:
            out.skip("no obligation flagged")
            continue
        names = " – ".join(sorted((first.state.name, second.state.name)))
        span = f"{start.iso}–{end.iso if end else 'in force'}"
        properties = {"atopid": atopid or "", "alliance_type": obligations[0], "obligations": ", ".join(obligations),
                      "line": str(min(first.line, second.line))}
        out.add(Claim(subject=first.state.id, predicate="ALLIANCE", object=second.state.id,
                      source_id=out.source.id, date=start.iso, end_date=end.iso if end else "",
                      evidence=f"ATOP {atopid}: {names}, {obligations[0]} ({', '.join(obligations)}), {span}",
                      method=METHOD, properties=properties), first.state, second.state)


def read_alliances(path: Path, head: Head, resolver: ActorResolver):
    out = Output(_source(path), path.name, "atop-alliances")
    out.summary.notes.append("alliance-level file: load the member-level file, which has each member's dates")
    return out.summary
    yield  # a generator, like every reader


MEMBER_FORMAT = Format("atop-members", "ATOP v4 member-level alliances", matches_members, read_members)
ALLIANCE_FORMAT = Format("atop-alliances", "ATOP v4 alliance-level file (nothing to load)",
                         matches_alliances, read_alliances)
