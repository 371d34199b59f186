"""People listed each after their state, as one of them is: "Albania's Pirro Vengu, Croatia's Ivan Anušić and
Kosovo's Ejup Maqedonci said ...".

The small model knows the names of some regions better than others: in such a list it may find one person
and take the others for a building or a body, and then no actor is made for them and their state's part in
what they said or signed is lost. A list of two or more items "STATE's NAME", joined by commas and "and", in
which one NAME is a person's, is a list of people: each other NAME of two to four capitalised words that no
other mention covers and that has no word of a body ("Croatia's Adriatic Shipyards") is a person too.
"""

from __future__ import annotations

from diplograph.graph.model import Actor
from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.mention import Mention
from diplograph.loaders.articles.name_types import name_type
from diplograph.loaders.articles.person_names import clean_name, date_word, name_token

_POSSESSIVES = frozenset({"'s", "’s"})
_JOINERS = frozenset({",", "and"})
_LONGEST = 4


def parallel_people(doc, states: list[Mention], people: list[Mention], lexicon: Lexicon,
                    taken: set[int]) -> list[Mention]:
    """Person mentions for the names of a list of "STATE's NAME" items one of whose names is a person's."""
    items = []  # (state mention start, name start, name end)
    for m in states:
        if m.type != "state" or m.end + 1 >= len(doc) or doc[m.end].text not in _POSSESSIVES:
            continue
        j = m.end + 1
        while j < len(doc) and j - m.end - 1 < _LONGEST and doc[j].text[:1].isupper() and name_token(doc[j].text) \
                and not date_word(doc[j]):
            j += 1
        if j > m.end + 1:
            items.append((m.start, m.end + 1, j))
    person_starts = {p.start for p in people if p.type == "person"}
    found = []
    group: list[tuple[int, int, int]] = []
    for item in items + [None]:
        if item is not None and group and all(t.text in _JOINERS for t in doc[group[-1][2]:item[0]]) and \
                item[0] > group[-1][2]:
            group.append(item)
            continue
        if len(group) > 1 and any(start in person_starts for _, start, _ in group):
            found += [m for m in (_person(doc, start, end, lexicon, taken) for _, start, end in group) if m]
        group = [item] if item is not None else []
    return found


def _person(doc, start: int, end: int, lexicon: Lexicon, taken: set[int]) -> Mention | None:
    span = doc[start:end]
    if end - start < 2 or any(i in taken for i in range(start, end)) or name_type(span.text, lexicon) is not None:
        return None
    name = clean_name(span.text, lexicon)
    return Mention(start, end, Actor.new(name, "person"), "ner", span.text) if name else None
