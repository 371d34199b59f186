"""Acronyms a text coins for a name no source knew: "The Arab Bank for Economic Development in Africa
(BADEA) signed ... BADEA granted a loan to Burundi": the later bare acronym is the same actor.

The gazetteer knows one acronym of the bodies it lists at most; a body it lacks, or an acronym it lacks
(the bank's French initials where it knows the English ones), is named once in full with the acronym in
brackets (``mentions._link_acronyms``) and then by the acronym alone, which the statistical model often
does not tag (or tags with no actor to give it).
"""

from __future__ import annotations

from diplograph.loaders.articles.mention import Mention


class CoinedAcronyms:
    """The acronyms coined so far in one document, read in order."""

    def __init__(self) -> None:
        self.coined: dict[str, Mention] = {}

    def named(self, sent, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` of the sentence with the bare uses of acronyms coined before it added; the
        acronyms it coins itself remembered."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        added = [Mention(t.i, t.i + 1, self.coined[t.text].actor, "acronym", t.text)
                 for t in sent if t.text in self.coined and t.i not in taken]
        for m in mentions:
            if m.kind == "acronym" and m.end - m.start == 1:
                self.coined.setdefault(m.text, m)
        return sorted(mentions + added, key=lambda m: m.start) if added else mentions
