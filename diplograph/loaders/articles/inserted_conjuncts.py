"""The last item of a list written after a phrase in commas right after "and": "France, Germany *and, to a lesser
extent, Italy* sent weapons", "whose members are Kenya, Uganda *and, since 2016, South Sudan*", "signed by Ghana,
Togo *and, a week later, Benin*".

The small parser ends the list at "and" and hangs the last item elsewhere: as a second subject of the verb, an
apposition of the phrase's noun ("according to US officials, Tehran") or a loose adverbial, so that it takes no
part in what the list does. Run right after the parser (see :mod:`repairs`).
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

_JOINS = ("and", "or")
_SUBJECTS = ("nsubj", "nsubjpass")
_TIMES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")
_LONGEST_PHRASE = 8
_FINITE = ("VBD", "VBZ", "VBP", "MD")


def conjuncts_after_inserted_phrases(doc) -> None:
    """A noun right after "and, <short phrase>," following a noun is one more conjunct of that noun; a second
    subject of a verb only when the verb already has a subject before "and" (else "and, in May, Uganda signed" is
    a clause of its own)."""
    for join in doc:
        if join.lower_ not in _JOINS or join.i < 1 or join.i + 3 >= len(doc) or doc[join.i + 1].text != ",":
            continue
        before = doc[join.i - 1]
        if before.pos_ not in ("NOUN", "PROPN") or before.dep_ in ("compound", "amod") or before.ent_type_ in _TIMES:
            continue
        closing = next((t.i for t in doc[join.i + 2:join.i + 3 + _LONGEST_PHRASE] if t.text == ","), None)
        if closing is None or closing == join.i + 2 or closing + 1 >= len(doc) or \
                any(t.tag_ in _FINITE or t.is_quote or t.text in ("(", ")", ";") for t in doc[join.i + 2:closing]):
            continue
        item = _phrase_head(doc, closing + 1)
        if item is None or item.pos_ not in ("NOUN", "PROPN") or item.ent_type_ in _TIMES or item.head == before:
            continue
        if item.dep_ in _SUBJECTS:
            verb = item.head
            if not any(c.dep_ in _SUBJECTS and c.i < join.i for c in verb.children):
                continue
        elif item.dep_ not in ("appos", "npadvmod", "dep", "attr", "dobj", "pobj", "conj"):
            continue
        changes = {item.i: (before.i, "conj"), join.i: (before.i, "cc")}
        inserted = [t for t in doc[join.i + 1:closing + 1] if not join.i < t.head.i <= closing]
        changes.update({t.i: (item.i, t.dep_ if t.text != "," else "punct") for t in inserted})
        apply_heads(doc, changes)


def _phrase_head(doc, start: int):
    """The head of the noun phrase that begins at ``start`` ("the European Union": Union)."""
    node = doc[start]
    while node.head != node and node.head.i > node.i and node.head.left_edge.i >= start and \
            node.dep_ in ("det", "compound", "amod", "poss", "nummod", "flat", "case"):
        node = node.head
    return node
