"""Idioms and slang said for a plain verb, in whatever tense the question uses them.

Analysts ask in the words of the news: "which head of state *rolled out the red carpet for* him", "which
juntas *showed the French the door*", "who's Iran been *flogging* drones to", "who did Modi *have bilaterals
with*". Each such idiom stands for one plain verb the reader already knows (host, expel, sell, meet), and
every way of asking with the plain verb (passives, yes-or-no, when, who else) should work with the idiom too.
So the idiom is replaced by the plain verb in the same form before anything reads the question: the base form
by the base form, "-s" by "-s", "-ing" by "-ing", a past by the past ("rolled out the red carpet for" is
"hosted", "has shown X the door" is "has expelled X").

The pairs are data (``idioms_plain`` in ``grammar.yaml``). A ``*`` in an idiom is its object, one to five
words said inside the idiom ("show * the door", "read * the riot act", "haul * in"); the plain verb puts it
after itself. Only the idiom's first word is inflected, as a verb phrase is.

>>> plainly("which head of state rolled out the red carpet for him")
'which head of state hosted him'
>>> plainly("which sahel juntas showed the french the door")
'which sahel juntas expelled the french'
>>> plainly("who's iran been flogging drones to")
"who's iran been selling drones to"
>>> plainly("has Rhun shown Parva's envoys the door")
"has Rhun expelled Parva's envoys"
>>> plainly("who showed the door to the monitors")   # no object said inside: the words stay
'who showed the door to the monitors'

Arms chosen are arms bought (``arms_choices``: "which armies opted for the K9", "who has signed up for
Hanwha's K9s", "went with Turkish drones"); ``ask`` keeps that reading only when it names arms, so that
"who opted for talks" is never a purchase:

>>> plainly("apart from the romanians, who else has signed up for hanwha's k9s", "arms_choices")
"apart from the romanians, who else has bought hanwha's k9s"
>>> plainly("which air forces chose the gripen", "arms_choices")
'which air forces bought the gripen'
"""

from __future__ import annotations

import functools
import re

from diplograph.datafiles import packaged

_OBJECT = r"(?P<object>(?:(?!(?:and|or|but|when|after|before|while)\b)[\w'’.-]+\s+){0,4}?[\w'’.-]+)"


def plainly(text: str, table: str = "idioms_plain") -> str:
    """``text`` with each idiom of ``table`` (a mapping of ``grammar.yaml``) replaced by its plain verb in the
    same form."""
    for pattern, plain in _patterns(table):
        text = pattern.sub(lambda found, plain=plain: _said(found, plain), text)
    return text


def _said(found: re.Match, plain: tuple[dict[str, str], str]) -> str:
    forms, rest = plain
    said = [forms[found.group("form").lower()]]
    object = found.groupdict().get("object")
    if "*" in rest:
        said.append(rest.replace("*", object or "").strip())
    else:
        said += [object or "", rest]
    return " ".join(w for w in said if w)


@functools.cache
def _patterns(table: str) -> tuple[tuple[re.Pattern, tuple[dict, str]], ...]:
    from diplograph.queries.grammar import inflect  # grammar.py reads questions through this module

    data = packaged("diplograph.queries", "grammar.yaml")
    irregular = data.get("irregular") or {}
    found = []
    for idiom, plain in (data.get(table) or {}).items():
        for idiom in _spelled_out(str(idiom)):
            found.append(_pattern(idiom, str(plain), irregular, inflect))
    return tuple(found)


def _spelled_out(idiom: str) -> list[str]:
    """An idiom with its "(a|b)" choices spelled out, one idiom per choice.

    >>> _spelled_out("(close|shut) the (border|frontier) with")
    ['close the border with', 'close the frontier with', 'shut the border with', 'shut the frontier with']
    """
    found = [""]
    for word in idiom.split():
        choices = word[1:-1].split("|") if word.startswith("(") and word.endswith(")") else [word]
        found = [f"{done} {choice}".strip() for done in found for choice in choices]
    return found


def _pattern(idiom: str, plain: str, irregular: dict, inflect) -> tuple[re.Pattern, tuple[dict, str]]:
    """The regex of one idiom, and (each form of its verb -> the plain verb's same form, the plain verb's rest)."""
    head, _, rest = idiom.partition(" ")
    plain_head, _, plain_rest = plain.partition(" ")
    plain_forms = _forms(plain_head, irregular, inflect)
    # a past by the past, the participle by the participle when both verbs have one of their own
    said = {word.lower(): plain_forms[kind][min(i, len(plain_forms[kind]) - 1)]
            for kind, words in _forms(head, irregular, inflect).items() for i, word in enumerate(words)}
    tail = re.escape(rest).replace(r"\*", _OBJECT).replace(r"\ ", r"\s+") if rest else ""
    tail = re.sub(r"\bwith\b", "(?:with|w/)", tail)  # "shut its border w/ X"
    alternatives = "|".join(sorted(map(re.escape, said), key=len, reverse=True))
    pattern = rf"(?<![\w'-])(?P<form>{alternatives})" + (rf"\s+{tail}" if tail else "") + r"(?![\w'-])"
    return re.compile(pattern, re.IGNORECASE), (said, plain_rest)


def _forms(verb: str, irregular: dict, inflect) -> dict[str, list[str]]:
    """A verb's forms by kind: base, third person, gerund, past (the simple past first, then the participle)."""
    every = inflect(verb, irregular)
    third = "has" if verb == "have" else next(f for f in every if f != verb and f.endswith("s")
                                                and f not in (irregular.get(verb) or ()))
    gerund = next(f for f in every if f.endswith("ing") and f != verb)
    past = list(irregular.get(verb) or ()) or sorted(every - {verb, third, gerund})
    return {"base": [verb], "third": [third], "gerund": [gerund], "past": past}
