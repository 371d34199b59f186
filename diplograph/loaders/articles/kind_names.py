"""Names whose kind the noun beside them tells, when the statistical model read them as something else:
"the state copper company Codelco" (the model took the name for a place), "Kraze Baz, the largest gang
in the south" (taken for a person). Without this the name is no actor, and "the company" before it is
read as a reference to the firm named earlier."""

from __future__ import annotations

from diplograph.graph.model import Actor
from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.mention import Mention
from diplograph.loaders.articles.name_types import cause_body, context_type
from diplograph.loaders.articles.person_names import clean_name, date_word, name_token


def names_after_kind_nouns(doc, lexicon: Lexicon, taken: set[int]) -> list[Mention]:
    """Capitalised words no other source named, set right after a noun of a kind of body ("the private
    miner SQM", "the shipping company Maersk Line") as its apposition, or followed by one ("Tianqi Lithium,
    the Chinese company that ..."): a new actor of that kind."""
    found = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j - i < 4 and j not in taken and (doc[j].pos_ == "PROPN" or _acronym(doc[j])) and \
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
            if kind == "ngo" and cause_body(noun, lexicon) is None:
                kind = None  # ("the election monitor Ana Ruiz": a person's trade, not a body's)
        elif not longer_name and (noun is None or noun.pos_ != "PROPN"):  # "Tianqi Lithium, the Chinese company ..."
            kind = kind_of_own_apposition(span, lexicon)
        name = clean_name(span.text, None)
        if kind in ("company", "armed_group", "ngo") and name:
            found.append(Mention(i, j, Actor.new(name, kind), "ner", span.text))
        i = j
    return found


def _acronym(token) -> bool:
    """"The FLNKS, the main pro-independence alliance": the model may tag an initialism it does not know a
    common noun."""
    return len(token.text) >= 3 and token.text.isalpha() and token.text.isupper()


def kind_of_own_apposition(span, lexicon: Lexicon) -> str | None:
    """"Zhongwei Cobalt, the Chinese company that ...", "Kraze Baz, the largest gang in ...": a name the
    model took for a person's, whose own apposition right after the comma is a firm, an armed group or a
    non-governmental body ("Amnaya, a Kenyan rights group", "Hope Lines, a British charity").
    Only the first apposition counts: "X, director of Y, the analysis centre" describes Y."""
    if span.end >= len(span.doc) or span.doc[span.end].text != ",":
        return None
    for noun in span.root.children:
        if noun.dep_ != "appos" or noun.left_edge.i != span.end + 1:
            continue
        lemma = noun.lemma_.lower()
        cause = cause_body(noun, lexicon)
        if cause is not None:
            return cause
        if lemma in lexicon.noun_class["armed_group_nouns"]:
            return "armed_group"
        if lemma in lexicon.noun_class["company"] and lemma != "group":
            return "company"
        if lemma in lexicon.noun_class["ngo"] and lemma not in lexicon.noun_class["ngo_nouns_not_alone"]:
            return "ngo"  # "Hope Lines, a British charity"
    return None

