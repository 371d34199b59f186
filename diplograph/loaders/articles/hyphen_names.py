"""Korean and Chinese given names written with a hyphen, read whole: "Park Jin-ho", "Liu Jian-guo",
"Kim Yo-jong".

The tokenizer cuts "Jin-ho" at the hyphen, and the cut name may then match someone else ("Park Jin", a
former Korean foreign minister the gazetteer lists) or lose its last syllable. A person's name followed
by a hyphen and a short lower-case syllable, all written without spaces, runs on over them; a name the
gazetteer matched only in part is then someone the gazetteer does not list. Two names joined by a
hyphen ("the Trump-Putin summit", "Kyrgyz-Tajik") are untouched: the part after the hyphen is
capitalised there.

A firm's or body's double name the model cut at the hyphen ("the Portuguese builder Mota-Engil" found as
"Mota") runs on over the hyphen and the capitalised word glued to it, when no other name starts there.
"""

from __future__ import annotations

from dataclasses import replace

from diplograph.graph.model import Actor
from diplograph.loaders.articles.mention import Mention

_HYPHENS = frozenset({"-", "‐", "‑"})
_BODIES = frozenset({"company", "ngo", "organization", "armed_group"})
_SYLLABLE = 6  # "ho", "myung", "guo", "jong": a given name's second syllable, never a word


def _syllable_after(doc, end: int) -> bool:
    if end + 1 >= len(doc) or doc[end].text not in _HYPHENS or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return False
    word = doc[end + 1].text
    return word.isalpha() and word.islower() and len(word) <= _SYLLABLE and doc[end - 1].text[:1].isupper()


def _glued_name_after(doc, end: int) -> bool:
    """"Mota-Engil", "Barrosa-Neto": a hyphen and a capitalised word glued to the name before them."""
    return end + 1 < len(doc) and doc[end].text in _HYPHENS and not doc[end - 1].whitespace_ and \
        not doc[end].whitespace_ and doc[end + 1].text[:1].isupper() and doc[end + 1].text[1:2].islower()


def whole_hyphenated_names(doc, mentions: list[Mention]) -> list[Mention]:
    starts = {m.start for m in mentions}
    result = []
    for m in mentions:
        if m.type in _BODIES and m.entry is None and m.kind == "ner" and _glued_name_after(doc, m.end) and \
                m.end + 1 not in starts:  # a firm's double name the model cut at the hyphen
            text = doc[m.start:m.end + 2].text
            name = m.actor.name + doc[m.end].text + doc[m.end + 1].text
            result.append(replace(m, end=m.end + 2, text=text, actor=Actor.new(name, m.type)))
            continue
        if m.type != "person" or not _syllable_after(doc, m.end) or m.end in starts or m.end + 1 in starts:
            result.append(m)
            continue
        text = doc[m.start:m.end + 2].text
        tail = doc[m.end].text + doc[m.end + 1].text
        if m.entry is not None and text.lower() not in (n.lower() for n in (m.entry.name, *m.entry.aliases)):
            result.append(Mention(m.start, m.end + 2, Actor.new(m.actor.name + tail, "person"), "ner", text))
        else:  # (a name the model found, or the gazetteer's own hyphenated spelling)
            result.append(replace(m, end=m.end + 2, text=text,
                                  actor=Actor.new(m.actor.name + tail, "person") if m.entry is None else m.actor))
    return result

