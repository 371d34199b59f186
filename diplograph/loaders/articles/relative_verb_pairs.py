"""Relative clauses whose own subject is the relative pronoun and whose verbs, two present-tense forms joined
by "and", the parser reads as plural nouns: "Algeria, *which hosts and arms* the Polisario Front, ...",
"Iran, *which funds and arms* the Houthis, ..." (the object hung on them or on the antecedent).
Rewritten as the clause a correct reading gives, so the verbs' triggers see their subject and object.
(The relative clause whose subject is a name, "that Tehran arms and funds", is :mod:`repairs`'.)"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads, verb_form

RELATIVE_SUBJECTS = frozenset({"which", "that", "who"})


def relative_verb_pairs(doc, verb_lemmas) -> None:
    for first in doc:
        if first.dep_ != "relcl" or first.tag_ != "NNS" or not verb_form(first, verb_lemmas) or \
                not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS for c in first.children):
            continue
        joined = [c for c in first.children if c.dep_ == "conj" and c.tag_ in ("NNS", "VBZ")
                  and verb_form(c, verb_lemmas)]
        if not joined:
            continue
        last = joined[-1]
        # the phrase right after the verbs, wherever the parser hung it (on the verbs, on the antecedent as its
        # apposition, or as one more conjunct of the verbs)
        objects = [t for t in doc[last.i + 1:first.sent.end] if t.pos_ in ("NOUN", "PROPN") and
                   t.dep_ in ("appos", "npadvmod", "dobj", "conj") and t.left_edge.i == last.i + 1]
        if len(objects) != 1:
            continue
        if apply_heads(doc, {objects[0].i: (last.i, "dobj")}):
            for verb in (first, *joined):
                verb.pos_, verb.tag_ = "VERB", "VBZ"
