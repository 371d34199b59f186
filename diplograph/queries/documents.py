"""The parties to a named document: an accord, a treaty, a joint statement, a set of principles.

A document is not an actor of the graph; its parties are found from the relations that name it.
A claim names a document when its sentence, one of its properties or the title of its source
holds the document's *name*: the words of the question's phrase that are not a determiner or a
word for a document ("the *Camp David* principles", "the *Minsk* agreement"). A party is an actor
on such a claim in a party's place: either side of an agreement, a consultation, a cooperation
pledge or an alliance, the subject of a membership, the person of an affiliation (a signatory
speaking for a state), the object of a mediation (the go-between is no party).

>>> document_name("the Camp David principles"), document_name("the agreement"), document_name("the truce in Yemen")
('Camp David', '', 'Yemen')
"""

from __future__ import annotations

import functools
import re
from importlib import resources

import networkx as nx

from diplograph.queries.filters import RelationFilter
from diplograph.queries.lookup import Reader
from diplograph.queries.neighbourhood import merge_ties
from diplograph.queries.results import Results, Tie
from diplograph.datafiles import load_data

# Words for a document: they say what kind of text is meant, not which one.
DOCUMENT_WORDS = frozenset({
    "agreement", "agreements", "accord", "accords", "treaty", "treaties", "deal", "deals", "pact", "pacts",
    "principles", "principle", "statement", "statements", "joint", "declaration", "declarations", "communique",
    "communiqué", "memorandum", "memoranda", "mou", "protocol", "protocols", "charter", "convention", "conventions",
    "framework", "arrangement", "arrangements", "understanding", "of", "plan", "roadmap", "road", "map", "ceasefire",
    "truce", "settlement", "document", "documents", "text", "commitments", "commitment", "pledge", "initiative",
    "compact", "consensus", "spirit", "format", "process", "peace", "talks", "summit", "negotiations",
    # and for what a go-between settles ("the Nile dam dispute")
    "dispute", "disputes", "conflict", "conflicts", "crisis", "war", "row", "standoff", "fighting", "clashes"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "so-called"})

# Where an actor stands on a claim to be a party: both sides, the subject only or the object only.
PARTY_PLACES = {"AGREEMENT": "both", "COOPERATION": "both", "CONSULTATION": "both", "ALLIANCE": "both",
                "MEMBER_OF": "subject", "AFFILIATED_WITH": "subject", "MEDIATION": "object"}


# another named after a document's phrase ("the X declaration *alongside el-Sisi*")
_BESIDE = re.compile(r"^(?P<document>.+?)\s+(?:alongside|along with|together with)\s+(?P<other>.+)$", re.IGNORECASE)


def document_name(phrase: str) -> str:
    """The words of ``phrase`` that name one document, without determiners and words for a
    document; '' when nothing is left ("the agreement" names no document in particular). A document
    named by where it holds ("the ceasefire *in* Myanmar", "the talks *over* Chagos") is named by
    that place, as "the Myanmar ceasefire" is."""
    words = [w for w in re.findall(r"[\w][\w'’.\-]*", phrase)]
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    while words and (words[-1].lower() in DOCUMENT_WORDS or words[-1].lower().rstrip("’'s") in DOCUMENT_WORDS):
        words = words[:-1]
    led = bool(words) and words[0].lower() in DOCUMENT_WORDS
    while words and words[0].lower() in DOCUMENT_WORDS | _DETERMINERS:
        words = words[1:]
    if led and len(words) > 1 and words[0].lower() in _place_words():
        words = words[1:]
    if words and words[-1].lower().endswith(("'s", "’s")):  # "the Camp David's principles"
        words[-1] = words[-1][:-2]
    return " ".join(words)


def _names(name: str):
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.IGNORECASE)
    return lambda text: bool(text) and bool(pattern.search(text))


def document_named(view: nx.MultiDiGraph, phrase: str) -> str:
    """The name of the document ``phrase`` speaks of, when some claim or source of the graph names
    it; '' otherwise."""
    beside = _BESIDE.match(phrase.strip())
    phrase = beside["document"] if beside else phrase  # "the X declaration alongside Y": the X declaration
    if re.search(r"\b(?:with|between|against|by)\b", phrase, re.IGNORECASE):
        return ""  # "signed a ceasefire with X" is an agreement with X, not a document's name
    name = document_name(phrase)
    if name == " ".join(re.findall(r"[\w][\w'’.\-]*", phrase)) and _names_an_actor(view, name):
        return ""  # "who hosted Lee" names a guest: a document is told by a word for one ("the Lee accord")
    # then its proper nouns alone ("the Nile dam dispute" may be told as "the Nile"), unless they
    # name an actor: a document is not named by a party to it
    proper = " ".join(w for w in name.split() if w[:1].isupper())
    if proper != name and _names_an_actor(view, proper):
        proper = ""
    # typed all in lower case ("the nile dam dispute") no word shows which is the name: the phrase's
    # shorter spans in turn, longest first, left first, none a lone generic word nor an actor's name
    spans = _spans(view, name) if name == name.lower() else []
    sources = view.graph.get("sources") or {}
    for candidate in dict.fromkeys(c for c in (name, proper, *spans) if c and any(ch.isalnum() for ch in c)):
        names = _names(candidate)
        if any(names(getattr(s, "title", "")) for s in sources.values()):
            return candidate
        for _, _, data in view.edges(data=True):
            if data["predicate"] in PARTY_PLACES and any(_claim_names(c, names, {}) for c in data.get("claims", ())):
                return candidate
    return ""


@functools.lru_cache(maxsize=None)
def _documents_yaml() -> dict:
    text = resources.files("diplograph.queries").joinpath("documents.yaml").read_text(encoding="utf-8")
    return load_data(text) or {}


def _generic_words() -> frozenset[str]:
    return frozenset(_documents_yaml().get("generic_words") or ())


def _place_words() -> frozenset[str]:
    return frozenset(_documents_yaml().get("place_words") or ())


def _spans(view, name: str) -> list[str]:
    """The runs of words shorter than ``name``, longest first and left first, that could name it alone:
    no run of short or generic words only ("dam", "new", "in the"), none naming an actor (a party is no name)."""
    words = name.split()
    spans = [" ".join(words[i:i + n]) for n in range(len(words) - 1, 0, -1) for i in range(len(words) - n + 1)]
    return [s for s in spans if not all(len(w) < 4 or w in _generic_words() for w in s.split())
            and not _DATED.search(s) and not _names_an_actor(view, s)]


# A date in a run of words ("reconciliation in december 2024"): when the thing happened, not its name
_DATED = re.compile(r"\b(?:1[89]\d\d|20\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|"
                    r"march|april|june|july|august|september|october|november|december)\b")


def _names_an_actor(view, text: str) -> bool:
    from diplograph.errors import ActorNotFound
    from diplograph.queries.lookup import find_actor

    try:
        find_actor(view, text.removesuffix("'s").removesuffix("’s"))
    except ActorNotFound:
        return False
    return True


def _claim_names(claim, names, titled: dict) -> bool:
    return (claim.source_id in titled or names(claim.evidence)
            or any(isinstance(value, str) and names(value) for value in (claim.properties or {}).values()))


def parties(view: nx.MultiDiGraph, document: str, *, actor_types=None, since=None, until=None, as_of=None,
            all_modalities: bool = False, places: dict[str, str] | None = None) -> Results:
    """The parties to the document named ``document`` (see the module's docstring), as ties whose
    links are the claims that name it.

    >>> from diplograph.queries.example import example_view
    >>> [t.actor.name for t in parties(example_view(), "the Lakeside Accord")]
    []
    """
    places = places or PARTY_PLACES
    name = document_name(document) or document
    names = _names(name)
    flt = RelationFilter.build(predicates=sorted(places), actor_types=None, since=since, until=until, as_of=as_of,
                               all_modalities=all_modalities)
    reader = Reader(view, flt)
    titled = {key: s for key, s in reader.sources.items() if names(getattr(s, "title", ""))}
    grouped: dict[str, list] = {}
    for u, v, data in view.edges(data=True):
        place = places.get(data["predicate"])
        if place is None:
            continue
        claims = [c for c in flt.claims(data, reader.sources) if _claim_names(c, names, titled)]
        if not claims:
            continue
        if data["predicate"] == "AFFILIATED_WITH" and view.nodes[u].get("type") != "person":
            continue  # a group part of another is no signatory
        ends = {"both": (u, v), "subject": (u,), "object": (v,)}[place]
        link = reader.link(u, v, data, claims)
        for actor in ends:
            if actor_types is None or view.nodes[actor].get("type") in actor_types:
                grouped.setdefault(actor, []).append(link)
    return merge_ties([Tie(reader.ref(actor), tuple(links)) for actor, links in grouped.items()])


def _signed_beside(view, grammar, phrase: str) -> tuple[str, str | None]:
    """(the document's phrase, the actor named beside it) for "the X declaration *alongside el-Sisi*";
    (phrase, None) when nothing after it names an actor of the graph."""
    from diplograph.queries.lookup import find_actor
    from diplograph.queries.slots import SlotError, _actor

    found = _BESIDE.match(phrase.strip())
    if not found:
        return phrase, None
    try:
        return found["document"], _actor(view, grammar, found["other"], lambda name: find_actor(view, name))
    except SlotError:
        return phrase, None


def answer_parties(view, grammar, match, slots, types, answer) -> None:
    """The ``parties`` form of ``ask``: "Who signed up to the Camp David principles?"."""
    from diplograph.queries.handlers import fill_from_ties

    name = slots["document"]
    places = match.form.params.get("places") or PARTY_PLACES
    said, beside = _signed_beside(view, grammar, match.slots["document"])
    if beside is not None:
        name = document_named(view, said) or name
    found = parties(view, name, actor_types=types, all_modalities=True, places=places, **slots["window"])
    if beside is not None:  # "... the X declaration alongside el-Sisi": those who share its claims with him
        found = [t for t in found if t.actor.id != beside and
                 any({l.subject.id, l.object.id} == {t.actor.id, beside} for l in t.links)]
    fill_from_ties(answer, found)
    phrase = " ".join(match.slots["document"].split())
    answer.reading = (f"{match.form.params.get('label', 'parties to')} {phrase}: actors on {', '.join(sorted(places))} relations whose sentence, "
                      f"properties or source title say \"{name}\""
                      + (f", only {', '.join(types)}" if types else "")
                      + (f", those on such a claim with {view.nodes[beside].get('name', beside)}" if beside else ""))
    answer.query = {"args": {"document": name, "actor_types": types, "predicates": sorted(places)}}
