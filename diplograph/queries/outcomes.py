"""What talks produced: a yes-or-no on whether talks between two sides "reached", "produced" or "ended in" a deal
("A-B talks in May - did they reach any agreement?", "did the A-B summit produce a deal?", "A B talks nov 2024 -
any deal?") asks whether the two agreed, in the talks' time: the talks are the occasion, the deal is what is asked.
Read as the talks themselves, the question said yes whenever the talks took place; read word by word, "produce"
was a co-production and "end in" a break.

The words are data (``outcomes`` in ``loose.yaml``): the nouns for talks, the verbs of an outcome, the nouns
for a deal, and whole phrases that ask it ("did they sign anything"). The question must name two sides and ask yes or no (it opens with an auxiliary, or its part after a
dash does, or that part is "any deal").
"""

from __future__ import annotations

import functools
import re

from diplograph.datafiles import packaged
from diplograph.queries.named import newest_date
from diplograph.queries.when import time_phrases


def _alternatives(words) -> str:
    return "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = packaged("diplograph.queries", "loose.yaml").get("outcomes") or {}
    talks = re.compile(rf"\b(?:{_alternatives(data.get('talks') or ())})\b", re.IGNORECASE)
    deal = rf"(?:{_alternatives(data.get('deals') or ())})"
    outcome = re.compile(rf"\b(?:{_alternatives(data.get('verbs') or ())})\s+(?:(?:a|an|any|some|the)\s+)?{deal}\b"
                         rf"|\b(?:{_alternatives(data.get('agreed') or ())})\b"
                         rf"|(?:^|[-–—:,]\s*)(?:any|an?)\s+{deal}\s*(?:reached|agreed|signed|struck)?\s*\??\s*$",
                         re.IGNORECASE)
    asking = re.compile(r"(?:^|[-–—:]\s*)(?:did|do|does|has|have|had|was|were|is|are|any|an?)\b", re.IGNORECASE)
    return talks, outcome, asking


def talks_outcome(view, question: str) -> str | None:
    """The question whether the two sides of the talks agreed, in their time; None when ``question`` asks no such
    thing."""
    from diplograph.queries.general import read_parts

    talks, outcome, asking = _patterns()
    if not (talks.search(question) and outcome.search(question) and asking.search(question)):
        return None
    parts = read_parts(view, question)
    sides = list(dict.fromkeys(node for _, _, node in parts.actors)) if parts is not None else []
    if len(sides) != 2:
        return None
    first, second = (view.nodes[n].get("name", n) for n in sides)
    when = ""
    for phrase in time_phrases(question, newest_date(view)):
        before = question[:phrase.start].split()
        said = phrase.text if phrase.text.split()[0].lower() in ("in", "on", "since", "during", "at") else \
            f"{before[-1]} {phrase.text}" if before and before[-1].lower() in ("in", "on", "during") else f"in {phrase.text}"
        when = " " + said
        break
    return f"did {first} and {second} reach an agreement{when}?"
