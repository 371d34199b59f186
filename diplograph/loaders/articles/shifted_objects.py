"""An object written after the judgement it gets: "Guyana rejected *as illegal* the election of a Venezuelan
governor", "Morocco condemned as unacceptable the decision of Algeria" (the object shifted past "as" and an
adjective because it is long).

The small parser reads the object as the object of "as" with the adjective on it, or the adjective as a clause of
its own acting on the object ("dismissed as legally void the election": "void" a verb), so that the judging verb
has no object and nothing is rejected. Run right after the parser (see :mod:`repairs`).
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

_JUDGEMENT_WORDS = ("ADJ", "ADV", "VERB")  # "legally void": the tagger reads some such adjectives as verbs
_TIMES = ("DATE", "TIME")


def objects_after_as_judgements(doc) -> None:
    """A verb with no object, followed by "as", one to three adjectives or adverbs and a noun phrase opened by a
    determiner, acts on that noun phrase; the adjectives are what "as" says of it. Not when the phrase tells a
    time ("emerged as strong the following year")."""
    for verb in doc[:-3]:
        marker = doc[verb.i + 1]
        if verb.pos_ != "VERB" or marker.lower_ != "as" or any(c.dep_ == "dobj" for c in verb.children):
            continue
        end = marker.i + 1
        while end < len(doc) and end - marker.i <= 3 and doc[end].pos_ in _JUDGEMENT_WORDS:
            end += 1
        run = doc[marker.i + 1:end]
        if not run or end >= len(doc) or run[-1].pos_ == "ADV" or (
                not any(t.pos_ == "ADJ" for t in run) and run[-1].tag_ not in ("VBN", "VBP", "VB")):
            continue
        opener = doc[end]
        noun = opener.head
        if opener.tag_ not in ("DT", "PRP$") or opener.dep_ not in ("det", "poss") or noun.i <= opener.i or \
                noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in _TIMES:
            continue
        judgement = run[-1]
        changes = {noun.i: (verb.i, "dobj"), marker.i: (verb.i, "prep"), judgement.i: (marker.i, "pobj")}
        changes.update({t.i: (judgement.i, "advmod") for t in run[:-1]})
        if apply_heads(doc, changes) and judgement.pos_ == "VERB":
            judgement.pos_, judgement.tag_, judgement.lemma_ = "ADJ", "JJ", judgement.lower_
