"""Actors named by datasets: country codes and names resolved to the gazetteer's entries.

Datasets name states by code (ISO 3166 alpha-3 in GDELT, Correlates of War numbers in COW
and ATOP) or by a name of their own ("Turkiye", "DR Congo"). :class:`ActorResolver` tries,
in order: the gazetteer entry carrying that code in ``external_ids`` (``iso3``, ``iso2``,
``cow``, or a number the state had under a former name, ``cow_former``: West Germany's 260 is
Germany's); the gazetteer entry with that name or alias (also ignoring spaces and punctuation,
so "newzealand" finds New Zealand; a name two states share, such as "Congo", goes to the state
ISO 3166 calls so, and "East Germany (GDR)" is tried as "East Germany", then "GDR"); and, for
ISO codes and country names the gazetteer does not have yet, pycountry. A state found through
pycountry gets the id the gazetteer would give it (``state:ISO3``), so the two never split one
state into two nodes. Former states (the Soviet Union, East Germany, ...) are gazetteer entries
too (``former_states.yaml``), so SIPRI's names and COW's numbers for them meet in one actor.

>>> from diplograph.gazetteer import Entry, Gazetteer
>>> gaz = Gazetteer([Entry("state:TJK", "Tajikistan", "state", ("Republic of Tajikistan",),
...                        external_ids={"iso3": "TJK", "cow": "702"})])
>>> resolver = ActorResolver(gaz)
>>> resolver.state_by_code("cow", "702").name
'Tajikistan'
>>> resolver.state_by_code("iso3", "JPN").id      # not in this gazetteer: pycountry knows it
'state:JPN'
>>> resolver.state_by_code("cow", "999") is None
True
>>> resolver.by_name("REPUBLIC OF TAJIKISTAN", "state").id
'state:TJK'
"""

from __future__ import annotations

import re
from functools import lru_cache

from diplograph.gazetteer import Entry, Gazetteer, load_gazetteer
from diplograph.graph.model import Actor
from diplograph.names import name_key, plain

_NAME_KINDS = {"name", "alias"}  # capitals and demonyms never name an actor in a dataset


def compact_key(name: str) -> str:
    """A name key without spaces or punctuation: ``"Bayraktar TB-2"`` and ``"Bayraktar TB2"``
    meet, as do ``"newzealand"`` and ``"New Zealand"``.

    >>> compact_key("Bayraktar TB-2") == compact_key("bayraktar tb2")
    True
    """
    return re.sub(r"[\W_]+", "", name_key(name))


def _tables(gazetteer: Gazetteer) -> tuple[dict[tuple[str, str], Entry], dict[tuple[str, str], Entry | None]]:
    """The entries of ``gazetteer`` by (scheme, code) and by (type, compact name key); never
    changed once made (a resolver only reads them)."""
    by_code: dict[tuple[str, str], Entry] = {}
    compact: dict[tuple[str, str], Entry | None] = {}
    for entry in gazetteer:
        for scheme, code in entry.external_ids.items():
            by_code.setdefault((scheme.lower(), _code(code)), entry)
        for form, kind in entry.names():
            if kind in _NAME_KINDS:
                key = (entry.type, compact_key(form))
                known = compact.get(key, entry)
                compact[key] = entry if known is entry else None  # ambiguous: use neither
    return by_code, compact


@lru_cache(maxsize=None)
def _shipped_tables():
    return _tables(load_gazetteer())


class ActorResolver:
    """Finds (and caches) the actor a dataset's code or name stands for."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gazetteer = gazetteer or load_gazetteer()
        # the shipped gazetteer's tables are made once a process: every file of a folder of
        # event exports gets a resolver, and making them took 0.3 s of CPU a file
        tables = _shipped_tables() if gazetteer is None else _tables(self.gazetteer)
        self._by_code, self._compact = tables
        self._cache: dict[tuple, Actor | None] = {}

    def state_by_code(self, scheme: str, code: str) -> Actor | None:
        """The state ``code`` stands for in ``scheme`` (``iso3``, ``iso2`` or ``cow``), or None."""
        code = _code(code)
        key = ("code", scheme, code)
        if key not in self._cache:
            entry = self._by_code.get((scheme, code)) or self._by_code.get((f"{scheme}_former", code))
            if entry is not None and entry.type == "state":
                actor = entry.actor()
            elif scheme in ("iso3", "iso2"):
                actor = _pycountry_state(scheme, code)
            else:
                actor = None
            self._cache[key] = actor
        return self._cache[key]

    def by_code(self, scheme: str, code: str, type: str) -> Actor | None:
        """The gazetteer actor of ``type`` whose ``external_ids[scheme]`` is ``code`` (any case), or None.

        >>> gaz = Gazetteer([Entry("organization:iom", "International Organization for Migration",
        ...                        "organization", external_ids={"cow_igo": "IOMig"})])
        >>> ActorResolver(gaz).by_code("cow_igo", "iomig", "organization").name
        'International Organization for Migration'
        """
        entry = self._by_code.get((scheme.lower(), _code(code)))
        return entry.actor() if entry is not None and entry.type == type else None

    def by_name(self, name: str, type: str | None = None, *, create: bool = False) -> Actor | None:
        """The actor called ``name`` (of ``type`` if given); a new actor of that type when
        ``create`` and nothing is known. The dataset's spelling becomes an alias."""
        raw = ("raw", name, type, create)
        if raw in self._cache:
            return self._cache[raw]
        name = plain(name)
        if not name:
            return None
        key = ("name", name_key(name), type, create)
        if key not in self._cache:
            actor = self._known(name, type)
            if actor is None and create and type:
                actor = Actor.new(name, type)
            if actor is not None and name_key(name) not in {name_key(n) for n in (actor.name, *actor.aliases)}:
                actor = actor.with_aliases([name])
            self._cache[key] = actor
        self._cache[raw] = self._cache[key]
        return self._cache[key]

    def _known(self, name: str, type: str | None) -> Actor | None:
        actor = self._known_as_written(name, type)
        alternative = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", name)
        if actor is None and alternative and type in (None, "state"):  # "Yemen Arab Republic (North Yemen)"
            actor = self._known_as_written(alternative[1], type) or self._known_as_written(alternative[2], type)
        return actor

    def _known_as_written(self, name: str, type: str | None) -> Actor | None:
        if type in (None, "state"):
            shared = {entry.id for entry, _ in self.gazetteer.candidates(name, _NAME_KINDS) if entry.type == "state"}
            if len(shared) > 1:  # "Congo": a dataset means the state whose ISO 3166 name it is
                code = _pycountry_exact_names().get(name_key(name))
                return self.state_by_code("iso3", code) if code else None
        entry = self.gazetteer.lookup(name, kinds=_NAME_KINDS, type=type)
        if entry is None and type is not None:
            entry = self._compact.get((type, compact_key(name)))
        if entry is not None:
            return entry.actor()
        if type in (None, "state"):
            return _pycountry_state_named(name)
        return None


def _code(code: str) -> str:
    text = str(code).strip().upper()
    return text[:-2] if text.endswith(".0") else text  # "702.0" from a float column is 702


def _pycountry_state(scheme: str, code: str) -> Actor | None:
    import pycountry

    field = "alpha_3" if scheme == "iso3" else "alpha_2"
    country = pycountry.countries.get(**{field: code})
    return _state_actor(country) if country is not None else None


@lru_cache(maxsize=None)
def _pycountry_names() -> dict[str, str]:
    """Country names (short, common, official, and the part before a comma), as name keys and
    compact keys -> ISO alpha-3; a name shared by two countries ("Korea") is left out."""
    import pycountry

    found: dict[str, set[str]] = {}
    for country in pycountry.countries:
        names = {country.name, getattr(country, "common_name", ""), getattr(country, "official_name", "")}
        names |= {n.split(",")[0] for n in names if "," in n}
        for name in filter(None, names):
            for key in {name_key(name), compact_key(name)}:
                found.setdefault(key, set()).add(country.alpha_3)
    return {key: codes.pop() for key, codes in found.items() if len(codes) == 1}


@lru_cache(maxsize=None)
def _pycountry_exact_names() -> dict[str, str]:
    """ISO 3166's own short names, as name keys -> ISO alpha-3 ("Congo" is the Republic of the Congo)."""
    import pycountry

    return {name_key(country.name): country.alpha_3 for country in pycountry.countries}


def _pycountry_state_named(name: str) -> Actor | None:
    names = _pycountry_names()
    code = names.get(name_key(name)) or names.get(compact_key(name))
    return _pycountry_state("iso3", code) if code else None


def _state_actor(country) -> Actor:
    name = getattr(country, "common_name", None) or country.name
    aliases = [n for n in (country.name, getattr(country, "official_name", None)) if n and n != name]
    return Actor.new(name, "state", aliases, {"iso3": country.alpha_3, "iso2": country.alpha_2})
