"""The writer of a think tank's paper works for it: a brief published by "the Halvorsen Institute for Digital
Statecraft" under the byline "Maren Ekholm, Fellow" makes its author affiliated with the institute.

Think tanks, institutes and research centres put out briefs and reports signed by their fellows; the byline
and the publisher stand in the document's header (metadata.py reads both), never in a sentence, so no sentence
rule can relate them. The document's author (one person's name: two to four capitalised words, no "and", no
word of a body: not "News Desk") is affiliated with its publisher when the header signs the paper with the
author's post ("Maren Ekholm, Fellow": a title of lexicon ``company_titles`` after the name and a comma; a bare
"Author: X" says nothing of where X works) and the publisher is a non-governmental body by its own words (the
head word before any "of", "for" or "on" among lexicon ``actor_cues.ngo``, as name_types.py reads them, or an
NGO of the gazetteer): a newspaper, a wire or a magazine ("The Northern Ledger", "Andes Review") is no body
its writers hold a post in.
"""

from __future__ import annotations

import re

from diplograph.gazetteer import Gazetteer
from diplograph.graph.model import Actor, Claim
from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.name_types import name_type

_PERSON = re.compile(r"^[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){1,3}$")


def author_affiliation(author: str, publisher: str, header: str, source_id: str, gazetteer: Gazetteer,
                       lexicon: Lexicon, method: str = "rules") -> tuple[Actor, Actor, Claim] | None:
    """(person, body, claim) of the document's author affiliated with its publisher, or None (see the docstring).

    >>> from diplograph.gazetteer import load_gazetteer
    >>> from diplograph.loaders.articles.lexicon import load_lexicon
    >>> gaz, lex = load_gazetteer(), load_lexicon()
    >>> found = author_affiliation("Ana Ruiz", "Andes Policy Institute", "*Ana Ruiz, Senior Fellow*", "src", gaz, lex)
    >>> found[2].subject, found[2].predicate, found[2].object, found[2].properties
    ('person:ana-ruiz', 'AFFILIATED_WITH', 'ngo:andes-policy-institute', {'role': 'Senior Fellow'})
    >>> author_affiliation("Ana Ruiz", "Lima Institute for Peace Studies", "Ana Ruiz, researcher", "src", gaz, lex)[1].name
    'Lima Institute for Peace Studies'
    >>> author_affiliation("Ana Ruiz", "Andes Policy Institute", "Author: Ana Ruiz", "src", gaz, lex) is None
    True
    >>> author_affiliation("Ana Ruiz", "The Andes Review", "Ana Ruiz, Senior Fellow", "src", gaz, lex) is None
    True
    """
    author, publisher = (author or "").strip(), re.sub(r"\s*\(.*?\)", "", publisher or "").strip().strip('"')
    if not author or not publisher or not _PERSON.match(author) or " and " in author or \
            name_type(author, lexicon) is not None:  # ("News Desk", "Gulf Wire Staff")
        return None
    signed = re.search(rf"{re.escape(author)}\s*,\s*([^,\n*_]+)", header)
    title = signed.group(1).strip().lower() if signed else ""
    if not any(f" {t} " in f" {title} " for t in lexicon.company_titles):
        return None  # the header signs the paper with the writer's post there ("Maren Ekholm, Fellow"), or says nothing
    entry = gazetteer.lookup(publisher)
    if entry is not None:
        body = entry.actor() if entry.type == "ngo" else None
    elif name_type(re.split(r" (?:of|for|on) ", publisher)[0], lexicon, head_only=True, types=("ngo",)) == "ngo":
        body = Actor.new(publisher, "ngo")
    else:
        body = None
    if body is None:
        return None
    person = Actor.new(author, "person")
    claim = Claim(subject=person.id, predicate="AFFILIATED_WITH", object=body.id, source_id=source_id,
                  evidence=f"{publisher} · {signed.group(0).strip()}", method=f"{method}:byline",
                  properties={"role": signed.group(1).strip()})
    return person, body, claim
