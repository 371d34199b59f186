"""A subject with a relative clause in commas, swallowed by the phrase that opens the sentence: "During talks in
Doha, *Qatar, which hosts a US base,* offered to mediate", "After the vote in Geneva, *China, which sits on the
council,* criticised Canada".

The small parser reads the name as an apposition of the opening phrase's last noun ("Doha, Qatar" as a city and its
country) and hangs the relative clause there too, so that the verb after the closing comma has no subject, or takes
the opening phrase's noun for one ("the vote ... criticised Canada"). Run right after the parser (see
:mod:`repairs`).
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

_RELATIVES = ("which", "who")
_SUBJECTS = ("nsubj", "nsubjpass")


def subjects_swallowed_by_openings(doc) -> None:
    """A name in commas, hung as an apposition on a noun of the phrase that opens its sentence, followed by a
    relative clause that ends with a comma right before the sentence's main verb, is that verb's subject, and the
    clause is said of it. A subject the parser took from the opening phrase ("After *the vote* in Geneva") goes back
    to its opening word."""
    for clause in doc:
        relative = doc[clause.left_edge.i]
        if clause.dep_ != "relcl" or relative.lower_ not in _RELATIVES or relative.i < 4:
            continue
        name, verb = doc[relative.i - 2], doc[clause.right_edge.i + 2] if clause.right_edge.i + 2 < len(doc) else None
        if verb is None or doc[relative.i - 1].text != "," or doc[clause.right_edge.i + 1].text != "," or \
                name.pos_ != "PROPN" or name.dep_ != "appos" or doc[name.left_edge.i - 1].text != "," or \
                verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX") or name.head.i >= name.i:
            continue
        opening = name.head
        while opening.head != verb and opening.head != opening:
            opening = opening.head  # the phrase of the verb that holds the noun the name was hung on
        if opening.head != verb or opening.i > name.head.i:
            continue
        changes = {name.i: (verb.i, "nsubj"), clause.i: (name.i, "relcl"),
                   clause.right_edge.i + 1: (verb.i, "punct")}
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if subjects:
            taken = subjects[0]
            mark = doc[taken.left_edge.i - 1] if taken.left_edge.i > 0 else None
            if len(subjects) > 1 or taken != opening or mark is None or mark.dep_ != "mark" or mark.head != verb:
                continue  # the verb has a subject of its own
            changes.update({taken.i: (mark.i, "pobj"), mark.i: (verb.i, "prep")})
        if not apply_heads(doc, changes):
            continue
        if subjects:
            mark.pos_, mark.tag_ = "ADP", "IN"
        if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            verb.tag_ = "VBD"  # "Qatar ... offered": a past tense, the tagger read a participle without a subject
