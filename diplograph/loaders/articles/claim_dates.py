"""The dates of claims: what relative dates count from, the date heading a timeline entry, and
the date written nearest a trigger in its own clause."""

from __future__ import annotations

import datetime as dt
import re

from diplograph.graph.dates import PartialDate
from diplograph.loaders.articles.read import Document
from diplograph.loaders.articles.resolve import DocumentContext
from diplograph.loaders.articles.when import find_dates


def document_anchor(document: Document) -> PartialDate | None:
    """The date relative expressions count from: the document's date, else the latest year the
    text mentions explicitly (an article is written after what it reports), never a year still to
    come (a plan "to 2030" does not date the text that tells it)."""
    if document.date:
        try:
            return PartialDate.parse(document.date)
        except ValueError:
            pass
    this_year = dt.date.today().year
    years = [d.date.year for d in find_dates(document.text) if d.date.year <= this_year]
    return PartialDate(max(years)) if years else None


def entry_date(opening: str, anchor) -> PartialDate | None:
    """The date that heads a timeline entry ("12 December 2023: ...", "March 18, 2024 – ..."):
    it dates every sentence of the entry that gives no date of its own.

    >>> str(entry_date("12 December 2023: Militants storm a post.", None))
    '2023-12-12'
    >>> entry_date("Militants stormed a post on 12 December 2023.", None) is None
    True
    """
    dates = find_dates(opening, anchor)
    if not dates or opening[:dates[0].start].strip() or not re.match(r"\s*[:–—-]", opening[dates[0].end:]):
        return None
    return dates[0].date


def nearest_date(dates, trigger, sent) -> PartialDate | None:
    """The date written nearest to the trigger in its sentence, preferring one inside the
    trigger's own clause."""
    if not dates:
        return None
    base = sent.start_char
    position = trigger.idx - base
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    own = {t.idx - base for t in _own_clause(clause)}
    governing = set()  # "In 2016, when the government seized ...": the clause above counts too
    if _shares_subject(clause):  # "accused Pakistan on Friday ... and warned of consequences": the same day
        governing |= {t.idx - base for t in _own_clause(clause.head)}
    node = clause
    while node.head != node and node.dep_ != "conj":  # a coordinated clause is a sibling, not above
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            governing |= {t.idx - base for t in _own_clause(node)}

    def rank(d):
        if any(d.start <= s < d.end for s in own):
            return 0
        return 1 if any(d.start <= s < d.end for s in governing) else 2

    ranked = [(rank(d), abs(d.start - position), d) for d in dates]
    best = min(ranked, key=lambda r: r[:2])
    return best[2].date if best[0] < 2 else None  # a date in a neighbouring clause is another event's


def _shares_subject(verb) -> bool:
    """A verb coordinated with the one before it, with no subject of its own and in the same tense: one
    actor's second act of the same telling ("met ... on Monday and signed"), not a later one ("signed in
    2019 and now threatens")."""
    first = verb.head
    return (verb.dep_ == "conj" and verb.pos_ == "VERB" and first.pos_ == "VERB" and verb.tag_ == first.tag_
            and not any(c.dep_ in ("nsubj", "nsubjpass", "npadvmod") or c.lower_ in _LATER for c in verb.children))


_LATER = frozenset({"now", "later", "then", "since", "afterwards", "subsequently"})


def _own_clause(head) -> list:
    """The words of ``head``'s clause, without the clauses that depend on it."""
    words, stack = [], [head]
    while stack:
        node = stack.pop()
        words.append(node)
        stack.extend(c for c in node.children
                     if c.dep_ not in ("ccomp", "advcl", "relcl", "parataxis", "csubj")
                     and not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")))
    return words


def date_the_attack(context: DocumentContext, sent, offset: int, dates) -> None:
    """An attack told in ``sent`` keeps the date the sentence gives it, for a later "X was
    behind the attack"."""
    at, targets, _ = context.last_attack
    token = next((t for t in sent if offset + t.idx == at), None)
    context.last_attack = (at, targets, nearest_date(dates, token, sent) if token is not None else None)
