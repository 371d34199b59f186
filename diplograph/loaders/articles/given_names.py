"""People the statistical model missed, found by their given name: "the team headed by Vera Grabe",
"the delegation of Pablo Beltrán", "Brice Clotaire Oligui Nguema was elected".

The small English model finds the people of English-language news and often misses a name foreign to
it, with no title before it to announce it. A run of two to four capitalised proper nouns that opens
with a given name of any language (``gazetteer/given_names.txt``, generated from name lists) and
that nothing else claimed is a person's full name. Not when the run is part of a longer name (a
capitalised word or a glued hyphen before or after it: "the Torrijos-Carter Treaties"), holds a word
of a body, an event or a place ("Simon Bolivar University", "Pablo Neruda Prize", "Lucia Valley"), a
title, a date or an acronym, nor in a headline whose every word is capitalised.
"""

from __future__ import annotations

import functools
from importlib import resources

from diplograph.graph.model import Actor
from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.mention import Mention
from diplograph.loaders.articles.person_names import body_words, clean_name, date_word, event_words, name_token

_LONGEST = 4
# what the model calls a foreign name it does not take for a person ("the team of Ilse Vandermeulen" a work of
# art); a body, place or people it names stays the model's
_ODD_LABELS = frozenset({"", "PERSON", "WORK_OF_ART", "PRODUCT"})
_HYPHENS = frozenset({"-", "‐", "‑"})


@functools.cache
def given_names() -> frozenset[str]:
    text = resources.files("diplograph.gazetteer").joinpath("given_names.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _title_words(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(w.rstrip(".") for t in (*lexicon.titles, *lexicon.honorifics) for w in t.split())


def _name_word(token, taken: set[int]) -> bool:
    return token.i not in taken and token.pos_ == "PROPN" and token.text[:1].isupper() and \
        name_token(token.text) and not (len(token.text) > 1 and token.text.isupper()) and \
        not date_word(token) and token.ent_type_ in _ODD_LABELS


def _capitalised_headline(sent) -> bool:
    words = [t for t in sent if t.is_alpha and len(t.text) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) > 0.7 * len(words)


def given_named_people(doc, lexicon: Lexicon, taken: set[int]) -> list[Mention]:
    names, titles = given_names(), lexicon.made_once(_title_words)
    found: list[Mention] = []
    i = 0
    while i < len(doc) - 1:
        word = doc[i]
        if word.text not in names or not _name_word(word, taken) or word.lower_ in titles:
            i += 1
            continue
        before = doc[i - 1] if i > word.sent.start else None
        j = i + 1
        while j < len(doc) and j - i < _LONGEST and _name_word(doc[j], taken) and doc[j].lower_ not in titles:
            j += 1
        after = doc[j] if j < len(doc) else None
        span = doc[i:j]
        if len(span) >= 2 and not (before is not None and (before.text[:1].isupper() and before.pos_ == "PROPN" or
                                                          before.text in _HYPHENS and not before.whitespace_)) \
                and not (after is not None and (after.text[:1].isupper() and after.pos_ == "PROPN" or
                                                after.text in _HYPHENS and not doc[j - 1].whitespace_)) \
                and not body_words(span, lexicon) and not event_words(span, lexicon) \
                and not any(t.lower_ in lexicon.noun_class["place_feature_words"] for t in span) \
                and not _capitalised_headline(word.sent):
            found.append(Mention(span.start, span.end, Actor.new(clean_name(span.text, lexicon), "person"), "ner",
                                 span.text))
            i = j
            continue
        i += 1
    return found
