"""Repair of a finite past verb the small parser reads as a passive participle (see :mod:`repairs`).

* :func:`active_pasts_read_as_passives`: "The spokesman for Seoul called the launch by North Korea a
  provocation": the by-phrase of the act noun read as the by-phrase of a passive "called", its subject as
  the passive subject, so the one judged becomes the judge. A past participle that heads its sentence with no
  auxiliary at all and an object of its own is a finite verb: its subject is the subject, and the by-phrase
  goes back to the noun right before it.
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads


def active_pasts_read_as_passives(doc) -> None:
    for verb in doc:
        if verb.tag_ != "VBN" or verb.dep_ != "ROOT":
            continue
        children = list(verb.children)
        if any(c.dep_ in ("aux", "auxpass") for c in children) or not any(c.dep_ == "dobj" for c in children):
            continue  # "was called", "has called": a real passive or perfect
        subjects = [c for c in children if c.dep_ == "nsubjpass"]
        if not subjects:
            continue
        changes = {s.i: (verb.i, "nsubj") for s in subjects}
        for by in (c for c in children if c.dep_ == "agent"):
            noun = doc[by.i - 1]
            if noun.pos_ in ("NOUN", "PROPN") and noun.i > verb.i:
                changes[by.i] = (noun.i, "prep")
        if apply_heads(doc, changes):
            verb.tag_ = "VBD"
