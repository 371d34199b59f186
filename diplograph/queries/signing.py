"""When a document known by its name was signed: "when was the Tamarind Treaty signed?", "tamarind treaty signing
date", "the Lune accord - when agreed?".

A named document is not an actor (:mod:`diplograph.queries.documents`): the claims that name it say who signed
it, and their dates say when. The question is asked as who signed the document, and the answer carries the dates of
those claims, the agreements' first (a signatory's affiliation, dated by the same sentence, only when no agreement
is dated). Only a phrase that holds a word for a document and a name for it is read so ("when was the treaty
signed" names none).
"""

from __future__ import annotations

import re

from diplograph.queries.answer import Answer
from diplograph.queries.documents import DOCUMENT_WORDS, document_name

_SIGNED = r"(?:signed|agreed|concluded|struck|reached|inked|ratified|adopted|sealed|finali[sz]ed|initial(?:l)?ed)"
_WHEN_SIGNED = re.compile(rf"^when\s+(?:was|were|did|had|has)\s+(?P<doc>.+?)\s+(?:get\s+|first\s+)?{_SIGNED}$", re.IGNORECASE)
_DATE_CLOSING = re.compile(rf"^(?P<doc>.+?)(?:\s*(?:\s[-–—]+|:|,))?\s+(?:when\s+{_SIGNED}|(?:signing|signature)\s+date|"
                           rf"date\s+(?:of\s+)?(?:signing|signature|{_SIGNED}))$", re.IGNORECASE)
# the words that say a text was agreed, not the talks or the quarrel a document word may also name
_TEXTS = frozenset({"agreement", "agreements", "accord", "accords", "treaty", "treaties", "deal", "deals", "pact",
                    "pacts", "declaration", "declarations", "memorandum", "memoranda", "mou", "protocol", "protocols",
                    "charter", "convention", "compact", "consensus", "ceasefire", "truce", "communique", "communiqué",
                    "arrangement", "settlement"}) & DOCUMENT_WORDS


def document_signed(question: str) -> str | None:
    """The document a question asks the signing date of, or None.

    >>> document_signed("when was the Tamarind Treaty signed")
    'the Tamarind Treaty'
    >>> document_signed("tamarind treaty signing date")
    'tamarind treaty'
    >>> document_signed("the Lune accord - when agreed")
    'the Lune accord'
    >>> document_signed("when was the treaty signed") is None
    True
    >>> document_signed("when was Parva sanctioned") is None
    True
    """
    found = _WHEN_SIGNED.match(question) or _DATE_CLOSING.match(question)
    if found is None:
        return None
    doc = found["doc"].strip()
    words = {w.lower() for w in re.findall(r"[\w'’-]+", doc)}
    if not words & _TEXTS or not document_name(doc):
        return None
    return doc


def dated(answer: Answer, question: str, doc: str) -> Answer:
    """``answer`` (the parties to ``doc``) as the answer to when it was signed: the dates of its claims."""
    agreed = sorted({e.date for e in answer.evidence if e.date and e.predicate == "AGREEMENT"})
    dates = agreed or sorted({e.date for e in answer.evidence if e.date})
    answer.question = question
    answer.extra["dates"] = dates
    answer.extra["when"] = max((d for d in dates if d.startswith(dates[0])), key=len) if dates else None
    answer.reading = f"when {doc} was signed: the dates of the claims that name it ({answer.reading})"
    return answer
