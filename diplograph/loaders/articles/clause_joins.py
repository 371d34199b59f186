"""A phrase that ends one clause, hung on the verb of the clause that follows ", and": "Albanese apologised to
the Indonesian president, X, *in a call placed from Canberra on 9 May*, and on 12 May Luxon signed a decree".

The small parser reads the "and" as joining the phrase to the second clause, and that clause as what the first
verb says, so that the call seems to be Luxon's and the apology tells of no call. A phrase before the "and" is the
first clause's; the clause after it, with its own subject, is that clause's conjunct. Run right after the parser
(see :mod:`repairs`).
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

_JOINING = ("and", "but")
_SUBJECTS = ("nsubj", "nsubjpass")


def phrases_before_and(doc) -> None:
    """A prepositional phrase carrying an "and" after its own words, hung on a verb after that "and" that has a
    subject of its own after it, and that the parser made a clause of a verb before the phrase, belongs to that
    earlier verb; the later verb is its conjunct."""
    for phrase in doc:
        later = phrase.head
        joining = next((c for c in phrase.children if c.dep_ == "cc" and c.lower_ in _JOINING and c.i > phrase.i),
                       None)
        if phrase.dep_ != "prep" or joining is None or later.i < joining.i or later.pos_ not in ("VERB", "AUX") or \
                not any(c.dep_ in _SUBJECTS and c.i > joining.i for c in later.children):
            continue
        earlier = later.head
        if later.dep_ not in ("ccomp", "conj", "advcl", "parataxis") or earlier.i > phrase.i or \
                earlier.pos_ not in ("VERB", "AUX"):
            continue
        changes = {phrase.i: (earlier.i, "prep"), joining.i: (earlier.i, "cc"), later.i: (earlier.i, "conj")}
        changes.update({c.i: (earlier.i, "punct") for c in phrase.children if c.dep_ == "punct" and c.i < joining.i})
        apply_heads(doc, changes)
