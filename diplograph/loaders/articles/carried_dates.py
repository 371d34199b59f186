"""A date told once for a paragraph's event dates the sentences after it that give none of their own.

News tells an event's date once and then its details: "On 9 September Kenya and Somalia signed a border
accord. The deal opens two crossings. Nairobi also pledged to train Somali police." The second and third
sentences are the same day's acts; without the date carried on they would be undated, and an analyst's
"what was signed in September" would miss them. The same holds for "That day, ...", "the same day", which
refer back to the date just told.

What keeps the carry from dating another event:
- it stays inside the paragraph (a new paragraph is often another event, another time);
- only a date said of the main verb ("On 9 September, A signed", not "over the kidnapping in April 2024"),
  told to the month or the day, is carried: a bare year is background ("since 2019", "in
  1994") far more often than the date of the event being told;
- a sentence that writes any date of its own is dated by its own dates only (a date in another clause
  of it is another event's: see :func:`~diplograph.loaders.articles.claim_dates.nearest_date`);
- a sentence that names a year in any form ("Russia's 2022 invasion") tells its own time;
- plans and speculation ("will sign", "could") are not dated by a past act's day;
- a sentence that moves the time ("a week later", "the next morning", "two days after the vote": a word of
  the lexicon's `time_shifts` beside one of its `time_nouns`) is another day's: it is left undated, and so
  is the rest of the paragraph (how far it moved is seldom told exactly).
"""

from __future__ import annotations

from diplograph.graph.dates import PartialDate
from diplograph.loaders.articles.claim_dates import nearest_date

CARRIED_MODALITIES = frozenset({"asserted", "reported", "denied"})


class ParagraphDates:
    """The date told last, to the month or the day, of the main act of a sentence of the paragraph being read."""

    def __init__(self, time_nouns: frozenset[str], time_shifts: frozenset[str]) -> None:
        self.time_nouns, self.time_shifts = time_nouns, time_shifts
        self.paragraph = -1
        self.date: PartialDate | None = None

    def enter(self, paragraph: int) -> None:
        if paragraph != self.paragraph:
            self.paragraph, self.date = paragraph, None

    def told(self, sent, dates) -> None:
        """Remember the date the sentence's main clause gives, when it is told to the month or the day
        ("On 9 September, fighting broke out": the day of what the paragraph tells next)."""
        date = nearest_date([d for d in dates if self._dates_the_act(d, sent)], sent.root, sent)
        if date is not None:
            self.date = date if date.month else None  # ("In 1994, ...": another time, not carried)
        elif dates or self.moves_time(sent):
            self.date = None  # another event's date, or another day

    def carried(self, sent, modality: str) -> PartialDate | None:
        if self.date is None or modality not in CARRIED_MODALITIES or self.moves_time(sent) or _names_a_year(sent):
            return None
        return self.date

    @staticmethod
    def _dates_the_act(date, sent) -> bool:
        """Is the date said of the sentence's main verb ("On 9 September, A signed", "A said Monday"), not
        of a noun ("charged three men over the kidnapping in April 2024": the kidnapping's date)?"""
        base = sent.start_char
        token = next((t for t in sent if date.start <= t.idx - base < date.end), None)
        while token is not None and token.head != token and (date.start <= token.idx - base < date.end
                                                             or token.pos_ == "ADP"):
            token = token.head
        return token == sent.root

    def moves_time(self, sent) -> bool:
        words = [t.lower_ for t in sent]
        return any(w in self.time_shifts and any(n in self.time_nouns for n in words[max(0, i - 2):i + 3])
                   for i, w in enumerate(words))


def _names_a_year(sent) -> bool:
    return any(t.like_num and len(t.text) == 4 and t.text[:2] in ("18", "19", "20") for t in sent)
