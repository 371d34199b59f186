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
    the Chinese company that ..."): a new actor of that kind. A name glued to another by a hyphen is one
    name ("the Portuguese builder Mota-Engil"), and a name the parser hung elsewhere still follows a noun
    phrase of a firm that opens with an article ("a consortium of the commodity trader Trafigura, ...")."""
    found = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j - i < 4 and j not in taken and (doc[j].pos_ == "PROPN" or _acronym(doc[j])) and \
                name_token(doc[j].text) and doc[j].text[:1].isupper() and not date_word(doc[j]):
            j += 1
            if j + 1 < len(doc) and doc[j].text in _HYPHENS and not doc[j - 1].whitespace_ and \
                    not doc[j].whitespace_ and doc[j + 1].text[:1].isupper() and j + 1 not in taken:
                j += 1  # "Mota-Engil": the hyphen joins the next word to the name
        if j == i:
            i += 1
            continue
        span = doc[i:j]
        noun = doc[i - 1] if i > 0 else None
        if noun is not None and noun.text == "," and i > 1 and doc[i - 2].pos_ == "NOUN" and \
                span.root.dep_ == "appos" and span.root.head.i == i - 2:
            noun = doc[i - 2]  # "the Belarusian state airline, Belavia": the name set off by a comma
        longer_name = j < len(doc) and doc[j].pos_ == "PROPN"  # (cut at four words: not a name of its own)
        kind = None
        if not longer_name and noun is not None and noun.pos_ == "NOUN" and (
                span.root.dep_ == "appos" and span.root.head.i == noun.i or
                noun.dep_ == "compound" and noun.head.i in range(i, j) or _firm_phrase_before(doc, noun, lexicon)):
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


_HYPHENS = frozenset({"-", "‐", "‑"})
_EXAMPLE_OPENERS = frozenset({"including", "like"})


def names_of_kind_examples(doc, lexicon: Lexicon, taken: set[int]) -> list[Mention]:
    """Names given as examples of a plural noun of a kind of body ("Chinese companies such as Tsingshan",
    "militias including Raskamboni and Jubaland Dervish", "firms like Halvor and Kettering"): each a new
    actor of that kind, whatever the model took the name for. Not after a noun of another kind ("countries
    such as Brazil", "weapons like HIMARS")."""
    found = []
    for token in doc:
        if token.lower_ == "as" and token.i > 1 and doc[token.i - 1].lower_ == "such":
            noun = doc[token.i - 2]
        elif token.lower_ in _EXAMPLE_OPENERS and token.i > 0:
            noun = doc[token.i - 1]
        else:
            continue
        kind = _plural_kind(noun, lexicon)
        if kind is None:
            continue
        i = token.i + 1
        while i < len(doc):
            j = i
            while j < len(doc) and j - i < 4 and j not in taken and doc[j].text[:1].isupper() and \
                    name_token(doc[j].text) and not date_word(doc[j]) and doc[j].pos_ in ("PROPN", "NOUN", "X"):
                j += 1
            if j == i or j < len(doc) and doc[j].text in ("'s", "’s"):
                break
            name = clean_name(doc[i:j].text, None)
            if name:
                found.append(Mention(i, j, Actor.new(name, kind), "ner", doc[i:j].text))
            if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in ("and", "or"):
                j += 1
            if j < len(doc) and doc[j].text in (",", "and", "or"):
                i = j + 1
                continue
            break
    return found


def _plural_kind(noun, lexicon: Lexicon) -> str | None:
    """The kind of body a plural noun names ("companies", "rebel groups", "think tanks"), or None."""
    if noun.tag_ != "NNS":
        return None
    lemma = noun.lemma_.lower()
    if lemma in lexicon.noun_class["armed_group_nouns"] or lemma == "group" and any(
            c.lemma_.lower() in ("militant", "rebel", "armed", "jihadist", "insurgent") for c in noun.children):
        return "armed_group"
    if lemma in lexicon.noun_class["company"] and lemma not in ("group", "plant", "investor", "operator", "manager"):
        return "company"
    if lemma in lexicon.noun_class["ngo"] and lemma not in lexicon.noun_class["ngo_nouns_not_alone"]:
        return "ngo"
    return None


def _firm_phrase_before(doc, noun, lexicon: Lexicon) -> bool:
    """Is ``noun`` a firm's noun ending a phrase that opens with an article, modifiers only between ("the
    commodity trader", "a Belgian rail operator"), the name right after it being that firm's?"""
    if noun.lemma_.lower() not in lexicon.noun_class["company"] or noun.lemma_.lower() in ("group", "plant"):
        return False
    k = noun.i - 1
    while k >= 0 and noun.i - k < 5 and doc[k].pos_ in ("NOUN", "ADJ", "PROPN") and doc[k].ent_type_ in ("", "NORP"):
        k -= 1
    return k >= 0 and doc[k].lower_ in ("the", "a", "an")


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

