"""The ontology: actor types, relation predicates and modalities, read from one YAML file.

Everything else in diplograph asks this module what exists, so adding a predicate to
``diplograph/schema/ontology.yaml`` makes it storable, valid, styled and exported.

>>> onto = load_ontology()
>>> onto.predicate("ARMS_TRANSFER").family
'material_cooperation'
>>> onto.predicate("borders").symmetric
True
>>> "weapon" in onto.actor_types
True
>>> onto.modality("unconfirmed").answers
False
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from diplograph.errors import OntologyError
from diplograph.datafiles import load_data

_PREDICATE_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
_TYPE_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class ActorType:
    name: str
    label: str
    description: str
    color: str
    shape: str


@dataclass(frozen=True)
class Family:
    name: str
    label: str
    color: str
    polarity: int


@dataclass(frozen=True)
class Modality:
    name: str
    description: str
    strength: int
    answers: bool


@dataclass(frozen=True)
class Predicate:
    name: str
    family: str
    symmetric: bool
    plover: str | None
    label: str
    description: str
    subject_types: frozenset[str]
    object_types: frozenset[str]
    properties: tuple[str, ...] = ()

    def allows(self, subject_type: str, object_type: str) -> bool:
        return subject_type in self.subject_types and object_type in self.object_types


@dataclass(frozen=True)
class Ontology:
    actor_types: dict[str, ActorType]
    families: dict[str, Family]
    modalities: dict[str, Modality]
    predicates: dict[str, Predicate]
    source: str = field(default="", compare=False)

    def predicate(self, name: str) -> Predicate:
        """The predicate called ``name`` (any case); OntologyError names the valid ones if unknown."""
        key = str(name).strip().upper()
        try:
            return self.predicates[key]
        except KeyError:
            raise OntologyError(
                f"unknown predicate {name!r}; the ontology knows: {', '.join(sorted(self.predicates))}"
            ) from None

    def modality(self, name: str) -> Modality:
        key = str(name).strip().lower()
        try:
            return self.modalities[key]
        except KeyError:
            raise OntologyError(
                f"unknown modality {name!r}; use one of: {', '.join(self.modalities)}"
            ) from None

    def actor_type(self, name: str) -> ActorType:
        key = str(name).strip().lower()
        try:
            return self.actor_types[key]
        except KeyError:
            raise OntologyError(
                f"unknown actor type {name!r}; use one of: {', '.join(self.actor_types)}"
            ) from None

    def family_of(self, predicate: str) -> Family:
        return self.families[self.predicate(predicate).family]

    def predicates_in(self, *families: str) -> list[str]:
        """Names of the predicates whose family is one of ``families``."""
        unknown = set(families) - set(self.families)
        if unknown:
            raise OntologyError(f"unknown family {sorted(unknown)}; use one of: {', '.join(self.families)}")
        return [p.name for p in self.predicates.values() if p.family in families]

    def strongest(self, modalities) -> str:
        """The strongest of ``modalities`` (asserted beats reported beats planned ...)."""
        return max(modalities, key=lambda m: self.modalities[m].strength)

    def weakest(self, modalities) -> str:
        """The weakest of ``modalities``: what two conditions together allow (delivered and
        licensed, but only hedged, is unconfirmed)."""
        return min(modalities, key=lambda m: self.modalities[m].strength)


def _parse(data: dict, origin: str) -> Ontology:
    def need(mapping, key, where):
        if not isinstance(mapping, dict) or key not in mapping:
            raise OntologyError(f"{origin}: {where} lacks '{key}'")
        return mapping[key]

    actor_types = {}
    for name, spec in (need(data, "actor_types", "the file") or {}).items():
        if not _TYPE_NAME.match(name):
            raise OntologyError(f"{origin}: actor type {name!r} must be lower_snake_case")
        actor_types[name] = ActorType(
            name, need(spec, "label", name), need(spec, "description", name),
            need(spec, "color", name), spec.get("shape", "dot"),
        )
    families = {
        name: Family(name, need(spec, "label", name), need(spec, "color", name), int(need(spec, "polarity", name)))
        for name, spec in (need(data, "families", "the file") or {}).items()
    }
    modalities = {
        name: Modality(name, need(spec, "description", name), int(need(spec, "strength", name)), bool(need(spec, "answers", name)))
        for name, spec in (need(data, "modalities", "the file") or {}).items()
    }
    groups = data.get("type_groups") or {}

    def types(value, where):
        names = groups.get(value, value) if isinstance(value, str) else value
        if not isinstance(names, list) or not names:
            raise OntologyError(f"{origin}: {where} must list actor types or name a type group")
        unknown = set(names) - set(actor_types)
        if unknown:
            raise OntologyError(f"{origin}: {where} names unknown actor types {sorted(unknown)}")
        return frozenset(names)

    predicates = {}
    for name, spec in (need(data, "predicates", "the file") or {}).items():
        if not _PREDICATE_NAME.match(name):
            raise OntologyError(f"{origin}: predicate {name!r} must be UPPER_SNAKE_CASE")
        family = need(spec, "family", name)
        if family not in families:
            raise OntologyError(f"{origin}: predicate {name} has unknown family {family!r}")
        predicates[name] = Predicate(
            name=name,
            family=family,
            symmetric=bool(need(spec, "symmetric", name)),
            plover=spec.get("plover"),
            label=need(spec, "label", name),
            description=need(spec, "description", name),
            subject_types=types(need(spec, "subject", name), f"{name}.subject"),
            object_types=types(need(spec, "object", name), f"{name}.object"),
            properties=tuple(spec.get("properties") or ()),
        )
    if not (actor_types and families and modalities and predicates):
        raise OntologyError(f"{origin}: actor_types, families, modalities and predicates must all be non-empty")
    return Ontology(actor_types, families, modalities, predicates, origin)


def read_ontology(path: str | Path) -> Ontology:
    """Read and validate an ontology file (for testing an edited copy before shipping it)."""
    path = Path(path)
    try:
        data = load_data(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise OntologyError(f"{path}: cannot read the ontology: {error}") from error
    return _parse(data, str(path))


@functools.cache
def load_ontology() -> Ontology:
    """The ontology shipped with diplograph, read once and shared."""
    text = resources.files("diplograph.schema").joinpath("ontology.yaml").read_text(encoding="utf-8")
    return _parse(load_data(text), "diplograph/schema/ontology.yaml")
