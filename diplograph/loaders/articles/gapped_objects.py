"""A verb said once over pairs of an object and a phrase: "will sell F-16s *to Turkey* and F-35s *to Greece*",
"buys oil from Russia, rifles from Israel and jets from France", "signed trade deals with Brazil and arms
contracts with Egypt". The parser hangs each later object on the name before it, or on the verb as a conjunct
of its own, with the phrase under that object, so that the verb's roles see only the first pair. Each later
object is one more conjunct of the first object, and its phrase, introduced by the same preposition, the verb's
own phrase again; the roles then read every name of the phrases. Run right after the parser (see :mod:`repairs`).

Only a common noun or a model name (a word with a digit, "F-35s") is such an object: "talks with Kenya and
Uganda on trade" has a name after "and", which the coordination already reads. And only objects alike (of a
noun class of the lexicon in common, both weapons or neither: "tanks" and "drones", "F-16s" and "F-35s"), since
the verb's roles read all its objects together: "bought oil from Russia and rifles from Israel" would make Russia
sell arms.
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads


def _object_word(token) -> bool:
    return token.pos_ == "NOUN" or token.pos_ == "PROPN" and any(ch.isdigit() for ch in token.text)


def objects_with_own_phrases(doc, noun_class) -> None:
    """Each later object of a verb, of the kinds of its first object, with the phrase after it introduced by the
    preposition of the verb's phrase after its first object, is the first object's conjunct and its phrase the
    verb's. ``noun_class``: the lexicon's noun classes (class -> words)."""
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        first = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        phrase = next((c for c in verb.children if c.dep_ in ("prep", "dative") and first is not None
                       and c.i == first.i + 1), None)
        if phrase is None:
            continue
        changes = {}
        for later in doc[phrase.i + 2:verb.sent.end - 1]:
            if later.pos_ in ("VERB", "AUX") or later.text in (";", ":") or later.lower_ in ("but", "while", "whereas"):
                break  # another clause
            own = doc[later.i + 1]
            opening = _opening(later)
            if later.dep_ != "conj" or not _object_word(later) or own.lower_ != phrase.lower_ or \
                    own.dep_ not in ("prep", "dative") or own.right_edge.i == own.i or \
                    doc[opening - 1].lower_ not in ("and", ",") or doc[opening - 2].pos_ not in ("PROPN", "NOUN") or \
                    not _alike(_kinds(later, noun_class), _kinds(first, noun_class)):
                continue
            changes[later.i] = (first.i, "conj")
            changes[own.i] = (verb.i, phrase.dep_)
            if doc[opening - 1].lower_ == "and":
                changes[opening - 1] = (first.i, "cc")
        if changes:
            apply_heads(doc, changes)


def _opening(noun) -> int:
    """Where ``noun``'s phrase opens: its first modifier ("arms contracts"), never past the noun itself."""
    return min([noun.i] + [c.left_edge.i for c in noun.children if c.i < noun.i])


def _kinds(noun, noun_class) -> frozenset:
    """The lexicon's classes of a noun and its modifiers; a model name is a weapon."""
    words = {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
    found = {name for name, members in noun_class.items() if words & members}
    if not found and any(ch.isdigit() for ch in noun.text):
        found.add("weapon")
    return frozenset(found)


def _alike(one: frozenset, other: frozenset) -> bool:
    return bool(one & other) and ("weapon" in one) == ("weapon" in other)
