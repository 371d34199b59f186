"""A topic named first, then a question that stands on its own: the question asked alone, in the topic's setting.

Analysts often name what they are reading about before they ask: "the Sudanese war: whose side is Cairo on?",
"Harbour crisis - who's Ostia with?", "the border war, which states backed Parva?". When the whole is read by no
form (the topic's words are taken for parties or relations), the question after the colon or dash is asked alone;
a topic that names a conflict or a crisis (``settings`` in ``loose.yaml``: "war", "conflict", "crisis" ...) keeps
the claims whose sentence or source names its place, when any are left (:func:`in_setting
<diplograph.queries.refine.in_setting>`), and the reading names the topic either way. A topic with a pronoun in the
question for it is put in the pronoun's place first (restating.py), so the question then names it itself.

>>> topic_split("the Sudanese war: whose side is Cairo on?")
('the Sudanese war', 'whose side is Cairo on?')
>>> topic_split("Ostia vs Rhun - would you call them rivals")
('Ostia vs Rhun', 'would you call them rivals')
>>> topic_split("who armed Ostia: Rhun or Sarn?") is None
True

A date in the topic is the question's when the question says none ("Lune, July 2023: which leaders went to see
Kora?" asks of July 2023):

>>> with_topic_time("Lune, July 2023", "which leaders went to see Kora?", "2025-01-01")
'which leaders went to see Kora in July 2023?'
>>> with_topic_time("Lune, July 2023", "which leaders went to see Kora in 2024?", "2025-01-01")
'which leaders went to see Kora in 2024?'
>>> with_topic_time("2015", "were Lune and Kora allies?", "2025-01-01")
'were Lune and Kora allies in 2015?'
>>> with_topic_time("the 2022 war", "who backed Kora?", "2025-01-01")
'who backed Kora?'

A question about a role or a party of something named only by "the" ("the Pact - who holds the chair right now?",
"Ostia-Rhun truce: who was the mediator?") asks about the topic's: the topic is put after the noun.

>>> of_topic("the Northern Pact", "who holds the chair right now?")
'who holds the chair of the Northern Pact right now?'
>>> of_topic("the Northern Pact", "who attacked the convoy?") is None
True
"""

from __future__ import annotations

import functools
import re

from diplograph.datafiles import packaged

_SPLIT = re.compile(r"^(?P<topic>(?!(?i:who|whom|whose|what|which|where|when|how|why|is|are|was|were|does|did|do|has|"
                    r"have|had|can|could|would|will|apart|besides|aside|except|other)\b)[^?:–—]{3,80}?)\s*(?::|\s[-–—]|,)\s+"
                    r"(?P<question>(?i:who|whom|whose|what|which|where|when|how|is|are|was|were|does|did|do|has|have|had|"
                    r"can|could|would|will|apart\s+from|besides|aside\s+from|except\s+for|other\s+than)\b[^:–—]*)$")


def topic_split(question: str) -> tuple[str, str] | None:
    """(the topic, the question after it), or None when the question names no topic first."""
    found = _SPLIT.match(" ".join(str(question).split()))
    if found is None:
        return None
    return found.group("topic").strip(" ,"), found.group("question")


def with_topic_time(topic: str, question: str, newest: str = "") -> str:
    """``question`` with the topic's date put at its end, when the topic gives one (a date, not a year qualifying a
    noun: "the 2022 war") and the question none."""
    from diplograph.queries.when import time_phrases

    # (a year alone is soft where it may qualify a noun, but a topic that is only a year is a date: "2015 - were ...")
    dates = [p for p in time_phrases(topic, newest) if p.how == "date" and (not p.soft or p.text.strip() == topic.strip())]
    if len(dates) != 1 or time_phrases(question, newest):
        return question
    said = dates[0].text
    said = said if re.match(r"(?i)(in|on|since|before|after|during|between|until|by|as of)\b", said) else f"in {said}"
    return f"{question.rstrip(' ?')} {said}" + ("?" if question.rstrip().endswith("?") else "")


@functools.cache
def _role_nouns() -> re.Pattern:
    nouns = packaged("diplograph.queries", "loose.yaml").get("agent_nouns") or ()
    said = "|".join(sorted((re.escape(n) for n in nouns), key=len, reverse=True))
    return re.compile(rf"\bthe\s+(?:{said})s?\b", re.IGNORECASE)


def of_topic(topic: str, question: str) -> str | None:
    """``question`` with "of TOPIC" after its first role noun said with "the", or None when it has none."""
    found = _role_nouns().search(question)
    if found is None:
        return None
    return f"{question[:found.end()]} of {topic}{question[found.end():]}"
