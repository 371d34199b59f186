"""Two clauses joined by "and", each with its own subject: "Hanwha is delivering howitzers *and KAI is supplying*
aircraft to Poland", "Egypt condemned the strike *and Jordan has recalled* its ambassador".

The small parser reads the second subject as one more conjunct of the first clause's object ("howitzers and KAI"),
and the second verb as a conjunct of the first with no subject, so that the first subject seems to do both ("Turkey
is selling drones to Ukraine and Iran is supplying missiles": Turkey supplies Iran) and the second subject does
nothing. Run right after the parser (see :mod:`repairs`).
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_FINITE = ("VBD", "VBZ", "VBP")


def subjects_read_as_objects(doc) -> None:
    """A verb joined to the one before with no subject, finite or with auxiliaries of its own, right after a name
    the parser made a conjunct of the first verb's object (or of a noun inside it): the name is its subject."""
    for verb in doc:
        main = verb.head
        if verb.dep_ != "conj" or main.pos_ not in ("VERB", "AUX") or verb.pos_ not in ("VERB", "AUX") or \
                any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
        if not (verb.tag_ in _FINITE or helpers):
            continue
        start = min([verb.i] + [c.i for c in helpers])
        if any(doc[i].head != verb for i in range(start, verb.i)):
            continue
        name = doc[start - 1] if start > 0 else None
        while name is not None and name.head.i < start and name.head.i > name.i and name.dep_ in ("compound", "flat"):
            name = name.head  # "Korea Aerospace *Industries*"
        if name is None or name.pos_ != "PROPN" or name.dep_ != "conj" or name.right_edge.i != start - 1:
            continue
        cc = doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
        if cc is None or cc.lower_ not in ("and", "but") or cc.head != name.head:
            continue
        # the first conjunct must sit in the first verb's clause, before the second verb
        node = name.head
        while node.dep_ in ("conj", "dobj", "pobj", "prep", "dative", "compound") and node.pos_ not in ("VERB", "AUX"):
            node = node.head  # (not a phrase of the second verb: "and at the summit in Kazan Modi and Xi signed")
        if node != main or not main.i < name.i:
            continue
        apply_heads(doc, {name.i: (verb.i, "nsubj"), cc.i: (main.i, "cc")})
