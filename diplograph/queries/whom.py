"""Who does what to whom: every pair in a relation ("who's fighting who in Central Asia", "who is at
war with whom", "who sanctioned whom in 2024", "which countries have clashed with each other").

Asked with no one named, the question wants the pairs themselves: each claim of the relation its
words name (the loose reading's lexicon, ``loose.yaml``), with both sides as the answers and each pair
said in the details; a region said in it ("in Central Asia") keeps the pairs with a side in the region,
a time phrase the claims of its window. A question that names an actor is not this one.

>>> from diplograph.queries.example import example_view
>>> reply = pairs_asked(example_view(), "who supplies drones to whom")
>>> reply.reading.split(",")[0]
'every pair in ARMS_TRANSFER relations (both sides)'
>>> sorted(a.name for a in reply.answers)[:3]
['Aland', 'Borvia', 'Caldor']
"""

from __future__ import annotations

import re

from diplograph.graph.ontology import load_ontology
from diplograph.graph.weapons import load_weapons
from diplograph.queries.answer import Answer
from diplograph.queries.handlers import _every_tie
from diplograph.queries.neighbourhood import merge_ties
from diplograph.queries.refine import by_category, narrow

# "who V whom", "who's V-ing who", "which countries V each other", "who V who else"
_PAIRS = re.compile(r"^(?:who|which\s+(?P<noun>countries|states|governments|actors|groups|sides|parties))(?:'s|\s+is|\s+are|"
                    r"\s+has|\s+have|\s+had|\s+was|\s+were)?\s+(?P<verb>.+?)\s+(?:whom|who|each\s+other|one\s+another)"
                    r"(?P<rest>\s+.*)?$", re.IGNORECASE)


def pairs_asked(view, text: str, window: dict | None = None) -> Answer | None:
    """The pairs ``text`` asks for, or None when it asks no such thing (or names an actor)."""
    from diplograph.queries.loose import _names, _triggers, load_lexicon
    from diplograph.queries.named import _region_words
    from diplograph.queries.regions import in_region

    found = _PAIRS.match(" ".join(text.split()))
    if found is None:
        return None
    rest, regions = _region_words(found.group("rest") or "")
    lexicon = load_lexicon()
    tokens = [t.lower() for t in re.findall(r"\w(?:[\w'\-]*\w)?", found.group("verb"))]
    triggers = _triggers(tokens, lexicon)
    used = {i for i, t in triggers for i in range(i, i + len(t.words))}
    if len(triggers) != 1 or _names(view, tokens, used, lexicon) or rest.strip():
        return None  # no relation, several, an actor named, or words left unread: another reading's
    trigger = triggers[0][1]
    predicates = list(trigger.predicates)
    window = window or {}
    ties = merge_ties(_every_tie(view, predicates, "in", None, window), _every_tie(view, predicates, "out", None, window))
    links = {(link.subject.id, link.predicate, link.object.id): link for tie in ties for link in tie.links}
    kind = grammar_types().get((found.group("noun") or "").lower())
    answer = Answer(text, True, f"every pair in {', '.join(predicates)} relations (both sides)"
                    + (f", only {kind}" if kind else "") + "".join(f", a side in {r.name}" for r in regions))
    answer.query = {"form": "pairs", "args": {"predicates": predicates, "regions": [r.name for r in regions]}}
    answer.evidence = [e for link in sorted(links.values(), key=lambda l: (-l.n_sources, l.subject.name.casefold()))
                       for e in link.evidence]
    answer.answers = list({side.id: side for e in answer.evidence for side in (e.subject, e.object)}.values())

    def keep(e) -> bool:
        return (not kind or {e.subject.type, e.object.type} == {kind}) and all(
            in_region(view, e.subject.id, r) or in_region(view, e.object.id, r) for r in regions)

    narrow(answer, keep)
    mentions = load_weapons().named_in(found.group("verb"))
    if mentions:  # "who sells drones to whom": the claims about drones
        by_category(view, answer, mentions[0].category.id)
    answer.details = list(dict.fromkeys(f"{e.subject.name} {load_ontology().predicate(e.predicate).label} "
                                        f"{e.object.name} [{e.modality}]" for e in answer.evidence))
    return answer


def grammar_types() -> dict:
    from diplograph.queries.grammar import load_grammar

    return load_grammar().types
