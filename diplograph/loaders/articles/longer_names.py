"""Capitals and places that are only part of a longer name.

The gazetteer matches a capital ("Praia", "Washington") or a city ("Palma", "Chengdu") wherever
its words occur, also inside the name of another place, a body or a paper: "Mocímboa da Praia"
is a town in Mozambique, not Cabo Verde's capital; "the Washington Post", "the Maputo Centre for
Security Studies", "Nasdaq Stockholm" name no state. A capital or place is kept as its state only
when it stands as a whole name: not joined to another capitalised word by a name particle ("da",
"de", "del": lexicon ``name_particles``), not right after a proper noun of the same line, and not
right before one (unless that word says what kind of place it is, "the Galwan Valley":
``place_feature_words``). Directions ("West Darfur") and dates ("In July Seoul summoned") before
the name, a sentence's first word, and a headline in title case (every word capitalised) do not count.

A city of the generated list (``world_places.yaml``, every large city of GeoNames) may also be a
small town of another state ("the coastal town of Palma" in Cabo Delgado, not Palma de Mallorca):
it stands for its state only in a text that names that state otherwise (by name, alias, demonym,
capital or a place written by hand), or that names no state at all ("Rheinmetall, a weapons maker
headquartered in Düsseldorf"): a text about other states is more likely to mean a namesake in one of them.
"""

from __future__ import annotations

import functools
import re

from diplograph.gazetteer import Gazetteer, generated_places
from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.mention import Mention
from diplograph.names import name_key

_TRIMMED = ("capital", "place")


def _capitalised(token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.is_upper


def _title_case(sent) -> bool:
    """A headline ("Moscow Warns Kyiv Over Drills"): nearly every word capitalised."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.75 * len(words)


def _same_line(doc, i: int, j: int) -> bool:
    lo, hi = min(i, j), max(i, j)
    return "\n" not in doc[lo].whitespace_ and not any(t.is_space for t in doc[lo:hi + 1])


def part_of_longer_name(doc, m: Mention, lexicon: Lexicon, named: set[int]) -> bool:
    """Whether the capital or place ``m`` is only part of a longer capitalised name (``named``: the
    tokens of other gazetteer mentions, which are names of their own, "Kyiv, Ukraine")."""
    if m.kind not in _TRIMMED:
        return False
    particles = lexicon.noun_class.get("name_particles", ())
    features = lexicon.noun_class.get("place_feature_words", ())
    directions = lexicon.noun_class.get("direction_words", ())
    before = doc[m.start - 1] if m.start > 0 else None
    after = doc[m.end] if m.end < len(doc) else None
    # "Mocímboa da Praia", "Praia da Vitória", "Santiago de Compostela"
    if before is not None and before.lower_ in particles and before.text.islower() and m.start > 1 and \
            _capitalised(doc[m.start - 2]) and _same_line(doc, m.start - 2, m.start):
        return True
    if after is not None and after.lower_ in particles and after.text.islower() and m.end + 1 < len(doc) and \
            _capitalised(doc[m.end + 1]) and _same_line(doc, m.end - 1, m.end + 1):
        return True
    if _title_case(doc[m.start].sent):
        return False
    if before is not None and _capitalised(before) and before.i not in named and not before.is_sent_start and \
            before.tag_ == "NNP" and before.ent_type_ not in ("DATE", "TIME") and \
            before.lower_ not in directions and _same_line(doc, before.i, m.start):
        return True  # "Nasdaq Stockholm", "Fernando Villavicencio"
    if after is not None and _capitalised(after) and after.i not in named and \
            after.lower_ not in features and after.ent_type_ not in ("DATE", "TIME") and \
            _same_line(doc, m.end - 1, after.i):
        return True  # "the Washington Post", "the Maputo Centre for Security Studies"
    return False


def whole_names(doc, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """``mentions`` without the capitals and places that are only part of a longer name."""
    named = {i for m in mentions if m.kind not in _TRIMMED for i in range(m.start, m.end)}
    return [m for m in mentions if not part_of_longer_name(doc, m, lexicon, named)]


class StrayPlaces:
    """Which generated places a document's text gives no reason to read as their state (one per
    document: whether the text names a state is looked up once)."""

    def __init__(self, text: str, gazetteer: Gazetteer):
        self.text, self.gazetteer = text, gazetteer
        self.named: dict[str, bool] = {}

    def _state_named(self, state_id: str, place: str) -> bool:
        if state_id not in self.named:
            entry = self.gazetteer.get(state_id)
            # (a generated place does not count: among tens of thousands, one may be a word of any text)
            forms = [form for form, kind in entry.names() if form != place and
                     (kind != "place" or name_key(form) not in generated_places())] if entry is not None else []
            self.named[state_id] = any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", self.text) for form in forms)
        return self.named[state_id]

    def _any_state_named(self) -> bool:
        if "" not in self.named:
            self.named[""] = _state_names(self.gazetteer).search(self.text) is not None
        return self.named[""]

    def kept(self, text: str, state_id: str) -> bool:
        return name_key(text) not in generated_places() or self._state_named(state_id, text) or \
            not self._any_state_named()

    def matcher(self, matcher) -> "KeptPlaces":
        """``matcher`` without the generated places the text gives no reason to read as their state, dropped before
        they hide the model's reading of the same words ("the Peruvian miner Volcan" is a firm, not a town of Panama)."""
        return KeptPlaces(matcher, self)


class KeptPlaces:
    """A gazetteer matcher whose matches leave out the stray generated places of one document."""

    def __init__(self, matcher, strays: StrayPlaces):
        self._matcher, self._strays = matcher, strays

    def __getattr__(self, name):
        return getattr(self._matcher, name)

    def __call__(self, doc):
        return [(start, end, entry, kind) for start, end, entry, kind in self._matcher(doc)
                if kind != "place" or self._strays.kept(doc[start:end].text, entry.id)]


@functools.cache
def _state_names(gazetteer: Gazetteer) -> re.Pattern:
    """Every name, alias, demonym and capital of every state, as one pattern."""
    forms = {form for entry in gazetteer if entry.type == "state"
             for form, kind in entry.names() if kind != "place" and len(form) > 2}
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")(?!\w)")
