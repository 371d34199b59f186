"""A body the text names once in full with its initials in brackets: "the Kenya-led *Multinational Security
Support (MSS)* mission", "the *Multinational Joint Task Force (MNJTF)*".

The model often tags only the initials, or the long name without a word that gives its type, so that the body
is no actor and the initials used later name no one either. Capitalised words whose initials spell the bracketed
letters are the body's name; its type comes from its own words or from the noun right after the brackets
("mission", "force"), never by default: "the Exclusive Economic Zone (EEZ)" is no body.
"""

from __future__ import annotations

import re

from diplograph.graph.model import Actor
from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.mention import Mention
from diplograph.loaders.articles.name_types import name_type

_INITIALS = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
_JOINING = frozenset({"of", "for", "and", "on", "in", "the", "to"})  # small words inside a name ("Office of the")
_BODY_TYPES = ("organization", "armed_group")


def initialled_bodies(doc, lexicon: Lexicon, taken: set[int]) -> list[Mention]:
    """New bodies named by capitalised words right before initials in brackets that spell them."""
    found = []
    for opening in doc:
        i = opening.i
        if opening.text != "(" or i + 2 >= len(doc) or doc[i + 2].text != ")" or i + 1 in taken or \
                not _INITIALS.match(doc[i + 1].text):
            continue
        start = _name_start(doc, i, doc[i + 1].text, taken)
        if start is None:
            continue
        name = doc[start:i].text
        words = {t.lower_ for t in doc[start:i]}
        if words & (lexicon.noun_class["weapon"] | lexicon.noun_class["agreement"]):
            continue  # a weapon system or a treaty is no body
        after = doc[i + 3].text if i + 3 < len(doc) else ""
        actor_type = name_type(name, lexicon, types=_BODY_TYPES) or name_type(after, lexicon, types=_BODY_TYPES)
        if actor_type is not None:
            found.append(Mention(start, i, Actor.new(name, actor_type), "ner", name))
    return found


def _name_start(doc, opening: int, initials: str, taken: set[int]) -> int | None:
    """Where the capitalised words before ``opening`` whose initials spell ``initials`` begin, else None."""
    spelled, start = "", opening
    while start > 0 and len(spelled) < len(initials):
        word = doc[start - 1]
        if word.i in taken or not (word.is_alpha and word.text[0].isupper() or word.lower_ in _JOINING and spelled):
            break
        if word.text[0].isupper() and word.lower_ not in _JOINING:
            spelled = word.text[0] + spelled
        start -= 1
    if spelled != initials or len(initials) < 2:
        return None
    while doc[start].lower_ in _JOINING:
        start += 1
    return start
