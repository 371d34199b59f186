"""Mentions: the spans of a sentence that name an actor, and which actor.

Three sources, in order of trust:

1. the gazetteer, through one spaCy ``PhraseMatcher`` on lower-cased tokens (patterns made with
   ``nlp.tokenizer.pipe``; an EntityRuler with this many patterns slows the tokenizer badly);
2. spaCy's statistical NER (PERSON, ORG, NORP, GPE) for names the gazetteer lacks, typed by cue
   words in the name ("... Technologies" is a company) or around it ("drone company X");
3. weapon designations next to a weapon noun ("the Mohajer-6 drone").

A name followed by an acronym in brackets that the gazetteer knows ("the Collective Security
Organization (CSTO)") is that entry. Demonyms and capitals are kept as mentions of their state
with their kind, so later stages can tell "the Tajik government" (the state) from "Tajik
opposition leader X" (a person's nationality).
"""

from __future__ import annotations

import functools
import re

from diplograph.gazetteer import NAME_KINDS, PLACE, Entry, Gazetteer
from diplograph.graph.model import Actor
from diplograph.loaders.articles.agencies import state_agencies
from diplograph.loaders.articles.designations import weapon_designations
from diplograph.loaders.articles.initialled_bodies import initialled_bodies
from diplograph.loaders.articles.kind_names import kind_of_own_apposition, names_after_kind_nouns
from diplograph.loaders.articles.legal_forms import with_legal_forms
from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.listed_names import listed_names
from diplograph.loaders.articles.longer_names import whole_names
from diplograph.loaders.articles.mention import Mention, fold
from diplograph.loaders.articles.nicknames import nicknamed_people
from diplograph.loaders.articles.name_types import context_type, name_type, names_state_body
from diplograph.loaders.articles.ships import ship_names
from diplograph.loaders.articles.person_names import (
    appositive_names,
    clean_name,
    honorific_length,
    in_double_barrelled_name,
    name_token,
    names_offices,
    titled_names,
)
from diplograph.names import name_key

NER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{1,7}$")
_INITIAL = re.compile(r"^[A-Z]\.$")


# States whose people the press names family name first ("Xi Jinping", "Kim Jong Un", "Hun Manet").
_FAMILY_NAME_FIRST = frozenset({"state:CHN", "state:KOR", "state:PRK", "state:TWN", "state:VNM", "state:KHM",
                                "state:SGP"})


class GazetteerMatcher:
    """All gazetteer surface forms in one PhraseMatcher; matches are checked for case."""

    def __init__(self, nlp, gazetteer: Gazetteer):
        from spacy.matcher import PhraseMatcher

        self.gazetteer = gazetteer
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.forms: dict[str, set[str]] = {}
        self.plurals: dict[str, str] = {}  # "F-16s", "Rafales": a weapon model counted in the plural
        for form, entry_id, _kind in gazetteer.surface_forms():
            if len(form) >= 2:
                # "Akinci" finds "Akıncı", "Turkiye" finds "Türkiye", "Ta’ang" (typeset) finds "Ta'ang"
                variants = {form, fold(form), form.replace("'", "’"), fold(form).replace("'", "’")}
                last = form.split()[-1]  # a designation or a name ("F-16", "Rafale"), not "K2 tank"
                if gazetteer.get(entry_id).type == "weapon" and last[-1].isalnum() and last[-1] != "s" and \
                        (last[0].isupper() or any(c.isdigit() for c in last)):
                    self.plurals.update({v.lower() + "s": form for v in variants})
                    variants |= {v + "s" for v in variants}
                for variant in variants:
                    self.forms.setdefault(variant.lower(), set()).add(variant)
        # patterns are tokenised as written, not lower-cased: "U.S." is one token, "u.s." two
        written = sorted({variant for variants in self.forms.values() for variant in variants})
        self.matcher.add("GAZETTEER", list(nlp.tokenizer.pipe(written)))
        surnames: dict[str, list[Entry]] = {}
        # each person of several words: its surname keys and its folded names of several words
        self.people: list[tuple[Entry, frozenset[str], tuple[str, ...]]] = []
        self.people_by_word: dict[str, set[int]] = {}  # the first word of a name -> the people it may begin
        for entry in gazetteer:
            if entry.type == "person" and len(entry.name.split()) > 1:
                words = entry.name.split()
                # the family name comes first in Chinese, Korean, Vietnamese and Khmer names ("Xi Jinping")
                family = words[0] if entry.external_ids.get("affiliation") in _FAMILY_NAME_FIRST else words[-1]
                last = name_key(fold(family))
                keys = frozenset({last, re.sub(r"^(?:al|el|ad|as|ash|at|ar|an|az)-", "", last)})  # "el-Sisi" is "Sisi"
                for key in keys:
                    surnames.setdefault(key, []).append(entry)
                forms = tuple(fold(form).lower() for form in (entry.name, *entry.aliases) if len(form.split()) > 1)
                for form in forms:
                    self.people_by_word.setdefault(re.match(r"\W*(\w*)", form).group(1), set()).add(len(self.people))
                self.people.append((entry, keys, forms))
        # a surname alone names a known person when one person has it ("Putin", "Erdogan")
        self.surnames = {k: v[0] for k, v in surnames.items() if len(v) == 1}

    def __call__(self, doc) -> list[tuple[int, int, Entry, str]]:
        found = []
        for _key, start, end in self.matcher(doc):
            span = doc[start:end]
            text = span.text
            if not self._case_fits(text):
                continue
            hits = self.gazetteer.candidates(text, NAME_KINDS | {PLACE}) or \
                self.gazetteer.candidates(self.plurals.get(text.lower(), ""), NAME_KINDS)
            if hits:
                entry, kind = hits[0]
                found.append((start, end, entry, kind))
        return found

    def people_named(self, text: str) -> list[tuple[str, Entry]]:
        """(surname key, entry) of every gazetteer person whose full name or an alias of several words
        ``text`` holds: whom a surname written before the full name ("Takaichi and Lee vow ..." over an
        article that names Lee Jae-myung later) may stand for."""
        folded = fold(text).lower()
        found = []
        # only the people whose names begin with a word of the text: a pattern per person and text is costly
        candidates = set().union(*(self.people_by_word.get(w, ()) for w in set(re.findall(r"\w+", folded))))
        for index in sorted(candidates):
            entry, keys, forms = self.people[index]
            for form in forms:
                if form in folded and re.search(rf"(?<!\w){re.escape(form)}(?!\w)", folded):
                    found += [(key, entry) for key in keys]
                    break
        return found

    def _case_fits(self, text: str) -> bool:
        """Names are capitalised; acronyms must be upper case as written ("US", not "us"), or, of four letters
        or more, capitalised as British and African papers write them ("Nato", "Ecowas", "Sadc")."""
        if not any(c.isupper() for c in text):
            return False
        forms = self.forms.get(text.lower(), ())
        if forms and all(f.isupper() and len(f) <= 6 for f in forms):
            return text.isupper() or title_cased_acronym(text)
        return True


def title_cased_acronym(text: str) -> bool:
    """An acronym of four letters or more written as a name ("Nato", "Amisom")."""
    return len(text) >= 4 and text.isalpha() and text[:1].isupper() and text[1:].islower()


@functools.cache
def gazetteer_matcher(nlp, gazetteer: Gazetteer) -> GazetteerMatcher:
    """One matcher per (pipeline, gazetteer), built on first use."""
    return GazetteerMatcher(nlp, gazetteer)


def find_mentions(doc, matcher: GazetteerMatcher, lexicon: Lexicon) -> list[Mention]:
    """Mentions in ``doc`` (a spaCy Doc), sorted, never overlapping."""
    from spacy.util import filter_spans

    gaz = []
    matches = list(matcher(doc))
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
    ner = list(_ner_mentions(doc, matcher, lexicon, known)) if doc.has_annotation("ENT_IOB") else []
    named = known | {i for m in ner for i in range(m.start, m.end)}
    ner += titled_names(doc, matcher, lexicon, named)
    ner += appositive_names(doc, lexicon, named | {i for m in ner for i in range(m.start, m.end)})
    ner += names_after_kind_nouns(doc, lexicon, named | {i for m in ner for i in range(m.start, m.end)})
    ner += initialled_bodies(doc, lexicon, named | {i for m in ner for i in range(m.start, m.end)})
    ner += weapon_designations(doc, lexicon)
    ner += listed_names(doc, ner, named | {i for m in ner for i in range(m.start, m.end)})
    mentions = with_legal_forms(doc, _merge(gaz, ner), lexicon)
    ships = ship_names(doc, lexicon, mentions)
    if ships:  # "the aircraft carrier USS George Washington": a ship, neither a firm nor Washington
        mentions = [m for m in mentions if not any(i in ships for i in range(m.start, m.end))]
    spans = filter_spans([doc[m.start:m.end] for m in mentions])
    keep = {(s.start, s.end) for s in spans}
    result = sorted((m for m in mentions if (m.start, m.end) in keep), key=lambda m: m.start)
    result = nicknamed_people(doc, result, lexicon, matcher.gazetteer)
    result = _blocs(doc, _missions(doc, result, lexicon))
    _link_acronyms(doc, result)
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


def _listed_states(doc, end: int, at: dict[int, Mention]) -> list[Mention]:
    """The states of a list ("Poland, Hungary and the Czech Republic") that ends at token ``end``."""
    ends = {m.end: m for m in at.values()}
    found, i = [], end
    while i > 0:
        m = ends.get(i)
        if m is not None and m.type == "state" and not m.is_demonym:
            found.append(m)
            i = m.start
        elif doc[i - 1].lower_ in (",", "and", "the") and found:
            i -= 1
        else:
            break
    return found


def _blocs(doc, mentions: list[Mention]) -> list[Mention]:
    """"France, Germany and the UK (the E3)", "Poland, Hungary and Slovakia (the Visegrad Group)":
    a name in brackets right after a list of states is the body they form (an organisation, whatever
    its name suggests); kind "bloc" records that the states are its members."""
    at = {m.start: m for m in mentions}
    for i, tok in enumerate(doc):
        if tok.text != "(" or len(_listed_states(doc, i, at)) < 2 or \
                any(m.end == i and _initials_of(doc, m) for m in mentions):
            continue  # ("Australia and Papua New Guinea (PNG)": the last state's own initials)
        start = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
        close = next((j for j in range(start, min(start + 5, len(doc))) if doc[j].text == ")"), None)
        if close is None or close == start or not all(t.text[:1].isupper() or t.is_digit for t in doc[start:close]):
            continue
        inside = [m for m in mentions if start <= m.start < close]
        if any(m.entry is not None and m.type != "organization" for m in inside):
            continue  # a known state, firm or person in brackets is something else
        known = next((m for m in inside if m.entry is not None), None)
        actor = known.actor if known is not None else Actor.new(doc[start:close].text, "organization")
        mentions = [m for m in mentions if m not in inside]
        mentions.append(Mention(start, close, actor, "bloc", doc[start:close].text, known.entry if known else None))
    return sorted(mentions, key=lambda m: m.start)


def _missions(doc, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """"the African Union Mission in Somalia (AMISOM)", "the SADC Mission in the DRC": a body's
    named mission (a capitalised name ending in a `mission_heads` word, then "in" or "to" and a
    state) names the body, with the state it serves in as its ``place``; so does the acronym in
    brackets after it."""
    heads = lexicon.noun_class.get("mission_heads", frozenset())
    at = {m.start: m for m in mentions}
    for m in [m for m in mentions if m.type == "organization"]:
        j = m.end
        while j < len(doc) and j - m.end < 6 and j not in at and doc[j].is_alpha and doc[j].text[:1].isupper():
            j += 1
        if j == m.end or doc[j - 1].lower_ not in heads or j >= len(doc) or doc[j].lower_ not in ("in", "to", "for"):
            continue
        k = j + 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")
        state = at.get(k)
        if state is None or state.type != "state" or state.is_demonym:
            continue
        mission = Mention(m.start, state.end, m.actor, "mission", doc[m.start:state.end].text, m.entry, state.actor)
        mentions = [x for x in mentions if x is not m and x is not state] + [mission]
        a = state.end
        if a + 2 < len(doc) and doc[a].text == "(" and doc[a + 2].text == ")" and _ACRONYM.match(doc[a + 1].text):
            mentions = [x for x in mentions if x.start != a + 1]
            mentions.append(Mention(a + 1, a + 2, m.actor, "mission", doc[a + 1].text, None, state.actor))
    return sorted(mentions, key=lambda m: m.start)


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


def _capitals(token) -> bool:
    """A short word in capitals, in a sentence that is not, after no title or first name ("Hyundai and SIMA"):
    an acronym more likely than a surname (a communiqué's "President Thabo MBEKI" still is one)."""
    if not (1 < len(token.text) <= 4 and token.text.isupper()):
        return False  # (first: spaCy finds a token's sentence by walking the doc)
    sent = token.sent
    before = token.doc[token.i - 1] if token.i > sent.start else None
    return not sent.text.isupper() and (before is None or not before.text[:1].isupper())


def _title_before_name(doc, i: int, lexicon: Lexicon) -> bool:
    """"Sheikh Salem al-Sabah", "Prince Faisal": an honorific before a name, never the surname of someone
    else whose name ends with that word ("Hussein al-Sheikh")."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return doc[i].lower_ in lexicon.honorifics and after is not None and after.text[:1].isupper() and \
        after.pos_ == "PROPN"


def _ner_mentions(doc, matcher: GazetteerMatcher, lexicon: Lexicon, known: set[int]):
    for token in doc:  # "Modi and Yunus met": a leader's surname the model found no entity in
        entry = matcher.surnames.get(name_key(fold(token.text))) if token.pos_ == "PROPN" and not token.ent_type_ \
            and token.i not in known and not _capitals(token) and not _title_before_name(doc, token.i, lexicon) \
            else None
        if entry is not None and _leader(entry) and not in_double_barrelled_name(doc, token.i, matcher.surnames):
            yield Mention(token.i, token.i + 1, entry.actor(), "surname", token.text, entry)
    for ent in doc.ents:
        # ("a consortium of Hyundai and SIMA": a short word in capitals after no name or title is an acronym)
        entry = matcher.surnames.get(name_key(fold(ent.text))) if len(ent) == 1 and \
            not in_double_barrelled_name(doc, ent.start, matcher.surnames) and \
            not _capitals(ent[0]) and not _title_before_name(doc, ent.start, lexicon) else None
        if entry is not None and (ent.label_ == "PERSON" or _leader(entry)) and ent.start not in known and \
                ent.label_ in NER_LABELS:
            # "spoke with Trump", "Yunus said": a leader's surname, whatever the model took it for
            yield Mention(ent.start, ent.end, entry.actor(), "surname", ent.text, entry)
            continue
        if ent.label_ not in NER_LABELS or ent.label_ in ("NORP", "GPE"):
            continue  # states come from the gazetteer; unknown places are not actors
        for part in _split_at_commas(doc, ent):  # "X's Association of ..., Aibek Baryssov": two names
            mention = _ner_mention(doc, part, ent.label_, lexicon, known)
            if mention is not None:
                yield _without_initials(doc, mention, matcher)


def _without_initials(doc, mention: Mention, matcher: GazetteerMatcher) -> Mention:
    """"Antony J. Blinken", "George W. Bush": the gazetteer person the name is without its middle initials."""
    words = [t.text for t in doc[mention.start:mention.end]]
    if mention.type != "person" or len(words) < 3 or not any(_INITIAL.match(w) for w in words[1:-1]):
        return mention
    bare = " ".join(w for n, w in enumerate(words) if not (0 < n < len(words) - 1 and _INITIAL.match(w)))
    hits = [(entry, kind) for entry, kind in matcher.gazetteer.candidates(bare, NAME_KINDS) if entry.type == "person"]
    if not hits:
        return mention
    return Mention(mention.start, mention.end, hits[0][0].actor(), hits[0][1], mention.text, hits[0][0])


_LEADER = re.compile(r"^(President|Prime Minister|Chancellor|King|Emir|Supreme Leader)\b")


def _leader(entry: Entry) -> bool:
    """Whether a gazetteer person heads a state or government now, whose surname alone names them."""
    return bool(_LEADER.match(entry.external_ids.get("role", ""))) and "(" not in entry.external_ids["role"].split(";")[0]


def _starts_a_title(doc, span, lexicon: Lexicon) -> bool:
    """Is the entity the first word(s) of a title that goes on after it ("*Defence* Minister X",
    "*Foreign* Secretary")? Then it names no one."""
    after = " ".join(t.lower_ for t in doc[span.end:min(span.end + 3, len(doc))])
    whole = " ".join(t.lower_ for t in span)
    return any(title.startswith(whole + " ") and (whole + " " + after + " ").startswith(title + " ")
               for title in lexicon.titles)


def _portfolio(doc, span, lexicon: Lexicon, known: set[int]) -> bool:
    """Is the entity the portfolio of a minister or ministry ("Minister of *International Relations and
    Cooperation*")? Then it is the state's office, no body of its own."""
    start = span.start  # ("Minister of Foreign Affairs and *International Cooperation*": back over the portfolio)
    # (not over a state's name: "the foreign ministers of Gabon and Cameroon, X and Y", nor over the name's own
    # honorific: "Minister of Foreign Affairs Eng. X", "... Affairs Sheikh X")
    while start > 0 and span.start - start < 8 and start - 1 not in known and (
            doc[start - 1].lower_ in ("the", "and", "&") or doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN"
            and not (start == span.start and doc[start - 1].lower_.rstrip(".") in lexicon.honorifics)):
        start -= 1
    return start > 1 and doc[start - 1].lower_ in ("of", "for") and \
        doc[start - 2].lower_ in lexicon.noun_class["portfolio_heads"]


def _split_at_commas(doc, ent):
    start = ent.start
    for i in range(ent.start, ent.end + 1):
        if i == ent.end or doc[i].text == ",":
            if i > start:
                yield doc[start:i]
            start = i + 1


def _ner_mention(doc, ent, label: str, lexicon: Lexicon, known: set[int]) -> Mention | None:
    span = _trim(doc, ent, label, lexicon, known)
    if span is None or _starts_a_title(doc, span, lexicon) or names_offices(span, lexicon) or \
            _portfolio(doc, span, lexicon, known):
        return None
    name = clean_name(span.text, lexicon if label == "PERSON" else None)
    if not name or len(span) == 1 and span[0].lower_ in lexicon.noun_class["agreement"]:
        return None  # (and "the Treaty", tagged ORG, is a paper, not a body)
    if label == "FAC":  # a building or a site, unless its name says it is a body ("the Sahel Policy Forum")
        actor_type = name_type(name, lexicon)
        if actor_type in ("organization", "ngo", "company", "armed_group"):
            return Mention(span.start, span.end, Actor.new(name, actor_type), "ner", span.text)
        return None
    # "Argentina's Foreign Ministry said", tagged PERSON or read as a title's holder: the state's office, no one
    # of its own
    office = names_state_body(name, lexicon)
    if label == "PERSON" and office:
        return None
    actor_type = context_type(span, lexicon, own_appositions=label != "PERSON")
    if actor_type is None and label == "PERSON":
        actor_type = kind_of_own_apposition(span, lexicon)
    if actor_type is None and label == "PERSON":  # a "person" called "... Liberation Front" is a group
        actor_type = name_type(name, lexicon, head_only=True, types=("armed_group", "organization", "ngo")) or "person"
    elif actor_type is None:
        actor_type = name_type(name, lexicon)
    if actor_type is None and _person_like(span) and not office and _titled(doc, span, lexicon):
        actor_type = "person"  # "the Head of X's Association, Aibek Baryssov" (tagged ORG)
    if actor_type is None or actor_type == "person" and (not _person_like(span) or span[-1].lemma_.lower() in (
            "base", "airbase", "camp")):  # "Incirlik Air Base", tagged PERSON, is a place
        return None
    return Mention(span.start, span.end, Actor.new(name, actor_type), "ner", span.text)


def _trim(doc, ent, label: str, lexicon: Lexicon, known: set[int] = frozenset()):
    """The entity without leading determiners, titles, hyphenated qualifiers ("Russian-led") and
    a trailing possessive."""
    start, end = ent.start, ent.end
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].pos_ == "CCONJ" or
                           label == "PERSON" and doc[end - 1].text.islower()):
        end -= 1  # (and "Ebrahim Rasool persona non grata": a name's words are capitalised; "the National Army
        # and ...": the model's entity ran into the conjunction)
    # "Russian-led X": what precedes a hyphenated participle qualifies the name, it is not the name
    for i in range(end - 1, start, -1):
        if doc[i].lower_ in lexicon.participles and doc[i - 1].text in ("-", "–"):
            start = i + 1
            break
    for i in range(end - 1, start, -1):  # "Kazakhstan's Association of ...": the owner is a known name
        if (doc[i].tag_ == "POS" or doc[i].lower_ in ("'s", "’s")) and i - 1 in known:
            start = i + 1
            break
    while start < end and (doc[start].pos_ in ("DET", "ADP", "PUNCT", "PART") or doc[start].lower_ in ("'s", "’s")):
        start += 1
    if label == "PERSON":
        words = [t.lower_.rstrip(".") for t in doc[start:end]]
        cut = honorific_length(words, lexicon)
        start += cut
        # "Secretary of State Antony J. Blinken" found as "J. Blinken": a name never opens with a middle initial
        if not cut and start > 0 and _INITIAL.match(doc[start].text) and doc[start - 1].pos_ == "PROPN" and \
                name_token(doc[start - 1].text) and start - 1 not in known and \
                doc[start - 1].lower_ not in {w for t in lexicon.titles for w in t.split()}:
            start -= 1
    return doc[start:end] if end > start else None


def _person_like(span) -> bool:
    tokens = [t for t in span if not t.is_space]
    if len(tokens) < 2 or len(tokens) > 6:
        return False
    return all(name_token(t.text) or t.text in ("-", "'") for t in tokens) and not any(
        t.like_num for t in tokens)


_SPEECH_VERBS = frozenset({"say", "tell", "state", "express", "add", "note", "explain", "stress", "argue",
                           "believe", "claim", "warn", "announce", "write", "assure", "insist", "describe"})


def _titled(doc, span, lexicon: Lexicon) -> bool:
    """A name right after "<title ...>," or before ", <title ...>" ("Olusegun Obasanjo, a former
    Nigerian president"), or that says something, is a person's name."""
    if span.root.dep_ in ("nsubj",) and span.root.head.lemma_.lower() in _SPEECH_VERBS:
        return True
    # (an apposition opens with a determiner or a lower-case word: in "at X, Foreign Secretary Y said" the title is Y's)
    if span.end + 1 < len(doc) and doc[span.end].text == "," and (
            doc[span.end + 1].pos_ == "DET" or doc[span.end + 1].text[:1].islower()):
        after = []
        for tok in doc[span.end + 1:span.end + 8]:
            if tok.is_punct or tok.pos_ in ("VERB", "AUX", "PRON"):
                break
            after.append(tok.lower_)
        if any(f" {title} " in " " + " ".join(after) + " " for title in lexicon.titles) or \
                lexicon.not_office & set(after):  # "X, the billionaire who founded ...": a person's kind
            return True
    i = span.start - 1
    if i < 0 or doc[i].text != ",":
        return False
    words = []
    while i > 0 and len(words) < 10:
        i -= 1
        if doc[i].is_punct and doc[i].text not in ("’s", "'s"):
            break
        words.append(doc[i].lower_)
    text = " " + " ".join(reversed(words)) + " "
    return any(f" {title} " in text for title in lexicon.titles)


def _link_acronyms(doc, mentions: list[Mention]) -> None:
    """"Long Name (ABBR)": a new long name and a known abbreviation (or the reverse) are one actor."""
    for left, right in zip(mentions, mentions[1:]):
        if right.start != left.end + 1 or doc[left.end].text != "(":
            continue
        if right.end >= len(doc) or doc[right.end].text != ")":
            continue
        if left.entry is None and right.entry is not None and right.type != "state":
            left.actor = right.actor.with_aliases([clean_name(left.text, None)])
            left.entry, left.kind = right.entry, "acronym"
        elif right.entry is None and left.entry is not None and left.type != "state" and right.kind != "mission":
            right.actor, right.entry, right.kind = left.actor, left.entry, "acronym"
    # "the Tigray People's Liberation Front (TPLF)": an acronym no source knew names the new actor; a state's only
    # when it spells the state's name ("Papua New Guinea (PNG)", not a dateline's "Kyiv, Ukraine (AP)")
    added = []
    for m in mentions:
        if m.type in ("person", "weapon") or m.type == "state" and not _initials_of(doc, m) or m.end + 2 >= len(doc) + 1:
            continue
        if m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")":
            acronym = doc[m.end + 1]
            if _ACRONYM.match(acronym.text) and not any(o.start == acronym.i for o in mentions):
                m.actor = m.actor.with_aliases([acronym.text])
                added.append(Mention(acronym.i, acronym.i + 1, m.actor, "acronym", acronym.text, m.entry))
    mentions.extend(added)
    mentions.sort(key=lambda m: m.start)


def _initials_of(doc, mention: Mention) -> str | None:
    """The acronym in brackets right after ``mention`` when it is the initials of the mention's capitalised words
    ("Papua New Guinea (PNG)", "the Democratic Republic of the Congo (DRC)"), else None."""
    if mention.end + 2 >= len(doc) or doc[mention.end].text != "(" or doc[mention.end + 2].text != ")":
        return None
    acronym = doc[mention.end + 1].text
    initials = "".join(t.text[0] for t in doc[mention.start:mention.end] if t.text[:1].isupper())
    return acronym if len(initials) > 1 and acronym == initials else None
