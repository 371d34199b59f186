"""MONDIAL (Univ. Göttingen) tables, as CSV exports of its relations:

* ``isMember`` (header ``country,organization,type``) -> MEMBER_OF, state -> organisation;
* ``Organization`` (header ``abbreviation,name,city,country,province,established``) ->
  BASED_IN, organisation -> the state of its headquarters;
* ``Country`` (header ``name,code,capital,province,area,population``): MONDIAL's code table,
  used by the two above; nothing to load on its own.

MONDIAL names countries by its own car codes (``R`` Russia, ``CL`` Sri Lanka, ``ROU``
Uruguay), which clash with ISO codes, so the Country table must sit in the same folder: codes
are read through it to names, and names resolved through the gazetteer. The Organization
table, when present there too, gives organisations their full names.

Membership types: ``member`` and its kinds (regional, nonregional, associate, correspondent,
subscriber, permanent and nonpermanent member; National Olympic Committees; IFAD's lists A,
B and C) are MEMBER_OF ``asserted`` with property ``membership`` (the type); ``candidate`` and
``applicant`` are MEMBER_OF ``planned`` (the ontology's reading of an applicant); observers,
partners, signatories and the other types are not memberships: they are skipped and counted.
MONDIAL gives no dates: the claims have none.
"""

from __future__ import annotations

from pathlib import Path

from diplograph.errors import InputError
from diplograph.graph.model import Actor, Claim
from diplograph.loaders.datasets import files
from diplograph.loaders.datasets.files import Head, peek
from diplograph.loaders.datasets.format import Format
from diplograph.loaders.datasets.output import Output
from diplograph.loaders.datasets.resolve import ActorResolver
from diplograph.names import name_key, plain

METHOD = "dataset:mondial"
MEMBERSHIP_HEADER = ["country", "organization", "type"]
ORGANIZATION_HEADER = ["abbreviation", "name", "city", "country", "province", "established"]
COUNTRY_HEADER = ["name", "code", "capital", "province", "area", "population"]
MEMBER = {name_key(t) for t in (
    "member", "regional member", "nonregional member", "associate member", "associated member",
    "correspondent member", "subscriber member", "permanent member", "nonpermanent member",
    "National Olympic Committee", "national committee", "List A", "List B", "List C")}
PLANNED = {name_key(t) for t in ("candidate", "candidate countries", "applicant")}
_MAX_SIBLING_BYTES = 50 * 1024 * 1024


def _is(header: list[str]):
    return lambda head: head.header() == header


def _sibling(path: Path, header: list[str]) -> Path | None:
    """The file beside ``path`` with this MONDIAL header, if any."""
    for candidate in sorted(path.parent.iterdir()):
        if candidate == path or candidate.name.startswith(".") or not candidate.is_file():
            continue
        if candidate.stat().st_size > _MAX_SIBLING_BYTES:
            continue
        head = peek(candidate)
        if head is not None and head.header() == header:
            return candidate
    return None


def _table(path: Path, header: list[str], key: str) -> dict[str, dict[str, str]]:
    records = files.rows(path)
    next(records, None)
    return {values[header.index(key)].strip(): dict(zip(header, (v.strip() for v in values)))
            for _, values in records if len(values) == len(header)}


def _countries(path: Path) -> dict[str, dict[str, str]]:
    table = _sibling(path, COUNTRY_HEADER)
    if table is None:
        raise InputError(path, "MONDIAL names countries by its own codes (R is Russia): put MONDIAL's Country "
                               "table (a CSV with header name,code,capital,province,area,population) in the "
                               "same folder, then load again", 1)
    return _table(table, COUNTRY_HEADER, "code")


def _source(path: Path, table: str):
    return files.dataset_source(path, f"MONDIAL database, {table} ({path.name})",
                                publisher="MONDIAL (W. May, Univ. Göttingen), CC BY 3.0",
                                url="https://www.dbis.informatik.uni-goettingen.de/Mondial/")


class _Actors:
    def __init__(self, resolver: ActorResolver, countries: dict, organizations: dict):
        self.resolver, self.countries, self.organizations = resolver, countries, organizations
        self._orgs: dict[str, Actor] = {}

    def state(self, code: str) -> Actor | None:
        row = self.countries.get(code.strip())
        return self.resolver.by_name(row["name"], "state") if row else None

    def organization(self, abbreviation: str) -> Actor:
        abbreviation = plain(abbreviation)
        if abbreviation not in self._orgs:
            name = plain(self.organizations.get(abbreviation, {}).get("name", ""))
            found = self.resolver.by_name(abbreviation, "organization") or (
                self.resolver.by_name(name, "organization") if name else None)
            if found is None:
                found = Actor.new(name or abbreviation, "organization")
            self._orgs[abbreviation] = found.with_aliases([abbreviation, name])
        return self._orgs[abbreviation]

    def label(self, org: Actor, abbreviation: str) -> str:
        return org.name if org.name == abbreviation else f"{abbreviation} ({org.name})"


def _rows(path: Path, header: list[str]):
    records = files.rows(path)
    next(records, None)
    for line, values in records:
        if len(values) != len(header):
            raise InputError(path, f"expected {len(header)} fields (as in the header), found {len(values)}", line)
        yield line, dict(zip(header, (v.strip() for v in values)))


def read_memberships(path: Path, head: Head, resolver: ActorResolver):
    countries = _countries(path)
    organizations_file = _sibling(path, ORGANIZATION_HEADER)
    organizations = _table(organizations_file, ORGANIZATION_HEADER, "abbreviation") if organizations_file else {}
    actors = _Actors(resolver, countries, organizations)
    out = Output(_source(path, "country memberships"), path.name, "mondial-memberships")
    for line, row in _rows(path, MEMBERSHIP_HEADER):
        out.row()
        kind = name_key(row["type"])
        if kind in PLANNED:
            modality = "planned"
        elif kind in MEMBER:
            modality = "asserted"
        else:
            out.skip(f"{plain(row['type']) or 'no type'} (not a membership)")
            continue
        state = actors.state(row["country"])
        if state is None:
            out.skip("country not found")
            continue
        if not row["organization"]:
            out.skip("no organisation")
            continue
        org = actors.organization(row["organization"])
        kind = plain(row["type"])
        role = "is a candidate for" if modality == "planned" else f"is {'an' if kind[:1].lower() in 'aeiou' else 'a'} {kind} of"
        out.add(Claim(subject=state.id, predicate="MEMBER_OF", object=org.id, source_id=out.source.id,
                      modality=modality, method=METHOD,
                      evidence=f"MONDIAL: {state.name} {role} {actors.label(org, plain(row['organization']))}",
                      properties={"membership": plain(row["type"]), "line": str(line)}), state, org)
        yield from out.ready()
    yield from out.batches()
    return out.summary


def read_organizations(path: Path, head: Head, resolver: ActorResolver):
    countries = _countries(path)
    organizations = _table(path, ORGANIZATION_HEADER, "abbreviation")
    actors = _Actors(resolver, countries, organizations)
    out = Output(_source(path, "organisations"), path.name, "mondial-organizations")
    for line, row in _rows(path, ORGANIZATION_HEADER):
        out.row()
        if not row["country"]:
            out.skip("no headquarters country")
            continue
        state = actors.state(row["country"])
        if state is None:
            out.skip("country not found")
            continue
        org = actors.organization(row["abbreviation"])
        where = ", ".join(filter(None, (plain(row["city"]), state.name)))
        properties = {k: plain(row[k]) for k in ("city", "established") if row[k]}
        out.add(Claim(subject=org.id, predicate="BASED_IN", object=state.id, source_id=out.source.id,
                      method=METHOD, evidence=f"MONDIAL: {actors.label(org, plain(row['abbreviation']))} "
                                              f"has its headquarters in {where}",
                      properties={**properties, "line": str(line)}), org, state)
        yield from out.ready()
    yield from out.batches()
    return out.summary


def read_countries(path: Path, head: Head, resolver: ActorResolver):
    out = Output(_source(path, "countries"), path.name, "mondial-countries")
    out.summary.notes.append("MONDIAL's country code table: used when loading memberships, nothing to load itself")
    return out.summary
    yield  # a generator, like every reader


MEMBERSHIP_FORMAT = Format("mondial-memberships", "MONDIAL isMember (country, organization, type)",
                           _is(MEMBERSHIP_HEADER), read_memberships)
ORGANIZATION_FORMAT = Format("mondial-organizations", "MONDIAL Organization table (headquarters)",
                             _is(ORGANIZATION_HEADER), read_organizations)
COUNTRY_FORMAT = Format("mondial-countries", "MONDIAL Country table (code table, nothing to load)",
                        _is(COUNTRY_HEADER), read_countries)
