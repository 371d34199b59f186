"""Superlatives and counts by year in a question's answer.

"Who is Ukraine's *biggest* arms supplier?" ranks the answers by what the claims behind each
weigh: SIPRI's trend-indicator value delivered when the claims give it, else how many claims
there are. A superlative before a singular noun keeps the top of the ranking (all of them when
tied); before a plural ("the main suppliers") it keeps them all, in rank order, unless it gives
how many ("the top 5 suppliers", "its three biggest customers": the first five or three, and
those tied with the last). Either way the details give the ranking with its weights and the
reading says what it was ranked by.

"How many countries did Turkey deliver drones to *per year*?" counts the answers by the years of
their claims (SIPRI's delivery years when given, else the claim's date).

>>> from diplograph.queries.answer import Answer
>>> superlative("Who is Ukraine's biggest arms supplier?"), superlative("Who are Egypt's main suppliers?")
('single', 'plural')
>>> superlative("Who supplies Egypt?") is None
True
>>> superlative("Who sells the most arms to Egypt?"), superlative("Who did Ostia visit most in 2014?")
('single', 'single')
>>> superlative("Who is the most hawkish?") is None
True
>>> how_many_top("Top 5 arms exporters to India"), how_many_top("India's three biggest suppliers")
(5, 3)
>>> how_many_top("Who are Egypt's main suppliers?") is None
True
>>> by_year_asked("How many drones did Turkey export per year?"), by_year_asked("in 2020")
(True, False)
"""

from __future__ import annotations

import re

_SUPERLATIVES = (r"biggest|largest|greatest|main|top|leading|principal|primary|chief|foremost|dominant|number one|"
                 r"firmest|staunchest|strongest|closest|most important|most reliable|most loyal|most generous|"
                 r"single biggest|single largest|key|most frequent|most regular|most common|most active")
_SINGULAR = (r"supplier|source|provider|vendor|exporter|seller|backer|patron|sponsor|supporter|benefactor|protector|"
             r"customer|client|buyer|recipient|importer|market|partner|ally|friend|rival|enemy|adversary|foe|"
             r"investor|creditor|donor|mediator|broker")
_SUPERLATIVE = re.compile(rf"\b(?:{_SUPERLATIVES})\b(?:\s+[\w-]+){{0,2}}?\s+(?P<noun>(?:{_SINGULAR})(?:e?s)?)\b",
                          re.IGNORECASE)
# a verb of arms then "the most" or "more" ("who sells the most arms to X", "who sold more weapons to X, A or B?"):
# the biggest by what was delivered, one answer; never "more than" a number
_TRANSFER_VERBS = (r"sold|sells|sell|selling|supplied|supplies|supply|supplying|exported|exports|export|exporting|"
                   r"bought|buys|buy|buying|imported|imports|import|importing|delivered|delivers|deliver|delivering|"
                   r"provided|provides|provide|providing|armed|arms|arm|arming|shipped|ships|ship|shipping|got|gets|"
                   r"get|getting|received|receives|receive|receiving|transferred|transfers|transfer|spent|spends|spend")
_COMPARATIVE = re.compile(rf"\b(?:{_TRANSFER_VERBS})\s+(?P<word>(?:the\s+)?most|more)\b(?!\s+than\b)", re.IGNORECASE)
# how often, as event data is asked ("who did X visit most in 2014", "which state did X criticise the most",
# "who clashed with X most often"): the one with the most claims, never "most" before an adjective or a noun
_FREQUENT = re.compile(r"\b(?:the\s+)?most\s+(?:often|frequently|times)\b|(?<=[a-z])\s+(?:the\s+)?most"
                       r"(?=\s*(?:[?.!,]|$|-|\s(?:in|since|during|before|after|between|over|of\s+all)\b))", re.IGNORECASE)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "twelve": 12, "fifteen": 15, "twenty": 20}
_COUNT = rf"(?P<count>\d{{1,3}}|{'|'.join(_COUNT_WORDS)})"
# "top 5 suppliers", "the five biggest buyers", "its 3 main partners"
_TOP_COUNT = re.compile(rf"\b(?:(?:top|first)\s+{_COUNT}|{_COUNT.replace('count', 'count2')}\s+(?:{_SUPERLATIVES}))\b",
                        re.IGNORECASE)
_BY_YEAR = re.compile(r"\b(?:per|by|each|every|a)\s+year\b|\byear\s+by\s+year\b|\bannually\b|\byearly\b",
                      re.IGNORECASE)


def superlative(question: str) -> str | None:
    """'single' or 'plural' for a superlative before a noun for the answers ("biggest supplier",
    "main suppliers"), else None."""
    found = _SUPERLATIVE.search(question)
    if found is None:
        return "single" if _COMPARATIVE.search(question) or _FREQUENT.search(question) else None
    return "single" if re.fullmatch(_SINGULAR, found.group("noun"), re.IGNORECASE) else "plural"


def how_many_top(question: str) -> int | None:
    """How many of the ranked answers a superlative with a number asks for, else None."""
    if superlative(question) != "plural":
        return None
    found = _TOP_COUNT.search(question)
    if found is None:
        return None
    word = (found.group("count") or found.group("count2")).lower()
    count = int(word) if word.isdigit() else _COUNT_WORDS[word]
    return count or None


def without_count(text: str) -> str:
    """The question with the number of a ranking taken out, for the patterns to read ("top 3
    buyers of X": top buyers of X); :func:`how_many_top` reads the number from the question.

    >>> without_count("top 3 buyers of Turkish weapons"), without_count("its five biggest partners")
    ('top buyers of Turkish weapons', 'its biggest partners')
    """
    if how_many_top(text) is None:
        return text
    found = _TOP_COUNT.search(text)
    group = "count" if found.group("count") else "count2"
    start, end = found.span(group)
    return " ".join((text[:start] + text[end:]).split())


def comparative(question: str) -> bool:
    """Whether a verb of arms asks for the most ("who sold more weapons to X"; see :data:`_COMPARATIVE`).

    >>> comparative("who sold more weapons to Ostia, Rhun or Parva"), comparative("who sold more than 10 tanks")
    (True, False)
    """
    return bool(_COMPARATIVE.search(question))


def without_comparative(text: str) -> str:
    """The question without its "more" or "the most", asked for every answer before the ranking keeps one.

    >>> without_comparative("who exports the most arms to Ostia")
    'who exports arms to Ostia'
    """
    found = _COMPARATIVE.search(text)
    if found is None:
        return text
    return " ".join((text[:found.start("word")] + text[found.end("word"):]).split())


def by_year_asked(question: str) -> bool:
    return bool(_BY_YEAR.search(question))


def _weights(answer) -> tuple[dict[str, float], str]:
    """Each answer's weight and what it is: SIPRI TIV delivered when any claim gives it."""
    ids = {a.id for a in answer.answers}
    tiv: dict[str, float] = {}
    count: dict[str, float] = {}
    for e in answer.evidence:
        if not e.confirmed:
            continue
        for end in (e.subject, e.object):
            if end.id in ids:
                count[end.id] = count.get(end.id, 0) + 1
                value = e.prop("tiv_delivered")
                try:
                    tiv[end.id] = tiv.get(end.id, 0.0) + float(value)
                except (TypeError, ValueError):
                    pass
    if any(tiv.values()):
        return {a: tiv.get(a, 0.0) for a in ids}, "SIPRI trend-indicator value delivered"
    return {a: count.get(a, 0) for a in ids}, "number of claims"


def rank(answer, question: str) -> None:
    """Order the answers by weight when the question asks for the biggest (see the module's
    docstring); keep the top one(s) when it asks for one."""
    kind = superlative(question)
    if kind is None or len(answer.answers) < 2:
        return
    weights, by = _weights(answer)
    answer.answers.sort(key=lambda a: (-weights.get(a.id, 0), a.name))
    ranking = [f"{a.name}: {weights.get(a.id, 0):g}" for a in answer.answers]
    answer.details.append(f"ranked by {by}: " + "; ".join(ranking))
    if kind == "single":
        top = weights.get(answer.answers[0].id, 0)
        kept = {a.id for a in answer.answers if weights.get(a.id, 0) == top}
        answer.answers = [a for a in answer.answers if a.id in kept]
        answer.evidence = [e for e in answer.evidence if {e.subject.id, e.object.id} & kept]
        answer.reading += f", the biggest by {by} (the others are ranked in the details)"
    elif (count := how_many_top(question)) is not None and count < len(answer.answers):
        last = weights.get(answer.answers[count - 1].id, 0)
        kept = {a.id for a in answer.answers[:count]} | {a.id for a in answer.answers if weights.get(a.id, 0) == last}
        answer.answers = [a for a in answer.answers if a.id in kept]
        answer.evidence = [e for e in answer.evidence if {e.subject.id, e.object.id} & kept]
        answer.reading += f", the top {count} by {by} (the others are ranked in the details)"
    else:
        answer.reading += f", ranked by {by}"


def _years(e) -> list[str]:
    years = e.prop("delivery_years")
    if isinstance(years, str):  # as the register's claims keep them: "2015, 2016"
        years = re.findall(r"\d{4}", years)
    if isinstance(years, (list, tuple)) and years:
        return sorted({str(y)[:4] for y in years})
    return [e.date[:4]] if e.date else []


def count_by_year(answer, question: str) -> None:
    """Count the answers by the years of their confirmed claims when the question asks "per year"."""
    if not by_year_asked(question) or not answer.answers:
        return
    ids = {a.id: a.name for a in answer.answers}
    years: dict[str, set[str]] = {}
    undated: set[str] = set()
    for e in answer.evidence:
        if not e.confirmed:
            continue
        ends = [end.id for end in (e.subject, e.object) if end.id in ids]
        found = _years(e)
        for node in ends:
            for year in found:
                years.setdefault(year, set()).add(node)
            if not found:
                undated.add(node)
    answer.extra["by_year"] = {year: len(nodes) for year, nodes in sorted(years.items())}
    answer.details += [f"{year}: {len(nodes)} ({', '.join(sorted(ids[n] for n in nodes))})"
                       for year, nodes in sorted(years.items())]
    if undated:
        answer.details.append(f"no year: {', '.join(sorted(ids[n] for n in undated))}")
    answer.reading += ", counted by year of the claims"
