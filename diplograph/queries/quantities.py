"""How many weapons: "How many drones did Eskar buy from Borvia?" asks for units, not actors.

The question's parts (:mod:`diplograph.queries.general`) give the actors, the supply relation and
the weapon; the supply claims between them are found as a yes-or-no question finds them, and the
numbers are read from each claim: a count among its properties (SIPRI's ``number_delivered`` and
``number_ordered``, a curated ``quantity``), else a number the sentence puts before a weapon word
("12 Falcon drones", "two dozen TB2s"). Each number is given with its claim, never added up
(two sources may tell one deal). When no claim gives a number the answer says so, and shows the
claims.

>>> number_in_sentence("Eskar bought 12 Falcon drones from Borvia.", ["drone"])
12
>>> number_in_sentence("Borvia sold two dozen attack drones to Eskar.", ["drone"])
24
>>> number_in_sentence("Borvia sold drones to Eskar in 2021.", ["drone"]) is None
True
"""

from __future__ import annotations

import re

from diplograph.graph.weapons import load_weapons
from diplograph.names import name_key
from diplograph.queries.answer import Answer, Flag
from diplograph.queries.focus import _category, _claims_between, _names, _pair, _predicates, _receiving
from diplograph.queries.general import read_parts
from diplograph.queries.grammar import Grammar
from diplograph.queries.lookup import Reader
from diplograph.queries.filters import RelationFilter
from diplograph.queries.refine import by_category, by_weapon_name
from diplograph.queries.supply import supply_predicates
from diplograph.datafiles import load_data

# Properties that hold a number of units, most telling first.
COUNT_PROPERTIES = ("number_delivered", "number_ordered", "quantity", "number", "units", "count")
# Words for units of any weapon, for "how many units/pieces/systems".
UNIT_WORDS = frozenset({"units", "pieces", "systems", "items", "platforms", "vehicles", "aircraft", "tanks", "guns",
                        "ships", "vessels", "boats", "jets", "planes", "helicopters", "missiles", "rockets", "launchers",
                        "batteries", "shells", "rounds", "rifles", "munitions", "weapons", "arms"})
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
          "hundred": 100, "dozen": 12, "dozens": 24, "a dozen": 12, "two dozen": 24, "three dozen": 36}
_NUMBER = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+|two dozen|three dozen|a dozen|" + "|".join(_SMALL) + r")\b", re.IGNORECASE)
_HOW_MANY = re.compile(r"^how\s+(?:many|much)\s+(?P<noun>.+?)\s+(?:did|does|do|has|have|had|is|are|was|were|will|would)\b",
                       re.IGNORECASE)


def quantity_noun(grammar: Grammar, question: str) -> str | None:
    """What a "how many" question counts when it counts weapons ("drones", "Bayraktar TB2s",
    "units"); None when it counts actors ("How many countries ...") or asks no "how many"."""
    found = _HOW_MANY.match(grammar.normalise(question))
    if not found:
        return None
    noun = found.group("noun")
    key = name_key(noun)
    if grammar.types.get(key, "weapon") != "weapon" or _counts_actors(key):
        return None  # "How many countries ...", "How many arms suppliers does X have?": actors are counted
    if load_weapons().named_in(noun) or key in grammar.generic_things or set(key.split()) & UNIT_WORDS:
        return noun
    return None


def _counts_actors(key: str) -> bool:
    """Whether a counted noun names actors by their part ("arms suppliers", "customers", "allies")."""
    from diplograph.queries.general import _others_nouns
    from diplograph.queries.loose import _plural

    last = key.split()[-1] if key else ""
    nouns = _others_nouns() | {n for noun in _agent_nouns() for n in (noun, _plural(noun))}
    return last in nouns


def _agent_nouns() -> frozenset[str]:
    from importlib import resources

    import yaml

    text = resources.files("diplograph.queries").joinpath("loose.yaml").read_text(encoding="utf-8")
    return frozenset(load_data(text).get("agent_nouns") or ())


def _value(text: str) -> int | None:
    text = text.lower().replace(",", "")
    if text.isdigit():
        return int(text)
    return _SMALL.get(text)


def number_in_sentence(sentence: str, words) -> int | None:
    """The number ``sentence`` puts at most three words before a weapon word: one beginning with
    a stem of ``words``, or one ``words`` matches when it is a function of the text after the
    number. A year is no count."""
    matches = words if callable(words) else \
        (lambda after: any(w.startswith(stem) for w in after.split() for stem in words))
    for found in _NUMBER.finditer(sentence or ""):
        value = _value(found.group(1))
        if value is None or 1900 <= value <= 2100 and found.group(1).isdigit():
            continue
        after = " ".join(re.findall(r"[\w-]+", sentence[found.end():].lower())[:4])
        if matches(after):
            return value
    return None


def claim_count(evidence, words) -> tuple[int, str] | None:
    """(a number of units, where it was read) for one claim, or None."""
    for key in COUNT_PROPERTIES:
        value = _value(str(evidence.prop(key) or "").strip().rstrip("?"))
        if value:
            return value, f"its {key.replace('_', ' ')}"
    value = number_in_sentence(evidence.sentence, words)
    return (value, "its sentence") if value else None


def _counter(noun: str, weapon: str | None):
    """Whether the words after a number name what is counted: the question's noun, its weapon
    category's words, terms and models ("12 TB2s" counts drones), the named weapon, or "units"."""
    stems = [w[:-1] if w.endswith("s") and len(w) > 3 else w for w in name_key(noun).split() if w not in ("the", "of")]
    stems += [name_key(weapon).split()[0]] if weapon else []
    stems += ["unit", "piece", "system"]
    mentions = load_weapons().named_in(noun)
    category = mentions[0].category if mentions else None
    words = [w for w in (category.words if category else ()) if " " not in w]

    def matches(after: str) -> bool:
        if any(w.startswith(stem) for w in after.split() for stem in stems + words):
            return True
        return bool(category and any(p is not None and p.search(after) for p in (category.terms, category.models)))
    return matches


def answer_quantity(view, grammar: Grammar, question: str, noun: str) -> Answer | None:
    """The answer to a question counting weapons supplied, or None when it names no supply
    relation or no actor."""
    # read as the yes-or-no question it counts in ("did X buy from Y ... drones"): both ends may be named
    said = _HOW_MANY.match(grammar.normalise(question))
    parts = read_parts(view, f"{grammar.normalise(question)[said.end() - len(said.group(0).split()[-1]):]} {noun}"
                       if said else question, grammar)
    if parts is None or not parts.actors:
        return None
    supply = supply_predicates()
    predicates = [p for p in (_predicates(parts) or supply) if p in supply]
    if not predicates:
        return None
    answer = Answer(question, True)
    pair = _pair(view, parts)
    refs = Reader(view, RelationFilter())
    if pair is not None:
        supplier, recipient = pair
        answer.evidence = _claims_between(view, supplier, recipient, predicates, parts.window)
        told = f"{_names(view, [supplier])} to {_names(view, [recipient])}"
    else:
        actor = parts.actors[0][2]
        reader = Reader(view, RelationFilter.build(predicates=predicates, all_modalities=True, **parts.window))
        answer.evidence = [reader.evidence(c) for _, _, _, _, claims in
                           reader.incident(actor, "in" if _receiving(parts) else "out") for c in claims]
        told = f"{'to' if _receiving(parts) else 'by'} {_names(view, [actor])}"
    generic = name_key(noun) in grammar.generic_things or any(m.text.lower() == noun.lower()
                                                              for m in load_weapons().named_in(noun))
    if parts.weapon and not generic:  # "Falcon UAVs", not "drones" (a category, though a claim says "drone")
        by_weapon_name(view, answer, parts.weapon)
    elif _category(parts):
        by_category(view, answer, _category(parts))
    ends = [e.subject if e.object.id in {a for _, _, a in parts.actors} or pair is None and _receiving(parts)
            else e.object for e in answer.evidence]
    confirmed = {e.subject.id for e in answer.evidence if e.confirmed} | {e.object.id for e in answer.evidence if e.confirmed}
    answer.answers = list({r.id: r for r in ends if r.id in confirmed}.values()) if pair is None else \
        ([refs.ref(pair[0]), refs.ref(pair[1])] if confirmed else [])
    if pair is not None and not confirmed and answer.evidence:
        why = ", ".join(sorted({e.modality for e in answer.evidence}))
        answer.flagged = [Flag(refs.ref(pair[0]), why), Flag(refs.ref(pair[1]), why)]
    stems = _counter(noun, parts.weapon)
    counted = [(e, found) for e in answer.evidence if (found := claim_count(e, stems))]
    answer.extra["quantities"] = [{"number": n, "read_from": where, "subject": e.subject.name, "object": e.object.name,
                                   "modality": e.modality, "source": e.source.label, "claim": e.claim_id}
                                  for e, (n, where) in counted]
    answer.details = [f"{n} ({e.subject.name} to {e.object.name}, from {where}, {e.source.label}, {e.modality})"
                      for e, (n, where) in counted]
    answer.reading = f"how many {noun}: numbers in the {', '.join(predicates)} claims, supplied {told}"
    if not answer.evidence:
        answer.message = "No claim in the graph tells of this supply, so there is no number to give."
    elif not counted:
        answer.message = (f"None of the {len(answer.evidence)} claim(s) found gives a number of {noun}: "
                          "the graph holds the supply, not how many.")
    else:
        numbers = sorted({n for _, (n, _) in counted})
        answer.message = (f"The claims give {numbers[0]}" if len(numbers) == 1 else
                          f"The claims give different numbers ({', '.join(map(str, numbers))}); each is listed with its "
                          "source, not added up, since sources may tell the same deal")
    answer.query = {"form": "quantity", "function": "evidence",
                    "args": {"pair": list(pair) if pair else None, "predicates": predicates, "counted": noun}}
    return answer
