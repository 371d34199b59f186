"""What two sides talked about: "did A and B discuss C?", "did A discuss C with B in May?", "who did A talk
about C with?", "when did A and B go over C?". C is the talks' subject, never a third party: the question is
asked of the talks between the two ("did A and B hold talks?"), and the reading says C was not read. Without two
sides (no "and", no "with") the question is left as it stands ("who discussed C?").

The verbs are data: ``discussing`` in ``loose.yaml``.

>>> talks_about("did Parva and Quell discuss Lune in August 2022?")
('did Parva and Quell hold talks in August 2022', 'Lune')
>>> talks_about("did Parva discuss the border with Quell")
('did Parva hold talks with Quell', 'the border')
>>> talks_about("who did Parva talk about Lune with?")
('who did Parva hold talks with', 'Lune')
>>> talks_about("when did Parva and Quell discuss the truce")
('when did Parva and Quell hold talks', 'the truce')
>>> talks_about("who discussed Lune?") is None
True
"""

from __future__ import annotations

import functools
import re

from diplograph.datafiles import packaged
from diplograph.queries.grammar import inflect

_TIME = r"(?:in|on|during|since|before|after|last|this|between|early|late)\b"


@functools.cache
def _verbs() -> dict[str, str]:
    """Each form of a verb of discussing, with the form of "hold talks" it stands for."""
    irregular = packaged("diplograph.queries", "grammar.yaml").get("irregular") or {}
    held = {"": "hold", "s": "holds", "ing": "holding", "ed": "held"}
    forms = {}
    for verb in packaged("diplograph.queries", "loose.yaml").get("discussing") or ():
        head, _, rest = verb.partition(" ")
        for form in inflect(verb, irregular):
            said = form.split(" ")[0]
            tense = "" if said == head else "ing" if said.endswith("ing") else \
                "s" if said in (head + "s", head + "es") else "ed"
            forms[form] = f"{held[tense]} talks"
    return forms


@functools.cache
def _pattern() -> re.Pattern:
    verbs = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(_verbs(), key=len, reverse=True))
    return re.compile(rf"^(?P<head>.+?)\s+(?P<verb>{verbs})\s+(?P<topic>.+?)(?P<with>\s+with(?:\s+(?!{_TIME}).+?)?)?"
                      rf"(?P<time>\s+{_TIME}.*?)?\s*[?.!]*$", re.IGNORECASE)


def talks_about(question: str) -> tuple[str, str] | None:
    """(the question asked of the talks, what they were about) when ``question`` asks what two sides
    discussed; None otherwise."""
    text = " ".join(question.split())
    found = _pattern().match(text)
    if found is None:
        return None
    head, partner = found["head"], found["with"] or ""
    if not partner and not re.search(r"\s(?:and|&)\s", head):
        return None
    held = _verbs()[" ".join(found["verb"].lower().split())]
    return f"{head} {held}{partner}{found['time'] or ''}", found["topic"]
