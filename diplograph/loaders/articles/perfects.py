"""Repair of a perfect tense the small parser reads as "have" with an adjective (see :mod:`repairs`).

* :func:`perfects_read_as_modifiers`: "Iran has long *armed* Houthi fighters", "Ankara has *trained* Somali
  troops": the past participle read as an adjective of the object, "have" as the clause's verb of
  possession (which then reads as a presence: "Iran has ... fighters in Yemen"). A participle of a verb the
  lexicon triggers on, right after "have" and its adverbs, modifying that verb's object named with a name or
  demonym, is the verb itself, "have" its auxiliary ("has armed forces", "has armed drones" stay possessions).
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads


def _verb_lemma(word: str, verb_lemmas) -> str | None:
    """The lexicon's verb of a past participle ("armed" -> arm, "equipped" -> equip, "supplied" -> supply)."""
    if not word.endswith("ed"):
        return None
    stems = (word[:-2], word[:-1], word[:-3], word[:-3] + "y")
    return next((s for s in stems if s in verb_lemmas), None)


def perfects_read_as_modifiers(doc, verb_lemmas) -> None:
    for participle in doc:
        noun = participle.head
        lemma = _verb_lemma(participle.lower_, verb_lemmas)
        if lemma is None or participle.dep_ != "amod" or noun.i < participle.i or \
                not any(t.text[:1].isupper() for t in doc[participle.i + 1:noun.i]):
            continue  # "Russia has armed forces in Syria", "China has armed drones": possession
        before = participle.i - 1
        while before > 0 and doc[before].pos_ == "ADV":
            before -= 1
        have = doc[before]
        if have.lemma_ != "have" or have.tag_ not in ("VBZ", "VBP", "VBD"):
            continue
        if noun.head == have and noun.dep_ == "dobj":  # "have" read as the verb, the participle as an adjective
            top, changes = have, {have.i: (participle.i, "aux"), noun.i: (participle.i, "dobj")}
            changes.update({c.i: (participle.i, c.dep_) for c in have.children if c != noun})
        elif have.head == participle:  # "has" kept as its auxiliary, but the participle hung on the noun
            top, changes = noun, {noun.i: (participle.i, "dobj")}
        else:
            continue
        changes[participle.i] = (participle.i if top.head == top else top.head.i, "ROOT" if top.head == top else top.dep_)
        changes.update({i: (participle.i, "advmod") for i in range(have.i + 1, participle.i)})
        if apply_heads(doc, changes):
            participle.tag_, participle.pos_, participle.lemma_ = "VBN", "VERB", lemma
            have.pos_ = "AUX"
