"""A verb after a relative clause set off in commas, joined by ", and": "Russia said it did not recognise
Schmidt, *whose appointment had never been endorsed by the Council*, *and called* the Office a relic".

The small parser joins the verb to the relative clause's verb, so that it takes that clause's doer (the Council)
and its negation; the comma that closes the relative clause ends it, and the verb goes on with the clause the
antecedent sits in. Run right after the parser (see :mod:`repairs`).
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

_SUBJECTS = ("nsubj", "nsubjpass")
_RELATIVES = ("who", "whom", "whose", "which")


def verbs_joined_to_relatives(doc) -> None:
    """A verb with no subject joined by ", and" to the verb of a relative clause opened by a comma and a relative
    pronoun is a conjunct of the verb the clause's antecedent is an object of."""
    for verb in doc:
        clause = verb.head
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or clause.dep_ != "relcl" or \
                any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        joins = [c for c in clause.children if c.dep_ == "cc" and clause.i < c.i < verb.i]
        opening = clause.left_edge.i
        if not joins or doc[joins[-1].i - 1].text != "," or opening == 0 or doc[opening - 1].text != "," or \
                doc[opening].lower_ not in _RELATIVES:
            continue
        governor = _governing_verb(clause.head)
        if governor is None:
            continue
        join = joins[-1]
        apply_heads(doc, {verb.i: (governor.i, "conj"), join.i: (governor.i, "cc"), join.i - 1: (governor.i, "punct")})


def _governing_verb(noun):
    """The verb whose object (or whose preposition's object) ``noun`` is."""
    node = noun
    for _ in range(4):
        if node.dep_ not in ("dobj", "pobj", "prep", "dative", "conj") or node.head == node:
            return None
        node = node.head
        if node.pos_ == "VERB":
            return node
    return None
