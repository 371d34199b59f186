"""Mentions: the spans of a sentence that name an actor, and which actor.

Three sources, in order of trust:

1. the gazetteer, through one spaCy ``PhraseMatcher`` on lower-cased tokens
   (``gazetteer_matching.py``);
2. spaCy's statistical NER (PERSON, ORG, NORP, GPE) for names the gazetteer lacks, typed by cue
   words in the name ("... Technologies" is a company) or around it ("drone company X")
   (``ner_mentions.py``);
3. weapon designations next to a weapon noun ("the Mohajer-6 drone").

A name followed by an acronym in brackets that the gazetteer knows ("the Collective Security
Organization (CSTO)") is that entry (``blocs_and_acronyms.py``). Demonyms and capitals are kept as mentions of their state
with their kind, so later stages can tell "the Tajik government" (the state) from "Tajik
opposition leader X" (a person's nationality).
"""

from __future__ import annotations

from diplograph.gazetteer import PLACE, Gazetteer
from diplograph.loaders.articles.agencies import state_agencies
from diplograph.loaders.articles.blocs_and_acronyms import blocs, link_acronyms, missions
from diplograph.loaders.articles.designations import weapon_designations
from diplograph.loaders.articles.doc_tokens import doc_tokens
from diplograph.loaders.articles.gazetteer_matching import GazetteerMatcher, title_cased_acronym
from diplograph.loaders.articles.given_names import given_named_people
from diplograph.loaders.articles.hyphen_names import whole_hyphenated_names
from diplograph.loaders.articles.headed_bodies import names_by_head_word
from diplograph.loaders.articles.initialled_bodies import initialled_bodies
from diplograph.loaders.articles.introduced_names import names_before_party_nouns, names_of_bodies, with_party_nouns
from diplograph.loaders.articles.kind_names import names_after_kind_nouns, names_of_kind_examples
from diplograph.loaders.articles.legal_forms import with_legal_forms
from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.listed_names import listed_names
from diplograph.loaders.articles.longer_names import whole_names
from diplograph.loaders.articles.mention import Mention
from diplograph.loaders.articles.name_types import name_type
from diplograph.loaders.articles.ner_mentions import ner_mentions
from diplograph.loaders.articles.nicknames import nicknamed_people
from diplograph.loaders.articles.parallel_people import parallel_people
from diplograph.loaders.articles.person_names import appositive_names, names_offices, titled_names
from diplograph.loaders.articles.ships import ship_names


def find_mentions(doc, matcher: GazetteerMatcher, lexicon: Lexicon) -> list[Mention]:
    """Mentions in ``doc`` (a spaCy Doc), sorted, never overlapping."""
    from spacy.util import filter_spans

    gaz = []
    matches = list(matcher(doc))
    doc = doc_tokens(doc)  # (its tokens made once for the scans below)
    weapons = {i for start, end, entry, _ in matches if entry.type == "weapon" for i in range(start, end)}
    # ("Russian Su-30 jets", "Chinese K-8 trainers" tagged LOC: a demonym before a design, no place named after a state)
    places = [e for e in doc.ents if e.label_ in _PLACE_LABELS and not names_offices(e, lexicon) and not any(
        t.i in weapons or t.text[:1].isalpha() and any(c.isdigit() for c in t.text) for t in e)] \
        if doc.has_annotation("ENT_IOB") else []
    for start, end, entry, kind in matches:
        if entry.type == "state" and _inside_a_place(doc, start, end, places):
            continue  # "the South China Sea", "the Gulf of Oman": a place named after a state
        if kind == "demonym" and start > 0 and doc[start - 1].text[:1].isupper() and \
                doc[start - 1].lower_ in lexicon.noun_class["demonym_region_prefixes"]:
            continue  # "the South American country", "Latin American leaders": a region's, not the United States'
        if title_cased_acronym(doc[start:end].text) and doc[start:end].text.upper() in \
                lexicon.noun_class["acronyms_never_capitalised"]:
            continue  # "Edge", "Rand", "Sadr": a word or a name, not the body
        served = entry.serves_in(doc[start:end].text) if entry.missions else None
        if served is not None:  # "MONUSCO": the UN, serving in the DR Congo
            place = matcher.gazetteer.get(served).actor()
            gaz.append(Mention(start, end, entry.actor(), "mission", doc[start:end].text, entry, place))
            continue
        gaz.append(Mention(start, end, entry.actor(), kind, doc[start:end].text, entry))
    gaz = _named_after_places(doc, whole_names(doc, gaz, lexicon), lexicon)
    gaz = _state_forces(doc, sorted(gaz, key=lambda m: m.start), lexicon)
    gaz = _combining_forms(doc, gaz, lexicon, matcher.gazetteer)
    gaz = state_agencies(doc, gaz, lexicon)
    known = {i for m in gaz for i in range(m.start, m.end)}
    seats = {i for m in gaz if m.kind in ("capital", "place") for i in range(m.start, m.end)}
    ner = list(ner_mentions(doc, matcher, lexicon, known, seats)) if doc.has_annotation("ENT_IOB") else []
    named = known | {i for m in ner for i in range(m.start, m.end)}
    ner += titled_names(doc, matcher, lexicon, named)
    ner += appositive_names(doc, lexicon, named | {i for m in ner for i in range(m.start, m.end)})
    ner += given_named_people(doc, lexicon, named | {i for m in ner for i in range(m.start, m.end)})
    ner += parallel_people(doc, gaz, ner, lexicon, named | {i for m in ner for i in range(m.start, m.end)})
    ner += names_after_kind_nouns(doc, lexicon, named | {i for m in ner for i in range(m.start, m.end)})
    ner += names_of_kind_examples(doc, lexicon, named | {i for m in ner for i in range(m.start, m.end)})
    ner += initialled_bodies(doc, lexicon, named | {i for m in ner for i in range(m.start, m.end)})
    ner += weapon_designations(doc, lexicon)
    ner += listed_names(doc, ner, named | {i for m in ner for i in range(m.start, m.end)})
    ner += names_before_party_nouns(doc, lexicon, named | {i for m in ner for i in range(m.start, m.end)})
    ner += names_of_bodies(doc, lexicon, gaz + ner, named | {i for m in ner for i in range(m.start, m.end)})
    ner += names_by_head_word(doc, lexicon, named | {i for m in ner for i in range(m.start, m.end)})
    mentions = with_party_nouns(doc, with_legal_forms(doc, _merge(gaz, ner), lexicon), lexicon)
    ships = ship_names(doc, lexicon, mentions)
    if ships:  # "the aircraft carrier USS George Washington": a ship, neither a firm nor Washington
        mentions = [m for m in mentions if not any(i in ships for i in range(m.start, m.end))]
    spans = filter_spans([doc[m.start:m.end] for m in mentions])
    keep = {(s.start, s.end) for s in spans}
    result = whole_hyphenated_names(doc, sorted((m for m in mentions if (m.start, m.end) in keep), key=lambda m: m.start))
    result = nicknamed_people(doc, result, lexicon, matcher.gazetteer)
    result = blocs(doc, missions(doc, result, lexicon))
    link_acronyms(doc, result)
    return result


def _named_after_places(doc, gaz: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """"the Colombo Security Conclave", "the Minsk Conference": a capital at the start of a longer
    organisation's name (the model's ORG, ending in a word that announces a body) is part of that
    body's name, not the state. (A state's own bodies, "the Rwanda Defence Force", stay the state's, and
    so does a body a capital owns, "Nairobi's Association of ...".)"""
    bodies = [e for e in doc.ents if e.label_ == "ORG"] if doc.has_annotation("ENT_IOB") else []
    if not bodies:
        return gaz
    inside = set()
    for m in gaz:
        if m.type != "state" or m.kind != "capital":  # "the Ethiopian National Defense Force" is Ethiopia's
            continue
        for body in bodies:
            words = [t for t in body if t.pos_ != "DET"]
            if words and body.start <= m.start and m.end < body.end and m.start == words[0].i and \
                    doc[m.end].tag_ != "POS" and doc[m.end].text not in ("'s", "’s") and \
                    name_type(doc[words[0].i:body.end].text, lexicon, head_only=True) is not None:
                inside.add(id(m))
    return [m for m in gaz if id(m) not in inside]


def _state_forces(doc, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """"the Rwanda Defence Force", "the Haitian National Police", "the Uganda People's Defence
    Force": a state's name or demonym followed by words of an armed service, ending in its head
    word, names the state's own forces, so the state (not a firm called "... Defence Force", nor a
    group whose name is the tail of it)."""
    words, heads = lexicon.noun_class.get("force_name_words", ()), lexicon.noun_class.get("force_name_heads", ())
    for m in [m for m in mentions if m.type == "state" and m.kind in ("name", "alias", "demonym")]:
        j, end = m.end, None
        while j < len(doc) and j - m.end < 5 and (doc[j].lower_ in words or doc[j].lower_ in heads) and \
                (doc[j].text[:1].isupper() or doc[j].lower_ in ("'s", "’s")):
            j += 1
            if doc[j - 1].lower_ in heads:
                end = j
        if end is None:
            continue
        inside = [x for x in mentions if x.start < end and m.start < x.end]
        if any(x.start < m.start or x.end > end for x in inside):
            continue
        if any(x.entry is not None and x.type != "state" for x in inside):
            continue  # "the Libyan National Army" is Haftar's armed group, a name the gazetteer knows
        forces = Mention(m.start, end, m.actor, "forces", doc[m.start:end].text, m.entry)
        mentions = [x for x in mentions if x not in inside] + [forces]
    return sorted(mentions, key=lambda m: m.start)


def _combining_forms(doc, mentions: list[Mention], lexicon: Lexicon, gazetteer: Gazetteer) -> list[Mention]:
    """"the Sino-Russian partnership", "the Indo-Pakistani war": a combining form before a hyphen and
    another state's name or demonym is its state, as a demonym ("Indo-Pacific" names no one)."""
    starts = {m.start: m for m in mentions}
    added = []
    for token in doc[:-2]:
        state = lexicon.combining_forms.get(token.lower_)
        other = starts.get(token.i + 2)
        if not state or doc[token.i + 1].text not in ("-", "–") or other is None or other.type != "state" or \
                any(m.start <= token.i < m.end for m in mentions):
            continue
        entry = gazetteer.lookup(state, type="state")
        if entry is not None and entry.id != other.actor.id:
            added.append(Mention(token.i, token.i + 1, entry.actor(), "demonym", token.text, entry))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions



_PLACE_LABELS = frozenset({"LOC", "FAC", "EVENT", "LAW", "WORK_OF_ART"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_PLACE_WORDS = frozenset({"sea", "ocean", "strait", "straits", "gulf", "bay", "peninsula", "basin", "river", "lake"})


def _inside_a_place(doc, start: int, end: int, places) -> bool:
    if any(e.start <= start and end <= e.end and
           (e.start + (e[0].pos_ == "DET"), e.end - (e[-1].lower_ in _POSSESSIVE)) != (start, end) and
           any(t.text[:1].isupper() for t in doc[e.start:e.end] if not start <= t.i < end and t.pos_ != "DET")
           for e in places):  # "the Central African Republic" (or "North Macedonia's") tagged LOC is the state
        return True  # (and "the Somaliland region", tagged LOC, is Somaliland: only capitalised words make a place)
    after = doc[end] if end < len(doc) else None
    before = doc[start - 2:start] if start >= 2 else doc[0:0]
    return (after is not None and after.lower_ in _PLACE_WORDS and after.text[:1].isupper()) or (
        len(before) == 2 and before[0].lower_ in _PLACE_WORDS and before[1].lower_ == "of")


def _merge(gaz: list[Mention], ner: list[Mention]) -> list[Mention]:
    """Gazetteer mentions win, except that a person's full name beats a firm, weapon or place inside it
    ("Ali Hassan" is no one in the Indian city of Hassan)."""
    result = []
    for m in ner:
        inside = [g for g in gaz if g.start < m.end and m.start < g.end]
        longer = all((g.end - g.start) < (m.end - m.start) and m.start <= g.start and g.end <= m.end for g in inside)
        if not inside:
            result.append(m)
        elif longer and (m.type == "person" and all(g.type in ("company", "weapon", "ngo") or g.kind == PLACE
                                                    for g in inside) or
                         m.type != "person" and all(g.type == "state" for g in inside)):
            # "Haluk Bayraktar" is not the firm; "Pakistan Aeronautical Complex" is not Pakistan
            gaz = [g for g in gaz if g not in inside]
            result.append(m)
    return sorted(gaz + result, key=lambda m: (m.start, -m.end))

