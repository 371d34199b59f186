"""The verdict of a yes-or-no question, from the claims its answer found (see
:mod:`diplograph.queries.focus`): *yes* when a source asserts or reports it and none denies it;
*disputed* when one affirms it and another denies it, when the only claims are unconfirmed or
speculative, or when a denial answers an accusation; *no* otherwise (a plan alone is a *no*,
unless the question asks whether it may happen)."""

from __future__ import annotations

import re

from diplograph.queries.answer import Answer
from diplograph.queries.loose import load_lexicon

AFFIRMING = frozenset({"asserted", "reported"})
DOUBTING = frozenset({"unconfirmed", "speculative"})


def verdict(answer: Answer, view=None, possible: bool = False) -> dict:
    """{"verdict": yes | no | disputed} from an answer's evidence (see the module's docstring).
    With ``view``, a denial is disputed too when someone in the graph accuses the denier in a
    sentence that names the other side ("Saudi officials accused Iran of arming the Houthis").
    ``possible``: the question asks whether it may happen ("Will Kenya send police?"), so a plan is a yes."""
    modalities = {e.modality for e in answer.evidence}
    if possible and "planned" in modalities and not modalities & (AFFIRMING | DOUBTING | {"denied"}):
        answer.message = answer.message or "planned: the sources say it is to happen"
        return {"verdict": "yes"}
    if modalities & AFFIRMING:
        said = "disputed" if "denied" in modalities else "yes"
    elif modalities & DOUBTING:
        said = "disputed"
    elif "denied" in modalities and any(_answers_an_accusation(e.sentence) or (view is not None and _accused(view, e))
                                        for e in answer.evidence if e.modality == "denied"):
        said = "disputed"  # "X, which Y has long accused of arming Z, denies it": one side affirms
        answer.message = answer.message or "denied, in answer to an accusation or a report the sources give"
    else:
        said = "no"
        if "planned" in modalities:
            answer.message = answer.message or "only planned: no source says it has happened"
    return {"verdict": said}


def _accused(view, denial) -> bool:
    """Whether a source accuses the denier (a CRITICISM of it whose sentence names the other side
    of the denied relation)."""
    other = denial.object
    names = [n.lower() for n in (other.name, *other.aliases) if len(n) > 2]
    for accuser, edges in view._pred.get(denial.subject.id, {}).items():
        for data in edges.values():
            if data["predicate"] != "CRITICISM" or accuser == other.id:
                continue
            for claim in data["claims"]:
                sentence = (claim.evidence or "").lower()
                if any(re.search(rf"\b{re.escape(n)}\b", sentence) for n in names):
                    return True
    return False


def _answers_an_accusation(sentence: str) -> bool:
    """Whether a denial's sentence also tells of the accusation or report it denies ("accused
    of", "allegations", "denied reports that"): the claim is then disputed, not merely denied.

    >>> _answers_an_accusation("Aland, which Borvian officials accuse of arming the rebels, denies it.")
    True
    >>> _answers_an_accusation("The firm has denied selling drones to Caldor.")
    False
    """
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", sentence or "")}
    return bool(words & load_lexicon().accusations)
