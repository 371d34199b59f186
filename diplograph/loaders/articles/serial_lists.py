"""Lists of names closed by a serial comma: "Saudi Arabia, the UAE, the US, *and Oman* condemned ...",
"Junta leaders in Mali, Burkina Faso, *and Niger* cut ties ...".

The small parser often reads the last name after ", and" as a second subject of the verb, cut off
from the list it closes, so that every later step sees only the names before it. Run right after the
parser (see :mod:`repairs`).
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

_SUBJECTS = ("nsubj", "nsubjpass")


def serial_comma_subjects(doc) -> None:
    """A verb's second subject right after ", and" (or ", or") whose first subject holds the name before
    the comma is that name's conjunct: the list goes on to it."""
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if len(subjects) < 2:
            continue
        first, last = subjects[0], subjects[-1]
        start = last.left_edge.i
        if last.pos_ != "PROPN" or start < 2 or doc[start - 1].lower_ not in ("and", "or"):
            continue
        comma = doc[start - 2]
        before = doc[start - 3] if comma.text == "," and start >= 3 else comma
        while before.dep_ == "compound" and before.head.i > before.i and before.head.i < start:
            before = before.head  # "Burkina Faso": the list's item is the name's head
        if before.pos_ != "PROPN" or not (first.left_edge.i <= before.i <= first.right_edge.i):
            continue
        changes = {last.i: (before.i, "conj"), start - 1: (before.i, "cc")}
        if comma.text == ",":
            changes[comma.i] = (before.i, "punct")
        apply_heads(doc, changes)
