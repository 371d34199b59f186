"""Relation words typed nearly right: "who was quick to congradulate X", "which states sanctionned Y", "who is
mediatting between A and B", "when did X pull its ambasador out" (a word of a longer trigger, or a type word).

Analysts type fast, and a question whose only relation word is misspelt names no relation at all. When nothing
reads a question, each word of it that is no relation word, no name and no word the reader skips is compared with
the relation words the reader knows (the grammar's verbs in every inflection, ``loose.yaml``'s nouns and the
article extractor's triggers it reads), unless it is an English word (the English model's lemma index, WordNet's
words, with its inflection rules: "planned" is no misspelt "panned"; without the model nothing is respelt): a word
is read as one of them only when exactly one is close (the same
first letter, a length within two, and at most one edit in a short word, two in a long one: a letter left out,
added, changed or two swapped), so a word close to two relation words ("sanctioned" or "sectioned"?) stays as
typed. The question is then asked with the word respelt, and the reading says so.

>>> respelt("who was quick to congradulate maduro on his re-election")
('who was quick to congratulate maduro on his re-election', [('congradulate', 'congratulate')])
>>> respelt("who attached the report") is None   # a real word, not "attacked"
True
>>> respelt("when did X pull its ambasador out of Y")   # a word of a longer trigger
('when did X pull its ambassador out of Y', [('ambasador', 'ambassador')])
"""

from __future__ import annotations

import functools
import re

from diplograph.queries.loose import _TOKEN, load_lexicon

_SHORTEST = 6  # shorter words are too near too many others ("met", "hit", "ban") to be told apart


def respelt(question: str, known=lambda word: False) -> tuple[str, list[tuple[str, str]]] | None:
    """``question`` with its nearly-right relation words respelt, and the (typed, read) pairs; None when no word
    is respelt. ``known(word)`` says a word is something else the reader reads (a name)."""
    words = _relation_words()
    skipped = _skipped()
    changes: list[tuple[str, str]] = []
    text = question
    for token in dict.fromkeys(_TOKEN.findall(question)):
        typed = token.lower()
        if len(typed) < _SHORTEST or typed in words or typed in skipped or not typed.isalpha() or known(token) \
                or _english(typed):
            continue
        most = 1 if len(typed) < 9 else 2
        close = sorted((_distance(typed, w, most), -_common_end(typed, w), w) for w in words
                       if w[0] == typed[0] and abs(len(w) - len(typed)) <= 2)
        close = [c for c in close if c[0] <= most]
        # "threatend": threatened and threatens are as near; the one ending as typed is meant, and a tie between
        # two relations ("sactioned": sanctioned or stationed, were they as near) leaves the word as typed
        if close and (len(close) == 1 or close[0][:2] < close[1][:2]
                      or _relation_of(close[0][2]) == _relation_of(close[1][2]) != frozenset()):
            changes.append((typed, close[0][2]))
            text = _replace(text, token, close[0][2])
    return (text, changes) if changes else None


def _replace(text: str, token: str, word: str) -> str:
    return re.sub(rf"(?<![\w'-]){re.escape(token)}(?![\w'-])", word, text)


def _distance(a: str, b: str, most: int) -> int:
    """The edits (insertion, deletion, substitution, transposition) that make ``a`` into ``b``; ``most + 1`` when
    more than ``most``."""
    previous2, previous = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] != b[j - 1]))
            if previous2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > most:
            return most + 1
        previous2, previous = previous, current
    return min(previous[-1], most + 1)


def _common_end(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _relation_of(word: str) -> frozenset[str]:
    return frozenset(p for t in load_lexicon().triggers if t.words == (word,) for p in t.predicates)


@functools.cache
def _relation_words() -> frozenset[str]:
    """The one-word triggers, the words of longer ones ("pulled its *ambassador* out") and the grammar's one-word
    type words ("*ambassadors*", "*presidents*"): a misspelt office or type word leaves a question as unread as a
    misspelt verb."""
    from diplograph.datafiles import packaged

    triggers = load_lexicon().triggers
    words = {w for t in triggers for w in t.words}
    types = packaged("diplograph.queries", "grammar.yaml").get("types") or {}
    words |= {str(w) for said in types.values() for w in said or () if " " not in str(w)}
    return frozenset(w for w in words if w.isalpha() and len(w) >= _SHORTEST - 1)


@functools.cache
def _skipped() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return load_lexicon().stopwords | frozenset(STOP_WORDS)


def _english(word: str) -> bool:
    """Whether ``word`` is an English word, or an inflection of one, by the English model's lemma tables."""
    lemmas, rules = _dictionary()
    return not lemmas or word in lemmas or any(word.endswith(old) and word[:len(word) - len(old)] + new in lemmas
                                               for old, new in rules)


@functools.cache
def _dictionary() -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """The lemmas (with the irregular forms) and the suffix rules of the English model's lemmatizer; empty when
    the model is not installed."""
    try:
        from importlib import resources

        from spacy.lookups import Lookups

        from diplograph.loaders.articles.nlp import MODEL

        folder = next(p for p in resources.files(MODEL).iterdir() if (p / "lemmatizer" / "lookups").is_dir())
        lookups = Lookups().from_disk(folder / "lemmatizer" / "lookups")
    except (ImportError, ModuleNotFoundError, StopIteration, OSError, ValueError):
        return frozenset(), ()
    index, exceptions = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
    lemmas = {w for words in index.values() for w in words}
    lemmas.update(w for forms in exceptions.values() for w in forms)
    rules = {(old, new) for pairs in lookups.get_table("lemma_rules").values() for old, new in pairs if old}
    return frozenset(lemmas), tuple(sorted(rules))
