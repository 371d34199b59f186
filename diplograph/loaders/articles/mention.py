"""A mention: the span of a sentence that names an actor (the type every stage of the article
pipeline passes around), and the accent folding names are matched with."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from diplograph.gazetteer import Entry
from diplograph.graph.model import Actor


@dataclass
class Mention:
    """``doc[start:end]`` names ``actor``. ``kind``: name, alias, capital, demonym (from the
    gazetteer), ner, designation, surname, acronym."""

    start: int
    end: int
    actor: Actor
    kind: str
    text: str
    entry: Entry | None = None
    place: Actor | None = None  # where a body's named mission serves ("the AU Mission in Somalia": Somalia)

    @property
    def type(self) -> str:
        return self.actor.type

    @property
    def is_demonym(self) -> bool:
        return self.kind == "demonym"


def fold(text: str) -> str:
    """``text`` without accents and with a dotless i made plain, as writers without the keys type it.

    >>> fold("Akıncı"), fold("TUSAŞ")
    ('Akinci', 'TUSAS')
    """
    text = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("İ", "I"))
    return "".join(c for c in text if not unicodedata.combining(c))
