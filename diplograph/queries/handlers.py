"""What each grammar form runs: one handler per ``query`` of ``grammar.yaml``, filling an Answer.

A handler takes the view, the grammar, the form's match, its resolved slots (with the time
window), the actor types the question asks for, and the :class:`Answer` to fill: answers,
flagged actors, evidence, details and a reading in words. :data:`HANDLERS` maps each query name
to its handler; :data:`WINDOWED` names the queries a time phrase can restrict.
"""

from __future__ import annotations

import dataclasses
import datetime
import re

from diplograph.graph.dates import PartialDate
from diplograph.graph.ontology import load_ontology
from diplograph.names import name_key
from diplograph.queries.alignment import adversaries, partners
from diplograph.queries.answer import Answer, Flag
from diplograph.queries.contradictions import contradictions, hedged
from diplograph.queries.evidence import evidence
from diplograph.queries.documents import answer_parties
from diplograph.queries.ended import only_ended
from diplograph.queries.mediation import answer_mediators
from diplograph.queries.near import near_claims
from diplograph.queries.filters import RelationFilter, happened_within
from diplograph.queries.focus import by_family, stand_in_pairs
from diplograph.queries.history import changes, timeline
from diplograph.queries.lookup import Reader
from diplograph.queries.membership import left_by_rejection, members
from diplograph.queries.neighbourhood import common_ties, merge_ties, ties
from diplograph.queries.paths import k_shortest_paths, shortest_path
from diplograph.queries.proxies import proxy_patterns
from diplograph.queries.results import Tie
from diplograph.queries.slots import role_words
from diplograph.queries.structure import blocs, brokers
from diplograph.queries.switches import answer_switches
from diplograph.queries.supply import (recipients, supplier_concentration, supply_predicates, suppliers, weapon_names,
                                       weapons_received)


def actor_name(view, node: str) -> str:
    return view.nodes[node].get("name", node)


def fill_from_ties(answer: Answer, found: list[Tie]) -> None:
    answer.answers = [t.actor for t in found if t.confirmed]
    answer.flagged = [Flag(t.actor, ", ".join(t.modalities)) for t in found if not t.confirmed]
    answer.evidence = [e for t in found for e in t.evidence]


def _supply(direction: str):
    def handle(view, grammar, match, slots, types, answer):
        actor = slots.get("actor")
        weapon = slots.get("thing")
        predicates = match.form.params.get("predicates") or supply_predicates()
        query = suppliers if direction == "in" else recipients
        found = query(view, actor, weapon=weapon, predicates=predicates, actor_types=types, all_modalities=True,
                      **slots["window"])
        by_maker = [t for t in query(view, actor, weapon=weapon, predicates=predicates, actor_types=types,
                                     all_modalities=True, from_maker=True, **slots["window"])
                    if t.actor.id not in {f.actor.id for f in found}
                    and not _named_otherwise(view, t, predicates)] if weapon else []
        found = [*found, *by_maker]
        role = "suppliers" if direction == "in" else "recipients"
        what = f" of {actor_name(view, actor)}" if actor else ""
        named = slots.get("brand_weapons")  # "Who bought Bayraktars?": a brand in the weapon's place
        brand = named or (_brand_weapons(view, actor) if actor and not weapon and not found and direction == "out"
                          else [])
        if brand:  # "Which states bought Bayraktar drones?": a firm with no sales of its own is a brand
            by_actor = {}
            for name in brand:
                for tie in query(view, actor if named else None, weapon=name, predicates=predicates, actor_types=types,
                                 all_modalities=True, **slots["window"]):
                    known = by_actor.get(tie.actor.id)
                    by_actor[tie.actor.id] = tie if known is None else dataclasses.replace(
                        known, links=known.links + tie.links)
            found = sorted(by_actor.values(), key=lambda t: (-t.n_sources, t.actor.name.casefold()))
            what = (what + f", weapons named {slots['brand']} ({', '.join(brand)})" if named else
                    f" of the weapons named {actor_name(view, actor)} ({', '.join(brand)})")
        fill_from_ties(answer, found)
        answer.reading = (f"{role}{what} ({', '.join(predicates)})" + (f", weapon {weapon}" if weapon else "")
                          + (f", only {', '.join(types)}" if types else "")
                          + (f" ({', '.join(t.actor.name for t in by_maker)}: by its maker, the weapon not named)"
                             if by_maker and not brand else ""))
        answer.query = {"args": {"actor": actor, "weapon": weapon, "predicates": predicates, "actor_types": types}}
        if brand:
            answer.query["args"]["brand_weapons"] = brand
    return handle


def _named_otherwise(view, tie, predicates) -> bool:
    """Whether a tie read through a maker's claim that names no weapon joins two sides whose supply the sources
    name elsewhere as some system: the unnamed arms are that one, not the one asked about (Turkish drones for a
    state that flies the Anka, not the TB2)."""
    for link in tie.links:
        for u, v in ((link.subject.id, link.object.id), (link.object.id, link.subject.id)):
            for data in view._succ[u].get(v, {}).values():
                if data["predicate"] in predicates and any((c.properties or {}).get("weapon") for c in data["claims"]):
                    return True
    return False


def _makers_in(view, grammar, match, slots, types, answer):
    """"Who makes drones in Turkey?": firms based there that make or sell them, and whoever
    co-produces there."""
    place, weapon = slots["actor"], slots.get("thing")
    window = slots["window"]
    local = ties(view, place, predicates=["BASED_IN"], direction="in", actor_types=types, all_modalities=True,
                 **window)
    makers = []
    for tie in local:
        if weapon:
            keys = weapon_names(view, weapon)
            made = [m for m in ties(view, tie.actor.id, predicates=["MANUFACTURES"], direction="out",
                                    all_modalities=True, **window)
                    if name_key(m.actor.name) in keys or m.actor.id in keys]
            made += recipients(view, tie.actor.id, weapon=weapon, all_modalities=True, **window)
        else:
            made = ties(view, tie.actor.id, predicates=["MANUFACTURES", *supply_predicates()], direction="out",
                        all_modalities=True, **window)
        if made:
            makers.append(dataclasses.replace(tie, links=tie.links + tuple(l for m in made for l in m.links)))
    hosted = suppliers(view, place, weapon=weapon, predicates=["CO_PRODUCTION"], actor_types=types,
                       all_modalities=True, **window)
    seen = {t.actor.id for t in makers}
    fill_from_ties(answer, makers + [t for t in hosted if t.actor.id not in seen])
    answer.reading = (f"makers or sellers based in {actor_name(view, place)}" + (f" of {weapon}" if weapon else "")
                      + ", and co-producers there" + (f", only {', '.join(types)}" if types else ""))
    answer.query = {"args": {"place": place, "weapon": weapon, "actor_types": types}}


def _brand_weapons(view, actor: str) -> list[str]:
    """Weapons in the graph whose name begins with ``actor``'s name ("Bayraktar" -> "Bayraktar TB2")."""
    key = name_key(view.nodes[actor].get("name", ""))
    return sorted(data["name"] for _, data in view.nodes(data=True)
                  if data.get("type") == "weapon" and key and name_key(data.get("name", "")).startswith(key + " "))


def _ties(view, grammar, match, slots, types, answer):
    params = match.form.params
    predicates = params.get("predicates") or grammar.relations[match.relation]
    direction = "both" if match.joint else params.get("direction", "both")
    if all(load_ontology().predicate(p).symmetric for p in predicates):
        direction = "both"  # "Who was Rhun allied with?": a symmetric relation is stored one way, asked either way
    actor = slots.get("actor")
    if actor is None:
        found = _every_tie(view, predicates, direction, types, slots["window"])
    else:
        found = ties(view, actor, predicates=predicates, direction=direction, actor_types=types, all_modalities=True,
                     **slots["window"])
    fill_from_ties(answer, found)
    side = {"in": "subjects", "out": "objects", "both": "either side"}[direction]
    answer.reading = (f"{', '.join(predicates)} relations" + (f" of {actor_name(view, actor)}" if actor else "")
                      + f" ({side})" + (f", only {', '.join(types)}" if types else ""))
    answer.query = {"args": {"actor": actor, "predicates": predicates, "direction": direction, "actor_types": types}}
    if params.get("ended"):  # "Who has withdrawn its troops from X?"
        only_ended(answer)
    if match.form.id == "identity":  # "Who is X?": each role and affiliation, with its dates
        answer.details = [f"{e.predicate} {e.object.name}" + (f" as {e.prop('role')}" if e.prop("role") else "")
                          + (f" ({e.date or '…'} to {e.end_date or '…'})" if e.date or e.end_date else "")
                          + f" [{e.modality}]" for e in answer.evidence]


def _weapons_in(view, grammar, match, slots, types, answer):
    actor, supplier = slots["actor"], slots.get("actor2")
    found = weapons_received(view, actor, all_modalities=True, **slots["window"])
    if supplier:  # "What weapons did Serbia buy from China?": the links from that supplier only
        found = [dataclasses.replace(t, links=tuple(l for l in t.links if l.subject.id == supplier)) for t in found]
        found = [t for t in found if t.links]
    fill_from_ties(answer, found)
    answer.reading = (f"weapons named in the supply relations to {actor_name(view, actor)}"
                      + (f" from {actor_name(view, supplier)}" if supplier else "") + f" ({', '.join(supply_predicates())})")
    answer.query = {"args": {"actor": actor, "supplier": supplier, "predicates": supply_predicates()}}


def _every_tie(view, predicates, direction, types, window) -> list[Tie]:
    """Ties over the whole graph: the subjects (direction in) or objects (out) of ``predicates``."""
    reader = Reader(view, RelationFilter.build(predicates=predicates, actor_types=types, all_modalities=True,
                                               **window))
    grouped: dict[str, list] = {}
    for u, v, data in view.edges(data=True):
        if data["predicate"] not in predicates:
            continue
        claims = reader.flt.claims(data, reader.sources)
        actor = u if direction != "out" else v
        if claims and reader.node_allowed(actor):
            grouped.setdefault(actor, []).append(reader.link(u, v, data, claims))
    found = [Tie(reader.ref(a), tuple(links)) for a, links in grouped.items()]
    return sorted(found, key=lambda t: (-t.n_sources, t.actor.name.casefold()))


def _alignment(kind: str):
    def handle(view, grammar, match, slots, types, answer):
        query = partners if kind == "partners" else adversaries
        found = query(view, slots["actor"], actor_types=types, all_modalities=True, **slots["window"])
        how = " (cooperative relations and alliances)" if kind == "partners" else ""
        allied = [t for t in found if "ALLIANCE" in t.predicates]
        if match.form.params.get("alliances_first") and allied:  # "X's allies": its alliances, when it has any
            found, how = [dataclasses.replace(t, links=tuple(l for l in t.links if l.predicate == "ALLIANCE"))
                          for t in allied], " (alliances)"
        fill_from_ties(answer, found)
        answer.reading = (f"{kind} of {actor_name(view, slots['actor'])}{how}"
                          + (f", only {', '.join(types)}" if types else ""))
        answer.query = {"args": {"actor": slots["actor"], "actor_types": types}}
    return handle


def _path(view, grammar, match, slots, types, answer):
    a, b = slots["actor"], slots["actor2"]
    answer.reading = f"shortest path from {actor_name(view, a)} to {actor_name(view, b)}"
    answer.query = {"args": {"source": a, "target": b, "k": 3}}
    if a == b:
        answer.message = "both names are the same actor"
        answer.answers = [Reader(view, RelationFilter()).ref(a)]
        return
    found = k_shortest_paths(view, a, b, k=3, **slots["window"])
    if not found:
        flagged = shortest_path(view, a, b, all_modalities=True, **slots["window"])
        answer.message = "no connection through confirmed relations"
        if flagged:
            answer.flagged = [Flag(r, "only through unconfirmed, speculative or denied relations") for r in flagged.actors]
            answer.evidence = [e for hop in flagged.hops for link in hop for e in link.evidence]
        return
    best = found[0]
    answer.answers = list(best.actors)
    answer.evidence = [e for hop in best.hops for link in hop for e in link.evidence]
    for number, path in enumerate(found, 1):
        steps = [path.actors[0].name]
        for hop, actor in zip(path.hops, path.actors[1:]):
            steps.append(f"-[{'/'.join(link.predicate for link in hop)}]- {actor.name}")
        answer.details.append(f"path {number} ({path.length} hops): " + " ".join(steps))
    answer.extra["paths"] = [p.to_dict() for p in found]


def _common(view, grammar, match, slots, types, answer):
    a, b = slots["actor"], slots["actor2"]
    predicates = match.form.params.get("predicates")

    def tied(all_modalities):
        found = common_ties(view, a, b, predicates=predicates, actor_types=types, all_modalities=all_modalities,
                            **slots["window"])
        if predicates == ["MEDIATION"]:  # "between Tshisekedi and Kagame": their states' go-betweens too
            found = merge_ties(found, *(common_ties(view, x, y, predicates=predicates, actor_types=types,
                                                    all_modalities=all_modalities, **slots["window"])
                                        for x, y in stand_in_pairs(view, a, b)))
        return found

    confirmed = tied(False)
    answer.answers = [t.actor for t in confirmed]
    answered = {t.actor.id for t in confirmed}
    # an actor tied to one side only by an unconfirmed, speculative or denied relation is shown apart
    hedged = [t for t in tied(True) if t.actor.id not in answered]
    answer.flagged = [Flag(t.actor, ", ".join(t.modalities)) for t in hedged]
    answer.evidence = [e for t in (*confirmed, *hedged) for e in t.evidence]
    answer.reading = (f"actors tied to both {actor_name(view, a)} and {actor_name(view, b)}"
                      + (f" by {', '.join(predicates)}" if predicates else "")
                      + (f", only {', '.join(types)}" if types else ""))
    answer.query = {"args": {"first": a, "second": b, "predicates": predicates, "actor_types": types}}
    if predicates == ["MEDIATION"] and not answer.answers and not answer.flagged:
        from diplograph.queries.mediation import one_side_mediated, talked_with_all

        one_side_mediated(view, [a, b], types, slots["window"], answer)
        if not answer.answers and not answer.flagged:
            talked_with_all(view, [a, b], types, slots["window"], answer)


def _proxies(view, grammar, match, slots, types, answer):
    confirmed = proxy_patterns(view, **slots["window"])
    everything = proxy_patterns(view, all_modalities=True, **slots["window"])
    seen = {}
    for m in confirmed:
        for actor in m.actors:
            seen.setdefault(actor.id, actor)
    answer.answers = list(seen.values())
    extra = {}
    for m in everything:
        for actor in m.actors:
            if actor.id not in seen:
                extra.setdefault(actor.id, actor)
    answer.flagged = [Flag(a, "only in matches that rest on unconfirmed, speculative or denied claims") for a in extra.values()]
    answer.evidence = [e for m in confirmed for link in m.links for e in link.evidence]
    answer.details = [f"{m.supplier_a.name} arms {m.client_x.name}; {m.supplier_b.name} arms {m.client_y.name}; "
                      f"{m.client_x.name} and {m.client_y.name} clash or dispute; "
                      f"{m.supplier_a.name} and {m.supplier_b.name} are rivals" for m in confirmed]
    answer.reading = "proxy patterns: rival suppliers arming the two sides of a clash or dispute"
    answer.query = {"args": {}}
    answer.extra["matches"] = [m.to_dict() for m in confirmed]


def _members(view, grammar, match, slots, types, answer):
    window = slots["window"]
    org = slots["actor"]
    if match.form.params.get("former"):  # "Which countries have left the CSTO?": memberships that ended
        found = [m for m in members(view, org, actor_types=types, all_modalities=True) if m.status == "former member"
                 and m.until >= window.get("since", "") and (not window.get("until") or m.until <= window["until"])]
        _fill_members(view, answer, org, found)
        answer.answers = [m.actor for m in found]
        answer.flagged = []
        answer.reading = f"former members of {actor_name(view, org)} (memberships that ended)"
        answer.query = {"args": {"organization": org, "status": "former member", "actor_types": types}}
        if not found:
            answer.message = f"no membership of {actor_name(view, org)} in the graph has ended"
            left = left_by_rejection(view, org, window, types)
            if left:  # the leaving filed as a rejection of the bloc: who did it, and the reading says so
                answer.answers = list({e.subject.id: e.subject for e in left}.values())
                answer.evidence = left
                answer.reading += " (none in the graph has ended: rejections of it whose sentence speaks of leaving)"
        return
    joining = _JOINING.search(answer.question) and window.get("since") and not slots.get("date")
    if set(window) == {"since"} and not slots.get("date") or joining:
        # "Which countries have joined NATO since 2022?", "... joined NATO in 2023?": memberships that
        # began in the window
        until = window.get("until", "")
        found = [m for m in members(view, org, actor_types=types, all_modalities=True)
                 if m.since >= window["since"] and (not until or m.since[:len(until)] <= until)]
        _fill_members(view, answer, org, found)
        answer.reading += f" that joined since {window['since']}" + (f" until {until}" if until else "")
        answer.query = {"args": {"organization": org, "joined_since": window["since"], "joined_until": until or None,
                                 "actor_types": types}}
        return
    at = slots.get("date") or window.get("as_of") or window.get("until") or window.get("since")
    found = members(view, org, at=at, actor_types=types, all_modalities=True)
    _fill_members(view, answer, org, found)
    answer.reading += f" as of {at}" if at else ""
    answer.query = {"args": {"organization": org, "at": at, "actor_types": types}}


# Verbs of joining: with a window, the question asks for memberships that began in it.
_JOINING = re.compile(r"\b(join|joins|joined|joining|accede|acceded|accession|admitted|became (?:a )?members?|"
                      r"entered|signed up)\b", re.IGNORECASE)


def _fill_members(view, answer, org: str, found) -> None:
    answer.answers = [m.actor for m in found if m.status == "member"]
    answer.flagged = [Flag(m.actor, m.status) for m in found if m.status != "member"]
    answer.evidence = [e for m in found for link in m.links for e in link.evidence]
    answer.reading = f"members of {actor_name(view, org)}"


def _concentration(view, grammar, match, slots, types, answer):
    recipient = slots["actor"]
    result = supplier_concentration(view, recipient, weapon=slots.get("thing"))
    answer.answers = [s.actor for s in result.shares]
    supplied = suppliers(view, recipient, weapon=slots.get("thing"))
    answer.evidence = [e for t in supplied for e in t.evidence]
    answer.details = [f"HHI {result.hhi:g} over {len(result.shares)} suppliers "
                      f"(as concentrated as {result.equivalent_suppliers:g} equal suppliers)"]
    answer.details += [f"{s.actor.name}: {s.count} supply relation(s), share {s.share:.0%}" for s in result.shares]
    answer.reading = f"supplier concentration of {actor_name(view, recipient)}"
    answer.query = {"args": {"recipient": recipient, "basis": result.basis}}
    answer.extra["concentration"] = result.to_dict()


def _brokers(view, grammar, match, slots, types, answer):
    found = brokers(view, top=10)
    answer.answers = [b.actor for b in found]
    answer.details = [f"{b.actor.name}: betweenness {b.betweenness:.3f}, {b.degree} partners" for b in found]
    answer.reading = "brokers: highest betweenness on the cooperation graph"
    answer.query = {"args": {"top": 10}}


def _blocs(view, grammar, match, slots, types, answer):
    found = blocs(view)
    actor = slots.get("actor")
    answer.reading = "blocs of the cooperation graph (Louvain, fixed seed)"
    answer.query = {"args": {"actor": actor}}
    if actor is not None:
        mine = [b for b in found if any(a.id == actor for a in b.actors)]
        answer.answers = [a for b in mine for a in b.actors if a.id != actor]
        answer.reading += f": the bloc of {actor_name(view, actor)}"
        if not mine:
            answer.message = f"{actor_name(view, actor)} is in no bloc (no cooperative relations)"
    else:
        answer.answers = [a for b in found for a in b.actors]
    if types:
        answer.answers = [a for a in answer.answers if a.type in types]
    answer.details = [f"bloc {b.number}: " + ", ".join(a.name for a in b.actors) for b in found]


def _timeline(view, grammar, match, slots, types, answer):
    actor = slots["actor"]
    entries = timeline(view, actor, actor_types=types, all_modalities=True, **slots["window"])
    order = {}
    for entry in entries:
        if not entry.evidence.confirmed:
            continue
        for ref in (entry.evidence.subject, entry.evidence.object):
            if ref.id != actor:
                order.setdefault(ref.id, ref)
    answer.answers = list(order.values())
    answer.evidence = [e.evidence for e in entries]
    answer.details = [f"{e.date or '(undated)'}  {e.evidence.subject.name} {e.evidence.predicate} "
                      f"{e.evidence.object.name} [{e.evidence.modality}]" for e in entries]
    answer.reading = f"timeline of {actor_name(view, actor)}"
    answer.query = {"args": {"actor": actor}}


def _changes(view, grammar, match, slots, types, answer):
    start, end = slots["date"], slots.get("date2")
    if end is None:  # "What changed in 2022?": from the eve of the period to its last day
        period = PartialDate.parse(start)
        start, end = (period.start() - datetime.timedelta(days=1)).isoformat(), period.end().isoformat()
    found = changes(view, start, end, actor=slots.get("actor"))
    involved = {}
    for change in found:
        for ref in (change.subject, change.object):
            if slots.get("actor") != ref.id:
                involved.setdefault(ref.id, ref)
    answer.answers = [a for a in involved.values() if not types or a.type in types]
    answer.evidence = [e for c in found for e in c.evidence]
    answer.details = [f"{c.kind}: {c.subject.name} {c.predicate} {c.object.name}"
                      + (f" ({c.before or 'none'} -> {c.after or 'none'})" if c.kind == "modality_changed" else "")
                      for c in found]
    answer.reading = f"changes between {start} and {end}" + (f" for {actor_name(view, slots['actor'])}" if slots.get("actor") else "")
    answer.query = {"args": {"start": start, "end": end, "actor": slots.get("actor")}}
    answer.extra["changes"] = [c.to_dict() for c in found]


def _contradictions(view, grammar, match, slots, types, answer):
    window = {k: v for k, v in slots["window"].items() if k in ("since", "until")}
    found = contradictions(view, actor=slots.get("actor"), **window)
    involved = {}
    for c in found:
        for ref in (c.subject, c.object):
            involved.setdefault(ref.id, ref)
    answer.answers = list(involved.values())
    answer.evidence = [e for c in found for e in (*c.one_side, *c.other_side)]
    answer.details = [f"[{c.kind}] {c.explanation}" for c in found]
    answer.reading = "contradictions between sources" + (f" about {actor_name(view, slots['actor'])}" if slots.get("actor") else "")
    answer.query = {"args": {"actor": slots.get("actor")}}
    answer.extra["contradictions"] = [c.to_dict() for c in found]
    if _DOUBT.search(answer.question):  # "Which relations are disputed?": also what no source affirms
        doubted = hedged(view, actor=slots.get("actor"), **window)
        flagged = {}
        for link in doubted:
            for ref in (link.subject, link.object):
                if ref.id not in involved:
                    flagged.setdefault(ref.id, Flag(ref, link.modality))
        answer.flagged = list(flagged.values())
        answer.evidence += [e for link in doubted for e in link.evidence]
        answer.details += [f"[{', '.join(sorted({e.modality for e in link.evidence}))}] {link.subject.name} "
                           f"{link.predicate} {link.object.name}: no source affirms it" for link in doubted]
        answer.reading += ", and relations that no source affirms (only unconfirmed, speculative or denied claims)"
        answer.extra["hedged"] = [link.to_dict() for link in doubted]


# Words that ask for what is doubted, not only for what sources contradict.
_DOUBT = re.compile(r"\b(disputed|contested|doubted|doubtful|in doubt|in dispute|denied|unconfirmed|unverified|"
                    r"uncertain|questioned|controversial|alleged|claimed)\b", re.IGNORECASE)


def _evidence(view, grammar, match, slots, types, answer):
    a, b = slots.get("actor"), slots["actor2"]
    if match.form.params.get("predicates"):
        predicates = match.form.params["predicates"]
    elif match.relation:
        predicates = grammar.relations[match.relation]
    else:
        predicates = [None]  # every relation between the two
    if a is None:  # "Has Kyrgyzstan bought Bayraktars?": from anyone
        _evidence_from_anyone(view, slots, predicates, answer)
        return
    found = [e for p in predicates for e in evidence(view, a, p, b, **slots["window"])]
    if predicates == [None] and " between " in f" {match.form.example.lower()} {grammar.normalise(answer.question).lower()} ":
        found += evidence(view, b, None, a, **slots["window"])  # what happened *between* them: either way
    if predicates == [None]:  # what happened in a month: what can be placed in it, not a border
        found = happened_within(found, slots["window"], view.graph.get("sources") or {})
    weapon = slots.get("brand") or slots.get("thing")
    if weapon:  # "Did China sell S-400s to Turkey?": a brand too, not only a weapon in the graph
        keys = _asked_weapon_names(view, slots)
        found = [e for e in found if name_key(e.prop("weapon")) in keys]
    near = ""
    if not found and predicates != [None] and not weapon:  # "Did Moscow arm Haftar?" told as support with planes
        found, near = near_claims(view, a, b, predicates, slots["window"])
    answer.evidence = found
    refs = Reader(view, RelationFilter())
    if any(e.confirmed for e in found):
        answer.answers = [refs.ref(a), refs.ref(b)]
    elif found:
        why = ", ".join(sorted({e.modality for e in found}))
        answer.flagged = [Flag(refs.ref(a), why), Flag(refs.ref(b), why)]
    else:
        answer.message = "no claim in the graph says so"
    shown = ", ".join(p for p in predicates if p) or "any relation"
    said = ", ".join(slots.get("brand_weapons") or []) or weapon
    answer.reading = (f"evidence: {actor_name(view, a)} {shown} {actor_name(view, b)}" + (f", weapon {said}" if weapon else "")
                      + (f" ({near})" if near else ""))
    answer.query = {"args": {"subject": a, "predicates": [p for p in predicates if p], "object": b}}
    if predicates == [None]:  # "What happened between A and B?": the relations by family
        answer.details = by_family(found)


def _evidence_from_anyone(view, slots, predicates, answer):
    """Whether anyone did ``predicates`` to ``actor2`` with the weapon asked about: the yes or no
    of "Did Kyrgyzstan buy Bayraktar drones?", where the question names no seller."""
    b = slots["actor2"]
    keys = _asked_weapon_names(view, slots)
    found = [e for u in sorted(view.predecessors(b)) if u != b for p in predicates
             for e in evidence(view, u, p, b, **slots["window"]) if not keys or name_key(e.prop("weapon")) in keys]
    found = [e for e in found if e.object.id == b]
    answer.evidence = found
    refs = Reader(view, RelationFilter())
    confirmed = {e.subject.id for e in found if e.confirmed}
    if confirmed:
        answer.answers = [refs.ref(u) for u in sorted(confirmed)]
    elif found:
        why = ", ".join(sorted({e.modality for e in found}))
        answer.flagged = [Flag(refs.ref(u), why) for u in sorted({e.subject.id for e in found})]
    else:
        answer.message = "no claim in the graph says so"
    weapon = slots.get("brand") or slots.get("thing")
    answer.reading = (f"evidence: anyone {', '.join(predicates)} {actor_name(view, b)}"
                      + (f", weapon {weapon}" if weapon else ""))
    answer.query = {"args": {"subject": None, "predicates": list(predicates), "object": b,
                             "weapons": sorted(keys)}}


def _asked_weapon_names(view, slots) -> set:
    """The recorded weapon names the question's weapon stands for: each model of a brand named
    ("S-400s"), or the weapon named; empty when it names none."""
    named = slots.get("brand_weapons") or []
    if named:
        return set().union(*(weapon_names(view, w) for w in named))
    return weapon_names(view, slots["thing"]) if slots.get("thing") else set()


# Roles that lead a body: with no one recorded in them, whoever LEADS it holds them
_LEADING_ROLES = frozenset({"chair", "chairs", "co-chair", "co-chairs", "chairman", "chairwoman", "chairperson", "head",
                            "heads", "leader", "leaders", "co-chairman", "co-chairmen"})


def _role_holders(view, grammar, match, slots, types, answer):
    actor, role = slots["actor"], slots["role"]
    wanted = role_words(role)
    found = ties(view, actor, predicates=["AFFILIATED_WITH"], direction="in", actor_types=types or ["person"],
                 all_modalities=True, **slots["window"])
    holders = [t for t in found if any(wanted <= role_words(e.prop("role")) for e in t.evidence if e.prop("role"))]
    if not holders and wanted & _LEADING_ROLES:  # "the Minsk Group's co-chairs": whoever leads it
        leaders = ties(view, actor, predicates=["LEADS"], direction="in", all_modalities=True,
                       **slots["window"])
        if leaders:
            fill_from_ties(answer, leaders)
            answer.reading = f"LEADS relations of {actor_name(view, actor)} (no one recorded in the role '{role}')"
            answer.query = {"args": {"actor": actor, "role": role, "predicates": ["LEADS"]}}
            return
    fill_from_ties(answer, holders)
    answer.reading = f"persons affiliated with {actor_name(view, actor)} in the role '{role}'"
    answer.query = {"args": {"actor": actor, "role": role, "predicates": ["AFFILIATED_WITH"]}}
    if not holders:
        answer.message = f"no one in the graph is recorded in the role '{role}' for {actor_name(view, actor)}"


def _heads(view, grammar, match, slots, types, answer):
    """Who leads an actor: those that LEAD it, and those affiliated with it in an office of the
    form's ``head_roles`` ("Who runs Niger?" is answered by its president)."""
    actor, window = slots["actor"], slots["window"]
    params = match.form.params
    heads = [role_words(role) for role in params.get("head_roles", ())]
    not_heads = {w for role in params.get("not_heads", ()) for w in role_words(role)}

    def is_head(role: str) -> bool:
        words = role_words(role)
        return not words & not_heads and any(head <= words for head in heads)

    side = "out" if params.get("headed") else "in"  # "which company does X run": the bodies X heads
    found = ties(view, actor, predicates=["LEADS"], direction=side, actor_types=types, all_modalities=True, **window)
    leading = {t.actor.id for t in found}
    found += [t for t in ties(view, actor, predicates=["AFFILIATED_WITH"], direction=side,
                              actor_types=types or (None if side == "out" else ["person"]), all_modalities=True, **window)
              if t.actor.id not in leading and any(is_head(e.prop("role")) for e in t.evidence if e.prop("role"))]
    fill_from_ties(answer, found)
    answer.reading = (f"what {actor_name(view, actor)} leads: LEADS relations, and bodies it serves as their head"
                      if side == "out" else
                      f"who leads {actor_name(view, actor)}: LEADS relations, and persons affiliated with it as its head")
    answer.query = {"args": {"actor": actor, "predicates": ["LEADS", "AFFILIATED_WITH"], "head_roles": params.get("head_roles", [])}}


def _neighbourhood(view, grammar, match, slots, types, answer):
    actor = slots["actor"]
    fill_from_ties(answer, ties(view, actor, actor_types=types, all_modalities=True, **slots["window"]))
    answer.reading = f"direct relations of {actor_name(view, actor)}" + (f", only {', '.join(types)}" if types else "")
    answer.query = {"args": {"actor": actor, "depth": 1, "actor_types": types}}


# The queries a closing time phrase ("... in 2022") can restrict.
WINDOWED = frozenset({"suppliers", "recipients", "ties", "weapons_in", "common", "partners", "adversaries", "path", "proxies",
                      "members", "timeline", "contradictions", "neighbourhood", "roles", "heads", "evidence", "parties", "mediators",
                      "switched"})

HANDLERS = {
    "suppliers": _supply("in"),
    "recipients": _supply("out"),
    "ties": _ties,
    "weapons_in": _weapons_in,
    "makers_in": _makers_in,
    "common": _common,
    "partners": _alignment("partners"),
    "adversaries": _alignment("adversaries"),
    "path": _path,
    "proxies": _proxies,
    "members": _members,
    "concentration": _concentration,
    "brokers": _brokers,
    "blocs": _blocs,
    "timeline": _timeline,
    "changes": _changes,
    "contradictions": _contradictions,
    "evidence": _evidence,
    "neighbourhood": _neighbourhood,
    "roles": _role_holders,
    "heads": _heads,
    "parties": answer_parties,
    "mediators": answer_mediators,
    "switched": answer_switches,
}
