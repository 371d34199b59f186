"""Mentions of names the gazetteer lacks, from spaCy's statistical NER (PERSON, ORG, FAC; NORP and
GPE are left to the gazetteer), and of known leaders named by surname alone.

An entity is trimmed of determiners, titles and possessives, dropped when it is the start of a title
("*Defence* Minister X") or a minister's portfolio, and typed by cue words in the name or around it
("... Technologies" is a company, "drone company X"); a name the model took for a body is a person's
when a title or a speech verb goes with it.
"""

from __future__ import annotations

import re

from diplograph.gazetteer import NAME_KINDS, Entry
from diplograph.graph.model import Actor
from diplograph.loaders.articles.gazetteer_matching import GazetteerMatcher
from diplograph.loaders.articles.introduced_names import (
    completed_end,
    introduced_as_person,
    operation_mention,
    operation_start,
)
from diplograph.loaders.articles.kind_names import kind_of_own_apposition
from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.mention import Mention, fold
from diplograph.loaders.articles.name_types import context_type, name_type, names_state_body
from diplograph.loaders.articles.namesakes import inside_longer_name, with_surname_after
from diplograph.loaders.articles.person_names import (
    clean_name,
    honorific_length,
    in_double_barrelled_name,
    name_token,
    names_offices,
)
from diplograph.names import name_key

NER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})
_INITIAL = re.compile(r"^[A-Z]\.$")


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


def ner_mentions(doc, matcher: GazetteerMatcher, lexicon: Lexicon, known: set[int], seats: set[int] = frozenset()):
    for token in doc:  # "Modi and Yunus met": a leader's surname the model found no entity in
        entry = matcher.surnames.get(name_key(fold(token.text))) if token.pos_ == "PROPN" and not token.ent_type_ \
            and token.i not in known and not _capitals(token) and not _title_before_name(doc, token.i, lexicon) \
            else None
        if entry is not None and _leader(entry) and not in_double_barrelled_name(doc, token.i, matcher.surnames) \
                and not inside_longer_name(doc, token.i, lexicon):
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
        ent = with_surname_after(doc, ent, known, lexicon)
        for part in _split_at_commas(doc, ent, lexicon.noun_class["legal_forms"]):  # "X's Association of ..., Aibek Baryssov": two names
            mention = _ner_mention(doc, without_seat(doc, part, ent.label_, seats), ent.label_, lexicon, known)
            if mention is not None:
                yield _without_initials(doc, mention, matcher)


def without_seat(doc, span, label: str, seats: set[int]):
    """"the Altiplano Institute for Democracy in La Paz", tagged whole: a body's name ends before "in" and the
    city the gazetteer knows (``seats``: tokens of capitals and places) that says where it sits; a state's name
    after "in" may be part of the name ("the Centre for Human Rights in Iran") and stays."""
    if label == "PERSON":
        return span
    for k in range(span.end - 2, span.start + 1, -1):
        if doc[k].lower_ == "in" and all(i in seats for i in range(k + 1, span.end)):
            return doc[span.start:k]
    return span


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
    if len(span) > 2 and span[1].lower_ in ("of", "for") and span[0].lower_ in lexicon.noun_class["portfolio_heads"] \
            and span[0].lower_ in lexicon.titles:
        return True  # "the *Minister for Trade and Industry*, X", tagged whole: an office, whose state is found as a
        # bare title's (unstated_offices.py), not a body called so
    return start > 1 and doc[start - 1].lower_ in ("of", "for") and \
        doc[start - 2].lower_ in lexicon.noun_class["portfolio_heads"]


def _split_at_commas(doc, ent, legal_forms=frozenset()):
    start = ent.start
    for i in range(ent.start, ent.end + 1):  # ("... Petrochemical Co., Ltd.": a legal form after a comma is the name's)
        if i == ent.end or doc[i].text == "," and not (i + 1 < ent.end and doc[i + 1].lower_ in legal_forms):
            if i > start:
                yield doc[start:i]
            start = i + 1


def _describes_a_kind(span, lexicon: Lexicon) -> bool:
    """Is the entity a word that describes a kind of group in an indefinite description ("the FDLR, *a Rwandan Hutu*
    armed group", "the White Army, *a mostly Nuer* militia")? People of a stock or creed named as what a group is made
    of, not the group's name (a named group so described comes from the gazetteer, not from here)."""
    last = span[-1]
    head = last.head
    if last.dep_ not in ("amod", "compound", "nmod") or head.i < span.end or \
            head.lemma_.lower() not in lexicon.noun_class["collective"]:
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)


def _ner_mention(doc, ent, label: str, lexicon: Lexicon, known: set[int]) -> Mention | None:
    span = _trim(doc, ent, label, lexicon, known)
    if span is None or _starts_a_title(doc, span, lexicon) or names_offices(span, lexicon) or \
            _portfolio(doc, span, lexicon, known) or _describes_a_kind(span, lexicon):
        return None
    name = clean_name(span.text, lexicon if label == "PERSON" else None)
    if not name or len(span) == 1 and span[0].lower_ in lexicon.noun_class["agreement"]:
        return None  # (and "the Treaty", tagged ORG, is a paper, not a body)
    operation = operation_start(doc, span)
    if operation is not None:  # "Operation Desert Lantern": never a person, a body only when said to be one
        return operation_mention(doc, operation, span, lexicon)
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
    if actor_type is None and _person_like(span) and not office and (
            _titled(doc, span, lexicon) or introduced_as_person(doc, span, lexicon)):
        actor_type = "person"  # "the Head of X's Association, Aibek Baryssov" (tagged ORG)
    if actor_type is None or actor_type == "person" and (not _person_like(span) or span[-1].lemma_.lower() in (
            "base", "airbase", "camp")):  # "Incirlik Air Base", tagged PERSON, is a place
        return None
    if actor_type == "person" and span[-1].lower_ in lexicon.noun_class["documents"]:
        return None  # "Joint Statement of the Republic of Iraq", a heading tagged PERSON, is a paper
    if actor_type == "person" and not clean_name(span.text, lexicon):
        return None  # "Brig. Gen.", tagged ORG before a name the sentence splitter cut off: ranks, no one
    end = completed_end(doc, span, lexicon, known) if actor_type != "person" else span.end
    if end > span.end:  # "the Centre for Strategic [and International Studies]"
        span = doc[span.start:end]
        name = clean_name(span.text, None)
    return Mention(span.start, span.end, Actor.new(name, actor_type), "ner", span.text)


def _trim(doc, ent, label: str, lexicon: Lexicon, known: set[int] = frozenset()):
    """The entity without leading determiners, titles, hyphenated qualifiers ("Russian-led") and
    a trailing possessive."""
    start, end = ent.start, ent.end
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].pos_ == "CCONJ" or
                           label == "PERSON" and doc[end - 1].text.islower() or
                           doc[end - 1].is_lower and doc[end - 1].pos_ in ("DET", "ADP")):
        end -= 1  # (and "Ebrahim Rasool persona non grata": a name's words are capitalised; "the National Army
        # and ...": the model's entity ran into the conjunction; "joined the Organisation at the Astana summit",
        # tagged up to "at the": no name ends in an article or a preposition)
    opening = next((i for i in range(start + 1, end) if doc[i].text == "("), None)
    if opening is not None and not any(doc[i].text == ")" for i in range(opening, end)):
        end = opening  # "the Democratic Coalition (DK) party" tagged up to "(DK": the initials are no part of the name
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

