"""A name in quotes before a noun: "Mongolia's 'third neighbour' partners", "the 'no limits' partnership".

Analysts quote a policy's or a slogan's own words before the noun they qualify. Read as words, the quote names
a relation it does not mean ("neighbour" is no border there, "friends" no backing): the noun after it is what
is asked. When the quoted words hold a relation word and a noun (no preposition) follows the closing quote, the
question is asked without them, and the reading says what was left out; when some confirmed claim's sentence
says the quoted words, the answer is kept to the claims that do (``about_label``): the policy's partners, not
every partner. A quote naming no relation ("the 'Eastern Sentry' drills") stays, as a name the claims'
sentences may hold.

>>> unquoted("mongolia 'third neighbour' partners")
('mongolia partners', 'third neighbour')
>>> unquoted('who are parva\\'s "old friends" partners?')
("who are parva's partners?", 'old friends')
>>> unquoted("who took part in the 'eastern sentry' drills") is None
True
>>> unquoted('rhun parva "biggest arms deal" for drones - when was it signed') is None
True
"""

from __future__ import annotations

import re

_QUOTED = re.compile(r"(?:(?<=\s)|^)(?P<quote>['\"‘“])(?P<words>[A-Za-z][^'\"‘’“”?]{1,60}?)['\"’”](?=\s+\w)")


def unquoted(question: str) -> tuple[str, str] | None:
    """(the question without a quoted qualifier that names a relation, the quoted words), or None."""
    from diplograph.queries.loose import _TOKEN, _triggers, load_lexicon

    lexicon = load_lexicon()
    for found in _QUOTED.finditer(str(question)):
        words, after = found.group("words"), str(question)[found.end():].split()[0].lower()
        # a noun after it ("'third neighbour' partners"), not a phrase going on ("'biggest deal' for drones")
        if after not in lexicon.stopwords and _triggers([t.lower() for t in _TOKEN.findall(words)], lexicon):
            return " ".join((question[:found.start()] + question[found.end():]).split()), words
    return None


def about_label(answer, words: str) -> None:
    """Narrow ``answer`` to the claims whose sentence says the quoted ``words`` ("third neighbour", hyphen or space
    between), when some confirmed claim does; else keep it whole."""
    from diplograph.queries.refine import narrow

    said = re.compile(r"\b" + r"[\s-]+".join(map(re.escape, words.split())) + r"\b", re.IGNORECASE)
    if any(e.confirmed and said.search(e.sentence or "") for e in answer.evidence):
        narrow(answer, lambda e: bool(said.search(e.sentence or "")))
        answer.reading += f' (only claims whose sentence says "{words}")'
