"""The occasion a question is asked of: "*When Muttaqi was in New Delhi*, whom did he meet?", "*During
Parva's visit to Lune*, who signed with her?", "*When A and B met in Jeddah in May 2023*, who facilitated the
talks?", "Who did Erdogan meet *on his trip to Indonesia*?".

The occasion says whom the question speaks of, where and when; it is said again in the question's own
terms, and the question so said is read as any other: a pronoun stands for the occasion's subject, two
sides who met and a question that names no one ask about what was between them ("who facilitated the
talks *between A and B*"), and its time is the question's window. The place is where it was done, never a
party (the persons met there say whom: :mod:`diplograph.queries.counterparts`). A closing occasion with no
place ("during Modi's visit") is left unread. What the occasion itself says (that he was
there, that they met) is not checked against the claims, and the reading says so.

The words are data: ``occasions`` in ``grammar.yaml``.

>>> occasion("When Parva's envoy was in Lune, whom did he meet")
("whom did Parva's envoy meet", "when Parva's envoy was in Lune", 'Lune')
>>> occasion("During Norland's visit to Lune in May 2024, who did she sign with")
('who did Norland sign with in May 2024', "during Norland's visit to Lune in May 2024", 'Lune')
>>> occasion("When Parva and Quell met in Lune in 2023, who facilitated the talks")
('who facilitated the talks between Parva and Quell in 2023', 'when Parva and Quell met in Lune in 2023', 'Lune')
>>> occasion("Who did Parva meet on her trip to Ostia")
('Who did Parva meet', 'on her trip to Ostia', 'Ostia')
>>> occasion("Who did Lune sign memoranda with during Parva's visit")
('Who did Lune sign memoranda with', "during Parva's visit", '')
>>> occasion("Who did Parva meet in Ostia") is None
True
>>> occasion("When Parva invaded Quell in 2022, who condemned it")
('who condemned Parva in 2022', 'when Parva invaded Quell in 2022', '')
>>> occasion("When Parva invaded Quell, who protested")
('who protested', 'when Parva invaded Quell', '')
"""

from __future__ import annotations

import functools
import re
from typing import Callable


from diplograph.graph.dates import MONTHS
from diplograph.queries.answer import Answer
from diplograph.datafiles import packaged

_QUESTION = (r"(?:who|whom|whose|which|what|where|how|did|does|do|has|have|had|is|are|was|were|could|can|will|"
             r"would|list|name)\b")
_PLACE = r"[A-Z][\w.'’-]*(?:\s+(?:(?:of|al|el|de)\s+)?[A-Z][\w.'’-]*)*"
_MONTH = "|".join(sorted((m for m in MONTHS if len(m) > 2), key=len, reverse=True))
_TIME = rf"(?:in|on|since|during)\s+(?:(?:early|mid|late)\s+)?(?:(?i:{_MONTH})(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)"


@functools.cache
def _words() -> dict[str, list[str]]:
    data = packaged("diplograph.queries", "grammar.yaml")
    return {key: [str(w) for w in words] for key, words in (data.get("occasions") or {}).items()}


def _any(words) -> str:
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) + ")"


@functools.cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    words = _words()
    nouns, verbs = _any(words["nouns"]), _any(words["verbs"])
    owner = r"(?:his|her|their|its|a|an|the|[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?(?:'s|’s|s'|s’))"
    leading = re.compile(rf"^(?P<opener>{_any(words['openers'])})\s+(?P<clause>[^,]{{3,140}}?),\s*(?P<rest>{_QUESTION}.+)$",
                         re.IGNORECASE)
    # "Parva's visit to Lune (in May 2024)": whose stay, where
    visit = re.compile(rf"^(?:(?:the|a|an)\s+)?(?P<subject>[\w.'’ -]+?)(?:'s|’s|s'|s’)\s+(?:(?:first|last|recent|latest|"
                       rf"official|state|working|\w+-day)\s+)?{nouns}(?:\s+(?:to|in|through)\s+(?P<place>{_PLACE}))?"
                       rf"(?P<time>\s+{_TIME})?$", re.IGNORECASE)
    # "Muttaqi was in New Delhi", "Parva and Quell met in Lune in 2023", "Marles signed the treaty"
    clause = re.compile(rf"^(?P<subject>.+?)\s+(?P<verb>{verbs}|\w+ed)\b(?P<said>.*)$", re.IGNORECASE)
    closing = re.compile(rf"\s+(?P<occasion>(?:on|during|while\s+on|in\s+the\s+course\s+of)\s+{owner}\s+"
                         rf"(?:(?:first|last|recent|latest|official|state|working|\w+-day)\s+)?{nouns}"
                         rf"(?:\s+(?:to|in|through)\s+(?P<place>{_PLACE}))?)(?P<after>\s+{_TIME})?$", re.IGNORECASE)
    return leading, visit, clause, closing


# "it" too: condemning or backing what the occasion's subject did is condemning or backing its doer
_PRONOUN = re.compile(r"\b(?P<word>he|she|it|they|him|them|his|its|their|her)\b", re.IGNORECASE)


def _put_for_pronoun(question: str, subject: str) -> tuple[str, bool]:
    """The question with its first pronoun replaced by the occasion's subject ("whom did *he* meet")."""
    found = _PRONOUN.search(question)
    if found is None:
        return question, False
    word = found["word"].lower()
    after = question[found.end():].lstrip()
    possessive = word in ("his", "its", "their") or (word == "her" and after[:1].isalpha() and not re.match(
        rf"(?:{_QUESTION}|in|at|on|to|with|during|since|before|after)\b", after, re.IGNORECASE))
    said = f"{subject}'s" if possessive else subject
    return question[:found.start()] + said + question[found.end():], True


def _where_and_when(said: str, visited: bool = False) -> tuple[str, str]:
    """The place ("in Lune", "to Lune", or right after a verb of visiting) and the time ("in May 2023")
    an occasion's clause gives."""
    time = re.search(rf"\s*\b{_TIME}\b", said, re.IGNORECASE)
    rest = said[:time.start()] + said[time.end():] if time else said
    where = r"^\s*(?:(?:in|to|at)\s+)?" if visited else r"\b(?:in|to|at)\s+"  # "visited Lune": the place
    place = re.search(rf"{where}(?P<place>{_PLACE})(?=\s|$)", rest)
    return (place["place"] if place else ""), (time.group(0).strip() if time else "")


def occasion(question: str) -> tuple[str, str] | None:
    """(the question said in its own terms, the occasion as said, its place or "") when ``question`` is
    asked of an occasion; None otherwise."""
    leading, visit, clause, closing = _patterns()
    text = " ".join(question.split())
    found = leading.match(text)
    if found is not None:
        said = found["clause"].strip()
        stay = visit.match(said)
        if stay is not None:
            subject, place, time = stay["subject"].strip(), stay["place"] or "", (stay["time"] or "").strip()
        else:
            acted = clause.match(said)
            if acted is None:
                return None
            subject = acted["subject"].strip()
            rest_said = re.sub(r"^\s*(?:visiting|touring)\b", "", acted["said"], flags=re.IGNORECASE)  # "was visiting X"
            place, time = _where_and_when(rest_said, acted["verb"].lower().startswith(("visit", "tour"))
                                          or rest_said != acted["said"])
        if not subject or len(subject.split()) > 8:
            return None
        rest, replaced = _put_for_pronoun(found["rest"].strip(), subject)
        sides = re.split(r"\s+and\s+", subject)
        if not replaced and len(sides) == 2:  # "who facilitated the talks": between the two who met
            rest += f" between {sides[0]} and {sides[1]}"
        return rest + (f" {time}" if time else ""), f"{found['opener'].lower()} {said}", place
    found = closing.search(text)
    if found is None or found.start() == 0:
        return None
    return text[:found.start()] + (found["after"] or ""), found["occasion"], found["place"] or ""


_CLIPPED_TIME = (rf"(?:(?:in|on|during)\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:(?i:{_MONTH})\.?\s+)?(?:19|20)\d\d"
                 rf"|(?:in|during)\s+(?i:{_MONTH})")
# "wang yi in new delhi, aug 2025 - who did he meet?", "Kora at Ostburg: whom did she see?": a person's stay named
# first, typed in any case, then a question that speaks of the person by a pronoun
_STAY_FIRST = re.compile(rf"^(?P<subject>[\w.'’-]+(?:\s+[\w.'’-]+){{0,3}}?)\s+(?:in|at)\s+(?!(?i:{_MONTH})\b|\d)(?P<place>[\w.'’-]+(?:\s+[\w.'’-]+){{0,2}}?)"
                         rf"(?:,?\s+(?P<time>{_CLIPPED_TIME}))?\s*(?:-|–|—|:|,|;)\s*(?P<rest>{_QUESTION}.+)$", re.IGNORECASE)


def stay_first(question: str) -> tuple[str, str, str] | None:
    """(the question said of the person, the stay as typed, its place) when ``question`` opens with a person's
    stay somewhere and asks of it by a pronoun ("xi in lima, nov 2024 - who did he meet?": "who did xi meet nov
    2024"); the place is where it was done, never a second party. None otherwise (no pronoun, or the stay's
    subject is longer than four words).

    >>> stay_first("kora in ostburg, oct 2024 - who did she hold talks with?")
    ('who did kora hold talks with oct 2024', 'kora in ostburg, oct 2024', 'ostburg')
    >>> stay_first("Parva troops in Lune - who sent them?") is None
    True
    >>> stay_first("kora in ostburg - who met quell?") is None
    True
    >>> stay_first("parva and quell in aug 2025 - what did they agree?") is None
    True
    >>> stay_first("When Kora was in Ostburg, whom did she meet?") is None
    True
    """
    found = _STAY_FIRST.match(" ".join(question.split()))
    # "When X was in P, whom did he meet?": an occasion's clause, read by occasion()
    if found is not None and re.search(r"\b(?:was|were|is|are|been|when|while|as|during|once)\b", found["subject"],
                                       re.IGNORECASE):
        return None
    if found is None or re.search(r"\b(?:troops|forces|soldiers|bases?|drones|weapons|arms)\b", found["subject"], re.IGNORECASE):
        return None
    pronoun = _PRONOUN.search(found["rest"])
    if pronoun is None or pronoun["word"].lower() in ("it", "its"):  # "it": a thing there, not the one who stayed
        return None
    rest, _ = _put_for_pronoun(found["rest"].strip().rstrip("?.! "), found["subject"])
    time = found["time"] or ""
    said = f"{found['subject']} in {found['place']}" + (f", {time}" if time else "")
    return rest + (f" {time}" if time else ""), said, found["place"]


def kept_to_stay(view, answer: Answer, place: str) -> None:
    """``answer`` kept to the people met at the stay's place (:func:`diplograph.queries.refine.met_there`); the
    reading says whether it was."""
    from diplograph.queries.refine import met_there

    if met_there(view, answer, place):
        answer.reading += f" (kept to those met in {place})"
    elif answer.evidence:
        answer.reading += f" (no one of {place} met: every place kept)"


def on_occasion(question: str, ask_again: Callable[[str], Answer]) -> Answer | None:
    """The answer to ``question`` asked of an occasion, from ``ask_again`` of it said in its own terms; None
    when it is no such question or that is not read."""
    said = occasion(question)
    if said is None:
        return None
    text, occasion_said, place = said
    answer = ask_again(text)
    if not answer.understood:
        return None
    answer.question = question
    answer.reading += f" (the occasion \"{occasion_said}\" read as: {text!r}" + (f", in {place}" if place else "") + \
        "; the occasion itself not checked)"
    return answer
