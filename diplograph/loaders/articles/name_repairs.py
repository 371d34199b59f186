"""Repairs of the parser's trees around names: proper names, acronyms and weapon designations the small
model reads as verbs, adverbs or one name (see :mod:`repairs` for the other repairs, run at the same step).

* :func:`acronyms_read_as_verbs`: "ECOWAS leaders, who suspended Mali, met": an acronym before its noun read as a clause.
* :func:`names_read_as_verbs`: "the sale of 200 missiles to Denmark": a name read as a bare infinitive after "to".
* :func:`names_joined_by_and`: "Ahmed al-Sharaa and Mazloum Abdi signed": two names the parser reads as one,
  the first hung on the second as a modifier with the "and" on it.
* :func:`designations_read_as_adverbs`: "Ukraine shot down a Russian Su-34": a model designation a verb acts on,
  read as an adverbial noun of the verb.
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

_ADVERBIALS = ("prep", "npadvmod", "advmod")


def acronyms_read_as_verbs(doc) -> None:
    """"ECOWAS leaders, who suspended all three, say ...": an upper-case acronym right before the subject noun of
    its own head, read as a clause hung on that head, is the noun's modifier."""
    for token in doc[:-1]:
        noun = doc[token.i + 1]
        if token.is_upper and len(token.text) > 1 and token.is_alpha and \
                token.dep_ in ("advcl", "xcomp", "ccomp", "dep", "npadvmod") and \
                noun.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == token.head.i:
            apply_heads(doc, {token.i: (noun.i, "compound")})


def names_read_as_verbs(doc) -> None:
    """"approved the sale of 200 missiles to Denmark": a capitalised word inside a lower-case sentence, read as
    a bare infinitive with nothing of its own but its "to", is a name, the object of that "to". Phrases after it
    that the parser hung on it ("repeating the message to Trump *in a phone call* Wednesday") are the verb's."""
    for token in doc:
        aux = [c for c in token.children if c.dep_ == "aux" and c.lower_ == "to"]
        if token.tag_ != "VB" or not token.is_title or len(aux) != 1 or aux[0].i != token.i - 1 or \
                aux[0].i == token.sent.start or not doc[aux[0].i - 1].is_lower or token.head == token or \
                any(c.dep_ not in ("aux", "punct", *_ADVERBIALS) or (c.dep_ in _ADVERBIALS and c.i < token.i)
                    for c in token.children):
            continue
        changes = {aux[0].i: (token.head.i, "prep"), token.i: (aux[0].i, "pobj")}
        changes.update({c.i: (token.head.i, c.dep_) for c in token.children if c.dep_ in _ADVERBIALS})
        if apply_heads(doc, changes):
            aux[0].pos_, aux[0].tag_ = "ADP", "IN"
            token.pos_, token.tag_, token.lemma_ = "PROPN", "NNP", token.text


def names_joined_by_and(doc) -> None:
    """"Ahmed al-Sharaa and Mazloum Abdi signed an agreement": a proper noun hung as a modifier on a later
    proper noun and carrying an "and" is the head of a first name coordinated with the second; the words
    before it that hung on the second name are its own."""
    for token in doc:
        head = token.head
        if token.pos_ != "PROPN" or token.dep_ not in ("nmod", "compound") or head.pos_ != "PROPN" or \
                head.i <= token.i or not any(c.dep_ == "cc" and c.lower_ in ("and", "&") and c.i > token.i
                                             for c in token.children):
            continue
        changes = {token.i: (head.head.i if head.head != head else token.i, head.dep_), head.i: (token.i, "conj")}
        changes.update({t.i: (token.i, t.dep_) for t in head.children if t.i < token.i})
        apply_heads(doc, changes)


def designations_read_as_adverbs(doc) -> None:
    """"Ukraine shot down a Russian Su-34 over Donetsk": a designation with digits after a verb that has no
    object, read as an adverbial noun of the verb, is its object, with the article and adjectives before it."""
    for token in doc:
        verb = token.head
        if token.dep_ != "npadvmod" or verb.pos_ != "VERB" or token.i < verb.i or \
                not any(ch.isdigit() for ch in token.text) or not any(ch.isalpha() for ch in token.text) or \
                any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
            continue
        changes = {token.i: (verb.i, "dobj")}
        changes.update({t.i: (token.i, t.dep_) for t in doc[verb.i + 1:token.i]
                        if t.dep_ in ("det", "amod", "compound", "nummod") and t.head.i in range(verb.i + 1, token.i + 1)})
        apply_heads(doc, changes)
