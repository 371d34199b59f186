"""Finding actors in a view by name, and reading relations off it as typed results.

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> find_actor(view, "Borvian")          # a demonym listed among the actor's aliases
'state:BRV'
>>> find_actor(view, "state:BRV")
'state:BRV'
>>> find_actor(view, "Borvai")
Traceback (most recent call last):
...
diplograph.errors.ActorNotFound: no actor called 'Borvai' in the graph. Did you mean: Borvia?
"""

from __future__ import annotations

import difflib
import functools
import weakref
from importlib import resources
from typing import Iterator, Mapping

import networkx as nx

from diplograph.errors import ActorNotFound
from diplograph.graph.trust import UNGRADED
from diplograph.graph.view import edge_grade
from diplograph.names import name_key
from diplograph.queries.filters import RelationFilter
from diplograph.queries.results import ActorRef, Evidence, Link, SourceRef
from diplograph.datafiles import load_data

_NAME_INDEXES: "weakref.WeakKeyDictionary[nx.MultiDiGraph, dict[str, str]]" = weakref.WeakKeyDictionary()


def name_index(view: nx.MultiDiGraph) -> Mapping[str, str]:
    """name key -> actor id for every name and alias in the view (a canonical name beats an alias).

    A view read from a store (:class:`diplograph.graph.store_view.StoreView`) looks names up in
    the store's own index instead of reading every actor."""
    index = _NAME_INDEXES.get(view)
    if index is None:
        index = view.names() if hasattr(view, "names") else names_of(view.nodes(data=True))
        _NAME_INDEXES[view] = index
    return index


def names_of(nodes) -> dict[str, str]:
    """The name index of ``(node, data)`` pairs, in id order."""
    nodes = list(nodes)
    index: dict[str, str] = {}
    for node, data in nodes:
        for alias in data.get("aliases") or ():
            index.setdefault(name_key(alias), node)
    for node, data in nodes:
        index[name_key(data.get("name", node))] = node
    return index


def find_actor(view: nx.MultiDiGraph, name: str) -> str:
    """The id of the actor ``name`` refers to: an id, a name or alias, else a gazetteer name
    (demonym, capital) of an actor in the view. Raises ActorNotFound with the closest names."""
    if not isinstance(name, str) or not name.strip():
        raise ActorNotFound(str(name))
    if name in view:
        return name
    index = name_index(view)
    key = name_key(name)
    if key in index:
        return index[key]
    from diplograph.gazetteer import load_gazetteer

    entry = load_gazetteer().lookup(name)
    if entry is not None and entry.id in view:
        return entry.id
    firm = company_without_form(view, name)
    if firm is not None:
        return firm
    close = difflib.get_close_matches(key, list(index), n=3, cutoff=0.6)
    raise ActorNotFound(name, sorted({view.nodes[index[c]].get("name", index[c]) for c in close}))


def company_without_form(view: nx.MultiDiGraph, name: str) -> str | None:
    """The company ``name`` stands for when said without its legal form ("Capital Tap Holding" for
    "Capital Tap Holding LLC"), else None.

    >>> from diplograph.queries.example import example_view
    >>> company_without_form(example_view(), "Kestrel"), company_without_form(example_view(), "Borvia")
    (None, None)
    """
    index, key = name_index(view), name_key(name)
    for form in _legal_forms():
        node = index.get(f"{key} {form}")
        if node is not None and node in view and view.nodes[node].get("type") == "company":
            return node
    return None


@functools.cache
def _legal_forms() -> tuple[str, ...]:
    """``legal_forms`` of ``grammar.yaml`` as name keys: what a company's name may end with that a
    question leaves out."""
    text = resources.files("diplograph.queries").joinpath("grammar.yaml").read_text(encoding="utf-8")
    return tuple(dict.fromkeys(name_key(form) for form in load_data(text).get("legal_forms") or ()))


def people_of(view: nx.MultiDiGraph, said: str) -> str | None:
    """The state a people stands for ("the Koreans", "the Parvans"): the actor whose demonym,
    an alias or a gazetteer name other than its own name, is ``said`` without its plural -s;
    None otherwise ("the Eskars" is no people of Eskar).

    >>> from diplograph.queries.example import example_view
    >>> people_of(example_view(), "the Borvians"), people_of(example_view(), "Borvias")
    ('state:BRV', None)
    """
    words = said.strip().split()
    if words and words[0].lower() == "the":
        words = words[1:]
    single = " ".join(words)
    if not single.endswith("s") or single.endswith(("ss", "'s")) or len(single) < 5:
        return None
    try:
        node = find_actor(view, single[:-1])
    except ActorNotFound:
        return None
    return None if name_key(view.nodes[node].get("name", node)) == name_key(single[:-1]) else node


# Words after a leader's name that mean the government the leader heads: "the Trump admin",
# "Modi's government", "the Sharif cabinet" act as the state, not as the person.
GOVERNMENT_WORDS = frozenset({"administration", "admin", "government", "govt", "cabinet", "regime"})


def forces_of(view: nx.MultiDiGraph, person: str) -> str | None:
    """The one armed group or body ``person`` leads, else the one state the person serves: whose are
    "hemedti's fighters", "burhan's army"; None for anyone else or when several are."""
    if person not in view or view.nodes[person].get("type") != "person":
        return None
    led = {other for other, edges in view._succ[person].items()
           if view.nodes[other].get("type") in ("armed_group", "organization")
           and any(d.get("predicate") == "LEADS" for d in edges.values())}
    return led.pop() if len(led) == 1 else None if led else government_of(view, person)


def government_of(view: nx.MultiDiGraph, person: str) -> str | None:
    """The one state ``person`` serves (AFFILIATED_WITH: a president, a minister); None for anyone
    else, or when the graph ties the person to no state or to several.

    >>> from diplograph.queries.example import example_view
    >>> view = example_view()
    >>> official = next(n for n, d in view.nodes(data=True) if d.get("type") == "person")
    >>> view.nodes[government_of(view, official)]["type"]
    'state'
    """
    if person not in view or view.nodes[person].get("type") != "person":
        return None
    states = {other for other, edges in view._succ[person].items()
              if view.nodes[other].get("type") == "state"
              and any(d.get("predicate") == "AFFILIATED_WITH" for d in edges.values())}
    return states.pop() if len(states) == 1 else None


def graph_index(view: nx.MultiDiGraph):
    """The whole-graph index behind ``view`` (:class:`diplograph.graph.index.GraphIndex`) when
    it is read from a store that keeps one, else None: queries over the whole graph then walk
    the view itself."""
    index = getattr(view, "index", None)
    return index() if callable(index) else None


class Reader:
    """Reads one view under one filter, caching actor and source records while a query runs."""

    def __init__(self, view: nx.MultiDiGraph, flt: RelationFilter):
        self.view, self.flt = view, flt
        self.sources = view.graph.get("sources") or {}
        self._refs: dict[str, ActorRef] = {}
        self._source_refs: dict[str, SourceRef] = {}

    def ref(self, node: str) -> ActorRef:
        found = self._refs.get(node)
        if found is None:
            data = self.view.nodes[node]
            found = self._refs[node] = ActorRef(node, data.get("name", node), data.get("type", ""),
                                                  tuple(data.get("aliases") or ()))
        return found

    def source(self, source_id: str) -> SourceRef:
        found = self._source_refs.get(source_id)
        if found is None:
            s = self.sources.get(source_id)
            trust = self.view.graph.get("trust")
            reliability = trust.reliability.get(source_id, UNGRADED) if trust else UNGRADED
            group = trust.group(source_id) if trust else source_id
            found = SourceRef(source_id, s.title, s.url, s.publisher, s.published, s.author, s.path, reliability,
                              group, s.coverage_end) if s else SourceRef(source_id, group=group)
            self._source_refs[source_id] = found
        return found

    def evidence(self, claim, subject: ActorRef | None = None, object: ActorRef | None = None) -> Evidence:
        return Evidence(claim, subject or self.ref(claim.subject), object or self.ref(claim.object),
                        self.source(claim.source_id))

    def link(self, u: str, v: str, data: dict, claims) -> Link:
        subject, object = self.ref(u), self.ref(v)
        if len(claims) > 1:
            claims = sorted(claims, key=_claim_order)
        return Link(subject, data["predicate"], object, tuple(self.evidence(c, subject, object) for c in claims),
                    bool(data.get("symmetric")), edge_grade(self.view, data))

    def node_allowed(self, node: str) -> bool:
        return self.flt.actor_types is None or self.view.nodes[node].get("type") in self.flt.actor_types

    def incident(self, node: str, direction: str = "both") -> Iterator[tuple[str, str, str, dict, list]]:
        """(other end, subject, object, edge data, passing claims) for each relation of ``node``
        that passes the filter. Symmetric relations count in either direction."""
        flt, sources = self.flt, self.sources
        if direction in ("out", "both"):
            for other, edges in self.view._succ[node].items():
                for data in edges.values():
                    claims = flt.claims(data, sources)
                    if claims:
                        yield other, node, other, data, claims
        if direction in ("in", "both"):
            for other, edges in self.view._pred[node].items():
                for data in edges.values():
                    claims = flt.claims(data, sources)
                    if claims:
                        yield other, other, node, data, claims
        if direction == "out":  # symmetric relations stored the other way round
            for other, edges in self.view._pred[node].items():
                for data in edges.values():
                    if data.get("symmetric"):
                        claims = flt.claims(data, sources)
                        if claims:
                            yield other, other, node, data, claims
        elif direction == "in":
            for other, edges in self.view._succ[node].items():
                for data in edges.values():
                    if data.get("symmetric"):
                        claims = flt.claims(data, sources)
                        if claims:
                            yield other, node, other, data, claims

    def links_between(self, a: str, b: str) -> list[Link]:
        """Every passing relation between ``a`` and ``b``, either way round."""
        found = []
        for u, v in ((a, b), (b, a)):
            for data in self.view._succ[u].get(v, {}).values():
                claims = self.flt.claims(data, self.sources)
                if claims:
                    found.append(self.link(u, v, data, claims))
        return sorted(found, key=lambda link: (link.predicate, link.subject.id))

    def has_link(self, a: str, b: str) -> bool:
        for u, v in ((a, b), (b, a)):
            for data in self.view._succ[u].get(v, {}).values():
                if self.flt.claims(data, self.sources):
                    return True
        return False


DIRECTIONS = ("both", "out", "in")


def _claim_order(claim) -> tuple:
    """Oldest first; the rest only makes the order stable (a claim's id is costly to compute)."""
    return (claim.date or "9999", claim.source_id, claim.modality, claim.evidence, claim.end_date)


_VOWELS = frozenset("aeiouy")


def other_vowels(word: str, names: list[str]) -> list[str]:
    """The one name ``word`` spells with other vowels in the same places ("hafter" for Haftar, "kadirov" for
    Kadyrov): a transliteration's usual slip, too far for a near spelling in a short name; [] for none or several."""
    if sum(c not in _VOWELS for c in word) < 3:
        return []
    found = [name for name in names if len(name) == len(word) and name != word and name[0] == word[0]
             and all(a == b or (a in _VOWELS and b in _VOWELS) for a, b in zip(name, word))]
    return found if len(found) == 1 else []


def swapped_letters(word: str, names: list[str]) -> list[str]:
    """The one name ``word`` spells with two letters side by side swapped ("egpyt" for Egypt, "iarn" for Iran): the
    commonest typing slip, too far for a near spelling in a short name; [] for none or several.

    >>> swapped_letters("egpyt", ["egypt", "eritrea"]), swapped_letters("iarn", ["iran", "iraq"])
    (['egypt'], ['iran'])
    """
    if len(word) < 4:
        return []
    swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1)}
    found = [name for name in names if name in swaps and name != word]
    return found if len(found) == 1 else []
