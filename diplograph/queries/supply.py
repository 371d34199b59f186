"""Who arms whom: suppliers, recipients, and how concentrated a recipient's suppliers are.

*Supply relations* are the cooperative predicates that carry a ``weapon`` property in the
ontology (arms transfers and co-production). A claim's ``weapon`` property names the system;
asking for a weapon keeps only claims that name it (by its name or any alias), and, with
``from_maker``, the claims that name no weapon from a supplier that makes it when their sentence
speaks of arms of its category ("BrahMos Aerospace delivered its first *anti-ship missile system* to
the Philippines": the maker's own system).

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> supply_predicates()
['ARMS_TRANSFER', 'CO_PRODUCTION']
>>> [t.actor.name for t in suppliers(view, "Caldor")]
['Borvia', 'Kestrel Dynamics']
>>> [t.actor.name for t in suppliers(view, "Caldor", all_modalities=True) if not t.confirmed]
['Aland']
>>> [t.actor.name for t in recipients(view, "Borvia", weapon="K-2 drone")]
['Caldor', 'Eskar']
>>> [t.actor.name for t in recipients(view, predicates=["CO_PRODUCTION"])]    # every production host
['Eskar']
"""

from __future__ import annotations

from collections import Counter

import networkx as nx

from diplograph.errors import ActorNotFound, OntologyError
from diplograph.graph.ontology import Ontology, load_ontology
from diplograph.graph.trust import independent_sources
from diplograph.graph.weapons import load_weapons
from diplograph.names import name_key
from diplograph.queries.filters import QueryError, RelationFilter, check_choice
from diplograph.queries.lookup import Reader, find_actor
from diplograph.queries.results import Concentration, Link, Results, Share, Tie

BASES = ("relations", "claims")


def supply_predicates(ontology: Ontology | None = None) -> list[str]:
    """Predicates of cooperative families (polarity +1) that carry a weapon: the supply relations."""
    onto = ontology or load_ontology()
    return sorted(p.name for p in onto.predicates.values()
                  if onto.families[p.family].polarity > 0 and "weapon" in p.properties)


def suppliers(view: nx.MultiDiGraph, recipient: str | None = None, *, weapon: str | None = None,
              predicates=None, actor_types=None, since=None, until=None, as_of=None,
              all_modalities: bool = False, modalities=None, min_sources: int = 1,
              from_maker: bool = False) -> list[Tie]:
    """Who supplies ``recipient`` (or anyone, when it is None), each with the supply relations.

    ``actor_types`` filters the suppliers returned. Sorted by distinct sources, then name.

    >>> from diplograph.queries.example import example_view
    >>> [(t.actor.name, t.n_sources, t.first_date) for t in suppliers(example_view(), "Caldor")]
    [('Borvia', 2, '2021'), ('Kestrel Dynamics', 1, '2021')]
    >>> [t.actor.name for t in suppliers(example_view(), "Caldor", since="2022", all_modalities=True)]
    ['Aland']
    """
    return _supply(view, recipient, "in", weapon, predicates, actor_types, since, until, as_of,
                   all_modalities, modalities, min_sources, from_maker)


def recipients(view: nx.MultiDiGraph, supplier: str | None = None, *, weapon: str | None = None,
               predicates=None, actor_types=None, since=None, until=None, as_of=None,
               all_modalities: bool = False, modalities=None, min_sources: int = 1,
               from_maker: bool = False) -> list[Tie]:
    """Whom ``supplier`` (or anyone, when it is None) supplies: recipients and production hosts.

    ``actor_types`` filters the recipients returned.

    >>> from diplograph.queries.example import example_view
    >>> [(t.actor.name, t.predicates) for t in recipients(example_view(), "Borvian")]
    [('Caldor', ['ARMS_TRANSFER']), ('Eskar', ['CO_PRODUCTION'])]
    """
    return _supply(view, supplier, "out", weapon, predicates, actor_types, since, until, as_of,
                   all_modalities, modalities, min_sources, from_maker)


def supplier_concentration(view: nx.MultiDiGraph, recipient: str, *, basis: str = "relations",
                           weapon: str | None = None, predicates=None, since=None, until=None, as_of=None,
                           all_modalities: bool = False, modalities=None, min_sources: int = 1) -> Concentration:
    """Herfindahl–Hirschman index of ``recipient``'s suppliers, 0–10,000.

    A supplier's *share* is its part of the recipient's supply ties:

    * ``basis="relations"`` (default): the number of distinct supply relations
      (supplier, predicate, recipient) it has with the recipient, over all of them. Every
      supplier of one kind of tie weighs the same, so the index reads as "how many suppliers".
    * ``basis="claims"``: the number of distinct claims (statements by sources) behind its
      relations, over all of them; suppliers that sources report more often weigh more.

    HHI = 10,000 × Σ share²: 10,000 means a single supplier, 10,000/n means n equal suppliers.

    >>> from diplograph.queries.example import example_view
    >>> c = supplier_concentration(example_view(), "Caldor")
    >>> c.hhi, c.equivalent_suppliers
    (5000.0, 2.0)
    >>> supplier_concentration(example_view(), "Caldor", basis="claims").hhi
    5555.6
    """
    check_choice(basis, BASES, "basis")
    ties = suppliers(view, recipient, weapon=weapon, predicates=predicates, since=since, until=until,
                     as_of=as_of, all_modalities=all_modalities, modalities=modalities, min_sources=min_sources)
    counts = Counter()
    for tie in ties:
        counts[tie.actor] = len(tie.links) if basis == "relations" else len(tie.evidence)
    total = sum(counts.values())
    shares = tuple(sorted((Share(actor, n, n / total) for actor, n in counts.items()),
                          key=lambda s: (-s.count, s.actor.name.casefold())))
    node = find_actor(view, recipient)
    return Concentration(Reader(view, RelationFilter()).ref(node), basis, shares)


def weapons_received(view: nx.MultiDiGraph, recipient: str, *, predicates=None, since=None, until=None,
                     as_of=None, all_modalities: bool = False, modalities=None, min_sources: int = 1) -> list[Tie]:
    """The weapons ``recipient`` bought, was given or produces with a partner: the weapon actors
    its incoming supply claims name, each with those relations (only claims naming it).

    >>> from diplograph.queries.example import example_view
    >>> [(t.actor.name, [l.subject.name for l in t.links]) for t in weapons_received(example_view(), "Caldor")]
    [('Kestrel-2', ['Borvia'])]
    """
    allowed = supply_predicates()
    chosen = allowed if predicates is None else list(predicates)
    flt = RelationFilter.build(predicates=chosen, since=since, until=until, as_of=as_of,
                               all_modalities=all_modalities, modalities=modalities, min_sources=min_sources)
    reader = Reader(view, flt)
    weapons = {}
    for node, data in view.nodes(data=True):
        if data.get("type") == "weapon":
            for name in (data.get("name", ""), *(data.get("aliases") or ()), node):
                weapons.setdefault(name_key(name), node)
    grouped: dict[str, list[Link]] = {}
    for _other, u, v, data, claims in _supply_edges(reader, recipient, "in"):
        by_weapon: dict[str, list] = {}
        for claim in claims:
            node = weapons.get(name_key((claim.properties or {}).get("weapon", "")))
            if node is not None:
                by_weapon.setdefault(node, []).append(claim)
        for node, named in by_weapon.items():
            if independent_sources(named, reader.sources) >= flt.min_sources:
                grouped.setdefault(node, []).append(reader.link(u, v, data, named))
    found = [Tie(reader.ref(node), tuple(sorted(links, key=lambda l: (l.predicate, l.subject.id))))
             for node, links in grouped.items()]
    return Results(sorted(found, key=lambda t: (-t.n_sources, t.actor.name.casefold(), t.actor.id)))


def _supply(view, actor, direction, weapon, predicates, actor_types, since, until, as_of, all_modalities,
            modalities, min_sources, from_maker=False) -> list[Tie]:
    allowed = supply_predicates()
    try:
        chosen = allowed if predicates is None else [load_ontology().predicate(p).name for p in
                                                     ([predicates] if isinstance(predicates, str) else predicates)]
    except OntologyError as error:
        raise QueryError(str(error)) from None
    stray = sorted(set(chosen) - set(allowed))
    if stray or not chosen:
        raise QueryError(f"not a supply predicate: {', '.join(stray) or '(none given)'}; use {', '.join(allowed)}")
    flt = RelationFilter.build(predicates=chosen, actor_types=actor_types, since=since, until=until, as_of=as_of,
                               all_modalities=all_modalities, modalities=modalities, min_sources=min_sources)
    reader = Reader(view, flt)
    names = weapon_names(view, weapon) if weapon is not None else None
    makers = weapon_makers(view, weapon) if weapon is not None and from_maker else frozenset()
    kinds = _kinds_of(view, weapon) if makers else frozenset()
    grouped: dict[str, list[Link]] = {}
    for other, u, v, data, claims in _supply_edges(reader, actor, direction):
        if names is not None:
            claims = [c for c in claims if name_key((c.properties or {}).get("weapon", "")) in names
                      or (u in makers and not (c.properties or {}).get("weapon")
                          and kinds & load_weapons().categories_of(c.evidence or ""))]
            if not claims or independent_sources(claims, reader.sources) < flt.min_sources:
                continue
        if not reader.node_allowed(other):
            continue
        grouped.setdefault(other, []).append(reader.link(u, v, data, claims))
    found = [Tie(reader.ref(other), tuple(sorted(links, key=lambda l: (l.predicate, l.subject.id, l.object.id))))
             for other, links in grouped.items()]
    return Results(sorted(found, key=lambda t: (-t.n_sources, t.actor.name.casefold(), t.actor.id)))


def _supply_edges(reader: Reader, actor, direction):
    """(the other party, subject, object, data, claims) of every passing supply relation."""
    if actor is not None:
        yield from reader.incident(find_actor(reader.view, actor), direction)
        return
    for u, v, data in reader.view.edges(data=True):
        claims = reader.flt.claims(data, reader.sources)
        if claims:
            yield (u if direction == "in" else v), u, v, data, claims


def weapon_names(view: nx.MultiDiGraph, weapon: str) -> set[str]:
    """Name keys a claim's ``weapon`` property may use for ``weapon``: the text itself, and the
    name, aliases and id of the weapon actor it names, if the graph has one."""
    if not isinstance(weapon, str) or not weapon.strip():
        raise QueryError("weapon must be a non-empty name")
    names = {name_key(weapon)}
    try:
        node = find_actor(view, weapon)
    except ActorNotFound:
        return names
    data = view.nodes[node]
    if data.get("type") == "weapon":
        names |= {name_key(n) for n in (data.get("name", ""), *(data.get("aliases") or ()), node)}
    return names


def _kinds_of(view: nx.MultiDiGraph, weapon: str) -> frozenset[str]:
    """The weapon categories of ``weapon`` by its names (the weapon actor's, when the graph has one)."""
    node = find_actor(view, weapon)
    return load_weapons().categories_of(weapon, view.nodes[node].get("name", ""), *(view.nodes[node].get("aliases") or ()))


def weapon_makers(view: nx.MultiDiGraph, weapon: str) -> frozenset[str]:
    """The actors that make ``weapon``, when the graph has it as a weapon actor: those with a
    MANUFACTURES relation to it and the maker its record names."""
    try:
        node = find_actor(view, weapon)
    except ActorNotFound:
        return frozenset()
    data = view.nodes[node]
    if data.get("type") != "weapon":
        return frozenset()
    makers = {u for u, _, edge in view.in_edges(node, data=True) if edge.get("predicate") == "MANUFACTURES"}
    maker = (data.get("external_ids") or {}).get("maker")
    return frozenset(makers | ({maker} if maker in view else set()))
