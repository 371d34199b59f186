"""Relations that ended: "Who has withdrawn its peacekeepers from X?", "Who stopped buying from X?".

A relation between two actors *ended* when a claim gives it an end date and no claim of the same
relation between them begins after that date (a later deal, a return of troops: it goes on). An
answer about ended relations keeps the actors whose relation to the asked actor ended, with the
claims that say so, and the reading says it kept only those.

"Who stopped V-ing ..." is asked as "Who was V-ing ...?", read by any form, and narrowed to the
relations that ended; a question so built that is not read is not answered (read without
"stopped", it would list the actors that go on).

>>> ended_question("Who stopped buying drones from Aland?")
'Who was buying drones from Aland?'
>>> ended_question("Which countries have ceased supplying Borvia?")
'Which countries were supplying Borvia?'
>>> ended_question("Who supplies Borvia?") is None
True
"""

from __future__ import annotations

import re

from diplograph.graph.dates import PartialDate
from diplograph.queries.answer import Answer

_STOPPING = re.compile(
    r"^(?P<wh>who|(?:which|what)\s+[\w-]+(?:\s+(?!(?:has|have|had|did)\b)[\w-]+)?)\s+(?:(?P<aux>has|have|had|did)\s+)?"
    r"(?:stopped|stop|ceased|cease|quit|halted|halt|ended|end|suspended|suspend|discontinued|gave\s+up|given\s+up|"
    r"give\s+up)\s+(?P<rest>\w+ing\b.*)$", re.IGNORECASE)


def ended_question(question: str) -> str | None:
    """The question asked of the relation going on ("Who was buying from X?"), when ``question``
    asks who stopped doing something; None otherwise."""
    found = _STOPPING.match(" ".join(question.split()))
    if not found:
        return None
    wh = found.group("wh")
    plural = wh.lower() != "who" and wh.split()[-1].lower().endswith("s")
    return f"{wh} {'were' if plural else 'was'} {found.group('rest')}"


def _start(claim) -> str:
    return PartialDate.parse(claim.date).start().isoformat() if claim.date else ""


def _end(claim) -> str:
    return PartialDate.parse(claim.end_date).end().isoformat() if claim.end_date else ""


def ended_pairs(evidence) -> dict[tuple[str, str, str], str]:
    """(subject, predicate, object) -> the date it ended, for the relations among ``evidence``
    that ended and did not begin again."""
    latest_end: dict[tuple, str] = {}
    latest_start: dict[tuple, str] = {}
    for e in evidence:
        key = (e.subject.id, e.predicate, e.object.id)
        try:
            end, start = _end(e.claim), _start(e.claim)
        except ValueError:
            continue
        if end:
            latest_end[key] = max(latest_end.get(key, ""), end)
        if start:
            latest_start[key] = max(latest_start.get(key, ""), start)
    return {key: end for key, end in latest_end.items() if latest_start.get(key, "") <= end}


def only_ended(answer: Answer) -> Answer:
    """``answer`` narrowed to the actors whose relation ended, with the claims about it."""
    ended = ended_pairs(answer.evidence)
    kept_evidence = [e for e in answer.evidence if (e.subject.id, e.predicate, e.object.id) in ended]
    tied = {e.subject.id for e in kept_evidence} | {e.object.id for e in kept_evidence}
    answer.answers = [a for a in answer.answers if a.id in tied]
    answer.flagged = [f for f in answer.flagged if f.actor.id in tied]
    answer.evidence = kept_evidence
    answer.reading += ", only relations that ended (an end date, and nothing begun since)"
    answer.query = {**(answer.query or {}), "ended": True}
    return answer
