"""A clause opened by "after", "before", "since" or "until" whose subject carries a phrase in commas: "Algeria
recalled its ambassador after *France, which had long sat on the fence, backed* Morocco's plan", "Ghana closed its
border before Togo, a close ally of Benin, expelled its diplomats".

The small parser reads the conjunction as a preposition whose object is the subject, and the clause's verb as a
second verb of the main clause, so that the main subject seems to do it ("Algeria backed Morocco's plan") and the
clause's own subject does nothing. Run right after the parser (see :mod:`repairs`).
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

_CONJUNCTIONS = ("after", "before", "since", "until")
_SUBJECTS = ("nsubj", "nsubjpass")


def clauses_read_as_phrases(doc) -> None:
    """A conjunction read as a preposition, whose object is followed by a relative clause or an apposition in
    commas and then, right after the closing comma, by a finite verb the parser joined to the main verb with no
    subject of its own: the object is that verb's subject, the conjunction its marker, and the verb's clause
    depends on the main verb."""
    for marker in doc:
        if marker.lower_ not in _CONJUNCTIONS or marker.dep_ != "prep":
            continue
        main = marker.head
        subject = next((c for c in marker.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")), None)
        if subject is None or main.pos_ not in ("VERB", "AUX"):
            continue
        # the closing comma, hung on the subject or after it
        closing = subject.right_edge.i if subject.right_edge.text == "," else subject.right_edge.i + 1
        if closing + 1 >= len(doc):
            continue
        comma, verb = doc[closing], doc[closing + 1]
        inserted = [c for c in subject.children if c.dep_ in ("relcl", "appos") and c.i > subject.i]
        if comma.text != "," or not inserted or doc[subject.i + 1].text != "," or verb.dep_ not in ("conj", "advcl") or \
                verb.head != main or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or \
                any(c.dep_ in (*_SUBJECTS, "auxpass") for c in verb.children):
            continue
        if apply_heads(doc, {subject.i: (verb.i, "nsubj"), marker.i: (verb.i, "mark"), verb.i: (main.i, "advcl"),
                             comma.i: (subject.i, "punct")}):
            marker.pos_, marker.tag_ = "SCONJ", "IN"
            if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
                verb.tag_ = "VBD"  # "after Russia, ..., imposed": a past tense with a subject, not a participle
