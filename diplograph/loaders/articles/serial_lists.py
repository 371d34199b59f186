"""Lists of names the parser cuts apart: closed by a serial comma ("Saudi Arabia, the UAE, the US, *and Oman*
condemned ...", "Junta leaders in Mali, Burkina Faso, *and Niger* cut ties ..."), or opened by a name it hangs
on the verb on its own ("*Guinea*, Gabon and Chad withdrew ..."), or closed by names it makes a second subject
("sanctions on Russia, *Belarus and Iran* were extended"), or opened by a name it makes the root of the
sentence ("*Burkina Faso*, Mali, and Niger announced ...": the verb a conjunct of the first name, the last name
its only subject).

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


def rest_of_list_as_second_subject(doc) -> None:
    """A verb's second subject that is itself a list of names closed by "and" or "or", right after a comma that
    follows a name ending its first subject, is the rest of that name's list: "Sanctions on *Russia, Belarus and
    Iran* were extended" (not "After talks with Russia, Belarus and Iran signed": one subject, left as parsed)."""
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if len(subjects) < 2:
            continue
        first, rest = subjects[0], subjects[-1]
        start = rest.left_edge.i
        comma = doc[start - 1] if start >= 1 else None
        before = doc[start - 2] if start >= 2 else None
        if rest.pos_ != "PROPN" or comma is None or comma.text != "," or before is None or before.pos_ != "PROPN" \
                or before.i != first.right_edge.i or before.i == first.i or not any(
                    t.dep_ == "cc" and t.lower_ in ("and", "or") for t in rest.subtree):
            continue
        while before.dep_ == "compound" and before.head.i > before.i and before.head.i < start:
            before = before.head
        apply_heads(doc, {rest.i: (before.i, "conj"), comma.i: (before.i, "punct")})


def first_names_cut_off(doc) -> None:
    """A name opening a clause, hung on the verb as an adverbial or loose modifier and followed by a comma and
    the verb's subject, itself a list of names closed by "and" or "or", is the first item of that list."""
    for token in doc[:-3]:
        verb = token.head
        if token.pos_ != "PROPN" or token.dep_ not in ("npadvmod", "nmod", "dep", "appos") or verb.pos_ not in (
                "VERB", "AUX") or token.i > verb.i or doc[token.right_edge.i + 1].text != ",":
            continue
        start = token.right_edge.i + 2
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.left_edge.i == start), None)
        if subject is None or subject.pos_ != "PROPN" or not any(
                t.dep_ == "cc" and t.lower_ in ("and", "or") for t in subject.subtree):
            continue
        apply_heads(doc, {token.i: (verb.i, subject.dep_), subject.i: (token.i, "conj"),
                          token.right_edge.i + 1: (token.i, "punct")})


def lists_read_as_roots(doc) -> None:
    """A sentence opening with a list of names closed by "and" or "or", parsed with the first name as the root,
    the names after it as its appositions and the verb as its conjunct with the last name alone for subject: the
    verb is the root and the whole list its subject."""
    for root in (t for t in doc if t.dep_ == "ROOT" and t.pos_ == "PROPN" and t.left_edge.i == t.sent.start):
        verb = next((c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), None)
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.pos_ == "PROPN" and c.i < verb.i),
                       None) if verb is not None else None
        if subject is None or subject.left_edge.i < 1:
            continue
        joiner = doc[subject.left_edge.i - 1]
        items = [c for c in root.children if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN" and c.i < joiner.i]
        if joiner.lower_ not in ("and", "or") or joiner.head != root or not items:
            continue
        changes = {verb.i: (verb.i, "ROOT"), root.i: (verb.i, subject.dep_), subject.i: (root.i, "conj"),
                   joiner.i: (root.i, "cc")}
        changes.update({item.i: (root.i, "conj") for item in items})
        changes.update({c.i: (verb.i, c.dep_) for c in root.children if c.i > verb.i})
        apply_heads(doc, changes)
