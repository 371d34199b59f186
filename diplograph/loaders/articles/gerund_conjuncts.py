"""A past verb the parser coordinates with the gerund of a charge: "the Treasury accused three banks of laundering
money and *cut* them off from transfers" (read as "of laundering and of cut"; the cutting is the Treasury's second
act, on the same banks)."""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads


def past_verbs_after_gerunds(doc) -> None:
    """A past-tense verb with no subject coordinated with a gerund inside a prepositional phrase of a past-tense
    verb is coordinated with that verb ("accused X of spying and expelled them", "charged X with smuggling and
    deported them"); a gerund joined to a gerund stays where it is ("of arming the Houthis and funding Hezbollah")."""
    for verb in doc:
        gerund = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or gerund.tag_ != "VBG" or \
                gerund.dep_ not in ("pcomp", "pobj") or gerund.head.pos_ != "ADP" or \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        main = gerund.head.head
        if main.tag_ != "VBD" or main.pos_ != "VERB":
            continue
        changes = {verb.i: (main.i, "conj")}
        changes.update({c.i: (main.i, "cc") for c in gerund.children if c.dep_ == "cc" and c.i < verb.i})
        apply_heads(doc, changes)
