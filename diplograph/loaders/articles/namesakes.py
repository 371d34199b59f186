"""Known people's surnames that name someone else in this article: "Morales" in a story about
Bolivia's Evo Morales is not Guatemala's Jimmy Morales, and "General José Wilson Sánchez" is not
Spain's Pedro Sánchez.

The gazetteer knows each leader by full name, and a surname that only one of its people has is read
as that person wherever it stands alone ("Putin", "Erdogan"). Many surnames are common in a whole
region, though, and the press names many people the gazetteer will never hold. Two rules keep a
namesake from taking over:

* :func:`inside_longer_name`: a surname right after another capitalised name word is the end of that
  person's name, unless the word before is a title or an honorific ("President Sánchez").
* :func:`foresee_namesakes`: when the article writes the surname after given names that are not the
  gazetteer person's ("Evo Morales", whether before or after the bare "Morales" of the headline) and
  never names that gazetteer person in full, the bare surname is the person the article names.
  With two such people ("Ricardo Morales" and "Evo Morales"), it is neither of them for sure, and
  the one named last stays the reader's guess, as for any surname.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from diplograph.graph.model import Actor
from diplograph.loaders.articles.given_name_people import given_name_key
from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.mention import fold
from diplograph.loaders.articles.repairs import CALENDAR_WORDS
from diplograph.names import name_key

# a run of capitalised words (with name particles inside) that a space joins, ending in a name word
_RUN = re.compile(r"(?:[A-ZÀ-ÞĀ-Ž][\w'’.\-]*\s(?:(?:al|el|bin|ibn|de|del|da|dos|van|von)\s)?){1,4}[A-ZÀ-ÞĀ-Ž][\w'’\-]+")


def _not_given(lexicon: Lexicon) -> frozenset[str]:
    """Capitalised words before a surname that are no given name: titles, honorifics and the words
    that begin a sentence or name an office ("Judge Morales", "When Morales")."""
    words = {w for t in (*lexicon.titles, *lexicon.honorifics) for w in re.split(r"[\s\-]+", t.rstrip("."))}
    return frozenset(words | set(STOP_WORDS) | set(CALENDAR_WORDS) | set(lexicon.noun_class["not_given_names"]))


def inside_longer_name(doc, i: int, lexicon: Lexicon) -> bool:
    """Is token ``i`` the last word of a longer name ("José Wilson *Sánchez*"), not a surname alone?"""
    before = doc[i - 1] if i > 0 else None
    if before is None or before.i < doc[i].sent.start or not before.text[:1].isupper() or \
            before.pos_ != "PROPN" or not before.whitespace_:
        return False
    return before.lower_.rstrip(".") not in lexicon.made_once(_not_given)


def with_surname_after(doc, ent, known: set[int], lexicon: Lexicon):
    """"General José Wilson Sánchez" tagged PERSON up to "Wilson": a person's entity and the capitalised name word
    right after it that no entity and no gazetteer name holds, the surname the model left out (not a title's
    word: "Tajik Defence | Minister")."""
    after = doc[ent.end] if ent.end < len(doc) else None
    if ent.label_ != "PERSON" or after is None or after.ent_type_ or after.i in known or after.pos_ != "PROPN" or \
            after.lower_ in lexicon.made_once(_not_given) or \
            not after.text[:1].isupper() or not after.text[1:].islower() or not doc[ent.end - 1].whitespace_ or \
            after.i >= ent.sent.end:
        return ent
    return doc[ent.start:ent.end + 1]


def foresee_people(text: str, matcher, context, lexicon: Lexicon) -> None:
    """Before reading ``text``: the gazetteer people it names in full ("Takaichi and Lee vow ..." over an
    article that names Lee Jae-myung later), then the namesakes of the others."""
    states = lexicon.noun_class["given_name_states"]
    for key, person in matcher.people_named(text):
        context.foresee(key, person)
        if (given := given_name_key(person.name, person.external_ids, states)) is not None:
            context.foresee(given, person)  # "Paetongtarn's visit", before "Paetongtarn Shinawatra"
    foresee_namesakes(text, matcher, context, lexicon)


def foresee_namesakes(text: str, matcher, context, lexicon: Lexicon) -> None:
    """Tell ``context`` the person each known surname stands for in ``text`` when the text names another
    person of that surname in full and never the gazetteer's (``matcher``: the gazetteer's surnames and
    forms; a run of words that holds a place, "In La Paz Morales said", names no one)."""
    not_given = lexicon.made_once(_not_given)
    found: dict[str, set[str]] = {}
    for run in _RUN.finditer(text):
        words = run.group(0).split()
        key = name_key(fold(words[-1].rstrip(".")))
        entry = matcher.surnames.get(key)
        if entry is None:
            continue
        while words[:-1] and words[0].lower().rstrip(".") in not_given:
            words = words[1:]
        given = words[:-1]
        if not given or given[-1].lower().rstrip(".") in not_given or given[-1].endswith("."):
            continue  # "President Morales", "Gen. Morales": the surname alone, after a title
        own = {name_key(fold(w)) for form in (entry.name, *entry.aliases) for w in form.split()}
        if own & {name_key(fold(w)) for w in given}:
            continue  # the gazetteer's person, named in full
        if any(w.lower() in matcher.forms for w in given) or " ".join(given).lower() in matcher.forms:
            continue
        found.setdefault(key, set()).add(" ".join(words))
    for key, names in found.items():
        if len(names) == 1 and context.foreseen(key) is None:
            context.namesake(key, Actor.new(names.pop(), "person"))
