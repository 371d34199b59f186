"""Answers to the questions analysts type, offline: the grammar picks a query, the graph answers.

A question is read by the first form of :mod:`diplograph.queries.grammar` whose pattern
matches and whose slots resolve (names to actors of the graph, through aliases and the
gazetteer: "Iranian" is Iran). Type words filter the answers ("Which countries" keeps states).
An actor is an *answer* when a claim whose modality answers (in the ontology) supports it;
actors backed only by unconfirmed, speculative or denied claims are *flagged*, shown apart.
A question no form reads is not answered: the reply says so and suggests the closest forms.

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> reply = ask(view, "Who supplies drones to Caldor?")
>>> [a.name for a in reply.answers], [f.actor.name for f in reply.flagged]
(['Borvia', 'Kestrel Dynamics'], ['Aland'])
>>> [a.name for a in ask(view, "Which countries buy drones from the Borvians?").answers]
['Caldor', 'Eskar']
>>> [a.name for a in ask(view, "Which Borvian officials are mentioned?").answers]
['Ilse Varro']
>>> reply = ask(view, "What is the capital of Borvia?")
>>> reply.understood, reply.answers
(False, [])

In a notebook an answer shows as HTML, its text escaped:

>>> ask(view, "Who supplies drones to Caldor?")._repr_html_().startswith("<p><b>Read as:</b> suppliers of Caldor")
True
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import html
import re
from dataclasses import dataclass, field
from typing import Callable

import networkx as nx

from diplograph.errors import ActorNotFound
from diplograph.graph.dates import PartialDate
from diplograph.graph.ontology import load_ontology
from diplograph.graph.weapons import load_weapons
from diplograph.names import name_key
from diplograph.queries.alignment import adversaries, partners
from diplograph.queries.answer import Answer, Flag
from diplograph.queries.contradictions import contradictions
from diplograph.queries.evidence import evidence
from diplograph.queries.filters import QueryError, RelationFilter
from diplograph.queries.focus import answer_generally, merge_ties, stand_in_pairs, verdict
from diplograph.queries.grammar import Grammar, Match, load_grammar
from diplograph.queries.history import changes, timeline
from diplograph.queries.lookup import Reader, find_actor
from diplograph.queries.loose import read_loosely
from diplograph.queries.membership import members
from diplograph.queries.neighbourhood import common_ties, ties
from diplograph.queries.regions import region_named
from diplograph.queries.paths import k_shortest_paths, shortest_path
from diplograph.queries.proxies import proxy_patterns
from diplograph.queries.refine import by_category
from diplograph.queries.results import ActorRef, Evidence, Tie
from diplograph.queries.structure import blocs, brokers
from diplograph.queries.supply import (recipients, supplier_concentration, supply_predicates, suppliers, weapon_names,
                                       weapons_received)


class _SlotError(Exception):
    def __init__(self, text: str, suggestions=(), misplaced: str = ""):
        super().__init__(text)
        self.text, self.suggestions = text, list(suggestions)
        self.misplaced = misplaced  # "Iran (state)" when the name resolved but cannot stand there


Resolver = Callable[[str], str]


def ask(view: nx.MultiDiGraph, question: str, *, resolve: Resolver | None = None,
        grammar: Grammar | None = None) -> Answer:
    """Answer ``question`` from ``view``. ``resolve`` maps a name to an actor id (default: the
    names, aliases and gazetteer names of the actors in the view).

    The grammar's forms read the question first, without the time phrases and region words
    found anywhere in it (those narrow the answer afterwards); then the general reading of its
    parts (:mod:`diplograph.queries.focus`); then the loose reading; then, for a region named as
    a place ("in Central Asia"), the question without it, narrowed to the region's states."""
    grammar = grammar or load_grammar()
    compound = _compound(view, grammar, question, resolve)
    if compound is not None:
        return compound
    focus = question_focus(grammar, question)
    if focus != "when":
        core, window, regions = _core(view, grammar, question, focus)
        answer = _ask(view, core, resolve=resolve, grammar=grammar, window=window, loosely=False)
        if not answer.understood and (core, window) != (question, {}):
            answer = _ask(view, question, resolve=resolve, grammar=grammar, loosely=False)
            regions = []
        aside = answer.extra.pop("_aside", None)
        if answer.understood and aside is not None:
            # "Who is China *in a territorial dispute with*?": a form read the question without
            # words the general reading uses whole; it answers then
            general = answer_generally(view, question, grammar)
            if general is not None and "(not used:" not in general.reading:
                return general
        if answer.understood:
            answer.question = question
            return _refined(view, grammar, question, answer, focus, regions)
        if (answer.query or {}).get("refused"):
            return answer
    general = answer_generally(view, question, grammar)
    if general is not None and ((general.query or {}).get("coordinated") or ((general.query or {}).get("args") or {}).get("weapon")):
        return general  # "does X back or cooperate with", "bought JF-17s": the loose reading would drop a word
    if focus == "list":
        answer = _ask(view, question, resolve=resolve, grammar=grammar)
        if answer.understood:
            return _refined(view, grammar, question, answer, focus, [])
    if general is not None:
        return general
    answer = _ask(view, question, resolve=resolve, grammar=grammar)
    # "Which countries in Central Asia buy Turkish drones?": the question without the region,
    # its answers kept to the region's states
    for rest, region in _region_filters(question):
        narrowed = _ask(view, rest, resolve=resolve, grammar=grammar)
        if narrowed.understood:
            narrowed.question = question
            narrowed.query = {**(narrowed.query or {}), "only_region": region.name}
            return _refined(view, grammar, question, narrowed, focus, [region])
    return answer


_COMPOUND = re.compile(r",?\s+and\s+(?=(?:who|whom|which|what)\b)", re.IGNORECASE)


def _compound(view, grammar: Grammar, question: str, resolve) -> Answer | None:
    """Two questions in one ("Whom has Russia attacked, and who has criticised Russia?"): each
    asked, the answers merged; None unless the question splits so and both halves are read."""
    parts = _COMPOUND.split(grammar.normalise(question))
    if len(parts) != 2:
        return None
    replies = [ask(view, part, resolve=resolve, grammar=grammar) for part in parts]
    if not all(r.understood for r in replies):
        return None
    merged = Answer(question, True, " + ".join(r.reading for r in replies))
    seen = set()
    for reply in replies:
        merged.answers += [a for a in reply.answers if not (a.id in seen or seen.add(a.id))]
        merged.evidence += reply.evidence
        merged.details += reply.details
    merged.flagged = [f for r in replies for f in r.flagged if f.actor.id not in seen]
    merged.query = {"form": "compound", "parts": [r.query for r in replies]}
    return merged


def question_focus(grammar: Grammar, question: str) -> str:
    """What a question asks for: list (who, which, where), count (how many), yesno, or when."""
    from diplograph.queries.general import _focus

    words = grammar.normalise(question).lower().split()
    return _focus(words) if words else "list"


def _core(view, grammar: Grammar, question: str, focus: str) -> tuple[str, dict, list]:
    """The question without its time phrases and the region words that qualify its answers,
    "how many" asked as "which", the window those phrases set, and the regions (with a note for
    each time phrase that could not be dated, to be said in the reading)."""
    from diplograph.queries.general import _region_words, event_in_graph, newest_date
    from diplograph.queries.when import time_phrases

    text = grammar.normalise(question)
    window: dict = {}
    phrases = [p for p in time_phrases(text, newest_date(view), lambda phrase: event_in_graph(view, phrase, grammar))
               if not p.soft]
    for phrase in reversed(phrases):
        text = text[:phrase.start] + " " + text[phrase.end:]
        window.update(phrase.window)
    text, regions = _region_words(text)
    regions = [*regions, *(f"not used: {p.text!r}: {p.note}" for p in phrases if not p.window)]
    if focus == "count":
        text = re.sub(r"^how\s+(?:many|much)\s+(?=(?:is|are|was|were|has|have|had|did|do|does)\b)", "who ", text,
                      flags=re.IGNORECASE)
        text = re.sub(r"^how\s+(?:many|much)\s+", "which ", text, flags=re.IGNORECASE)
    text = " ".join(text.split())
    return (question, {}, regions) if not phrases and text == grammar.normalise(question) else (text, window, regions)


def _refined(view, grammar: Grammar, question: str, answer: Answer, focus: str = "list", regions=()) -> Answer:
    """The answer narrowed by what the question says beyond its form: a weapon category ("Who
    supplies *drones* to X?" keeps the claims about drones, see :mod:`diplograph.queries.refine`),
    the regions its answers must be in ("Which *Gulf* states ..."); with a count ("how many") or a
    verdict (a yes-or-no question) when it asks for one."""
    for region in regions:
        if isinstance(region, str):  # a phrase left unread ("before the Pretoria deal", undated)
            answer.reading += f" ({region})"
            continue
        keep = set(region.members)
        answer.answers = [a for a in answer.answers if a.id in keep]
        answer.flagged = [f for f in answer.flagged if f.actor.id in keep]
        answer.evidence = [e for e in answer.evidence if {e.subject.id, e.object.id} & keep]
        answer.reading += f", only in {region.name}"
    args = (answer.query or {}).get("args") or {}
    if not (args.get("weapon") or args.get("brand_weapons")):  # a named system is narrower than any category
        text = grammar.normalise(question)
        for phrase in sorted((w for w in grammar.types if " " in w), key=len, reverse=True):
            text = re.sub(rf"\b{re.escape(phrase)}\b", " ", text, flags=re.IGNORECASE)  # "think tanks" are no tanks
        mentions = load_weapons().named_in(text)
        if mentions:
            by_category(view, answer, mentions[0].category.id)
    if focus == "count":
        answer.extra["count"] = len(answer.answers)
    if focus == "yesno" and (answer.query or {}).get("function") == "evidence":
        answer.extra.update(verdict(answer))
    return _as_of(answer)


def _as_of(answer: Answer) -> Answer:
    """An answer resting on datasets says where they end ("as of 2014: COW IGO ..."), for they
    say nothing of what came after."""
    ends = {}
    for e in answer.evidence:
        if e.source.coverage_end:
            ends.setdefault(e.source.id, e.source)
    if ends:
        answer.details.extend(f"as of {s.coverage_end}: {s.label} covers up to then" for s in
                              sorted(ends.values(), key=lambda s: (s.coverage_end, s.label)))
        answer.extra["as_of"] = {s.label: s.coverage_end for s in ends.values()}
    return answer


def _region_filters(question: str):
    """(the question without "in <region>", the region) for each region phrase in it."""
    for found in re.finditer(r"\b(?:in|from|across|among|of)\s+((?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)",
                             question):
        region = region_named(found.group(1))
        if region is not None:
            yield " ".join((question[:found.start()] + question[found.end():]).split()), region


def _ask(view: nx.MultiDiGraph, question: str, *, resolve: Resolver | None = None,
         grammar: Grammar | None = None, window: dict | None = None, loosely: bool = True) -> Answer:
    grammar = grammar or load_grammar()
    resolve = resolve or (lambda name: find_actor(view, name))
    failures: list[tuple[Match, _SlotError]] = []
    readings = [(question, dict(window or {}))]
    readings += [(rest, window) for rest, phrase in grammar.qualified(question)
                 if (window := _window(phrase)) is not None]
    # A question no form reads may still have a loose reading, unless a form found the ontology
    # against it or it carries a time phrase that is not a date ("in the nineties").
    unread = [phrase for _, phrase in grammar.qualified(question)
              if _window(phrase) is None and not any(_names_an_actor(view, text) for text in phrase.values())]
    undated = bool(unread)
    # tried last, the whole question first; never to drop a time phrase that is not a date
    timely = any(grammar.sounds_temporal(text) for phrase in unread for text in phrase.values())
    asides = {} if timely else dict(grammar.without_asides(question))
    for text, window in readings + [(rest, {}) for rest in asides]:
        for match in grammar.matches(text):
            if window and match.form.query not in WINDOWED:
                continue
            try:
                slots = _resolve_slots(view, grammar, match, resolve)
            except _SlotError as error:
                region = region_named(error.text) if error.text == match.slots.get("actor") else None
                answer = _over_region(view, grammar, question, text, match, region, window, resolve) \
                    if region is not None else None
                if answer is not None:
                    return answer
                failures.append((match, error))
                continue
            answer = Answer(question, True)
            HANDLERS[match.form.query](view, grammar, match, {**slots, "window": window},
                                       _types(grammar, match, text), answer)
            answer.query = {"form": match.form.id, "function": match.form.query, **(answer.query or {})}
            if text in asides:
                answer.reading += f" (not read: \"{asides[text]}\")"
                answer.extra["_aside"] = asides[text]  # taken out by ask(): the general reading may read it
            if window:
                answer.query["window"] = window
                answer.reading += _window_text(window)
            return answer
    if loosely and not undated and not any(error.misplaced for _, error in failures):
        for text, window in reversed(readings):  # with its time phrase read as one, if any
            answer = _loose(view, grammar, question, text, window)
            if answer is not None:
                return answer
    return _not_understood(grammar, question, failures)


# The queries a region may stand in for an actor in ("Who supplies drones to Central Asia?").
REGIONAL = frozenset({"suppliers", "recipients", "ties", "partners", "adversaries"})


def _over_region(view, grammar: Grammar, question: str, text: str, match: Match, region, window: dict,
                 resolve: Resolver) -> Answer | None:
    """The question asked of each member state of ``region`` in the graph, answers merged; None
    when the form is not one a region can stand in or no member is in the graph."""
    members = [node for node in region.members if node in view]
    if match.form.query not in REGIONAL or not members:
        return None
    merged, readings = Answer(question, True), []
    seen, flagged = set(), {}
    for node in members:
        name = view.nodes[node].get("name", node)
        part_match = dataclasses.replace(match, slots={**match.slots, "actor": name})
        try:
            slots = _resolve_slots(view, grammar, part_match, resolve)
        except _SlotError:
            return None  # the ontology refuses the form for a state: so for the region
        part = Answer(question, True)
        HANDLERS[match.form.query](view, grammar, part_match, {**slots, "window": window},
                                   _types(grammar, match, text), part)
        readings.append(part.reading.replace(name, region.name))
        for ref in part.answers:
            if ref.id not in seen:
                seen.add(ref.id)
                merged.answers.append(ref)
        for flag in part.flagged:
            flagged.setdefault(flag.actor.id, flag)
        merged.evidence += part.evidence
    merged.flagged = [flag for key, flag in flagged.items() if key not in seen]
    merged.reading = (readings[0] + f", asked of each of its states in the graph: "
                      + ", ".join(view.nodes[n].get("name", n) for n in members)
                      + (_window_text(window) if window else ""))
    merged.query = {"form": match.form.id, "function": match.form.query, "region": region.name, "members": members}
    if window:
        merged.query["window"] = window
    return merged


def _names_an_actor(view, text: str) -> bool:
    """Whether ``text`` is a name in the graph ("from Rhun" reads like a time phrase, but is not)."""
    try:
        find_actor(view, text)
    except ActorNotFound:
        return False
    return True


def _loose(view, grammar: Grammar, question: str, text: str, window: dict) -> Answer | None:
    """The answer to the loose reading of ``text`` (see :mod:`diplograph.queries.loose`), or None."""
    reading = read_loosely(view, text, grammar)
    if reading is None:
        return None
    predicates, types = list(reading.predicates), reading.types
    if types and not _answers_can_be(predicates, reading.direction, types):
        return None  # "What weapons does Serbia buy?": weapons do not buy; better unread than misread
    found, weapon = [], reading.weapon
    if weapon and reading.direction != "both" and set(predicates) <= set(supply_predicates()):
        query = suppliers if reading.direction == "in" else recipients
        found = query(view, reading.actor, weapon=weapon, predicates=predicates, actor_types=types,
                      all_modalities=True, **window)
    if not found:
        weapon = None  # no claim names the weapon: every relation of the kind is shown, and the reading says so
        found = ties(view, reading.actor, predicates=predicates, direction=reading.direction, actor_types=types,
                     all_modalities=True, **window)
    answer = Answer(question, True)
    _fill_from_ties(answer, found)
    side = {"in": "subjects", "out": "objects", "both": "either side"}[reading.direction]
    answer.reading = (f"loosely, from the words \"{reading.trigger}\": {', '.join(predicates)} relations of "
                      f"{_name(view, reading.actor)} ({side})" + (f", only {', '.join(types)}" if types else "")
                      + (f", naming {weapon}" if weapon else "")
                      + (f" (no claim names {reading.weapon})" if reading.weapon and not weapon else "")
                      + (_window_text(window) if window else ""))
    answer.query = {"form": "loose", "function": "ties",
                    "args": {"actor": reading.actor, "predicates": predicates, "direction": reading.direction,
                             "actor_types": types, "weapon": weapon}}
    if window:
        answer.query["window"] = window
    return answer


def _answers_can_be(predicates, direction: str, types) -> bool:
    """Can an actor of one of ``types`` stand at the answer's end of one of ``predicates`` (the
    subject when the asked actor is the object, ``direction`` "in")?"""
    onto = load_ontology()
    for name in predicates:
        predicate = onto.predicate(name)
        if direction == "both" or predicate.symmetric:
            allowed = predicate.subject_types | predicate.object_types
        else:
            allowed = predicate.subject_types if direction == "in" else predicate.object_types
        if set(types) & set(allowed):
            return True
    return False


def _window(phrase: dict[str, str]) -> dict[str, str] | None:
    """since/until/as_of dates (ISO) from a time phrase's parts; None if a date does not parse."""
    window = {}
    try:
        for key, text in phrase.items():
            date = PartialDate.parse(text)
            if key == "after":
                window["since"] = (date.end() + dt.timedelta(days=1)).isoformat()
            elif key == "before":
                window["until"] = (date.start() - dt.timedelta(days=1)).isoformat()
            else:
                window[key] = date.iso
    except ValueError:
        return None
    return window


def _window_text(window: dict) -> str:
    if "as_of" in window:
        return f", as of {window['as_of']}"
    return f", claims dated {window.get('since', '…')} to {window.get('until', '…')}"


# -- reading the slots ----------------------------------------------------------------------------

def _resolve_slots(view, grammar: Grammar, match: Match, resolve: Resolver) -> dict:
    slots = {}
    weapons_ok = match.form.weapons_ok
    kind = match.form.params.get("slot_kind")
    for name, text in match.slots.items():
        if name in ("actor", "actor2"):
            node = _actor(view, grammar, text, resolve)
            actor_type = view.nodes[node].get("type")
            is_weapon = actor_type == "weapon"
            if (kind == "weapon" and not is_weapon) or (is_weapon and not weapons_ok):
                raise _SlotError(text)
            role = _part_refused(grammar, match, actor_type)
            if name == "actor" and role:
                raise _SlotError(text, misplaced=f"{view.nodes[node].get('name', node)}, a {actor_type}, cannot be {role}")
            slots[name] = node
        elif name == "role":
            words = _role_words(text)
            if not words or not words & grammar.role_nouns or words & _NOT_IN_A_ROLE:
                raise _SlotError(text)  # "Which group is the leader" is a question, not a title
            slots[name] = text
        elif name == "thing":
            slots[name] = _thing(view, grammar, text, resolve)
            if kind == "generic" and slots[name] is not None:
                raise _SlotError(text)
        else:
            try:
                slots[name] = PartialDate.parse(text).iso
            except ValueError:
                raise _SlotError(text) from None
    return slots


def _part_refused(grammar: Grammar, match: Match, actor_type: str) -> str:
    """Why the ontology does not let an actor of this type stand where the question puts it
    ("the object of LEADS"), or '' when it does. "Who leads Iran?" is not read as asking for
    LEADS relations, since only organisations and armed groups are led."""
    form = match.form
    onto = load_ontology()
    if form.query == "ties":
        predicates = form.params.get("predicates") or grammar.relations.get(match.relation or "", [])
        side = {"in": "object", "out": "subject"}.get(form.params.get("direction", "both"), "either")
    elif form.query in ("suppliers", "recipients"):
        predicates = form.params.get("predicates") or supply_predicates()
        side = "object" if form.query == "suppliers" else "subject"
    elif form.query == "members":
        predicates, side = ["MEMBER_OF"], "object"
    else:
        return ""
    for name in predicates:
        predicate = onto.predicate(name)
        subjects, objects = predicate.subject_types, predicate.object_types
        if side == "either" or predicate.symmetric:
            if actor_type in subjects | objects:
                return ""
        elif actor_type in (objects if side == "object" else subjects):
            return ""
    where = "a party to" if side == "either" else f"the {side} of"
    return f"{where} {' or '.join(predicates)}"


def _actor(view, grammar: Grammar, text: str, resolve: Resolver) -> str:
    text = text.strip().strip("\"'").strip()
    if text.endswith("'"):
        text = text[:-1]
    attempts = [text]
    lowered = text.lower()
    for suffix in grammar.actor_suffixes:  # "the Tajik government" names Tajikistan
        if lowered.endswith(" " + suffix):
            attempts.append(text[: -len(suffix) - 1])
            if attempts[-1].endswith("'s"):  # "China's foreign ministry"
                attempts.append(attempts[-1][:-2])
    suggestions: list[str] = []
    for attempt in attempts:
        try:
            node = resolve(attempt)
        except ActorNotFound as error:
            suggestions = suggestions or error.suggestions
            continue
        if node in view:
            return node
    person = _person_by_surname(view, text)
    if person is not None:
        return person
    raise _SlotError(text, suggestions)


def _person_by_surname(view, text: str) -> str | None:
    """The one person in the graph whose name ends with the single word ``text`` ("Raisi"), or
    None when no one or several do: analysts ask by surname, the gazetteer never lists one."""
    if len(text.split()) != 1:
        return None
    key = name_key(text)
    found = [node for node, data in view.nodes(data=True)
             if data.get("type") == "person" and name_key(str(data.get("name", "")).split()[-1]) == key]
    return found[0] if len(found) == 1 else None


def _thing(view, grammar: Grammar, text: str, resolve: Resolver) -> str | None:
    """None for a generic word for arms ("drones"), else the weapon's name."""
    words = text.strip().split()
    while words and name_key(words[0]) in ("the", "a", "an", "its", "their", "any", "some"):
        words = words[1:]
    text = " ".join(words)
    if name_key(text) in grammar.generic_things or not text:
        return None
    candidates = [text]
    for generic in sorted(grammar.generic_things, key=len, reverse=True):  # "TB2 drones" -> "TB2"
        if name_key(text).endswith(" " + generic):
            candidates.append(text[: -len(generic) - 1])
    for candidate in candidates:
        try:
            node = resolve(candidate)
        except ActorNotFound:
            continue
        if node in view and view.nodes[node].get("type") == "weapon":
            return view.nodes[node].get("name", node)
    raise _SlotError(text)


def _types(grammar: Grammar, match: Match, question: str) -> list[str] | None:
    if match.type_word:
        return [grammar.types[name_key(match.type_word)]] if name_key(match.type_word) in grammar.types else None
    opening = grammar.normalise(question).lower()
    if opening.startswith(("where ", "from where ", "to where ")):
        return [grammar.place_type]
    return match.form.params.get("default_types")


# -- the handlers ---------------------------------------------------------------------------------

def _name(view, node: str) -> str:
    return view.nodes[node].get("name", node)


def _fill_from_ties(answer: Answer, found: list[Tie]) -> None:
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
        role = "suppliers" if direction == "in" else "recipients"
        what = f" of {_name(view, actor)}" if actor else ""
        brand = _brand_weapons(view, actor) if actor and not weapon and not found and direction == "out" else []
        if brand:  # "Which states bought Bayraktar drones?": a firm with no sales of its own is a brand
            by_actor = {}
            for name in brand:
                for tie in recipients(view, None, weapon=name, predicates=predicates, actor_types=types,
                                      all_modalities=True, **slots["window"]):
                    known = by_actor.get(tie.actor.id)
                    by_actor[tie.actor.id] = tie if known is None else dataclasses.replace(
                        known, links=known.links + tie.links)
            found = sorted(by_actor.values(), key=lambda t: (-t.n_sources, t.actor.name.casefold()))
            what = f" of the weapons named {_name(view, actor)} ({', '.join(brand)})"
        _fill_from_ties(answer, found)
        answer.reading = (f"{role}{what} ({', '.join(predicates)})" + (f", weapon {weapon}" if weapon else "")
                          + (f", only {', '.join(types)}" if types else ""))
        answer.query = {"args": {"actor": actor, "weapon": weapon, "predicates": predicates, "actor_types": types}}
        if brand:
            answer.query["args"]["brand_weapons"] = brand
    return handle


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
    _fill_from_ties(answer, makers + [t for t in hosted if t.actor.id not in seen])
    answer.reading = (f"makers or sellers based in {_name(view, place)}" + (f" of {weapon}" if weapon else "")
                      + f", and co-producers there" + (f", only {', '.join(types)}" if types else ""))
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
    actor = slots.get("actor")
    if actor is None:
        found = _every_tie(view, predicates, direction, types, slots["window"])
    else:
        found = ties(view, actor, predicates=predicates, direction=direction, actor_types=types, all_modalities=True,
                     **slots["window"])
    _fill_from_ties(answer, found)
    side = {"in": "subjects", "out": "objects", "both": "either side"}[direction]
    answer.reading = (f"{', '.join(predicates)} relations" + (f" of {_name(view, actor)}" if actor else "")
                      + f" ({side})" + (f", only {', '.join(types)}" if types else ""))
    answer.query = {"args": {"actor": actor, "predicates": predicates, "direction": direction, "actor_types": types}}
    if match.form.id == "identity":  # "Who is X?": each role and affiliation, with its dates
        answer.details = [f"{e.predicate} {e.object.name}" + (f" as {e.prop('role')}" if e.prop("role") else "")
                          + (f" ({e.date or '…'} to {e.end_date or '…'})" if e.date or e.end_date else "")
                          + f" [{e.modality}]" for e in answer.evidence]


def _weapons_in(view, grammar, match, slots, types, answer):
    actor = slots["actor"]
    _fill_from_ties(answer, weapons_received(view, actor, all_modalities=True, **slots["window"]))
    answer.reading = f"weapons named in the supply relations to {_name(view, actor)} ({', '.join(supply_predicates())})"
    answer.query = {"args": {"actor": actor, "predicates": supply_predicates()}}


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
        _fill_from_ties(answer, query(view, slots["actor"], actor_types=types, all_modalities=True,
                                      **slots["window"]))
        answer.reading = f"{kind} of {_name(view, slots['actor'])}" + (f", only {', '.join(types)}" if types else "")
        answer.query = {"args": {"actor": slots["actor"], "actor_types": types}}
    return handle


def _path(view, grammar, match, slots, types, answer):
    a, b = slots["actor"], slots["actor2"]
    answer.reading = f"shortest path from {_name(view, a)} to {_name(view, b)}"
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
    answer.reading = (f"actors tied to both {_name(view, a)} and {_name(view, b)}"
                      + (f" by {', '.join(predicates)}" if predicates else "")
                      + (f", only {', '.join(types)}" if types else ""))
    answer.query = {"args": {"first": a, "second": b, "predicates": predicates, "actor_types": types}}


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
    if set(window) == {"since"} and not slots.get("date"):
        # "Which countries have joined NATO since 2022?": memberships that began in the window
        found = [m for m in members(view, org, actor_types=types, all_modalities=True) if m.since >= window["since"]]
        _fill_members(view, answer, org, found)
        answer.reading += f" that joined since {window['since']}"
        answer.query = {"args": {"organization": org, "joined_since": window["since"], "actor_types": types}}
        return
    at = slots.get("date") or window.get("as_of") or window.get("until") or window.get("since")
    found = members(view, org, at=at, actor_types=types, all_modalities=True)
    _fill_members(view, answer, org, found)
    answer.reading += f" as of {at}" if at else ""
    answer.query = {"args": {"organization": org, "at": at, "actor_types": types}}


def _fill_members(view, answer, org: str, found) -> None:
    answer.answers = [m.actor for m in found if m.status == "member"]
    answer.flagged = [Flag(m.actor, m.status) for m in found if m.status != "member"]
    answer.evidence = [e for m in found for link in m.links for e in link.evidence]
    answer.reading = f"members of {_name(view, org)}"


def _concentration(view, grammar, match, slots, types, answer):
    recipient = slots["actor"]
    result = supplier_concentration(view, recipient, weapon=slots.get("thing"))
    answer.answers = [s.actor for s in result.shares]
    supplied = suppliers(view, recipient, weapon=slots.get("thing"))
    answer.evidence = [e for t in supplied for e in t.evidence]
    answer.details = [f"HHI {result.hhi:g} over {len(result.shares)} suppliers "
                      f"(as concentrated as {result.equivalent_suppliers:g} equal suppliers)"]
    answer.details += [f"{s.actor.name}: {s.count} supply relation(s), share {s.share:.0%}" for s in result.shares]
    answer.reading = f"supplier concentration of {_name(view, recipient)}"
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
        answer.reading += f": the bloc of {_name(view, actor)}"
        if not mine:
            answer.message = f"{_name(view, actor)} is in no bloc (no cooperative relations)"
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
    answer.reading = f"timeline of {_name(view, actor)}"
    answer.query = {"args": {"actor": actor}}


def _changes(view, grammar, match, slots, types, answer):
    start, end = slots["date"], slots["date2"]
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
    answer.reading = f"changes between {start} and {end}" + (f" for {_name(view, slots['actor'])}" if slots.get("actor") else "")
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
    answer.reading = "contradictions between sources" + (f" about {_name(view, slots['actor'])}" if slots.get("actor") else "")
    answer.query = {"args": {"actor": slots.get("actor")}}
    answer.extra["contradictions"] = [c.to_dict() for c in found]


def _evidence(view, grammar, match, slots, types, answer):
    a, b = slots["actor"], slots["actor2"]
    if match.form.params.get("predicates"):
        predicates = match.form.params["predicates"]
    elif match.relation:
        predicates = grammar.relations[match.relation]
    else:
        predicates = [None]  # every relation between the two
    found = [e for p in predicates for e in evidence(view, a, p, b, **slots["window"])]
    if predicates == [None] and " between " in f" {match.form.example.lower()} {grammar.normalise(answer.question).lower()} ":
        found += evidence(view, b, None, a, **slots["window"])  # what happened *between* them: either way
    weapon = slots.get("thing")
    if weapon:
        keys = weapon_names(view, weapon)
        found = [e for e in found if name_key(e.prop("weapon")) in keys]
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
    answer.reading = f"evidence: {_name(view, a)} {shown} {_name(view, b)}"
    answer.query = {"args": {"subject": a, "predicates": [p for p in predicates if p], "object": b}}
    if predicates == [None]:  # "What happened between A and B?": the relations by family
        answer.details = _by_family(found)


def _by_family(found: list[Evidence]) -> list[str]:
    """One line per family of relations (material cooperation, verbal conflict ...), with its
    relations, their modalities and dates."""
    onto = load_ontology()
    families: dict[str, dict[tuple, list[Evidence]]] = {}
    for e in found:
        family = onto.predicate(e.predicate).family
        families.setdefault(family, {}).setdefault((e.subject.name, e.predicate, e.object.name), []).append(e)
    lines = []
    for family in sorted(families):
        relations = []
        for (subject, predicate, obj), claims in sorted(families[family].items()):
            dates = sorted({c.date for c in claims if c.date})
            modalities = ", ".join(sorted({c.modality for c in claims}))
            relations.append(f"{subject} {predicate} {obj} [{modalities}]" + (f" {dates[0]}" if dates else ""))
        lines.append(f"{family.replace('_', ' ')}: " + "; ".join(relations))
    return lines


_ROLE_FILLERS = frozenset({"the", "of", "for", "and", "a", "an", "its", "their"})


_NOT_IN_A_ROLE = frozenset({"who", "whom", "whose", "which", "what", "is", "are", "was", "were"})


def _role_words(text: str) -> set[str]:
    """The content words of a role, spelled one way: "Defense Minister" -> {"defence", "minister"}."""
    words = set(name_key(text).replace("-", " ").replace("defense", "defence").split()) - _ROLE_FILLERS
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words}


def _role_holders(view, grammar, match, slots, types, answer):
    actor, role = slots["actor"], slots["role"]
    wanted = _role_words(role)
    found = ties(view, actor, predicates=["AFFILIATED_WITH"], direction="in", actor_types=types or ["person"],
                 all_modalities=True, **slots["window"])
    holders = [t for t in found if any(wanted <= _role_words(e.prop("role")) for e in t.evidence if e.prop("role"))]
    _fill_from_ties(answer, holders)
    answer.reading = f"persons affiliated with {_name(view, actor)} in the role '{role}'"
    answer.query = {"args": {"actor": actor, "role": role, "predicates": ["AFFILIATED_WITH"]}}
    if not holders:
        answer.message = f"no one in the graph is recorded in the role '{role}' for {_name(view, actor)}"


def _heads(view, grammar, match, slots, types, answer):
    """Who leads an actor: those that LEAD it, and those affiliated with it in an office of the
    form's ``head_roles`` ("Who runs Niger?" is answered by its president)."""
    actor, window = slots["actor"], slots["window"]
    params = match.form.params
    heads = [_role_words(role) for role in params.get("head_roles", ())]
    not_heads = {w for role in params.get("not_heads", ()) for w in _role_words(role)}

    def is_head(role: str) -> bool:
        words = _role_words(role)
        return not words & not_heads and any(head <= words for head in heads)

    found = ties(view, actor, predicates=["LEADS"], direction="in", actor_types=types, all_modalities=True, **window)
    leading = {t.actor.id for t in found}
    found += [t for t in ties(view, actor, predicates=["AFFILIATED_WITH"], direction="in", actor_types=types or ["person"],
                              all_modalities=True, **window)
              if t.actor.id not in leading and any(is_head(e.prop("role")) for e in t.evidence if e.prop("role"))]
    _fill_from_ties(answer, found)
    answer.reading = f"who leads {_name(view, actor)}: LEADS relations, and persons affiliated with it as its head"
    answer.query = {"args": {"actor": actor, "predicates": ["LEADS", "AFFILIATED_WITH"], "head_roles": params.get("head_roles", [])}}


def _neighbourhood(view, grammar, match, slots, types, answer):
    actor = slots["actor"]
    _fill_from_ties(answer, ties(view, actor, actor_types=types, all_modalities=True, **slots["window"]))
    answer.reading = f"direct relations of {_name(view, actor)}" + (f", only {', '.join(types)}" if types else "")
    answer.query = {"args": {"actor": actor, "depth": 1, "actor_types": types}}


# The queries a closing time phrase ("... in 2022") can restrict.
WINDOWED = frozenset({"suppliers", "recipients", "ties", "weapons_in", "common", "partners", "adversaries", "path", "proxies",
                      "members", "timeline", "contradictions", "neighbourhood", "roles", "heads", "evidence"})

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
}


# -- when no form reads the question --------------------------------------------------------------

def _not_understood(grammar: Grammar, question: str, failures) -> Answer:
    answer = Answer(question, False)
    misplaced = [f for f in failures if f[1].misplaced]
    unknown = [f for f in failures if not f[1].misplaced and _looks_like_a_name(f[1].text)]
    if misplaced:
        match, error = misplaced[0]
        answer.message = (f"I read this as a question of the form \"{match.form.example}\", but {error.misplaced} "
                          f"in the ontology, so the graph cannot answer it.")
        answer.suggestions = [match.form.example]
        answer.query = {"refused": "ontology"}  # no other reading may answer it either
    elif unknown:
        match, error = min(unknown, key=lambda f: len(f[1].text))
        hint = f" Did you mean: {', '.join(error.suggestions)}?" if error.suggestions else ""
        answer.message = (f"I read this as a question of the form \"{match.form.example}\", but found nothing "
                          f"in the graph called {error.text!r}.{hint}")
        answer.suggestions = [match.form.example]
    else:
        answer.message = "I did not understand the question. Questions I can answer look like:"
        answer.suggestions = closest_forms(grammar, question)
    return answer


_NAME_PARTICLES = frozenset({"the", "of", "and", "for", "de", "del", "al", "el", "la", "le", "van", "von", "bin", "ibn"})


def _looks_like_a_name(text: str) -> bool:
    """Whether an unresolved slot reads as a name ("Narnia", "the Islamic State of X") rather than
    a stretch of question ("the capital of Borvia"): its words are capitalised, or particles."""
    words = text.replace("-", " ").split()
    return bool(words) and all(w.lower() in _NAME_PARTICLES or w[:1].isupper() or w[:1].isdigit() for w in words)


def closest_forms(grammar: Grammar, question: str, n: int = 3) -> list[str]:
    """The example questions most like ``question`` (by shared words, then word order)."""
    words = name_key(grammar.normalise(question)).split()

    def score(example: str) -> tuple[float, float]:
        other = name_key(grammar.normalise(example)).split()
        shared = len(set(words) & set(other)) / (len(set(other)) or 1)
        return shared, difflib.SequenceMatcher(None, words, other).ratio()

    ranked = sorted(dict.fromkeys(grammar.examples), key=score, reverse=True)
    return ranked[:n]


def check_question(question) -> str:
    if not isinstance(question, str) or not question.strip():
        raise QueryError("ask needs a question, for example: diplograph ask \"Who supplies drones to Tajikistan?\"")
    return question
