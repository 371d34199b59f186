"""Weapon designations the gazetteer lacks, read from the words next to a weapon noun: "Mohajer-6
drones", "the Orlan-10 UAV", "Rafale fighter jets", "the Type 26 frigate", "Mogami-class frigates"."""

from __future__ import annotations

import re

from diplograph.graph.model import Actor
from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.mention import Mention

_DESIGNATION = re.compile(r"^[A-Z][A-Za-z]*(?:[- ]?[A-Z]{0,3}[- ]?\d{1,4}[A-Za-z]?)$|^[A-Z]{1,4}-?\d{1,4}[A-Za-z]?$")
_SERIAL = re.compile(r"^\d{1,5}[A-Z]?$")  # the number of a "Type 054A", "Project 22350"
DASHES = ("-", "–")


def weapon_designations(doc, lexicon: Lexicon) -> list[Mention]:
    """Weapon model names next to a weapon noun: "Mohajer-6 drones", "the Orlan-10 UAV"."""
    found = []
    weapon_nouns = lexicon.noun_class["weapon"]
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.text[:1].isupper():
            end = _series(doc, i, lexicon)  # "Type 26", "Mogami-class": the words of a series, or none
            if end:
                if any(t.lemma_.lower() in weapon_nouns for t in doc[end:end + 3]):
                    name = " ".join(doc[i:end].text.replace(" - ", "-").replace(" – ", "-").split())
                    found.append(Mention(i, end, Actor.new(name, "weapon"), "designation", doc[i:end].text))
                    i = end
                    continue
            # a designation is one token ("TB2") or NAME - NUMBER ("Shahed - 136")
            end = i + 1
            if end + 1 < len(doc) and doc[end].text in DASHES and doc[end + 1].like_num:
                end += 2
            text = doc[i:end].text.replace(" ", "")
            if _DESIGNATION.match(text) and any(ch.isdigit() for ch in text):
                window = doc[end:end + 4]
                if any(t.lemma_.lower() in weapon_nouns for t in window):
                    name = doc[i:end].text.replace(" - ", "-").replace(" – ", "-")
                    found.append(Mention(i, end, Actor.new(name, "weapon"), "designation", doc[i:end].text))
                    i = end
                    continue
            if _model_name(doc, i, lexicon):
                found.append(Mention(i, i + 1, Actor.new(token.text, "weapon"), "designation", token.text))
        i += 1
    return found


def _series(doc, i: int, lexicon: Lexicon) -> int:
    """The end of a series designation opening at ``i``: a word such as "Type" or "Project" and its
    number ("Type 054A", "Project 22350"), or a name and the word "class" ("Mogami-class", "Virginia
    class"); 0 when there is none. (Words of the lexicon: `designation_openers`, `designation_closers`.)"""
    token = doc[i]
    if token.lower_ in lexicon.noun_class.get("designation_openers", ()) and i + 1 < len(doc) and \
            _SERIAL.match(doc[i + 1].text):
        return i + 2
    if not token.is_alpha:
        return 0
    j = i + 1 + (i + 1 < len(doc) and doc[i + 1].text in DASHES)
    if j < len(doc) and doc[j].lower_ in lexicon.noun_class.get("designation_closers", ()) and token.pos_ == "PROPN":
        return j + 1
    return 0


def _model_name(doc, i: int, lexicon: Lexicon) -> bool:
    """A one-word model name right before the weapon noun it qualifies: "Rafale fighter jets",
    "Leopard tanks", "Gripen fighters" (a proper noun that names no place, people or person)."""
    token = doc[i]
    if token.pos_ not in ("PROPN", "ADJ") or not token.is_alpha or not token.text[:1].isupper() or \
            token.is_sent_start or token.ent_type_ in ("GPE", "NORP", "ORG", "LOC", "FAC", "DATE", "EVENT"):
        return False
    nouns = lexicon.noun_class["weapon"] - lexicon.noun_class["weapon_weak"]
    after = [t for t in doc[i + 1:i + 3]]
    head = token.head
    return bool(after) and after[0].lemma_.lower() in nouns and head.lemma_.lower() in nouns and head.i > i
