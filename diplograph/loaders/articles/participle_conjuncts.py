"""A participle coordinated with a reduced relative: "the peace agreement negotiated at A and signed in B by the
presidents of C, D and E" (the parser often coordinates "signed" with the verb above the noun, "oversees", and
the signing then acts on nothing)."""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads


def participles_after_reduced_relatives(doc) -> None:
    """A past participle with a by-phrase and no subject or auxiliary of its own, right after "and" that ends a
    reduced relative ("negotiated at A"), is coordinated with that relative, not with the verb the parser gave it."""
    for verb in doc:
        # (a by-phrase makes it a participle however it is tagged)
        if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN") or verb.head.tag_ == "VBN" or verb.i < 2 or \
                not any(c.dep_ == "agent" for c in verb.children) or \
                any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in verb.children):
            continue
        joint = doc[verb.i - 1]
        if joint.text.lower() != "and":
            continue
        relative = next((p for p in verb.head.subtree if p.dep_ == "acl" and p.tag_ == "VBN" and p.i < joint.i and
                         p.right_edge.i == joint.i - 1), None)
        if relative is not None and apply_heads(doc, {verb.i: (relative.i, "conj"), joint.i: (relative.i, "cc")}):
            verb.tag_ = "VBN"
