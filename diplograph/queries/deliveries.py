"""Supply answers asked of a weapon alone: the side the question asks for, and deliveries.

"Who got FA-50s delivered?" asks for recipients: a supplier of the FA-50 that received something
else is no answer, though a claim naming the FA-50 stands behind it (:func:`on_side`). A question
that says the arms arrived ("delivered", "took delivery": ``deliveries`` in ``loose.yaml``) keeps
orders not yet delivered (planned claims) apart from the answers (:func:`delivered_only`).

>>> had_done("what countries have had rafales delivered".split(), 5)
True
>>> had_done("who has delivered rafales".split(), 2)
False
"""

from __future__ import annotations

import functools
import re
from importlib import resources


from diplograph.queries.answer import Answer, Flag
from diplograph.datafiles import load_data


@functools.cache
def _vocabulary() -> dict:
    text = resources.files("diplograph.queries").joinpath("loose.yaml").read_text(encoding="utf-8")
    return load_data(text)["deliveries"]


@functools.cache
def _said() -> re.Pattern:
    words = sorted(_vocabulary()["said"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")\b",
                      re.IGNORECASE)


@functools.cache
def _orders() -> re.Pattern:
    words = sorted(_vocabulary()["orders"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")\b",
                      re.IGNORECASE)


def had_done(tokens: list[str], relation_at: int) -> bool:
    """Whether a causative "have" or "get" stands before the relation word with something between
    ("have had Rafales delivered"), so that its subject receives what the verb does; a perfect's
    auxiliary right before its participle ("has delivered") is no such thing."""
    before = [k for k in range(relation_at - 1) if tokens[k] in _vocabulary()["causative"]]
    return any(tokens[k + 1] not in _vocabulary()["causative"] and tokens[k + 1] != "been" for k in before)


def on_side(answer: Answer, side: str) -> Answer:
    """Keep as answers and flags only the actors that stand as ``side`` ("subject" or "object") of
    a claim left in the answer's evidence."""
    standing = {(e.subject if side == "subject" else e.object).id for e in answer.evidence}
    answer.answers = [a for a in answer.answers if a.id in standing]
    answer.flagged = [f for f in answer.flagged if f.actor.id in standing]
    return answer


def _register_order(evidence) -> bool:
    """An order a dataset's register lists with nothing delivered (a SIPRI deal with no delivery
    year): not yet a transfer, whatever verb the question uses."""
    return evidence.modality == "planned" and evidence.claim.method.startswith("dataset:")


def delivered_only(answer: Answer, question: str) -> Answer:
    """Move to the flagged actors those that only orders not yet delivered (planned supply claims)
    make answers, when a supply question says the arms arrived; the reading says so. A register's
    orders (:func:`_register_order`) are moved apart whatever the question's verb ("who bought",
    "which air forces fly"), unless it asks about orders ("who has ordered", "on order": ``orders``
    in ``loose.yaml``)."""
    supply = [e for e in answer.evidence if e.prop("weapon") or e.predicate == "ARMS_TRANSFER"]
    if not supply or "verdict" in answer.extra or _orders().search(question):
        return answer
    said = bool(_said().search(question))
    if not said and not any(_register_order(e) for e in supply):
        return answer
    pending = [e for e in supply if e.modality == "planned" and (said or _register_order(e))]
    delivered = {end for e in supply if e.confirmed and e not in pending for end in (e.subject.id, e.object.id)}
    ordered = [a for a in answer.answers if a.id not in delivered
               and any(a.id in (e.subject.id, e.object.id) for e in pending)]
    if ordered:
        answer.answers = [a for a in answer.answers if a not in ordered]
        answer.flagged = [*answer.flagged, *(Flag(a, "ordered, no delivery recorded") for a in ordered)]
        answer.reading += " (delivered only: orders with no delivery recorded shown apart)"
        if "count" in answer.extra:
            answer.extra["count"] = len(answer.answers)
    return answer
