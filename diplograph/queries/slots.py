"""The slots of a grammar form read against the graph: names to actors, a weapon, a role, a date.

A form's pattern cuts a question into slots ("Who supplies {thing} to {actor}?"); here each slot
is resolved, through aliases, the gazetteer and a lone surname, and checked against the ontology:
a name that resolves but cannot stand where the question puts it raises :class:`SlotError` with
why ("Iran, a state, cannot be the object of LEADS"), so the question is refused, not misread.
"""

from __future__ import annotations

import difflib
import re
from typing import Callable

from diplograph.errors import ActorNotFound
from diplograph.graph.dates import PartialDate
from diplograph.graph.ontology import load_ontology
from diplograph.graph.weapons import load_weapons
from diplograph.names import name_key
from diplograph.queries.documents import document_named
from diplograph.queries.grammar import Grammar, Match
from diplograph.queries.lookup import (GOVERNMENT_WORDS, company_without_form, forces_of, government_of, name_index,
                                        other_vowels, people_of)
from diplograph.queries.supply import supply_predicates


class SlotError(Exception):
    def __init__(self, text: str, suggestions=(), misplaced: str = ""):
        super().__init__(text)
        self.text, self.suggestions = text, list(suggestions)
        self.misplaced = misplaced  # "Iran (state)" when the name resolved but cannot stand there


Resolver = Callable[[str], str]

_ROLE_FILLERS = frozenset({"the", "of", "for", "and", "a", "an", "its", "their"})


# Words no title holds: a question's ("which group is the leader"), or a clause's ("did X yank its envoy out")
_NOT_IN_A_ROLE = frozenset({"who", "whom", "whose", "which", "what", "is", "are", "was", "were", "did", "does", "do",
                            "has", "have", "had"})


def role_words(text: str) -> set[str]:
    """The content words of a role, spelled one way: "Defense Minister" -> {"defence", "minister"}."""
    words = set(name_key(text).replace("-", " ").replace("defense", "defence").split()) - _ROLE_FILLERS
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words}



def role_holder(view, actor: str, role: str) -> str | None:
    """The one person affiliated with ``actor`` in ``role`` ("Tajikistan's president": Emomali
    Rahmon), or None when no one or several are (a deputy or a former holder is not the role)."""
    from diplograph.queries.neighbourhood import ties

    wanted = role_words(role)
    if not wanted:
        return None
    def holds(recorded: str) -> bool:
        words = {w.strip("()[],.;") for w in role_words(recorded)}
        return wanted <= words and not (words - wanted) & _NOT_THE_HOLDER

    found = [t.actor.id for t in ties(view, actor, predicates=["AFFILIATED_WITH"], direction="in", actor_types=["person"])
             if any(e.prop("role") and holds(e.prop("role")) for e in t.evidence)]
    return found[0] if len(found) == 1 else None


# Words of a recorded role that make it no longer, or not quite, the role named.
_NOT_THE_HOLDER = frozenset({"former", "deputy", "vice", "acting", "suspended", "ex", "late", "outgoing"})


def resolve_slots(view, grammar: Grammar, match: Match, resolve: Resolver) -> dict:
    slots = {}
    weapons_ok = match.form.weapons_ok
    kind = match.form.params.get("slot_kind")
    for name, text in match.slots.items():
        if name in ("actor", "actor2", "actor3"):
            node = _actor(view, grammar, text, resolve)
            actor_type = view.nodes[node].get("type")
            is_weapon = actor_type == "weapon"
            if (kind == "weapon" and not is_weapon) or (is_weapon and not weapons_ok):
                raise SlotError(text)
            if name == "actor" and actor_type not in match.form.params.get("slot_types", (actor_type,)):
                raise SlotError(text)  # "Who hosts Hamas?" keeps a group; "Who hosted Modi?" is a visit
            role = _part_refused(grammar, match, actor_type)
            if name == "actor" and role:
                raise SlotError(text, misplaced=f"{view.nodes[node].get('name', node)}, a {actor_type}, cannot be {role}")
            slots[name] = node
        elif name == "role":
            first, _, rest = text.partition(" ")
            longer = name_index(view).get(name_key(f"{match.slots.get('actor', '')} {first}")) if rest else None
            if longer and "actor" in slots and longer != slots["actor"]:
                slots["actor"], text = longer, rest  # "the Minsk Group co-chairs": a longer name than "Minsk"
            words = role_words(text)
            if not words or not words & grammar.role_nouns or words & _NOT_IN_A_ROLE:
                raise SlotError(text)  # "Which group is the leader" is a question, not a title
            slots[name] = text
        elif name == "topic":  # "who brokered *the Argyle talks* between A and B": said, not used to narrow
            if len(text.split()) > 6:
                raise SlotError(text)
            slots[name] = text
        elif name == "document":  # "the Camp David principles": named by claims, not an actor
            slots[name] = document_named(view, text)
            if not slots[name]:
                raise SlotError(text)
        elif name == "thing":
            try:
                slots[name] = _thing(view, grammar, text, resolve)
            except SlotError as error:
                brand = _brand(view, grammar, error.text or text)  # "the Russian S-400": the S-400 brand
                if not brand:
                    raise
                slots[name], slots["brand_weapons"], slots["brand"] = None, brand, text  # "Bayraktars"
                continue
            if kind == "generic" and slots[name] is not None:
                raise SlotError(text)
        else:
            try:
                slots[name] = PartialDate.parse(text).iso
            except ValueError:
                raise SlotError(text) from None
    return slots


def _part_refused(grammar: Grammar, match: Match, actor_type: str) -> str:
    """Why the ontology does not let an actor of this type stand where the question puts it
    ("the object of LEADS"), or '' when it does. "Who leads Iran?" is not read as asking for
    LEADS relations, since only organisations and armed groups are led."""
    form = match.form
    onto = load_ontology()
    if form.query == "ties" or (form.query == "heads" and form.params.get("predicates")):
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
    governed: set[str] = set()  # attempts that named a government: a leader's stands for the state
    forced: set[str] = set()  # attempts that named forces: a leader's are those of the body he leads
    for suffix in grammar.actor_suffixes:  # "the Tajik government" names Tajikistan
        if lowered.endswith(" " + suffix):
            attempts.append(text[: -len(suffix) - 1])
            if attempts[-1].endswith("'s"):  # "China's foreign ministry"
                attempts.append(attempts[-1][:-2])
            if suffix in GOVERNMENT_WORDS:
                governed.update(attempts[-2:])
            else:  # "burhan's army", "hemedti's forces": whom the person leads or serves
                forced.update(attempts[-2:])
    parted = [text.split(" ", 1)[1] for word in grammar.part_words if lowered.startswith(word + " ")]
    attempts += parted  # "eastern Congo" is Congo, when it names a state (below)
    if "'s " in text:  # "Russia's Africa Corps" is the Africa Corps; "Tajikistan's president" its president
        owner, rest = text.split("'s ", 1)
        if role_words(rest) & grammar.role_nouns:
            try:
                holder = role_holder(view, resolve(owner), rest)
            except ActorNotFound:
                holder = None
            if holder is not None:
                return holder
        attempts.append(rest)
    suggestions: list[str] = []
    for attempt in attempts:
        try:
            node = resolve(attempt)
        except ActorNotFound as error:
            suggestions = suggestions or error.suggestions
            continue
        if node in view and (attempt not in parted or view.nodes[node].get("type") == "state"):
            if attempt in forced and forces_of(view, node):
                return forces_of(view, node)
            return (government_of(view, node) or node) if attempt in governed else node
    for attempt in governed:  # "the Trump admin": a surname, then the state its bearer leads
        person = _person_by_surname(view, attempt.removeprefix("the ").strip())
        if person is not None:
            return government_of(view, person) or person
    for attempt in forced:  # "burhan's army": a surname, then the body or state its bearer leads or serves
        person = _person_by_surname(view, attempt.removeprefix("the ").strip())
        if person is not None and forces_of(view, person):
            return forces_of(view, person)
    found = (_person_by_surname(view, text) or people_of(view, text) or company_without_form(view, text)
             or _name_misspelt(view, text) or _acronym_misspelt(view, text))
    if found is not None:  # "Raisi"; "the Koreans"; "Capital Tap Holding" for "Capital Tap Holding LLC"; "tren de aragva"
        return found
    raise SlotError(text, suggestions)


def _person_by_surname(view, text: str) -> str | None:
    """The one person in the graph whose name ends with the single word ``text`` ("Raisi"), else
    the one whose name of two words or more begins with it, where the family name comes first
    ("Xi" for Xi Jinping); None when no one or several do: analysts ask by surname, the
    gazetteer never lists one. The surname of any of a person's names counts ("Tchiani" of the alias
    "Abdourahamane Tchiani"): sources spell a leader's name several ways."""
    key = name_key(text)
    names = [(node, name_key(str(said)).split()) for node, data in view.nodes(data=True)
             if data.get("type") == "person" for said in (data.get("name", ""), *(data.get("aliases") or ()))]
    if len(text.split()) != 1:
        return _full_name_misspelt(names, key.split())
    for found in ({node for node, words in names if words and words[-1] == key},
                  {node for node, words in names if len(words) > 1 and words[0] == key}):
        if found:
            return found.pop() if len(found) == 1 else None
    if len(key) >= 5:  # "koulamalah" for Koulamallah: one surname spelt nearly so, as a typo
        surnames: dict[str, set[str]] = {}
        for node, words in names:
            if len(words) > 1:
                surnames.setdefault(words[-1], set()).add(node)
        single = [s for s, nodes in surnames.items() if len(nodes) == 1]
        close = difflib.get_close_matches(key, single, n=2, cutoff=0.85) if len(key) >= 6 else []
        close = close or other_vowels(key, single)  # "hafter" for Haftar
        if len({node for surname in close for node in surnames[surname]}) == 1:
            return next(iter(surnames[close[0]]))
    return None


def _full_name_misspelt(names: list[tuple[str, list[str]]], said: list[str]) -> str | None:
    """The one person whose name is ``said`` with its surname spelt nearly so: the given names as typed,
    the surname a typo away ("irakli kobakhidse") or transliterated with other vowels ("rasul" for
    Rasool, "usmonov" for Usmanov)."""
    if len(said[-1]) < 4:
        return None

    def near(surname: str) -> bool:
        if len(said[-1]) >= 6 and difflib.SequenceMatcher(None, surname, said[-1]).ratio() >= 0.85:
            return True
        return len(_consonants(surname)) >= 3 and _consonants(surname) == _consonants(said[-1])

    found = {node for node, words in names if len(words) == len(said) and words[:-1] == said[:-1] and near(words[-1])}
    return found.pop() if len(found) == 1 else None


def _acronym_misspelt(view, text: str) -> str | None:
    """The one organisation whose acronym ``text`` is with one letter after the first changed, or two side by side
    swapped ("saark" for SAARC, "asaen" for ASEAN): a body's initials typed from memory; None for none or several.

    >>> import networkx as nx
    >>> view = nx.MultiDiGraph()
    >>> view.add_node("organization:saarc", name="South Asian Association", type="organization", aliases=["SAARC"])
    >>> _acronym_misspelt(view, "saark"), _acronym_misspelt(view, "sark")
    ('organization:saarc', None)
    """
    said = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE).lower()
    if not 4 <= len(said) <= 6 or not said.isalpha():
        return None

    def near(acronym: str) -> bool:
        if len(acronym) != len(said) or acronym == said or acronym[0] != said[0]:
            return False
        differ = [i for i, (a, b) in enumerate(zip(acronym, said)) if a != b]
        return len(differ) == 1 or (len(differ) == 2 and differ[1] == differ[0] + 1
                                    and acronym[differ[0]] == said[differ[1]] and acronym[differ[1]] == said[differ[0]])

    found = {node for node, data in view.nodes(data=True) if data.get("type") == "organization"
             for alias in [data.get("name", ""), *(data.get("aliases") or ())]
             if str(alias).isupper() and near(str(alias).lower())}
    return found.pop() if len(found) == 1 else None


def _name_misspelt(view, text: str) -> str | None:
    """The one actor whose name of two words or more is ``text`` with one long word typed a letter or so
    away ("tren de aragva" for Tren de Aragua): never its first word's own namesake ("tren"), a place."""
    said = name_key(re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)).split()
    if len(said) < 2:
        return None
    found = set()
    for key, node in name_index(view).items():
        words = key.split()
        if len(words) != len(said):
            continue
        differing = [(a, b) for a, b in zip(words, said) if a != b]
        if len(differing) == 1 and min(map(len, differing[0])) >= 5 and \
                difflib.SequenceMatcher(None, *differing[0]).ratio() >= 0.8:
            found.add(node)
    return found.pop() if len(found) == 1 else None


def _consonants(word: str) -> str:
    """A name's first letter and its consonants, each once in a row: what a transliteration keeps."""
    return word[:1] + re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", word[1:]))


def _thing(view, grammar: Grammar, text: str, resolve: Resolver) -> str | None:
    """None for a generic word for arms ("drones"), else the weapon's name."""
    words = text.strip().split()
    while words and name_key(words[0]) in ("the", "a", "an", "its", "their", "any", "some"):
        words = words[1:]
    if len(words) > 1 and name_key(" ".join(words[1:])) not in grammar.generic_things and \
            not _category_word(" ".join(words[1:])) and _makers_word(view, words[0], resolve):
        words = words[1:]  # "the *Russian* S-400": the system is named after ("Russian drones" are Russia's)
    text = " ".join(words)
    if name_key(text) in grammar.generic_things or not text or _category_word(text):
        return None
    candidates = [text]
    for generic in sorted(grammar.generic_things, key=len, reverse=True):  # "TB2 drones" -> "TB2"
        if name_key(text).endswith(" " + generic):
            candidates.append(text[: -len(generic) - 1])
    bare = _without_category_tail(grammar, words)  # "K9 howitzers", "scorpene subs": the system, its kind after it
    if bare != words:
        candidates.append(" ".join(bare))
    # a system named in the plural: "TB2s", "Ankas", "S-400s"
    candidates += [c[:-1] for c in list(candidates) if len(c) > 3 and c.endswith("s") and not c.endswith("ss")]
    for candidate in candidates:
        try:
            node = resolve(candidate)
        except ActorNotFound:
            continue
        if node in view and view.nodes[node].get("type") == "weapon":
            return view.nodes[node].get("name", node)
    raise SlotError(text)


def _without_category_tail(grammar: Grammar, words: list[str]) -> list[str]:
    """``words`` without the words for arms in general or for a category that close them ("Bayraktar drones",
    "K9 howitzers", "type 209 subs", "Tiger attack helicopters"), never all of them."""
    words = list(words)
    while len(words) > 1:
        tail = next((n for n in (3, 2, 1) if n < len(words) and (name_key(" ".join(words[-n:])) in grammar.generic_things
                                                                 or _category_word(" ".join(words[-n:])))), 0)
        if not tail:
            break
        words = words[:-tail]
    return words


def _category_word(text: str) -> bool:
    """Whether ``text`` is all a word for a category of arms ("tanks", "attack helicopters"): no
    one system, so it narrows by category as the words of any question do."""
    from diplograph.graph.weapons import load_weapons

    return any((m.start, m.end) == (0, len(text)) and name_key(m.text) in m.category.words
               for m in load_weapons().named_in(text))


def _makers_word(view, word: str, resolve: Resolver) -> bool:
    """Whether ``word`` names a state ("Russian", "Chinese"), as said before a system it makes."""
    try:
        node = resolve(word)
    except ActorNotFound:
        return False
    return node in view and view.nodes[node].get("type") == "state"


_PARTY_PREPOSITIONS = frozenset({"from", "to", "by", "with", "for", "in", "into"})


def _brand(view, grammar: Grammar, text: str) -> list[str]:
    """The weapons of the graph named after a brand ("Bayraktars": Bayraktar TB2, Bayraktar
    Akinci), or [] when ``text`` is no first word of any weapon's name; also a system only
    claims name, with its variants ("J-10Cs": J-10C, J-10CE)."""
    said = [w for w in name_key(text).split() if w not in ("the", "a", "an", "its", "their", "any", "some")]
    words = _without_category_tail(grammar, said)
    # a word left before a kind of arms must begin the system's name ("scorpene subs"), never only end one
    # ("trainer aircraft" is no "PC-7 Turbo Trainer")
    ends_ok = len(words) == len(said) or any(c.isdigit() for w in words for c in w)
    if not any(c.isalpha() for w in words for c in w):  # "the 2 main suppliers": a count, not the 2S19's brand
        return []
    if set(words) & _PARTY_PREPOSITIONS:  # "wing loong drones from china": a party after the arms, no brand
        return []
    for start in range(len(words)):  # "the Eurofighter Typhoon", "Saab's Gripen": a maker's name before the system's
        rest = " ".join(words[start:])
        found = (start == 0 or len(rest) >= 3 and not load_weapons().named_in(rest)) and _brand_of(
            view, grammar, words[start:], ends_ok)
        if found:
            return found
    return []


def _brand_of(view, grammar: Grammar, words: list[str], ends_ok: bool = True) -> list[str]:
    from diplograph.queries.named import claim_weapons

    said = " ".join(words)
    keys = {said, said[:-1] if said.endswith("s") else said, said[:-2] if said.endswith("'s") else said}
    named = sorted(data["name"] for _, data in view.nodes(data=True)
                   if data.get("type") == "weapon" and any(name_key(data.get("name", "")).startswith((k + " ", k + "-"))
                                                           for k in keys if k))
    claimed = {key: name for key, name in claim_weapons(view).items()  # "Wing Loong": Wing Loong-1, Wing Loong-2
               if any(_variant_of(key, k, ends_ok) for k in keys)
               and not any(key == f"{k} {generic}" for k in keys for generic in grammar.generic_things)}
    return sorted(set(named) | set(claimed.values()))  # "a Kite drone" says the brand, not which system


def _variant_of(key: str, said: str, ends_ok: bool = True) -> bool:
    """Whether a weapon's name (as a key) is the system ``said`` or one of its variants: "wing
    loong-2" of "wing loong", "su-30mki" of "su-30" (letters after a designation's number), "jas-39c
    gripen" of "gripen" (a system's name after its designation).

    >>> [_variant_of(k, s) for k, s in [("su-30mki", "su-30"), ("su-300", "su-30"), ("jas-39c gripen", "gripen")]]
    [True, False, True]
    """
    if not said:
        return False
    if key == said or key.startswith((said + " ", said + "-", said + "/")):  # "type 209/1400" of "type 209"
        return True
    if said[-1].isdigit() and key.startswith(said) and key[len(said)].isalpha():
        return True
    return ends_ok and len(said) >= 4 and not said[-1].isdigit() and key.endswith(" " + said)


def answer_types(grammar: Grammar, match: Match, question: str) -> list[str] | None:
    if match.type_word:  # "which cartels and banks": either type
        said = [name_key(w) for w in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", match.type_word) if w]
        if not all(w in grammar.types for w in said):
            return None
        return list(dict.fromkeys(grammar.types[w] for w in said))
    opening = grammar.normalise(question).lower()
    if opening.startswith(("where ", "from where ", "to where ")):
        return [grammar.place_type]
    return match.form.params.get("default_types")
