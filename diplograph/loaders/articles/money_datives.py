"""Repair of a double object whose second object is a sum (see :mod:`repairs`).

* :func:`names_read_as_amount_modifiers`: "Brussels fined Apple 1.8 billion euros", "the court ordered
  Gazprom to pay", "Tokyo lent Colombo 300 million dollars": the name right after the verb read as a
  modifier of the sum ("Apple ... euros"), so the one fined or lent to is lost. A name right after the verb
  that hangs on the verb's object, a sum of money, is the verb's indirect object.
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads


def names_read_as_amount_modifiers(doc, money) -> None:
    for verb in doc:
        if verb.pos_ != "VERB" or verb.i + 1 >= len(doc):
            continue
        name = doc[verb.i + 1]
        while name.dep_ == "compound" and name.head.pos_ == "PROPN" and name.head.i > name.i:
            name = name.head  # "fined Deutsche Bank ...": the name's last word
        amount = name.head
        if name.pos_ != "PROPN" or name.dep_ not in ("nmod", "compound") or amount.dep_ != "dobj" or \
                amount.head != verb or amount.i <= name.i or \
                not (amount.lemma_.lower() in money or amount.pos_ == "NUM"):
            continue
        apply_heads(doc, {name.i: (verb.i, "dative")})
