"""Names whose kind the noun beside them tells, when the statistical model read them as something else:
"the state copper company Codelco" (the model took the name for a place), "Kraze Baz, the largest gang
in the south" (taken for a person). Without this the name is no actor, and "the company" before it is
read as a reference to the firm named earlier."""

from __future__ import annotations

from diplograph.graph.model import Actor
from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.mention import Mention
from diplograph.loaders.articles.name_types import context_type
from diplograph.loaders.articles.person_names import clean_name, date_word, name_token


def names_after_kind_nouns(doc, lexicon: Lexicon, taken: set[int]) -> list[Mention]:
    """Capitalised words no other source named, set right after a noun of a kind of body ("the private
    miner SQM", "the shipping company Maersk Line") as its apposition, or followed by one ("Tianqi Lithium,
    the Chinese company that ..."): a new actor of that kind."""
    found = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j - i < 4 and j not in taken and doc[j].pos_ == "PROPN" and \
                name_token(doc[j].text) and doc[j].text[:1].isupper() and not date_word(doc[j]):
            j += 1
        if j == i:
            i += 1
            continue
        span = doc[i:j]
        noun = doc[i - 1] if i > 0 else None
        longer_name = j < len(doc) and doc[j].pos_ == "PROPN"  # (cut at four words: not a name of its own)
        kind = None
        if not longer_name and noun is not None and noun.pos_ == "NOUN" and (
                span.root.dep_ == "appos" and span.root.head.i == noun.i or
                noun.dep_ == "compound" and noun.head.i in range(i, j)):
            kind = context_type(span, lexicon, own_appositions=False)
        elif not longer_name and (noun is None or noun.pos_ != "PROPN"):  # "Tianqi Lithium, the Chinese company ..."
            kind = kind_of_own_apposition(span, lexicon)
        name = clean_name(span.text, None)
        if kind in ("company", "armed_group") and name:
            found.append(Mention(i, j, Actor.new(name, kind), "ner", span.text))
        i = j
    return found


def kind_of_own_apposition(span, lexicon: Lexicon) -> str | None:
    """"Zhongwei Cobalt, the Chinese company that ...", "Kraze Baz, the largest gang in ...": a name the
    model took for a person's, whose own apposition right after the comma is a firm or an armed group.
    Only the first apposition counts: "X, director of Y, the analysis centre" describes Y."""
    if span.end >= len(span.doc) or span.doc[span.end].text != ",":
        return None
    for noun in span.root.children:
        if noun.dep_ != "appos" or noun.left_edge.i != span.end + 1:
            continue
        lemma = noun.lemma_.lower()
        if lemma in lexicon.noun_class["armed_group_nouns"]:
            return "armed_group"
        if lemma in lexicon.noun_class["company"] and lemma != "group":
            return "company"
    return None

