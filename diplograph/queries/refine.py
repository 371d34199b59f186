"""Narrowing an answer after its query ran: by weapon category, region, or any test on its claims.

A reading finds more in a question than the query it runs takes as options: "Who supplies
*drones* to Tajikistan?" runs the suppliers query, and the word "drones" keeps only the claims
whose weapon is a drone (:mod:`diplograph.graph.weapons`), on SIPRI rows (by SIPRI's weapon
description) and on article claims (by the weapon's name) alike. An answer is narrowed by
keeping the evidence that passes and recounting from it which actors answer (a confirmed claim
left), which are flagged (only hedged claims left) and which drop out.

>>> from diplograph.queries.ask import ask
>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> reply = ask(view, "Who supplies helicopters to Caldor?")
>>> [a.name for a in reply.answers], reply.reading.endswith("(kept 1 claim(s) whose weapon is not named)")
(['Kestrel Dynamics'], True)
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Callable


from diplograph.graph.ontology import load_ontology
from diplograph.graph.weapons import load_weapons
from diplograph.names import name_key
from diplograph.queries.lookup import name_index
from diplograph.queries.results import Evidence
from diplograph.datafiles import load_data


def weapon_categories(view, evidence: Evidence) -> frozenset[str] | None:
    """The weapon categories of the system a claim is about, or None when they cannot be told (none
    when SIPRI describes a weapon that is in no category).

    SIPRI's description of the weapon decides when there is one; otherwise the weapon's name (the
    ``weapon`` property, with the names of the weapon actor it names, or a weapon at either end);
    a claim that names no weapon is judged by its sentence ("sold drones to ...")."""
    props = evidence.properties
    description = props.get("weapon_description") or props.get("armament_category") or ""
    names = [props.get("weapon", "")]
    if names[0]:
        node = name_index(view).get(name_key(names[0]))
        if node is not None and view.nodes[node].get("type") == "weapon":
            names += [view.nodes[node].get("name", ""), *(view.nodes[node].get("aliases") or ())]
    for end in (evidence.object, evidence.subject):
        if end.type == "weapon":
            names += [end.name, *end.aliases]
    weapons = load_weapons()
    found = weapons.categories_of(*filter(None, names), description=description)
    if not found and not description and not any(names) and evidence.sentence:
        found = weapons.categories_of(evidence.sentence)
    if not found and not description and names[0] and evidence.sentence:
        # the sentence describes the weapon in brackets after its name ("31 Scanter-6000 (air/sea search radar)")
        said = re.search(rf"{re.escape(names[0])}\s*\(([^()]+)\)", evidence.sentence)
        description = said.group(1).strip().lower() if said else ""
        found = weapons.categories_of(*filter(None, names), description=description) if description else found
    if not found and description:
        return frozenset()  # SIPRI describes it ("naval gun") and it is in no category of the taxonomy
    return found or None


def about_weapons(evidence: Evidence) -> bool:
    """Whether a category can narrow this claim: its predicate carries a weapon (arms transfers,
    co-production) or one of its ends is a weapon."""
    predicate = load_ontology().predicate(evidence.predicate)
    return "weapon" in predicate.properties or "weapon" in (evidence.subject.type, evidence.object.type)


# A closing word leaving plans out ("..., not the planned ones", "excluding scheduled meetings")
_NO_PLANS = re.compile(r"[\s,.;:?!-]*\b(?:but\s+)?(?:not|no|excluding|except|without|minus|leaving out|leave out)\s+"
                       r"(?:the\s+|any\s+)?(?:planned|scheduled|announced|upcoming|future|proposed)(?:\s+\w+)?\s*$",
                       re.IGNORECASE)


def without_plans(question: str) -> str | None:
    """The question without a closing word that leaves plans out, or None when it has none.

    >>> without_plans("who has Parva met on this tour? not the planned ones")
    'who has Parva met on this tour'
    >>> without_plans("Who has Parva met?") is None
    True
    """
    found = _NO_PLANS.search(question)
    return question[:found.start()].strip() if found and found.start() > 0 else None


def narrow(answer, keep: Callable[[Evidence], bool]) -> None:
    """Keep the answer's evidence that passes ``keep`` and recount its answers and flagged actors
    from what is left: an actor stays an answer while a confirmed claim backs it, is flagged while
    only hedged ones do, and drops out when none does."""
    from diplograph.queries.answer import Flag

    answer.evidence = [e for e in answer.evidence if keep(e)]
    backing: dict[str, list[Evidence]] = {}
    for e in answer.evidence:
        for end in (e.subject.id, e.object.id):
            backing.setdefault(end, []).append(e)
    answers, flagged = [], []
    for ref in answer.answers + [f.actor for f in answer.flagged]:
        claims = backing.get(ref.id, [])
        if any(e.confirmed for e in claims):
            answers.append(ref)
        elif claims:
            flagged.append(Flag(ref, ", ".join(sorted({e.modality for e in claims}))))
    answer.answers, answer.flagged = answers, flagged


def by_category(view, answer, category_id: str) -> None:
    """Narrow ``answer`` to claims about weapons of one category. A claim whose weapon is known to
    be of another category drops out; one whose weapon cannot be told stays, and the reading says
    how many did. Claims of other kinds (a meeting, a membership) are not touched."""
    weapons = load_weapons()
    label = weapons.category(category_id).label
    kinds = {id(e): weapon_categories(view, e) for e in answer.evidence if about_weapons(e)}
    if not kinds:
        return
    untold = sum(kind is None for kind in kinds.values())
    def keep(e: Evidence) -> bool:
        kind = kinds.get(id(e), frozenset({category_id}))  # a claim of another kind stays
        return kind is None or category_id in kind

    narrow(answer, keep)
    answer.reading += f", weapon category {label}"
    if untold:
        answer.reading += f" (kept {untold} claim(s) whose weapon is not named)"
    answer.query = {**(answer.query or {}), "weapon_category": category_id}


def by_category_beside(view, answer, category_id: str) -> None:
    """Narrow ``answer`` to a category said beside a named system ("Typhoon *jets*": not SIPRI's armoured
    vehicles of that name), unless no claim of that system is of the category: the analyst's word for it then
    only describes it ("Patriot *missiles*", which SIPRI lists as air defence systems)."""
    kinds = [weapon_categories(view, e) for e in answer.evidence if about_weapons(e)]
    if kinds and all(kind is not None and category_id not in kind for kind in kinds):
        answer.reading += f" (\"{load_weapons().category(category_id).label}\" describes the system: no claim files it so)"
        return
    by_category(view, answer, category_id)


def by_weapon_name(view, answer, weapon: str) -> None:
    """Narrow ``answer`` to claims about one named system: a claim whose weapon property, or a
    weapon at either end, begins with the name ("JF-17" keeps "JF-17 Thunder" and "JF-17s")."""
    from diplograph.graph.weapons import _models_regex
    from diplograph.queries.supply import weapon_names

    pattern = _models_regex([weapon, *sorted(weapon_names(view, weapon))])  # "Bayraktar Akinci": "Akinci" too

    def keep(e: Evidence) -> bool:
        if not about_weapons(e):
            return True
        names = [e.prop("weapon")] + [end.name for end in (e.subject, e.object) if end.type == "weapon"]
        return any(pattern.search(" ".join(n.lower().split())) for n in names if n)

    narrow(answer, keep)


@functools.cache
def _kinds() -> tuple[tuple[str, str, str, re.Pattern], ...]:
    """(predicate, property, value, words) from ``kinds`` in ``loose.yaml``, longest words first."""
    from diplograph.queries.loose import _plural

    text = resources.files("diplograph.queries").joinpath("loose.yaml").read_text(encoding="utf-8")
    onto = load_ontology()
    found = []
    for predicate, properties in (load_data(text).get("kinds") or {}).items():
        onto.predicate(predicate)  # an unknown name fails when the file is read
        for key, values in properties.items():
            for value, words in values.items():
                forms = {form for w in words for form in (w, _plural(w))}
                alternatives = "|".join(r"[\s-]+".join(map(re.escape, w.split()))  # "defence-pact partners" too
                                        for w in sorted(forms, key=len, reverse=True))
                found.append((predicate, key, str(value), re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)))
    return tuple(found)


def by_kind(answer, question: str) -> None:
    """Narrow ``answer`` to the kind of relation the question names ("Who did Rhun have *defence
    pacts* with?": alliances whose ``alliance_type`` is defense; ``kinds`` in ``loose.yaml``). A
    claim of that predicate that does not say its kind stays, and the reading counts it. A claim that lists
    every ``obligations`` of its pact (COW's and ATOP's rows: "defense, nonaggression, entente") is of each kind
    it lists, not only of the strongest its ``alliance_type`` names ("France's *entente* partners" are its NATO
    allies too).

    >>> [(p, key, value) for p, key, value, words in _kinds() if words.search("Who had defence pacts with Rhun?")]
    [('ALLIANCE', 'alliance_type', 'defense')]
    """
    for predicate, key, value, words in _kinds():
        if not words.search(question) or not any(e.predicate == predicate for e in answer.evidence):
            continue
        untold = sum(1 for e in answer.evidence if e.predicate == predicate and not e.prop(key))
        narrow(answer, lambda e: e.predicate != predicate or not e.prop(key) or
               value in [v.strip().lower() for told in (e.prop(key), e.prop("obligations")) for v in told.split(",")])
        answer.reading += f", only {key} {value}" + (f" (kept {untold} claim(s) that do not say)" if untold else "")
        answer.query = {**(answer.query or {}), "kind": {key: value}}
        return


def in_setting(view, answer, aside: str) -> bool:
    """Narrow ``answer`` to a setting its question names ("Whom does Ankara back *in the Libyan
    war*?"): the claims whose sentence or source title names the place (its name, aliases,
    demonyms and capital, from the gazetteer). True when it narrowed; an aside that names no
    place or no setting word (``settings`` in ``loose.yaml``), or a setting that would leave no
    confirmed claim, leaves the answer as it is.

    >>> from diplograph.queries.answer import Answer
    >>> in_setting(None, Answer("q", True), "over its arms sales to taiwan")
    False
    """
    from diplograph.gazetteer import load_gazetteer

    words = aside.lower().split()
    gazetteer = load_gazetteer()
    at_city = words[:1] in (["in"], ["at"]) and not set(words) & _settings()
    if at_city:
        # "Whom did Yunus meet *in Beijing*?": the city itself, where it happened (not every claim of its state)
        entry, place = gazetteer.lookup(" ".join(words[1:])), " ".join(words[1:])
        cities = [form for form, kind in (entry.names() if entry else ()) if kind in ("capital", "place")
                  and form.lower() == place]
        if not cities:  # a place the view names as a state ("met in Ostia", an alias): its people met there
            if view is not None and met_there(view, answer, place):
                answer.reading += f", {aside} (its state's people)"
                return True
            return False
        names = cities
    elif words[:1] not in (["in"], ["during"], ["inside"], ["over"], ["amid"]) or not set(words) & _settings():
        return False
    else:
        names = _setting_names(view, gazetteer, words)
    if not names:
        return False
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True)) + r")\b",
                         re.IGNORECASE)

    def keep(e: Evidence) -> bool:
        return bool(pattern.search(e.sentence or "") or pattern.search(e.source.title or ""))

    if at_city and met_there(view, answer, " ".join(words[1:])):
        answer.reading += f", {aside} (its state's people and the claims that name it)"
        return True
    if not any(keep(e) and e.confirmed for e in answer.evidence):
        answer.reading += f" (not used: {aside!r}: the setting matched no claim)"
        return True
    narrow(answer, keep)
    answer.reading += f", {aside} (claims whose sentence or source names it)"
    return True


def met_there(view, answer, place: str) -> bool:
    """Narrow ``answer`` to the people met at ``place``, a city or a state's name: the claims whose other side
    is the place's state or serves it, and those whose sentence or source names the place and whose other side
    serves no other state ("whom did Kora meet in Ostburg": Ostia's minister, not a president met elsewhere on
    the trip, whose sentence names the city in passing). The other side is the one not in every claim. True
    when it narrowed: no claim's other side is of the place's state, or the place is no state's, leaves the
    answer as it is."""
    from diplograph.errors import ActorNotFound
    from diplograph.queries.lookup import find_actor, government_of

    try:
        state = find_actor(view, place)
    except ActorNotFound:
        return False
    if view.nodes[state].get("type") != "state" or not answer.evidence:
        return False
    asked = set.intersection(*({e.subject.id, e.object.id} for e in answer.evidence))
    named = re.compile(rf"\b{re.escape(place)}\b", re.IGNORECASE)

    def others(e: Evidence) -> list[str]:
        return [end for end in (e.subject.id, e.object.id) if end not in asked]

    def there(e: Evidence) -> bool:
        homes = [end if view.nodes[end].get("type") == "state" else government_of(view, end) for end in others(e)]
        return state in homes or (not any(homes) and bool(named.search(e.sentence or "") or
                                                          named.search(e.source.title or "")))

    if not any(there(e) and e.confirmed for e in answer.evidence):
        return False
    narrow(answer, there)
    return True


def _setting_names(view, gazetteer, words: list[str]) -> list[str]:
    """The names a setting's words give: a state's (name, aliases, demonyms, capital), else a place the gazetteer
    does not hold, as said ("over the Tigray war": Tigray)."""
    index = name_index(view)
    names: list[str] = []
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            text = " ".join(words[i:i + n])
            entry = gazetteer.lookup(text)
            if entry is not None and entry.type == "state":
                names += [form for form, kind in entry.names() if kind != "place"]
            node = index.get(name_key(text))
            if node is not None and view.nodes[node].get("type") == "state":
                names += [view.nodes[node].get("name", ""), *(view.nodes[node].get("aliases") or ())]
    if not names:
        names = [w for w in words[1:] if len(w) > 3 and w not in _settings() and w.isalpha()]
    return [n for n in names if n]


@functools.cache
def _settings() -> frozenset[str]:
    text = resources.files("diplograph.queries").joinpath("loose.yaml").read_text(encoding="utf-8")
    return frozenset(load_data(text).get("settings") or ())


# Nouns that make a phrase a meeting ("at the BRICS summit in Kazan", "the Argyle talks").
_MEETINGS = frozenset({"summit", "summits", "talks", "meeting", "meetings", "conference", "conferences", "forum",
                       "sidelines", "visit", "negotiations", "gathering", "session", "round", "dialogue",
                       "ministerial", "consultations", "retreat"})
_NOT_DISTINCTIVE = frozenset({"the", "a", "an", "at", "in", "on", "of", "during", "with", "and", "between", "for",
                              "its", "their", "his", "her", "this", "that", "last", "recent", "latest", "first",
                              "second", "third", "annual", "joint", "peace", "leaders", "leaders'", "high-level",
                              "bilateral", "trilateral", "direct", "indirect", "year", "month"})


def in_meeting(answer, phrase: str) -> bool:
    """Narrow ``answer`` to a meeting its question names ("who did Modi sit down with *at the BRICS
    summit in Kazan*", "who helped broker *the Argyle talks*"): the claims whose sentence or source
    title holds one of the phrase's own words (BRICS, Kazan, Argyle), and those made the same day
    as one of them. True when it narrowed; a
    phrase with no meeting noun, or one that would leave no confirmed claim, leaves the answer as
    it is, and the reading says so."""
    words = [w.strip("'") for w in re.findall(r"[\w'-]+", phrase.lower())]
    if not set(words) & _MEETINGS:
        return False
    distinctive = [w for w in words if w not in _MEETINGS and w not in _NOT_DISTINCTIVE and len(w) > 2
                   and not w.isdigit()]
    if not distinctive:
        return False
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, distinctive)) + r")\b", re.IGNORECASE)

    def says(e: Evidence) -> bool:
        return bool(pattern.search(e.sentence or "") or pattern.search(e.source.title or ""))

    # the meeting's days: claims dated as one that names it were made there too ("brokered by
    # CARICOM" on the day of the Argyle talks)
    days = {e.date for e in answer.evidence if says(e) and e.date and len(e.date) == 10}
    keep = lambda e: says(e) or e.date in days  # noqa: E731
    if not any(keep(e) and e.confirmed for e in answer.evidence):
        return False
    narrow(answer, keep)
    answer.reading += (f", {phrase.strip()} (claims whose sentence or source says {' or '.join(distinctive)}, "
                       "or dated the same day as one that does)")
    return True

