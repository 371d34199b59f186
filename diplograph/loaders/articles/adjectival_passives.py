"""A passive read as "be" with an adjective: "Wellington was deeply disappointed by Beijing's decision" (the parser
makes "was" the verb and the participle its complement, so the participle has no subject and its by-phrase is no
agent: the feeling is nobody's and its cause nobody's act). Run right after the parser (see :mod:`repairs`).
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

_NOT_DOERS = ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL")


def passives_read_as_complements(doc) -> None:
    """A past participle that complements a form of "be" and has a by-phrase naming no date or amount is the
    clause's verb in the passive: "be" its auxiliary, the subject its passive subject, the by-phrase its agent."""
    for participle in doc:
        be = participle.head
        if participle.tag_ != "VBN" or participle.dep_ != "acomp" or be.lemma_ != "be" or be == participle:
            continue
        by = next((c for c in participle.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
        doer = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if doer is None or doer.ent_type_ in _NOT_DOERS or doer.like_num:
            continue
        top = be.head
        changes = {participle.i: (participle.i if top == be else top.i, be.dep_), be.i: (participle.i, "auxpass"),
                   by.i: (participle.i, "agent")}
        changes.update({c.i: (participle.i, "nsubjpass" if c.dep_ == "nsubj" else c.dep_)
                        for c in be.children if c != participle})
        apply_heads(doc, changes)
