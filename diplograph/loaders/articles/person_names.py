"""People the statistical model missed, found by the titles around their names ("junta spokesperson
Zaw Min Tun", "the CEO of Naval Group, Pierre Éric Pommellet"), and the clean-up of a person's name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from diplograph.graph.model import Actor
from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.mention import Mention, fold
from diplograph.loaders.articles.repairs import CALENDAR_WORDS
from diplograph.names import name_key

if TYPE_CHECKING:
    from diplograph.loaders.articles.gazetteer_matching import GazetteerMatcher

_NAME_REST = re.compile(r"^[\w'’.\-]*$")
_NAME_PARTICLE = re.compile(r"^(?:al|el|bin|ibn|de|van|von|der|du|da|la|le|ul|ud)$|^[a-z]{1,3}-[A-Z][\w'’\-]*$")
_FUNCTION_WORDS = frozenset({"for", "of", "to", "at", "in", "on", "the", "and"})


def date_word(token) -> bool:
    """A month or weekday is never part of a person's name ("the presidency for September"), except
    where the model reads it as a person's ("Theresa May")."""
    return token.ent_type_ in ("DATE", "TIME") or (token.lower_ in CALENDAR_WORDS and token.ent_type_ != "PERSON")


def name_token(text: str) -> bool:
    """Whether a word can be part of a person's name: capitalised in any alphabet ("Éric", "Łukasz"),
    or a particle ("al", "bin", "van", "al-Sisi").

    >>> [name_token(w) for w in ("Éric", "al", "al-Sisi", "said", "2024")]
    [True, True, True, False, False]
    """
    return (text[:1].isupper() and bool(_NAME_REST.match(text[1:]))) or bool(_NAME_PARTICLE.match(text))


_HYPHENS = frozenset({"-", "‐", "‑"})


def in_double_barrelled_name(doc, i: int, surnames) -> bool:
    """Is token ``i`` one half of a double-barrelled surname ("Wanda Tulfo-Teo", "Teo-Morales"), glued by a hyphen
    to a capitalised word of four letters or more that is no known surname (so "the Trump-Putin summit" keeps
    both leaders, "al-Sisi" its leader)?

    >>> import spacy
    >>> doc = spacy.blank("en")("Secretary Wanda Tulfo-Teo signed the Trump-Putin deal")
    >>> in_double_barrelled_name(doc, 4, {}), in_double_barrelled_name(doc, 1, {})
    (True, False)
    >>> in_double_barrelled_name(doc, 9, {name_key("Trump"): None})
    False
    """
    for hyphen, other in ((i - 1, i - 2), (i + 1, i + 2)):
        if not (0 <= min(hyphen, other) and max(hyphen, other) < len(doc)) or doc[hyphen].text not in _HYPHENS:
            continue
        first, second = sorted((i, other))
        glued = not doc[first].whitespace_ and not doc[first + 1].whitespace_ and second == first + 2
        word = doc[other].text
        if glued and len(word) >= 4 and word[:1].isupper() and not word.isupper() and \
                name_key(fold(word)) not in surnames:
            return True
    return False


def titled_names(doc, matcher: GazetteerMatcher, lexicon: Lexicon, taken: set[int]) -> list[Mention]:
    """People the statistical model missed but a title or honorific announces: capitalised
    words right after "spokesperson", "President", "Dr." ("junta spokesperson Zaw Min Tun",
    "President Lourenço"). Not a body named after an office ("General Assembly", "Prime Minister's
    Office"): the words must look like a name and carry no word of an organisation's name."""
    heads, phrases = lexicon.made_once(_announcing_words)
    found = []
    lowers = [t.lower_ for t in doc]  # (each title phrase is tried at every word)
    i = 0
    while i < len(doc) - 1:
        word = doc[i]
        if word.lower_.rstrip(".") in heads or word.lower_ in heads or \
                any(tuple(lowers[max(0, i + 1 - len(p)):i + 1]) == p for p in phrases):
            j = i + 1
            while j < len(doc) and j - i <= 4 and j not in taken and doc[j].pos_ == "PROPN" and \
                    doc[j].text[:1].isupper() and name_token(doc[j].text) and not date_word(doc[j]) and \
                    doc[j].lower_.rstrip(".") not in heads and not _plural_title(doc[j].lower_, heads):
                j += 1
            span = doc[i + 1:j]
            if len(span) >= 1 and (j >= len(doc) or doc[j].pos_ != "PROPN") and not body_words(span, lexicon) \
                    and not (len(span) == 1 and doc[j - 1].ent_type_ in ("GPE", "NORP", "LOC", "ORG")) \
                    and not event_words(span, lexicon) and not _named_site(span, lexicon):
                name = clean_name(span.text, lexicon)
                known = matcher.surnames.get(name_key(fold(span[-1].text))) if len(span) == 1 else None
                if known is not None:  # "President Yoon": the one known person of that surname
                    found.append(Mention(span.start, span.end, known.actor(), "surname", span.text, known))
                elif name:
                    found.append(Mention(span.start, span.end, Actor.new(name, "person"), "titled", span.text))
                    i = j
                    continue
        i += 1
    return found


def _named_site(span, lexicon: Lexicon) -> bool:
    """"King Abdulaziz International Airport", "Prince Sultan Air Base": a place named after a titled person."""
    return span[-1].lower_ in lexicon.noun_class["place_feature_words"] or any(t.ent_type_ == "FAC" for t in span)


def _announcing_words(lexicon: Lexicon) -> tuple[set[str], set[tuple[str, ...]]]:
    """The last words of the titles and honorifics that announce a name, and the whole titles whose
    last word is a function word ("spokesman for X": only the whole phrase announces a name, not every "for")."""
    titles = (*lexicon.titles, *lexicon.honorifics, *lexicon.abbreviated_titles)
    # a title ending in its portfolio ("minister of energy") announces a name only as a whole: its last word alone
    # is often a word of a firm's name ("Sepehr Energy Jahan Nama Pars", a company)
    whole = {t for t in titles if t.split()[-1] in _FUNCTION_WORDS or " of " in t}
    heads = {t.split()[-1] for t in titles if t not in whole}
    phrases = {tuple(t.split()) for t in whole}
    return heads, phrases


def _plural_title(word: str, heads) -> bool:
    """"the Defence Ministers of Estonia and Latvia": a plural office after a title word names office-holders,
    no one called "Ministers"."""
    return word.endswith("s") and (word[:-1] in heads or word.endswith("ies") and word[:-3] + "y" in heads)


def names_offices(span, lexicon: Lexicon) -> bool:
    """Does ``span`` hold a plural office ("The Defense Ministers of Estonia", "the Defence Secretaries"), which
    the model may tag as a law or a body? It names the holders, neither a place nor a body (unlike a body named
    after them: "the Nordic Council of Ministers").

    >>> import spacy
    >>> from diplograph.loaders.articles.lexicon import load_lexicon
    >>> doc = spacy.blank("en")("The Defense Ministers of Estonia met the Minister of Defence and the Council of Ministers")
    >>> [names_offices(doc[a:b], load_lexicon()) for a, b in ((0, 5), (6, 10), (11, 15))]
    [True, False, False]
    """
    heads, title_words = lexicon.made_once(_office_words)
    return any(_plural_title(t.lower_, heads) for t in span) and \
        not body_words([t for t in span if t.lower_ not in title_words], lexicon)


def _office_words(lexicon: Lexicon) -> tuple[set[str], set[str]]:
    """The last words of the titles, and every word of them ("Defence" is no firm's "Defense" in an office)."""
    return {t.split()[-1] for t in lexicon.titles}, {w for t in lexicon.titles for w in t.split()}


def appositive_names(doc, lexicon: Lexicon, taken: set[int]) -> list[Mention]:
    """"the Chairman and CEO of Naval Group, Pierre Éric Pommellet": a name the model missed, set off by a
    comma after a phrase that holds a title, is that office holder (two to four capitalised words)."""
    heads = {t.split()[-1] for t in lexicon.titles}
    found = []
    for comma in (t for t in doc if t.text == "," and t.i + 2 < len(doc)):
        j = comma.i + 1
        while j < len(doc) and j - comma.i <= 4 and j not in taken and doc[j].pos_ == "PROPN" and \
                doc[j].text[:1].isupper() and name_token(doc[j].text) and not date_word(doc[j]):
            j += 1
        span = doc[comma.i + 1:j]
        before = doc[max(comma.sent.start, comma.i - 8):comma.i]
        if 2 <= len(span) <= 3 and span.root.dep_ == "appos" and (j >= len(doc) or doc[j].pos_ != "PROPN") and \
                any(t.lower_ in heads for t in before) and not body_words(span, lexicon) and \
                not any(t.ent_type_ in ("GPE", "ORG", "NORP", "LOC") for t in span):
            name = clean_name(span.text, lexicon)
            if name:  # "..., Major General (res.)": titles alone, the name cut off by the sentence's end
                found.append(Mention(span.start, span.end, Actor.new(name, "person"), "titled", span.text))
    return found


def body_words(span, lexicon: Lexicon) -> bool:
    cues = {w for kind in ("organization", "company", "ngo", "armed_group") for w in lexicon.actor_cues.get(kind, ())}
    kinds = lexicon.noun_class["actor_kinds"]  # "Member States" are states, not a person titled "Member"
    return any(t.lower_ in cues or t.lower_ in ("assembly", "council", "staff", "office", "command", "court")
               or t.lower_ in kinds or t.lower_.endswith("s") and t.lower_[:-1] in kinds for t in span)


_TITLE_WORDS: dict[int, tuple[Lexicon, tuple[list[str], ...]]] = {}


def _title_words(lexicon: Lexicon) -> tuple[list[str], ...]:
    """The words of every honorific and title, split once per lexicon: names are cleaned often."""
    cached = _TITLE_WORDS.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        titles = tuple([part.rstrip(".") for part in title.split()]  # "H.E." is compared as "h.e"
                       for title in (*lexicon.honorifics, *lexicon.titles, *lexicon.abbreviated_titles))
        cached = _TITLE_WORDS[id(lexicon)] = (lexicon, titles)
    return cached[1]


def event_words(span, lexicon: Lexicon) -> bool:
    """"the President's State Visit", "the Maritime Security Partnership": a capitalised word the lexicon
    reads as an act or a tie (a noun trigger) names an event or a programme, not a person."""
    return any(lexicon.nouns_for(t.lower_) or lexicon.nouns_for(t.lemma_.lower()) for t in span)


def honorific_length(words: list[str], lexicon: Lexicon) -> int:
    """How many leading words are titles or ranks ("Colonel General", "President")."""
    n = 0
    titles = _title_words(lexicon)
    while n < len(words):
        for parts in titles:
            if words[n:n + len(parts)] == parts:
                n += len(parts)
                break
        else:
            break
    return n


def clean_name(text: str, lexicon: Lexicon | None) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:\"'“”‘’()[]")
    text = re.sub(r"['’]s$", "", text)
    if lexicon is not None:
        words = text.split(" ")
        text = " ".join(words[honorific_length([w.lower().rstrip(".") for w in words], lexicon):])
    return text
