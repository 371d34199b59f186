"""A named thing that is no actor of the graph: an operation, a mission, an initiative the sources
name ("Which allies committed aircraft or ships to *Eastern Sentry*?", "Who joined *Operation
Prosperity Guardian*?"). A question that names no actor but a capitalised name that claims' sentences
or their sources' titles hold is answered from those claims: the actors that did what the question
asks (the subjects of its relation's claims that name it), or, when none of them names it, the
subjects of any claim that does; the reading says which.

>>> from diplograph.queries.example import example_view
>>> named_topic(example_view(), "Who joined Operation Nowhere?") is None
True

A thing named by a word and its number ("Who rejected resolution 2797?", "who invoked article 5") is
such a name too, whatever its case.
"""

from __future__ import annotations

import functools
import itertools
import re


from diplograph.errors import ActorNotFound
from diplograph.graph.dates import MONTHS
from diplograph.names import name_key
from diplograph.queries.filters import RelationFilter
from diplograph.queries.lookup import Reader, find_actor
from diplograph.queries.neighbourhood import common_ties, merge_ties
from diplograph.queries.results import Tie
from diplograph.datafiles import packaged

_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]*)*")
# a thing named by a word and its number, in any case ("resolution 2797", "directive 12"), never a date
_NUMBERED = re.compile(r"\b(?!(?:in|on|at|since|before|after|until|till|by|of|from|to|during|between|and|or|the|"
                       r"year|years|late|early|mid|circa|around)\b)[A-Za-z][\w-]{2,}\s+\d[\w/.-]*\b", re.IGNORECASE)
_SMALL = frozenset({"Who", "Whom", "Which", "What", "Where", "When", "How", "Did", "Does", "Do", "Is", "Are", "Was",
                    "Were", "Has", "Have", "Had", "The", "A", "An", "I"})


def named_topic(view, question: str) -> str | None:
    """The longest capitalised name in ``question`` (not its opening word, not an actor's name)
    that some claim's sentence or source title holds, or None."""
    spans = []
    for found in _CAPITALISED.finditer(question):
        words = found.group(0).split()
        while words and words[0] in _SMALL:
            words = words[1:]
        if words:
            spans.append(" ".join(words))
    spans += [m.group(0) for m in _NUMBERED.finditer(question)]  # "resolution 2797", "Article 5"
    for span in sorted(spans, key=len, reverse=True):
        if len(span) < 4 or span.split()[0].lower() in MONTHS or _is_actor(view, span):
            continue  # "in January 2025" is when, never what ("the Gaza ceasefire of January 2025")
        if any(True for _ in _claims_naming(view, span)):
            return span
    # typed in lower case ("which allies sent ships to eastern sentry"): two to four words together, none a
    # common word, that a sentence or title writes as a name (each word capitalised), spelt as written there
    words = re.findall(r"[\w'’-]+", question)
    common = _common_words()
    for width in (4, 3, 2):
        for i in range(len(words) - width + 1):
            span = words[i:i + width]
            if any(w.lower() in common or len(w) < 3 for w in span) or _is_actor(view, " ".join(span)):
                continue
            written = _written_as_name(view, " ".join(span))
            if written is not None:
                return written
    # one word, when it is a place of the gazetteer that no actor bears ("who brokered the gaza truce")
    from diplograph.queries.places import _places

    for word in words:
        if len(word) >= 4 and name_key(word) in _places() and not _is_actor(view, word):
            written = _written_as_name(view, word)
            if written is not None:
                return written
    return None


@functools.cache
def _common_words() -> frozenset[str]:
    loose = packaged("diplograph.queries", "loose.yaml")
    return frozenset(str(w).lower() for key in ("stopwords", "openers", "object_markers", "subject_markers", "either_markers")
                     for w in loose.get(key) or ())


def _written_as_name(view, text: str) -> str | None:
    """How a sentence or source title writes ``text`` when it writes it as a name, else None."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(text)}(?![\w-])", re.IGNORECASE)
    texts = (getattr(s, "title", "") or "" for s in (view.graph.get("sources") or {}).values())
    claims = (claim.evidence or "" for _, _, data in view.edges(data=True) for claim in data["claims"])
    for said in itertools.chain(texts, claims):
        for found in pattern.finditer(said):
            if all(w[0].isupper() for w in found.group(0).split()):
                return found.group(0)
    return None


def _is_actor(view, text: str) -> bool:
    try:
        find_actor(view, text)
    except ActorNotFound:
        return False
    return True


def _claims_naming(view, topic: str):
    """(u, v, data, claim) for every claim whose sentence or source title holds ``topic``."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(topic)}(?![\w-])")
    sources = view.graph.get("sources") or {}
    titled = {key for key, s in sources.items() if pattern.search(getattr(s, "title", "") or "")}
    for u, v, data in view.edges(data=True):
        for claim in data["claims"]:
            if claim.source_id in titled or pattern.search(claim.evidence or ""):
                yield u, v, data, claim


def topic_ties(view, topic: str, predicates, actor_types=None, receivers: bool = False) -> tuple[list[Tie], str]:
    """(the subjects of the claims of ``predicates`` that name ``topic``, as ties; who they are, for
    the reading: when the relation asked holds none, the subjects of every claim that names it). With
    ``receivers``, the objects of the claims of ``predicates`` ("Who bought Typhoons?" asks for
    those the sellers' claims reach). Go-betweens stand outside what they settle: when no mediation
    names the topic, they are those who mediated between two sides of the claims that do ("Who brokered
    the Gaza truce?" when the sentence of the brokering says "between Israel and Hamas")."""
    flt = RelationFilter.build(all_modalities=True)
    reader = Reader(view, flt)
    every = list(_claims_naming(view, topic))
    asked = [c for c in every if not predicates or c[2]["predicate"] in predicates]
    named = f"claims whose sentence or source names \"{topic}\""
    if not asked and list(predicates or ()) == ["MEDIATION"]:
        sides = list(dict.fromkeys(end for u, v, _, _ in every for end in (u, v)))
        found = merge_ties(*(common_ties(view, a, b, predicates=["MEDIATION"], actor_types=actor_types,
                                         all_modalities=True) for a, b in itertools.combinations(sides, 2)))
        return list(found), f"the go-betweens of two sides of the {named} (no MEDIATION claim names it)"
    chosen = asked or every
    grouped: dict[str, list] = {}
    for u, v, data, claim in chosen:
        node = v if receivers and asked else u
        if actor_types and view.nodes[node].get("type") not in actor_types:
            continue
        grouped.setdefault(node, []).append(reader.link(u, v, data, [claim]))
    ties = merge_ties([Tie(reader.ref(node), tuple(links)) for node, links in grouped.items()])
    doers = "the receivers" if receivers and asked else "the doers"
    if not asked:
        return list(ties), f"{doers} of any relation in {named} (no {', '.join(predicates)} claim names it)"
    return list(ties), f"{doers} of {', '.join(predicates)} in {named}"
