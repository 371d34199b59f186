"""Near relations: what the sources say in other terms when nothing says it in the terms asked.

Analysts and sources name one fact differently: "Since when have A and B had a defence treaty?"
asks of an alliance, where a source may tell of "the 1951 Mutual Defense Treaty" as an agreement;
"Did A arm B?" asks of an arms transfer, where a source may say "A sent fighter planes to support
B" (support). When a yes-or-no or when-question finds no claim of the relation it asks about,
the claims of a near relation (``near_relations`` in ``loose.yaml``) whose sentence speaks of the
same thing answer instead (its words, or for arms a weapon the sentence names), and the reading
says so. A claim of the relation asked about always comes first: the near one never adds to it.

>>> near_relations("ALLIANCE")["predicates"]
['AGREEMENT', 'COOPERATION']
"""

from __future__ import annotations

import functools
import re

from diplograph.graph.weapons import load_weapons
from diplograph.queries.evidence import evidence
from diplograph.datafiles import packaged


@functools.cache
def _table() -> dict:
    return packaged("diplograph.queries", "loose.yaml").get("near_relations") or {}


def near_relations(predicate: str) -> dict:
    """The near relation of ``predicate`` ({"predicates", "words", "weapons"}), or {}."""
    return _table().get(predicate) or {}


def _speaks_of(sentence: str, spec: dict) -> bool:
    words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]*", sentence or "")}
    if words & set(spec.get("words") or ()):
        return True
    return bool(spec.get("weapons")) and bool(load_weapons().named_in(sentence or ""))


def near_claims(view, a: str, b: str, predicates, window: dict, either: bool = False) -> tuple[list, str]:
    """(the claims of the near relations of ``predicates`` between ``a`` and ``b`` whose sentence
    speaks of the same thing, a note for the reading); ([], "") when there is none."""
    found, used = [], []
    for predicate in predicates or ():
        spec = near_relations(predicate)
        for near in spec.get("predicates") or ():
            pairs = [(a, b), (b, a)] if either else [(a, b)]
            claims = [e for x, y in pairs for e in evidence(view, x, near, y, **window) if _speaks_of(e.sentence, spec)]
            if claims:
                found += claims
                used.append(near)
    if not found:
        return [], ""
    return found, (f"no {', '.join(predicates)} claim: {', '.join(dict.fromkeys(used))} claims whose sentence "
                   f"speaks of it instead")
