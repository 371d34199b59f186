"""Names listed after a colon or a dash that spell out the plural noun before it: "Russia threatened the Baltic
states*: Estonia, Latvia and Lithuania*", "imposed tariffs on its closest partners*: Canada, Mexico and
Japan*", "suspended three members *— Mali, Niger and Guinea —*". The parser hangs the list on the verb as a
loose modifier, or as an apposition of another noun of the clause (the verb's object, "tariffs"), so that the
noun that stands for the names finds no one. The list is that noun's apposition, which every role reads as the
names. Run right after the parser (see :mod:`repairs`).

Not a clause after the colon ("two things: Russia must withdraw ..."): a name that is a verb's subject stays.
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

_MARKS = (":", "—", "–", "--")
_LOOSE = ("npadvmod", "appos", "dep", "conj", "nmod")


def names_after_colons(doc) -> None:
    """The name opening a list right after a plural common noun and a colon or dash is that noun's apposition."""
    for mark in doc[1:-1]:
        noun = doc[mark.i - 1]
        if mark.text not in _MARKS or noun.tag_ != "NNS" or noun.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass",
                                                                           "attr", "appos", "conj"):
            continue
        name = doc[mark.i + 1]
        while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
            name = name.head  # "South Korea": the name's head
        if name.pos_ != "PROPN" or name.head == noun or name.dep_ not in _LOOSE or \
                (name.dep_ == "conj" and name.head.i > noun.i):
            continue
        if not any(c.dep_ == "conj" for c in name.children) and name.right_edge.i + 1 < len(doc) and \
                doc[name.right_edge.i + 1].text not in (".", *_MARKS):
            continue  # a single name must end the sentence or the dashes: else it may open a clause
        apply_heads(doc, {name.i: (noun.i, "appos")})
