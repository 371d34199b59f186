"""Weapon categories (``diplograph/schema/weapons.yaml``): which systems are drones, helicopters,
air defence ..., for SIPRI's weapon descriptions and for the weapon names articles give.

>>> weapons = load_weapons()
>>> sorted(weapons.categories_of("Bayraktar TB2"))
['armed_uav', 'uav']
>>> sorted(weapons.categories_of("Wing Loong-1", description="armed UAV"))
['armed_uav', 'uav']
>>> sorted(weapons.categories_of("Mi-17", description="transport helicopter"))
['helicopters']
>>> sorted(weapons.categories_of("Su-30MKI"))
['aircraft', 'combat_aircraft', 'fighter_aircraft']
>>> sorted(weapons.categories_of("Tornado"))  # a model name is matched whole: "Tor" is not a Tornado
['aircraft', 'combat_aircraft', 'fighter_aircraft']
>>> [(m.text, m.category.id) for m in weapons.named_in("Who sold armed drones and helicopters to Kazakhstan?")]
[('armed drones', 'armed_uav'), ('helicopters', 'helicopters')]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources


from diplograph.errors import OntologyError
from diplograph.datafiles import load_data

ORIGIN = "diplograph/schema/weapons.yaml"


@dataclass(frozen=True)
class WeaponCategory:
    id: str
    label: str
    parent: str | None
    words: tuple[str, ...]
    descriptions: frozenset[str]
    terms: re.Pattern | None
    models: re.Pattern | None


@dataclass(frozen=True)
class CategoryMention:
    """A word for a category in a text: where it stands and which category it names."""

    start: int
    end: int
    text: str
    category: WeaponCategory


def _plain(text: str) -> str:
    """Lower case, one space, SIPRI's "(armed) UAV" as "armed uav"."""
    return " ".join(str(text).lower().replace("(", "").replace(")", "").replace("’", "'").split())


def _words_regex(words) -> re.Pattern | None:
    """Any of ``words`` as whole words."""
    words = sorted({_plain(w) for w in words}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")(?![\w-])")


def _models_regex(models) -> re.Pattern | None:
    """Any of ``models`` at the start of a word. A hyphen in a model may be a space or nothing
    ("Su-30" finds "Su 30" and "Su30"); after a model that ends in a digit letters may follow
    ("Su-30MKI"), after one that ends in a letter they may not ("Tor" is not "Tornado")."""
    parts = []
    for model in sorted({_plain(m) for m in models}, key=len, reverse=True):
        body = "[-\\s]?".join(re.escape(piece) for piece in re.split(r"[-\s]+", model))
        tail = r"(?!\d)" if model[-1].isdigit() else r"(?![a-z0-9])"
        parts.append(body + tail)
    if not parts:
        return None
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(parts) + ")")


class WeaponTaxonomy:
    def __init__(self, categories: dict[str, WeaponCategory]):
        self.categories = categories
        self._words = sorted(((_plain(w), c) for c in categories.values() for w in c.words),
                             key=lambda pair: (-len(pair[0]), pair[1].parent is None))
        self._word_regex = _words_regex([w for w, _ in self._words])
        self._by_word: dict[str, WeaponCategory] = {}
        for word, category in self._words:  # a child category wins a word it shares with its parent
            self._by_word.setdefault(word, category)

    def lineage(self, category_id: str) -> frozenset[str]:
        """The category and every broader one above it."""
        found = []
        while category_id and category_id not in found:
            found.append(category_id)
            category_id = self.categories[category_id].parent
        return frozenset(found)

    def categories_of(self, *names: str, description: str = "") -> frozenset[str]:
        """The categories of a weapon given its names and, when known, SIPRI's description of it
        (or an armament category). A description SIPRI gives decides alone; otherwise the words
        and model designations in the names do."""
        described = _plain(description)
        if described:
            exact = [c.id for c in self.categories.values() if described in c.descriptions]
            if exact:
                return frozenset().union(*(self.lineage(c) for c in exact))
            names = (*names, description)
        found: set[str] = set()
        for name in names:
            text = _plain(name)
            if not text:
                continue
            for category in self.categories.values():
                if (category.terms is not None and category.terms.search(text)) or \
                        (category.models is not None and category.models.search(text)):
                    found |= self.lineage(category.id)
        return frozenset(found)

    def model_named_in(self, text: str) -> str | None:
        """The narrowest category whose model designations ``text`` names ("the *Eurofighter*": combat
        aircraft), or None."""
        plain = _plain(text)
        found = [c.id for c in self.categories.values() if c.models is not None and c.models.search(plain)]
        return max(found, key=lambda c: len(self.lineage(c)), default=None)

    def named_in(self, text: str) -> list[CategoryMention]:
        """The category words of a question, longest first where they overlap, in text order."""
        if self._word_regex is None:
            return []
        lowered = text.lower().replace("’", "'")
        found = []
        for match in self._word_regex.finditer(lowered):
            category = self._by_word.get(" ".join(match.group(0).split()))
            if category is not None:
                found.append(CategoryMention(match.start(), match.end(), text[match.start():match.end()], category))
        return found

    def category(self, category_id: str) -> WeaponCategory:
        try:
            return self.categories[category_id]
        except KeyError:
            raise OntologyError(f"unknown weapon category {category_id!r}; known: "
                                f"{', '.join(sorted(self.categories))}") from None


def parse_weapons(data: dict, origin: str = ORIGIN) -> WeaponTaxonomy:
    """Check and compile a weapons file (raises OntologyError naming what is wrong)."""
    specs = (data or {}).get("categories")
    if not isinstance(specs, dict) or not specs:
        raise OntologyError(f"{origin}: expected a 'categories' mapping")
    categories = {}
    for key, spec in specs.items():
        if not isinstance(spec, dict) or not spec.get("label") or not spec.get("words"):
            raise OntologyError(f"{origin}: category {key!r} needs a label and words")
        parent = spec.get("parent")
        if parent is not None and parent not in specs:
            raise OntologyError(f"{origin}: category {key!r} has an unknown parent {parent!r}")
        categories[key] = WeaponCategory(
            key, str(spec["label"]), parent, tuple(_plain(w) for w in spec["words"]),
            frozenset(_plain(d) for d in spec.get("descriptions") or ()),
            _words_regex(spec.get("terms") or ()), _models_regex(spec.get("models") or ()))
    for key in categories:  # a parent chain that loops would never end
        seen, current = set(), key
        while current is not None:
            if current in seen:
                raise OntologyError(f"{origin}: the parents of {key!r} loop")
            seen.add(current)
            current = categories[current].parent
    return WeaponTaxonomy(categories)


@functools.cache
def load_weapons() -> WeaponTaxonomy:
    """The weapon categories shipped with diplograph, read once."""
    text = resources.files("diplograph.schema").joinpath("weapons.yaml").read_text(encoding="utf-8")
    return parse_weapons(load_data(text))
