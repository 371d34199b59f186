"""An object written after a phrase set in commas between it and its verb: "Japan lodged, *through diplomatic
channels*, a strong protest with China", "Qatar hosted, with Egyptian help, talks between Israel and Hamas".

The small parser leaves such an object unattached (a "dep" of the verb), so that the verb acts on nothing and the
object's own phrases ("with China", "between Israel and Hamas") reach no role. Run right after the parser (see
:mod:`repairs`).
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

_INSERTED = ("prep", "advcl", "advmod", "npadvmod", "punct")  # what a phrase in commas hangs on its verb as
_TIMES = ("DATE", "TIME")


def objects_after_inserted_phrases(doc) -> None:
    """A noun the parser left loose on a verb with no object, right after a comma that closes a phrase opened by a
    comma right after the verb, is the verb's object (not a time: "met, as planned, last Monday")."""
    for noun in doc:
        verb = noun.head
        if noun.dep_ != "dep" or noun.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB" or noun.i < verb.i + 3 or \
                noun.ent_type_ in _TIMES or any(c.dep_ == "dobj" for c in verb.children):
            continue
        # the comma that closes the phrase, hung on the verb or on the noun
        closing = noun.left_edge.i if noun.left_edge.text == "," else noun.left_edge.i - 1
        if doc[verb.i + 1].text != "," or doc[closing].text != "," or closing <= verb.i + 1:
            continue
        if all(_on_verb(t, verb) for t in doc[verb.i + 1:closing]):
            apply_heads(doc, {noun.i: (verb.i, "dobj")})


def _on_verb(token, verb) -> bool:
    """Is ``token`` inside a phrase hung on ``verb`` as an adverbial (or one of its commas)?"""
    node = token
    while node.head != verb:
        if node.head == node:
            return False
        node = node.head
    return node.dep_ in _INSERTED
