"""A question opened by "any" ("any rafales delivered to Belgrade so far?", "any Chinese drones in Mali?") lists what
it finds and says yes or no as well: the analyst asks whether there is any, and who is the evidence.

The verdict is *yes* when something answers, *disputed* when only hedged claims (unconfirmed, speculative, denied)
were found, else *no*, an order with no delivery recorded included (the message says it was ordered).
"""

from __future__ import annotations

import re

from diplograph.queries.answer import Answer

_ANY = re.compile(r"^\s*any\s+(?!(?:one|body|where|thing)\b)\w", re.IGNORECASE)
ORDERED = "ordered, no delivery recorded"


def with_verdict(answer: Answer, question: str) -> Answer:
    """``answer`` with a verdict when ``question`` opens with "any" and has none yet.

    >>> with_verdict(Answer("any drones in Ostia", True), "any drones in Ostia").extra["verdict"]
    'no'
    >>> "verdict" in with_verdict(Answer("anyone in Ostia", True), "anyone in Ostia").extra
    False
    """
    if "verdict" in answer.extra or not _ANY.match(question):
        return answer
    ordered = [f for f in answer.flagged if f.why == ORDERED]
    hedged = [f for f in answer.flagged if f.why != ORDERED]
    answer.extra["verdict"] = "yes" if answer.answers else "disputed" if hedged else "no"
    if ordered and not answer.answers:
        answer.message = (answer.message + " " if answer.message else "") + \
            f"ordered, no delivery recorded: {', '.join(f.actor.name for f in ordered)}"
    return answer
