"""A CAMEO event code said in a question, as analysts of event data (ICEWS, GDELT) ask: "CAMEO 19 events involving
Afghanistan in 2014", "who had cameo code 057 events with Iran?", "cameo 04 interactions between A and B".

The code is no word the reader knows, so it is said by its predicate (``cameo.yaml`` maps codes to predicates; the
words are ``cameo_words`` in ``loose.yaml``: 19 is "fighting"), the question so worded is asked, and its answer is
kept to the events coded under the code (a claim's ``cameo`` property begins with it: "19" keeps 190 to 196). A
code the loader keeps no relation for (01 statements, 02 appeals, 10 demands) is said to be so, never answered as
something else. A verb that names one event under a broader relation ("who *praised* X": 051, not every kind of
support; ``cameo_verbs`` in ``loose.yaml``) keeps event data's claims to that code (:func:`coded_by_verb`), and,
when the relation is symmetric (one CONSULTATION holds "A visited B" and "B hosted A"), to the events whose doer is
the end the question asks to have acted ("which countries did X visit": X's visits, not X's guests; the loader keeps
the event's own source actor in the claim's ``doer`` property).
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from diplograph.datafiles import load_data
from diplograph.queries.answer import Answer, Flag

_CODE = re.compile(r"\bcameo(?:\s+(?:code|root|category|event|events))?\s*#?\s*(?P<code>\d{2,4})\b"
                   r"(?:\s+(?:events?|interactions?|incidents?|actions?|records?))?", re.IGNORECASE)


@functools.cache
def _words() -> dict[str, str]:
    text = resources.files("diplograph.queries").joinpath("loose.yaml").read_text(encoding="utf-8")
    return {str(k): str(v) for k, v in load_data(text)["cameo_words"].items()}


def cameo_question(question: str) -> tuple[str, str, str | None] | None:
    """(the code, the question with the code said in words or None when the code names no relation, the code's
    label) for a question that says a CAMEO code, else None.

    >>> cameo_question("CAMEO 19 events involving Ostia in 2014: which parties?")
    ('19', 'fighting involving Ostia in 2014: which parties?', 'fight')
    >>> cameo_question("cameo 01 events by Ostia")[1] is None
    True
    """
    from diplograph.loaders.datasets.cameo import load_cameo

    found = _CODE.search(question)
    if found is None:
        return None
    code, cameo = found.group("code"), load_cameo()
    if not cameo.is_code(code):
        return None
    mapping = cameo.mapping(code)
    word = _words().get(mapping.predicate) if mapping else None
    asked = question[:found.start()] + word + question[found.end():] if word else None
    return code, asked, cameo.label(code)


def coded_under(answer: Answer, code: str) -> Answer:
    """``answer`` kept to the events coded ``code`` or under it; claims with no code (not event data) stay."""
    return _kept(answer, [e for e in answer.evidence if not e.prop("cameo") or e.prop("cameo").startswith(code)])


def _kept(answer: Answer, kept: list) -> Answer:
    """``answer`` with only the evidence ``kept``, and only the actors it still supports."""
    if len(kept) == len(answer.evidence):
        return answer
    ends = {end for e in kept for end in (e.subject.id, e.object.id)}
    answer.evidence = kept
    answer.answers = [a for a in answer.answers if a.id in ends]
    answer.flagged = [f for f in answer.flagged if f.actor.id in ends]
    if "count" in answer.extra:
        answer.extra["count"] = len(answer.answers)
    return answer


def asked_by_code(question: str, ask) -> Answer | None:
    """The answer to a question that says a CAMEO code (``ask`` answers a question), or None when it says none."""
    found = cameo_question(question)
    if found is None:
        return None
    code, asked, label = found
    if asked is None:
        return Answer(question, False, message=f"CAMEO {code} ({label}) is loaded as no relation: the graph keeps "
                                               "no events of it (see diplograph/schema/cameo.yaml)")
    answer = ask(asked)
    if not answer.understood:
        return None
    answer.question = question
    answer.reading += f' (CAMEO {code}, "{label}": asked as "{asked}", kept to the events coded {code})'
    return coded_under(answer, code)


@functools.cache
def _verbs() -> list[tuple[re.Pattern, str]]:
    text = resources.files("diplograph.queries").joinpath("loose.yaml").read_text(encoding="utf-8")
    return [(re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in words) + r")\b",
                        re.IGNORECASE), str(code))
            for code, words in load_data(text)["cameo_verbs"].items()]


def coded_by_verb(answer: Answer, question: str) -> Answer:
    """``answer`` kept to the events of the code its verb names ("praised": 051); the reading says so. Claims with
    no code (articles, registers) always stay.

    When no event of that code answers, the events coded otherwise are no answer either: "who sanctioned X?" over
    event data that hold only arrests and confiscations (other codes of coercion, 17) is answered by no one, the
    actors of those events shown apart as a looser match, not given as sanctioners."""
    if not any(e.prop("cameo") for e in answer.evidence):
        return answer
    for pattern, code in _verbs():
        if not pattern.search(question):
            continue
        if not any(e.prop("cameo").startswith(code) for e in answer.evidence):
            return _looser(answer, code)
        before = len(answer.evidence)
        coded_under(answer, code)
        _done_by_the_end_asked(answer)
        if len(answer.evidence) < before:
            answer.reading += f" (events kept to CAMEO {code}, which the verb names)"
        return answer
    return answer


def _looser(answer: Answer, code: str) -> Answer:
    """``answer`` without the events coded other than ``code``, their actors flagged as a looser match."""
    others = list(answer.answers)
    coded_under(answer, code)
    kept = {a.id for a in answer.answers}
    answer.flagged += [Flag(a, f"a looser match: events of the relation coded other than CAMEO {code}, which the "
                               "verb names") for a in others if a.id not in kept]
    answer.reading += f" (no event coded CAMEO {code}, which the verb names: others shown apart)"
    return answer


def _done_by_the_end_asked(answer: Answer) -> None:
    """Keep the events whose doer is the end the question makes the subject: the actor asked about when its
    relations go out from it, the answer when they come in to it. Claims with no doer (not event data, or a
    relation that keeps its direction) stay."""
    args = (answer.query or {}).get("args") or {}
    actor, direction = args.get("actor"), args.get("direction")
    if not actor or direction not in ("out", "in"):
        return
    _kept(answer, [e for e in answer.evidence
                   if not e.prop("doer") or (e.prop("doer") == actor) == (direction == "out")])
