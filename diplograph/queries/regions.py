"""Regions analysts name as if they were actors ("Who supplies drones to Central Asia?"), read
from ``regions.yaml`` beside this module: a region is the set of its member states.

>>> region_named("central asia").members
('state:KAZ', 'state:KGZ', 'state:TJK', 'state:TKM', 'state:UZB')
>>> region_named("the Gulf").name, region_named("Narnia") is None
('Gulf states', True)
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources


from diplograph.errors import OntologyError
from diplograph.names import name_key
from diplograph.datafiles import load_data


@dataclass(frozen=True)
class Region:
    name: str
    members: tuple[str, ...]  # actor ids of the member states


@functools.cache
def load_regions() -> dict[str, Region]:
    """Every name of every region (as name keys) -> the region."""
    text = resources.files("diplograph.queries").joinpath("regions.yaml").read_text(encoding="utf-8")
    regions: dict[str, Region] = {}
    for name, spec in (load_data(text) or {}).items():
        members = tuple(code if ":" in code else f"state:{code.upper()}" for code in spec.get("members") or ())
        if not members:
            raise OntologyError(f"diplograph/queries/regions.yaml: region {name!r} has no members")
        region = Region(name, members)
        for alias in [name, *(spec.get("names") or ())]:
            if regions.setdefault(name_key(alias), region) is not region:
                raise OntologyError(f"diplograph/queries/regions.yaml: {alias!r} names two regions")
    return regions


# Ties that place a person, a firm or a group in a member state's region: serving, leading it or based there.
_OF_A_STATE = frozenset({"AFFILIATED_WITH", "LEADS", "BASED_IN"})


def in_region(view, node: str, region: Region) -> bool:
    """Whether ``node`` is one of ``region``'s states, or a person, firm or group of one of them
    ("Which Pacific *leaders* signed deals with Beijing?": a prime minister of a member state)."""
    if node in region.members:
        return True
    if node not in view or view.nodes[node].get("type") == "state":
        return False
    members = set(region.members)
    return any(d["predicate"] in _OF_A_STATE for other, edges in view._succ[node].items() if other in members
               for d in edges.values())


def region_named(text: str) -> Region | None:
    """The region ``text`` names, or None."""
    return load_regions().get(name_key(text))
