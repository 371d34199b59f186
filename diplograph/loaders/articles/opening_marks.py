"""A sentence opened by "After talks in Doha, Rwanda and the DRC signed ...": the small parser reads "After" as the
marker of a clause whose subject is "talks", and the names after the comma as conjuncts of the place before it
("Doha, Rwanda and the DRC"), so that the talks sign and the sides do nothing. The opening word is a preposition
whose object is the noun, and the names after the comma are the main verb's subject. Run right after the parser
(see :mod:`repairs`).
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

_OPENINGS = ("after", "following", "before", "during", "since", "until")


def subjects_after_opening_phrases(doc) -> None:
    """An opening "After" read as a marker whose clause's subject is a common noun, with a name after a comma at the
    end of that noun's phrase hung there as a conjunct, right before the main verb: the name is the verb's subject."""
    for marker in doc:
        verb = marker.head
        if marker.lower_ not in _OPENINGS or marker.dep_ != "mark" or marker.i != verb.sent.start or \
                verb.pos_ not in ("VERB", "AUX"):
            continue
        noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i == marker.i + 1 or
                     c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.left_edge.i == marker.i + 1), None)
        if noun is None:
            continue
        name = next((t for t in noun.subtree if t.dep_ == "conj" and t.pos_ == "PROPN" and t.i > noun.i and
                     doc[t.left_edge.i - 1].text == ","), None)
        between = range(name.right_edge.i + 1, verb.i) if name is not None else ()
        if name is None or not all(doc[i].head == verb and doc[i].dep_ in ("aux", "neg", "advmod") for i in between):
            continue  # (only the verb's own auxiliaries between: "Rwanda and the DRC have signed")
        comma = doc[name.left_edge.i - 1]
        if apply_heads(doc, {marker.i: (verb.i, "prep"), noun.i: (marker.i, "pobj"), name.i: (verb.i, "nsubj"),
                             comma.i: (verb.i, "punct")}):
            marker.pos_, marker.tag_ = "ADP", "IN"
