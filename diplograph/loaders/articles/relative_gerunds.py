"""A relative pronoun that is the object of the gerund of a charge: "the M23, *which* Kinshasa accuses Kigali of
backing", "the Houthis, *whom* Washington accuses Tehran of arming".

The small parser hangs the pronoun on the verb of the charge (as a second object or a dative) or on its "of", so
that the charge seems to be made against the antecedent ("Kinshasa accuses the M23") and the gerund acts on
nothing. The pronoun is what the gerund acts on; the gerund's doer stays the accused. Run right after the parser
(see :mod:`repairs`).
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

_RELATIVES = ("which", "whom", "that")
_CHARGE_PREPOSITIONS = ("of", "for", "with")  # "accuses X of arming", "blames X for funding", "charges X with"


def relatives_of_charged_gerunds(doc, verb_lemmas) -> None:
    """A relative pronoun opening a relative clause whose verb has a subject of its own, an object after it and a
    preposition whose object is a gerund with no object of its own is that gerund's object. A gerund the tagger
    read as a noun ("of arming") is a verb when the lexicon knows its stem."""
    for clause in doc:
        if clause.dep_ != "relcl" or clause.pos_ != "VERB":
            continue
        relative = doc[clause.left_edge.i]
        if relative.lower_ not in _RELATIVES or relative.tag_ not in ("WDT", "WP") or relative.i >= clause.i:
            continue
        if not any(c.dep_ == "nsubj" and c != relative for c in clause.children):
            continue  # "the M23, which accuses Kigali of lying": the relative is the one who charges
        accused = [c for c in clause.children if c.dep_ in ("dobj", "dative") and c.i > clause.i]
        gerund = next((o for p in clause.children if p.dep_ == "prep" and p.lower_ in _CHARGE_PREPOSITIONS
                       and p.i > clause.i for o in p.children if o.dep_ in ("pobj", "pcomp")), None)
        if not accused or gerund is None or any(c.dep_ == "dobj" for c in gerund.children):
            continue
        stem = _verb_stem(gerund, verb_lemmas)
        if stem is None or relative.head not in (clause, gerund.head):
            continue
        if apply_heads(doc, {relative.i: (gerund.i, "dobj"), gerund.i: (gerund.head.i, "pcomp")}) and \
                gerund.tag_ != "VBG":
            gerund.pos_, gerund.tag_, gerund.lemma_ = "VERB", "VBG", stem


def _verb_stem(gerund, verb_lemmas) -> str | None:
    """The verb an -ing word is a form of: its lemma when tagged a gerund, else the stem the lexicon knows
    ("arming" -> arm, "harbouring" -> harbour, "using" -> use, "shipping" -> ship)."""
    if gerund.tag_ == "VBG":
        return gerund.lemma_
    word = gerund.lower_
    if gerund.pos_ != "NOUN" or not word.endswith("ing"):
        return None
    root = word[:-3]
    return next((s for s in (root, root + "e", root[:-1]) if s in verb_lemmas), None)
