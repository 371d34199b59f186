"""Weapons named again, and the makers a document gives them.

A press release or a feature names a model in full once ("Hanwha designs and builds the K9 Thunder",
"the Kestrel-7 howitzer") and then by its designation alone, often sentences later and often with no
weapon noun beside it: "Before Peru, the K9 had been ordered by Chile, Bolivia and Ecuador", "Poland
ordered hundreds of K9 vehicles". Those later sentences tell sales whose seller is the model's maker,
which only the first sentence (or the gazetteer's entry for the full name) holds. So:

- a designation the document has already used for one model (the full name's first word when it has a
  digit: "K9" of "K9 Thunder", "T-50" of "T-50 Golden Eagle"; or a designation read before: "Kestrel-7")
  is that model where it comes again, with the gazetteer's entry when the model has one; a word that
  opens a longer name ("the K9 Vajra-T", a variant) is not, and neither is a designation two models
  of the document share;
- a model the gazetteer has no maker for is made by whoever the document said made it earlier
  ("Vardar Dynamics builds the Kestrel-7 ... the Kestrel-7 had been ordered by Chile": Vardar Dynamics
  sells to Chile), read from the MANUFACTURES relations told before (`stated_makers`).
"""

from __future__ import annotations

from diplograph.graph.model import Actor
from diplograph.loaders.articles.mention import Mention, fold


def weapons_named_again(sent, mentions: list[Mention], context) -> list[Mention]:
    """``mentions`` with the models this document named before recognised by their designation alone."""
    memory: dict[str, Mention | None] = context.weapons_named
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.type != "weapon":
            continue
        known = memory.get(_key(m.text)) if m.entry is None else None
        if known is not None and known.actor.id != m.actor.id:
            m.actor, m.entry = known.actor, known.entry  # "K9 vehicles": the K9 Thunder named before
            continue
        for key in _keys(m):
            held = memory.get(key, m)
            if key not in memory or held is not None and held.entry is None and m.entry is not None:
                memory[key] = m  # ("K9 howitzers" first, "the K9 Thunder" later: the full name's model)
            elif held is not None and held.actor.id != m.actor.id and (held.entry is not None or m.entry is None):
                memory[key] = None  # two models of the document share the designation
    added = []
    for token in sent:
        known = memory.get(_key(token.text))
        if token.i in taken or known is None or not any(ch.isdigit() for ch in token.text):
            continue
        after = sent.doc[token.i + 1] if token.i + 1 < len(sent.doc) else None
        before = sent.doc[token.i - 1] if token.i > 0 else None
        if any(t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() for t in (after, before)):
            continue  # "the K9 Vajra-T": a longer name, another model
        added.append(Mention(token.i, token.i + 1, known.actor, "short form", token.text, known.entry))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def stated_makers(context, weapon: Actor, here: int) -> list[Actor]:
    """Whoever the document said made ``weapon`` before ``here`` (a firm or a state), when one did."""
    makers = {doer.id: doer for at, predicate, doer, other in context.told
              if predicate == "MANUFACTURES" and other.id == weapon.id and at < here
              and doer.type in ("company", "state")}
    return list(makers.values()) if len(makers) == 1 else []


def _keys(m: Mention) -> set[str]:
    keys = {_key(m.text)}
    if m.entry is not None:
        for name in (m.entry.name, *m.entry.aliases):
            first = name.split()[0] if name.split() else ""
            if any(ch.isdigit() for ch in first):
                keys.add(_key(first))
    return keys


def _key(text: str) -> str:
    return fold(text).lower().replace("–", "-")
