"""A yes-or-no question on arms whose receivers are joined by "or" or "and" and no supplier is named: "has Morocco or
Algeria taken delivery of Bayraktar drones?", "did Egypt or Qatar get Rafales?", "korean k9 howitzers - has Australia
or Poland taken delivery?".

Without a third party there is nobody to set the two against, so the reading of doers joined against one party
(``focus._subjects_joined``) does not apply, and the plain reading took one receiver for the supplier of the other.
Each receiver is asked alone ("has Morocco taken delivery of Bayraktar drones", the system named first moved after
the verb), and the answer names those of whom it is true ("or": which of them; "and": yes only when each did), with
every claim of every one. A supplier said after them ("did A or B buy jets *from C*") leaves the question to the
reading of joined doers, which answers it.
"""

from __future__ import annotations

import re

from diplograph.queries.answer import Answer
from diplograph.queries.exclusion import _actor
from diplograph.queries.filters import RelationFilter
from diplograph.queries.lookup import Reader

_VERBS = (r"taken\s+delivery|take\s+delivery|took\s+delivery|taking\s+delivery|got|get|gotten|getting|received|"
          r"receive|receiving|bought|buy|buying|acquired|acquire|obtained|obtain|imported|import|purchased|purchase|"
          r"fielded|field|operate|operated")
_ASKED = re.compile(
    r"^(?:(?P<topic>[^?]+?)\s*(?:\s[-–—]+|:)\s*)?(?P<aux>has|have|had|did|do|does)\s+(?P<a>[^,?]+?)"
    r"(?:\s*,\s*(?P<c>[^,?]+?))?\s*,?\s+(?P<conj>or|and)\s+(?P<b>[^,?]+?)\s+"
    rf"(?P<verb>(?:(?:ever|already|actually|yet|both|each|either)\s+)*(?:{_VERBS}))\b(?P<rest>[^?]*?)\s*[?.!]*\s*$",
    re.IGNORECASE)
# what stands for the system named first ("korean k9s - has A or B taken delivery *of them*?")
_STAND_INS = re.compile(r"^(?:\s*(?:of|them|it|any|one|ones|yet|already|so\s+far|to\s+date)\b)*\s*$", re.IGNORECASE)
_SUPPLIER = re.compile(r"\b(?:from|by|off)\s+(?P<said>.+)$", re.IGNORECASE)


def receivers_joined(view, question: str) -> tuple[list[tuple[str, str]], list[str], bool] | None:
    """([(actor id, name)] of the receivers, the question asked of each alone, whether "or" joins them), or None
    when the question is no yes-or-no of arms received by receivers joined with no supplier named."""
    found = _ASKED.match(question.strip())
    if found is None:
        return None
    said = [found.group(k).strip() for k in ("a", "c", "b") if found.group(k)]
    said = [re.sub(r"^the\s+", "", s, flags=re.IGNORECASE) for s in said]
    actors = [_actor(view, s) for s in said]
    if None in actors or len(set(actors)) < len(actors):
        return None
    rest, topic = found.group("rest").strip(), (found.group("topic") or "").strip()
    supplier = _SUPPLIER.search(rest)
    if supplier is not None and _actor(view, re.sub(r"^the\s+", "", supplier.group("said").strip(" ?.!"))) is not None:
        return None  # "did A or B buy jets from C": doers joined against C
    if topic:
        if not _STAND_INS.match(rest):
            return None
        rest = ("of " if "delivery" in found.group("verb").lower() else "") + topic
    if not rest:
        return None
    aux = {"have": "has", "do": "does"}.get(found.group("aux").lower(), found.group("aux").lower())
    verb = re.sub(r"^(?:(?:both|each|either)\s+)+", "", found.group("verb"), flags=re.IGNORECASE)
    asked = [f"{aux} {s} {verb} {rest}" for s in said]
    return [(a, view.nodes[a].get("name", a)) for a in actors], asked, found.group("conj").lower() == "or"


def each_receiver_asked(view, question: str, joined, ask) -> Answer | None:
    """The answer to ``question`` from its receivers asked alone (``ask`` answers a question), or None when one of
    the questions is not read as a yes-or-no."""
    receivers, asked, either = joined
    each = [ask(one) for one in asked]
    if any(not one.understood or "verdict" not in one.extra for one in each):
        return None
    refs = Reader(view, RelationFilter())
    yes = [actor for (actor, _), one in zip(receivers, each) if one.extra["verdict"] == "yes"]
    answer = Answer(question, True)
    answer.evidence = [e for one in each for e in one.evidence]
    answer.flagged = [f for one in each for f in one.flagged]
    names = " or ".join(name for _, name in receivers) if either else " and ".join(name for _, name in receivers)
    if either:
        answer.answers = [refs.ref(actor) for actor in yes]
        answer.extra["verdict"] = "yes" if yes else "no"
        answer.reading = f"which of {names}: " + "; ".join(one.reading for one in each)
    else:
        answer.answers = [refs.ref(actor) for actor in yes] if len(yes) == len(receivers) else []
        answer.extra["verdict"] = "yes" if len(yes) == len(receivers) else "no"
        answer.reading = f"each of {names}: " + "; ".join(one.reading for one in each)
    answer.details = [f"{name}: {one.extra['verdict']}" for (_, name), one in zip(receivers, each)]
    answer.query = {"args": {"subjects": [actor for actor, _ in receivers], "either": either}}
    return answer
