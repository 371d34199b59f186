"""The gazetteer: actors analysts meet in this field, with every name they go by.

Entries come from YAML files in ``diplograph/gazetteer/data/`` (written by us) plus ISO
codes from pycountry. Each entry has a canonical name, an actor type, aliases, and for
states their demonyms and capitals, kept apart because "Turkish" names the state only when
the context is the state (the NLP loader decides; plain lookups accept them).

>>> gaz = load_gazetteer()
>>> gaz.lookup("Türkiye").name == gaz.lookup("ankara").name == gaz.lookup("TURKISH").name
True
>>> gaz.lookup("Dushanbe").id
'state:TJK'
>>> gaz.lookup("Dushanbe", kinds={"name", "alias"}) is None
True
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import Iterable

import yaml

from diplograph.errors import OntologyError
from diplograph.graph.model import Actor, actor_id
from diplograph.graph.ontology import load_ontology
from diplograph.names import name_key

NAME_KINDS = frozenset({"name", "alias", "demonym", "capital"})


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    external_ids: dict[str, str] = field(default_factory=dict)

    def names(self) -> Iterable[tuple[str, str]]:
        """(surface form, kind) pairs, canonical name first."""
        yield self.name, "name"
        for kind, forms in (("alias", self.aliases), ("demonym", self.demonyms), ("capital", self.capitals)):
            for form in forms:
                yield form, kind

    def actor(self) -> Actor:
        aliases = [form for form, kind in self.names() if kind != "name"]
        return Actor(self.id, self.name, self.type, tuple(dict.fromkeys(aliases)), dict(self.external_ids))


class Gazetteer:
    def __init__(self, entries: Iterable[Entry]):
        self._entries: dict[str, Entry] = {}
        self._index: dict[str, list[tuple[str, str]]] = {}
        for entry in entries:
            if entry.id in self._entries:
                raise OntologyError(f"gazetteer: two entries have the id {entry.id}")
            self._entries[entry.id] = entry
            for form, kind in entry.names():
                self._index.setdefault(name_key(form), []).append((entry.id, kind))

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self):
        return iter(self._entries.values())

    def get(self, entry_id: str) -> Entry | None:
        return self._entries.get(entry_id)

    def candidates(self, text: str, kinds: Iterable[str] = NAME_KINDS) -> list[tuple[Entry, str]]:
        """Every (entry, kind) whose surface form matches ``text``, best kind first."""
        wanted = set(kinds)
        order = {"name": 0, "alias": 1, "capital": 2, "demonym": 3}
        hits = [(self._entries[i], k) for i, k in self._index.get(name_key(text), ()) if k in wanted]
        return sorted(hits, key=lambda hit: order[hit[1]])

    def lookup(self, text: str, kinds: Iterable[str] = NAME_KINDS, type: str | None = None) -> Entry | None:
        """The entry ``text`` names, or None. Ambiguous forms go to the best-ranked kind."""
        for entry, _ in self.candidates(text, kinds):
            if type is None or entry.type == type:
                return entry
        return None

    def surface_forms(self) -> Iterable[tuple[str, str, str]]:
        """(surface form, entry id, kind) for every name of every entry: input for matchers."""
        for entry in self._entries.values():
            for form, kind in entry.names():
                yield form, entry.id, kind


def _entry(spec: dict, origin: str) -> Entry:
    onto = load_ontology()
    try:
        name, type_ = spec["name"], spec["type"]
    except (KeyError, TypeError):
        raise OntologyError(f"{origin}: every entry needs a name and a type (got {spec!r})") from None
    onto.actor_type(type_)
    external = {str(k): str(v) for k, v in (spec.get("external_ids") or {}).items()}
    return Entry(
        id=spec.get("id") or actor_id(name, type_, external),
        name=name, type=type_,
        aliases=tuple(spec.get("aliases") or ()),
        demonyms=tuple(spec.get("demonyms") or ()),
        capitals=tuple(spec.get("capitals") or ()),
        external_ids=external,
    )


def _data_files():
    folder = resources.files("diplograph.gazetteer").joinpath("data")
    return sorted((f for f in folder.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name)


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer shipped with diplograph, read once."""
    entries = []
    for data_file in _data_files():
        for spec in yaml.safe_load(data_file.read_text(encoding="utf-8")) or []:
            entries.append(_entry(spec, f"gazetteer/data/{data_file.name}"))
    return Gazetteer(entries)
