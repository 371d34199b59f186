"""The type a new name gets from its own words ("... Technologies": a company) or from the words
around it ("drone company X", "X, a think tank"): for names the gazetteer lacks (see mentions.py)."""

from __future__ import annotations

from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.names import name_key


def name_type(name: str, lexicon: Lexicon, head_only: bool = False,
              types=("ngo", "organization", "company", "armed_group")) -> str | None:
    """The actor type a new organisation's name announces, from cue words, or None.

    The head word decides first ("Association of Defense Industry Enterprises" is an
    association, whatever it associates); a state body is not an actor of its own.

    >>> from diplograph.loaders.articles.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [name_type(n, lex) for n in ("Yesil Technology", "Oxus Society", "Ministry of Defence", "Reuters")]
    ['company', 'ngo', None, None]
    >>> name_type("Centro Andino de Estudios", lex), name_type("Instituto Cervantes", lex, head_only=True)
    ('ngo', 'ngo')
    """
    low = name_key(name)
    if _has_cue(low, lexicon.actor_cues["state_body"]):
        return None
    words = low.split(" of ")[0].split()
    if "ngo" in types and words and words[0] in lexicon.noun_class["body_heads_first"]:
        return "ngo"  # "Centro Istmeño de Estudios", "Fundación ...": Romance names open with their head word
    # a cue of two words is the head when the name ends with it ("... Liberation Movement" fights, "... Movement" need not)
    pair = " ".join(words[-2:])
    head = pair if len(words) > 1 and any(pair in lexicon.actor_cues[t] for t in types) else (words[-1] if words else "")
    for actor_type in ("ngo", "organization", "company", "armed_group"):
        cues = lexicon.actor_cues[actor_type]
        if actor_type in types and (head in cues or head.endswith("s") and head[:-1] in cues):  # "... Shipyards"
            return actor_type
    if head_only:
        return None
    for actor_type in ("armed_group", "company", "ngo", "organization"):
        if actor_type in types and _has_cue(low, lexicon.actor_cues[actor_type]):
            return actor_type
    return None


def names_state_body(name: str, lexicon: Lexicon) -> bool:
    """Does the name say it is a state's own office ("Foreign Ministry", "National Security Council")?"""
    return _has_cue(name_key(name), lexicon.actor_cues["state_body"])


def _has_cue(low: str, cues) -> bool:
    padded = f" {low} "
    return any(f" {cue} " in padded for cue in cues)


_GROUP_ADJECTIVES = frozenset({"militant", "rebel", "armed", "terrorist", "jihadist", "insurgent",
                               "extremist", "islamist", "separatist", "paramilitary"})


def cause_body(noun, lexicon: Lexicon) -> str | None:
    """"a Kenyan rights group", "an opposition party", "a human rights organisation": a body a word of its
    cause or its politics qualifies is non-governmental (an "armed" or "rebel" one is an armed group); None
    for a noun no such word qualifies."""
    if noun.lemma_.lower() not in lexicon.noun_class["cause_bodies"]:
        return None
    words = {form for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss")
             for form in (c.lemma_.lower(), c.lower_)}
    if words & _GROUP_ADJECTIVES:
        return "armed_group"
    if not words.isdisjoint(lexicon.noun_class["cause_words"]):
        return "ngo"
    return None


def context_type(span, lexicon: Lexicon, own_appositions: bool = True) -> str | None:
    """The type the words around a name give it: "drone company Baykar", "X, a think tank".

    A person's name keeps its own appositions out of it: "Michael Hilliard, director of the
    Oxus Society, the analysis center" describes the society, not him."""
    root = span.root
    neighbours = []
    if root.dep_ in ("appos", "compound", "nmod") and not (span.start <= root.head.i < span.end):
        neighbours.append(root.head)
    if own_appositions:
        neighbours += [c for c in root.children if c.dep_ == "appos"]
    if span.start > 0 and span.doc[span.start - 1].pos_ == "NOUN":
        neighbours.append(span.doc[span.start - 1])
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        neighbours.append(root.head.head)  # "fighters of the Sahel Patriotic Movement"
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first is not root and first.pos_ == "NOUN" and first.tag_ == "NNS" and \
            first.i + 1 < len(span.doc) and span.doc[first.i + 1].text == ",":
        neighbours.append(first)  # "three Mexican financial institutions, CIBanco, Intercam and Vector"
    before = span.doc[max(0, span.start - 3):span.start].text.lower().replace(" - ", "-").replace(" – ", "-")
    if any(before.endswith(q) for q in lexicon.noun_class.get("company_qualifiers", ())):
        return "company"  # "China's state-owned CNOOC"
    for noun in neighbours:
        lemma = noun.lemma_.lower()
        if lemma in lexicon.noun_class["party_nouns"] and root.dep_ == "compound" and root.head.i == noun.i:
            return "ngo"  # "the Siumut party", "Nielsen of the Demokraatit party": a political party, no side to a deal
        if lemma in lexicon.noun_class["business_nouns"] and any(
                c.lemma_.lower() in lexicon.noun_class["business_sectors"] for c in noun.children
                if c.dep_ in ("compound", "amod")):
            return "company"  # "the shipping group MSC", "the Russian state news agency Sputnik"
        cause = cause_body(noun, lexicon)
        if cause is not None:
            return cause
        if lemma == "group":
            if any(c.lemma_.lower() in _GROUP_ADJECTIVES for c in noun.children):
                return "armed_group"
            continue
        if lemma in lexicon.noun_class["company"] or lemma == "institution" and any(
                c.lower_ in ("financial", "banking", "credit") for c in noun.children):
            return "company"
        if lemma in lexicon.noun_class["ngo"] and lemma not in ("organization", "organisation"):
            return "ngo"
        if lemma in ("alliance", "bloc", "organization", "organisation", "grouping", "union", "community"):
            return "organization"
        if lemma in lexicon.noun_class["organization_nouns"] and any(
                c.lower_ in lexicon.noun_class["organization_qualifiers"] for c in noun.children):
            return "organization"  # "X, a regional security body", "an intergovernmental body"
        if lemma in lexicon.noun_class["armed_group_nouns"]:
            return "armed_group"
    return None
