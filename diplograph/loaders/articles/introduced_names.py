"""Names no list holds, typed by how the text introduces them (for the model's entities, mentions.py).

- A person the model tagged as an organisation: "Nusrat Alam, who studies ...", "one of the remaining
  candidates, Ayachi Zammel, was jailed". A name of a few capitalised words is a person when a relative
  "who" follows it (bodies are "which") or a noun for a person stands right before it in apposition
  (lexicon ``person_nouns`` and the words of ``not_office``: "candidates", "activist", "lawyer").
- A named military operation: "Operation Desert Lantern", "Operation Prosperity Guardian". The model
  often tags the words after "Operation" as a person; an operation is never one. It is a body of its own
  only when the text says what kind ("Operation X, the naval coalition the US formed": lexicon
  ``operation_kinds``); otherwise it is no actor, since most operations are one state's acts, and the
  known ones name their state or body through the gazetteer (missions.yaml).
"""

from __future__ import annotations

from diplograph.graph.model import Actor
from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.mention import Mention


def introduced_as_person(doc, span, lexicon: Lexicon) -> bool:
    """Does a relative "who" follow the name, or a noun for a person stand before it in apposition?"""
    if span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ == "who":
        return True
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    noun = doc[span.start - 2]
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon.noun_class["person_nouns"] | lexicon.not_office


def operation_start(doc, span) -> int | None:
    """Where the operation's name begins when ``span`` is one ("Operation X", or X right after
    "Operation"), else None."""
    if span[0].text == "Operation" and len(span) > 1:
        return span.start
    if span.start > 0 and doc[span.start - 1].text == "Operation":
        return span.start - 1
    return None


def operation_mention(doc, start: int, span, lexicon: Lexicon) -> Mention | None:
    """A named operation as a body, when an apposition after it says it is a coalition, a mission or
    a force; None otherwise."""
    kinds = lexicon.noun_class["operation_kinds"]
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    for token in doc[span.end + 1:span.end + 6]:
        if token.pos_ == "NOUN":
            if token.lemma_.lower() not in kinds:
                return None
            name = doc[start:span.end].text
            return Mention(start, span.end, Actor.new(name, "organization"), "ner", name)
        if token.pos_ not in ("DET", "ADJ", "PROPN", "PUNCT") and token.dep_ != "compound":
            return None
    return None
